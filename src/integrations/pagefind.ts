import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so
 * one command yields the site and a search index that always matches it. Only elements
 * marked `data-pagefind-body` are indexed: navigation and other chrome stay out.
 */
export default function pagefind(): AstroIntegration {
	return {
		name: 'kb:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const indexed = await index.addDirectory({ path: outDir });
				if (indexed.errors.length) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				logger.info(`indexed ${indexed.page_count} pages`);
				await close();
			},
		},
	};
}
