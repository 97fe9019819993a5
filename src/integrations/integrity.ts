import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatContentErrors, validateContent } from '../knowledge/integrity';

/**
 * Stops the build on bad content before Astro renders anything. Astro validates each entry
 * on its own but only logs a `reference()` to a missing entry and exits 0; this check also
 * covers references, citations down to the paragraph, duplicate names and id slugs.
 * In `astro dev` it reports without stopping, so an author can fix files while it runs.
 */
export default function integrity(options: { contentDir: string }): AstroIntegration {
	return {
		name: 'kb:integrity',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const { errors } = validateContent(root, options.contentDir);
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
