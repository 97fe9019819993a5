import type { AstroIntegration } from 'astro';
import type { ContentError } from '../knowledge/content-files';
import { formatContentErrors } from '../knowledge/integrity';

/**
 * Stops the build on bad content before Astro renders anything. Astro validates each entry
 * on its own but only logs a `reference()` to a missing entry and exits 0; this check also
 * covers references, citations down to the paragraph, duplicate names and id slugs.
 * The check itself runs once in astro.config.mjs, which also feeds the mention linker from
 * the same reading of the content. In `astro dev` it reports without stopping.
 */
export default function integrity({ content }: { content: { errors: ContentError[] } }): AstroIntegration {
	return {
		name: 'kb:integrity',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const { errors } = content;
				if (errors.length === 0) {
					logger.info('content check passed');
					return;
				}
				const report = formatContentErrors(errors);
				if (command === 'dev') logger.error(report);
				else throw new Error(report);
			},
		},
	};
}
