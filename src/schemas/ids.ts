import { z } from 'zod';

/** Lower-case words joined by single hyphens: the form every id and URL segment takes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to another entry by its id (its file name without extension). Entity ids are
 * unique across all entity collections, so a bare id is unambiguous; the integrity check
 * (src/integrations/integrity.ts) verifies that each one resolves, because Astro only logs
 * a missing `reference()` and lets the build pass.
 */
export const entityRefSchema = z
	.string()
	.regex(SLUG, 'A reference is an entry id: lower-case words joined by hyphens, e.g. "kazakhstan".');

export type EntityRef = z.infer<typeof entityRefSchema>;

/**
 * A name or title: text with at least one visible character. A blank or whitespace-only name
 * would give a page no heading, a link no text and a search no name to find.
 */
export function nameText(what: string) {
	return z.string({ error: `Write the ${what} as text.` }).refine((s) => s.trim().length > 0, {
		message: `The ${what} is blank: write the ${what} as the sources give it, or remove the field if it is optional.`,
	});
}
