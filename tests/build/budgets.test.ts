import { decode } from 'cborg';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight';
import { DIST } from '../helpers/build';

// Size budgets (deterministic, so tested; build and search times are printed by npm run bench).
const READING_PAGES = ['', 'articles/', 'articles/ukdiss-cooperation-to-coercion/', 'actors/kazakhstan/', 'treaties/road-map-2030/', 'organizations/csto/', 'places/baikonur-cosmodrome/', 'timeline/', 'contested-figures/', 'about/'];
const KB = 1024;

describe('page weight budgets', () => {
	it.each(READING_PAGES)('/%s: JavaScript ≤ 5 KB gzip, CSS ≤ 15 KB gzip, no search code', (path) => {
		const weight = pageWeight(DIST, path);
		expect(weight.js).toBeLessThanOrEqual(5 * KB);
		expect(weight.css).toBeLessThanOrEqual(15 * KB);
		expect(weight.scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
	});

	it.each(READING_PAGES)('/%s: the search code is not loaded until search is opened', (path) => {
		expect(pageWeight(DIST, path).scripts.filter((s) => /\/_astro\/ui\.[\w-]+\.js$/.test(s))).toEqual([]);
	});

	it('the search page runs the site’s own search code (≤ 10 KB gzip of JavaScript), not Pagefind’s Component UI', () => {
		const weight = pageWeight(DIST, 'search/');
		expect(weight.scripts.some((s) => /\/_astro\/ui\.[\w-]+\.js$/.test(s))).toBe(true);
		expect(weight.scripts.filter((s) => s.includes('pagefind-component-ui'))).toEqual([]);
		expect(weight.js).toBeLessThanOrEqual(10 * KB);
	});

	// The search page's head start answers Pagefind's segmenter with one of its own that has only
	// what Pagefind asks of it (src/search/ascii-graphemes.ts), to stay within the budget above. This
	// fails if Pagefind, or our own client code, starts asking a segmenter for anything more.
	it('asks a segmenter only for what the search page’s own segmenter has: Pagefind’s `segment`', () => {
		const astro = join(DIST, '_astro');
		const ours = readdirSync(astro).filter((f) => f.endsWith('.js') && readFileSync(join(astro, f), 'utf8').includes('Segmenter'));
		expect(ours).toEqual([]);
		const pagefind = readFileSync(join(DIST, 'pagefind', 'pagefind.js'), 'utf8');
		const made = [...pagefind.matchAll(/(\w+)\s*=\s*new Intl\.Segmenter\(/g)].map((m) => m[1]!);
		expect(made.length).toBeGreaterThan(0);
		expect(pagefind.match(/Intl\.Segmenter/g)).toHaveLength(made.length + 1); // and one `typeof Intl.Segmenter` check
		for (const name of made) {
			const uses = [...pagefind.matchAll(new RegExp(`\\b${name}\\b(?!\\s*=)(.{0,9})`, 'g'))].map((m) => m[1]);
			expect(uses.length, name).toBeGreaterThan(0);
			for (const use of uses) expect(use, name).toMatch(/^\.segment\(/);
		}
	});
});

describe('search index budgets', () => {
	// A first search fetches one word-index chunk per query word (src/search/index-chunks.ts).
	const dir = join(DIST, 'pagefind', 'index');
	const chunks = readdirSync(dir).map((f) => {
		const gz = readFileSync(join(dir, f));
		const [words] = decode(gunzipSync(gz).subarray('pagefind_dcd'.length)) as [Array<[string]>];
		return { f, bytes: gz.length, words: words.length };
	});

	it('splits the word index into chunks of at most 6 KB gzip, unless one word’s postings alone are larger', () => {
		expect(chunks.length).toBeGreaterThan(20);
		for (const c of chunks) if (c.words > 1) expect(c.bytes, c.f).toBeLessThanOrEqual(6 * KB);
	});

	it('keeps the meta a first search loads (one entry per record and chunk) within 8 KB gzip', () => {
		const meta = readdirSync(join(DIST, 'pagefind')).filter((f) => f.endsWith('.pf_meta'));
		expect(meta).toHaveLength(1);
		expect(readFileSync(join(DIST, 'pagefind', meta[0]!)).length).toBeLessThanOrEqual(8 * KB);
	});

	it('files each entity name under the one Pagefind filter its exact-name lookup reads, each filter within 3 KB gzip', () => {
		const file = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
		const meta = decode(gunzipSync(readFileSync(join(DIST, 'pagefind', file))).subarray('pagefind_dcd'.length)) as [unknown, unknown, unknown, Array<[string, string]>];
		const names = meta[3].filter(([name]) => name.startsWith('name'));
		expect(names.map(([name]) => name)).not.toContain('name');
		expect(names.length).toBeGreaterThan(20);
		for (const [name, hash] of names) expect(readFileSync(join(DIST, 'pagefind', 'filter', `${hash}.pf_filter`)).length, name).toBeLessThanOrEqual(3 * KB);
	});

	it('keeps each word-table file (related words, the index’s words and the entities’ names by initial) within 4 KB gzip: a first search reads those of its words’ initials', () => {
		const dir = join(DIST, 'pagefind', 'kb-words');
		const files = readdirSync(dir);
		expect(files.some((f) => f.startsWith('related-'))).toBe(true);
		expect(files.some((f) => f.startsWith('words-'))).toBe(true);
		expect(files.some((f) => f.startsWith('names-'))).toBe(true);
		for (const f of files) expect(gzipSync(readFileSync(join(dir, f))).length, f).toBeLessThanOrEqual(4 * KB);
	});
});
