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

	it('the search page loads the search UI from the Pagefind bundle', () => {
		expect(pageWeight(DIST, 'search/').scripts).toContain('/pagefind/pagefind-component-ui.js');
	});
});
