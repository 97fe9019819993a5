import { describe, expect, it } from 'vitest';
import { bareSearchInPage } from '../../../scripts/bench/bare-search';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>document.documentElement.dataset.theme='dark'</script>
<link rel="modulepreload" href="/_astro/ui.x.js" data-search-preload><link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin data-search-preload>
<script data-search-start data-bundle="/pagefind/">(() => { self.kbSearchStart = {}; })();</script>
<link rel="stylesheet" href="/_astro/BaseLayout.x.css"><script type="module" src="/_astro/SearchLink.x.js"></script><script type="module" src="/_astro/search.x.js"></script></head>
<body><h1>Search</h1><search-box data-bundle="/pagefind/"></search-box></body></html>`;

describe('the bare search on the search page (npm run bench baseline)', () => {
	const page = bareSearchInPage(PAGE, '/bench-bare.js');

	it('takes out the head start, the search preloads and the module scripts, and runs the bare search instead', () => {
		expect(page).not.toContain('data-search-start');
		expect(page).not.toContain('data-search-preload');
		expect(page).not.toContain('/_astro/search.x.js');
		expect(page).not.toContain('/_astro/SearchLink.x.js');
		expect(page).toContain('<script type="module" src="/bench-bare.js"></script></head>');
	});

	it('keeps the page itself: its stylesheet, theme script and markup', () => {
		expect(page).toContain('<link rel="stylesheet" href="/_astro/BaseLayout.x.css">');
		expect(page).toContain("document.documentElement.dataset.theme='dark'");
		expect(page).toContain('<search-box data-bundle="/pagefind/"></search-box>');
	});

	it('refuses a page whose search code it does not know how to take out', () => {
		expect(() => bareSearchInPage(PAGE.replace('<script type="module" src="/_astro/search.x.js">', '<script defer type="module" src="/_astro/search.x.js">'), '/b.js')).toThrow(/does not know/);
	});
});
