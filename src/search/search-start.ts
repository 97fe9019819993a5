import { ASCII_GRAPHEMES } from './ascii-graphemes';
import { NATIVE_UNPACK } from './native-unpack';

/**
 * The search page's head start: an inline script in its head that, when the page is opened
 * with a query (?q=), starts loading Pagefind at once, before the page's stylesheet, layout
 * and module scripts. Pagefind's start is a chain of waits (its code, its entry file, then its
 * meta and WebAssembly, unpacked and compiled); begun here, the browser lays out and draws the
 * page during those waits instead of before them. Once Pagefind is ready it loads the query's
 * part of the index (the words likely to carry it: four letters or more, or capitals, "EU"). The
 * box (src/search/ui.ts `loadPagefind`) takes over the Pagefind it started from `self.kbSearchStart`.
 *
 * It does not preload the query's name tables and word lists: measured in Lighthouse's mobile
 * preset, six more requests at the start crowd the simulated slow network while Pagefind's
 * WebAssembly downloads, and LCP went from 2.40 s to 2.56 s in five runs of fourteen (none of
 * eight without them). The box asks for them as soon as its code runs, still long before Pagefind
 * is ready.
 *
 * Before anything else, on every visit to the search page, with a query or without, it has the
 * browser unpack Pagefind's files as they arrive (src/search/native-unpack.ts), so that Pagefind's
 * own JavaScript gunzip does not run on the main thread during a first search, and it spares a
 * query of plain ASCII the browser's segmentation data, which Pagefind's cleaning of the query
 * would otherwise load in the middle of the first search (src/search/ascii-graphemes.ts).
 * Comments stay out of the string, which every such page carries.
 *
 * Kept as one string so that astro.config.mjs can allow it by its SHA-256 hash in the
 * Content-Security-Policy. What varies is read from the page: the bundle and options from the
 * script's own data attributes, the meta cache tag from the entry preload written before it.
 */
export const SEARCH_START = `(() => {
	const script = document.currentScript;
	const bundle = script.dataset.bundle;
	(${NATIVE_UNPACK})(bundle);
	(${ASCII_GRAPHEMES})();
	const q = new URLSearchParams(location.search).get('q');
	if (!q) return;
	const words = (q.match(/[\\p{L}\\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 || (w.length >= 2 && w === w.toUpperCase()));
	const tag = document.querySelector('link[data-search-entry]')?.dataset.searchEntry;
	const options = { ...JSON.parse(script.dataset.options), ...(tag ? { metaCacheTag: tag } : {}) };
	self.kbSearchStart = {
		bundle,
		pagefind: import(bundle + 'pagefind.js').then(async (pf) => {
			await pf.options(options);
			await pf.init();
			if (words.length) void pf.preload(words.join(' '));
			return pf;
		}),
	};
})();`;
