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
});
