/**
 * The baselines the search page's time to first result is measured against (search-speed.ts): a
 * bare Pagefind search, on a blank page and on the search page itself.
 */
import { CLOCK_MESSAGE } from './first-search';

/** A bare Pagefind search: import pagefind.js, search, load the first result's data; it logs the time (first-search.ts). */
export const BARE_SEARCH = `const q = new URLSearchParams(location.search).get('q');
const pf = await import('/pagefind/pagefind.js');
await pf.options({ noWorker: true });
const r = await pf.search(q);
await r.results[0]?.data();
console.debug(${JSON.stringify(CLOCK_MESSAGE)} + performance.now());`;

/** A blank page that runs a bare Pagefind search of the index: the baseline for the time to first result. */
export const BARE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title><script type="module">\n${BARE_SEARCH}\n</script></html>`;

/**
 * The search page with its own search taken out and a bare Pagefind search put in: the same HTML,
 * stylesheet, header, footer, favicon and theme script, none of the site's search code (no head
 * start, and so none of its unpacking of Pagefind's files; no preloads; none of its module
 * scripts: on this page they are the search box and the header's search dialog). What it adds to
 * the blank page is what the page itself costs before any search code of ours runs; what the
 * search page adds to it is our search's own cost. The bare search is a file of the site
 * (`bench-bare.js`), so the page's Content-Security-Policy allows it unchanged.
 */
export function bareSearchInPage(html: string, script: string): string {
	const stripped = html
		.replace(/<script\b[^>]*\bdata-search-start\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*\bdata-search-preload\b[^>]*>/g, '')
		.replace(/<script type="module"[^>]*><\/script>/g, '')
		.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
	// A script left in a form this does not know would run in the baseline and make it slower.
	if (/<script\b[^>]*type="module"/.test(stripped) || stripped.includes('data-search')) throw new Error('bareSearchInPage: the search page has search code this does not know how to take out.');
	if (!stripped.includes('</head>')) throw new Error('bareSearchInPage: the search page has no </head>.');
	return stripped.replace('</head>', `<script type="module" src="${script}"></script></head>`);
}
