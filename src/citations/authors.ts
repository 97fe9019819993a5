/**
 * The one place that decides how an author is named in citations: every formatter (CSL-JSON
 * and through it BibTeX, RIS and the APA reference; the reference-manager tags; the Atom
 * feed; the short "Surname Year" label) asks this module, so that an institution or an
 * unknown author cannot be written one way in one format and another way in the next.
 *
 * The forms an author can take are documented on AUTHOR_KINDS (src/schemas/article.ts) and in
 * content/README.md ("Authors").
 */
import type { ArticleData, AuthorKind } from '../schemas/article';

type Author = Pick<ArticleData['authors'][number], 'name' | 'kind' | 'actor' | 'organization'>;

/** A CSL-JSON name: a person (family, given) or an institution (literal). */
export type CslName = { family: string; given?: string } | { literal: string };

/** The author's kind: as declared; else an institution when it links only an organization page; else a person. */
export function authorKind(author: Author): AuthorKind {
	return author.kind ?? (author.organization && !author.actor ? 'institution' : 'person');
}

const clean = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * An author as a CSL name. A person is split into given names and surname, the surname being
 * the last word, as the sources print Western-order names (a one-word name stays whole); an
 * institution stays whole (`literal`) so that no style abbreviates it to initials and no
 * reference manager splits it; an unknown author is no name at all: the work is anonymous.
 */
export function cslName(author: Author): CslName | undefined {
	const name = clean(author.name);
	const kind = authorKind(author);
	if (kind === 'unknown') return undefined;
	const words = name.split(' ');
	if (kind === 'person' && words.length > 1) return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
	return { literal: name };
}

/** The name an author–year label uses: a person's surname, an institution's full name; undefined when unknown. */
export function labelName(author: Author): string | undefined {
	const name = cslName(author);
	if (!name) return undefined;
	return 'literal' in name ? name.literal : name.family;
}
