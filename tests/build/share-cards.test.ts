import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE } from '../helpers/build';
import { htmlFiles } from '../helpers/files';
import { attr, readPage, select } from '../helpers/html';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
	['site', DIST, 'http://localhost:4321/'],
	['fixture site', FIXTURE_DIST, `${FIXTURE_SITE}${FIXTURE_BASE}`],
])('share cards: %s', (_, dist, root) => {
	const pages = htmlFiles(dist).map((f) => f.slice(dist.length + 1));
	it.each(pages)('%s: og:image is an absolute URL of a 1200×630 PNG in the build, announced as a large card', (page) => {
		const tree = readPage(dist, page.replace(/index\.html$/, ''));
		const meta = (_: string, key: string) => attr(select(`meta[property="${key}"], meta[name="${key}"]`, tree), 'content');
		const image = meta(page, 'og:image');
		expect(image, 'og:image').toBeDefined();
		expect(image!.startsWith(`${root}cards/`), `${image} is under ${root}cards/`).toBe(true);
		const file = join(dist, image!.slice(root.length));
		expect(existsSync(file), `${file} exists (a new page needs its line in src/knowledge/cards.ts)`).toBe(true);
		expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
		expect([meta(page, 'og:image:width'), meta(page, 'og:image:height'), meta(page, 'og:image:type')]).toEqual(['1200', '630', 'image/png']);
		expect(meta(page, 'og:image:alt')).toContain(meta(page, 'og:title'));
		expect(meta(page, 'twitter:card')).toBe('summary_large_image');
	});
});

describe('share cards: which card', () => {
	const image = (dist: string, path: string) => attr(select('meta[property="og:image"]', readPage(dist, path)), 'content');
	it('each page has its own card, the home page cards/index.png', () => {
		expect(image(FIXTURE_DIST, '')).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}cards/index.png`);
		expect(image(FIXTURE_DIST, 'places/moscow/')).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}cards/places/moscow.png`);
		expect(image(FIXTURE_DIST, 'articles/sample-article/')).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}cards/articles/sample-article.png`);
		expect(image(DIST, 'articles/')).toBe('http://localhost:4321/cards/articles.png');
	});

	it('an alias URL shows the card of the page it redirects to', () => {
		expect(image(FIXTURE_DIST, 'actors/republic-of-kazakhstan/')).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}cards/actors/kazakhstan.png`);
	});

	it('cards of different pages differ', () => {
		const a = readFileSync(join(FIXTURE_DIST, 'cards', 'places', 'moscow.png'));
		const b = readFileSync(join(FIXTURE_DIST, 'cards', 'actors', 'kazakhstan.png'));
		expect(a.equals(b)).toBe(false);
	});
});
