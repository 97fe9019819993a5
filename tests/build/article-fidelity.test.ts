/**
 * Nothing lost, nothing added: every built article page shows every letter and digit of its
 * source, in order, and nothing else (tests/fixtures/ingest/fidelity.ts explains the
 * comparison). The source side is taken from the raw files in content/sources/ using only
 * the manifest's declared boundaries, never the ingest's cleaning code, so an ingest bug
 * shows up here as a difference.
 *
 * Needs the built site (`npm run build`; the build project's global setup runs it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/ingest/manifest';
import { alnum, compareWords, pageText, rawSourceText, renumberAsCalled, sourceText } from '../fixtures/ingest/fidelity';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = join(ROOT, 'content', 'sources');
const DIST_ARTICLES = join(ROOT, 'dist', 'articles');
const manifest = parseManifest(readFileSync(join(SOURCES, 'manifest.yaml'), 'utf8'));

function builtPage(id: string): string {
	if (!existsSync(DIST_ARTICLES)) throw new Error(`${DIST_ARTICLES} does not exist: run \`npm run build\` first.`);
	const file = join(DIST_ARTICLES, id, 'index.html');
	if (!existsSync(file)) throw new Error(`No built page for article "${id}" at ${file}: run \`npm run build\` first.`);
	return readFileSync(file, 'utf8');
}

describe('built article pages keep every word of their sources', () => {
	for (const source of manifest.sources) {
		const raw = rawSourceText(readFileSync(join(SOURCES, source.file)), source.file);
		for (const entry of source.articles) {
			describe(entry.id, () => {
				it('shows no replacement character (text lost to a wrong decoding)', () => {
					expect(builtPage(entry.id)).not.toContain('\uFFFD');
				});

				it('shows the source text word for word', () => {
					const page = pageText(builtPage(entry.id));
					const src = sourceText(entry, raw);
					let expected = src.body;
					let actual = page.body;
					if (entry.abstract.from === 'lines') {
						// A printed abstract or standfirst leaves the body and is shown in its own element.
						expect(page.abstract, 'the page shows no [data-article-abstract]').toBeDefined();
						expected = `${src.abstract}\n${expected}`;
						actual = `${page.abstract}\n${actual}`;
					}
					const difference = compareWords(expected, actual);
					expect(difference, `${entry.id} differs from ${source.file}:\n${difference}`).toBeUndefined();
				});

				it('quotes its abstract verbatim when taken from the lead, and does not show it twice', () => {
					if (entry.abstract.from !== 'lead') return;
					const html = builtPage(entry.id);
					const page = pageText(html);
					// The lead stays in the body; a second copy above it would repeat the opening words.
					expect(page.abstract, 'a lead abstract is shown above the body that starts with it').toBeUndefined();
					const description = select('meta[name=description]', fromHtml(html))?.properties.content;
					expect(typeof description, 'the page has no meta description').toBe('string');
					const quoted = alnum(String(description));
					expect(quoted.length).toBeGreaterThan(0);
					expect(alnum(sourceText(entry, raw).body)).toContain(quoted);
				});

				it('places a footnote call wherever the source has an endnote marker', () => {
					const page = pageText(builtPage(entry.id));
					expect(page.footnoteCalls).toEqual(renumberAsCalled(sourceText(entry, raw).markers));
				});

				it('has the title in its heading, not in its body', () => {
					const page = pageText(builtPage(entry.id));
					expect(page.title).toBe(entry.frontmatter.title);
				});
			});
		}
	}
});

describe('left-out material stays out', () => {
	const probes = manifest.sources.flatMap((s) => [...s.omit, ...s.articles.flatMap((a) => a.omit)].flatMap((o) => o.probes));

	it('declares probes for the cruft', () => {
		expect(probes.length).toBeGreaterThan(10);
	});

	it('no built article page contains a cruft probe from the manifest', () => {
		if (!existsSync(DIST_ARTICLES)) throw new Error(`${DIST_ARTICLES} does not exist: run \`npm run build\` first.`);
		const pages = readdirSync(DIST_ARTICLES, { withFileTypes: true })
			.filter((d) => d.isDirectory() && existsSync(join(DIST_ARTICLES, d.name, 'index.html')))
			.map((d) => d.name);
		const ids = manifest.sources.flatMap((s) => s.articles.map((a) => a.id));
		expect(pages).toEqual(expect.arrayContaining(ids));
		const found: string[] = [];
		for (const id of pages) {
			const { all } = pageText(readFileSync(join(DIST_ARTICLES, id, 'index.html'), 'utf8'));
			const text = all.replace(/\s+/g, ' ');
			for (const probe of probes) if (text.includes(probe)) found.push(`${id}: "${probe}"`);
		}
		expect(found, `cruft on article pages:\n${found.join('\n')}`).toEqual([]);
	});
});
