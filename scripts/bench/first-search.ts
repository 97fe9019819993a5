import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** What a first search costs from a cold cache: every response's gzip size, and the time to the first result. */
export interface FirstSearch {
	/** gzip bytes of everything fetched (the page itself, its CSS and JS, the search code, the index). */
	bytes: number;
	/** Of which, from /pagefind/ (search code and index data). */
	indexBytes: number;
	/** The /pagefind/ bytes by kind: code (pagefind.js and its WebAssembly), meta (one entry per record), word index, filters, fragments. */
	parts: Record<'code' | 'meta' | 'index' | 'filters' | 'fragments', number>;
	files: number;
	/** Milliseconds from navigation (page) or from the key press (dialog) to the first result on screen. */
	ms: number;
}

const sum = (list: Array<{ size: number }>) => list.reduce((a, b) => a + b.size, 0);

/**
 * Opens `url` in a fresh context (empty cache) and measures until a result shows. With `act`, the
 * clock starts when `act` begins (the reader opening the dialog and typing); without, at navigation.
 */
export async function firstSearch(browser: Browser, url: string, act?: (page: Page) => Promise<void>): Promise<FirstSearch> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies: Array<Promise<{ path: string; size: number }>> = [];
	page.on('response', (r) => {
		const path = new URL(r.url()).pathname;
		// Static hosts gzip text; Pagefind's own files are already compressed and gain nothing more.
		bodies.push(r.body().then((b) => ({ path, size: gzipSync(b, { level: 9 }).length })).catch(() => ({ path, size: 0 })));
	});
	await page.goto(url);
	const start = act ? performance.now() : 0;
	if (act) await act(page);
	await page.locator('[role=listbox] [role=option]').first().waitFor({ timeout: 60_000 });
	const ms = act ? performance.now() - start : await page.evaluate(() => performance.now());
	const sizes = await Promise.all(bodies);
	await context.close();
	return {
		bytes: sizes.reduce((a, b) => a + b.size, 0),
		indexBytes: sizes.filter((s) => s.path.includes('/pagefind/')).reduce((a, b) => a + b.size, 0),
		files: sizes.length,
		parts: {
			code: sum(sizes.filter((s) => /\/pagefind\/(pagefind[^/]*\.js|wasm\.[^/]*|pagefind-entry\.json)$/.test(s.path))),
			meta: sum(sizes.filter((s) => s.path.endsWith('.pf_meta'))),
			index: sum(sizes.filter((s) => s.path.includes('/pagefind/index/'))),
			filters: sum(sizes.filter((s) => s.path.includes('/pagefind/filter/'))),
			fragments: sum(sizes.filter((s) => s.path.includes('/pagefind/fragment/'))),
		},
		ms,
	};
}

/**
 * Warm keystrokes: with the index loaded, the time from a change of the query to its results
 * rendered, for each prefix of `text` as a reader types it (the box's own search and render).
 */
export async function warmKeystrokes(browser: Browser, searchPageUrl: string, text: string): Promise<number[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${searchPageUrl}?q=${encodeURIComponent(text)}`);
	await page.locator('[role=listbox] [role=option]').first().waitFor({ timeout: 60_000 });
	const times = await page.evaluate(async (text) => {
		const box = document.querySelector('search-page search-box') as HTMLElement & { show(s: unknown): Promise<void> };
		const out: number[] = [];
		for (let i = 3; i <= text.length; i++) {
			const t = performance.now();
			await box.show({ q: text.slice(0, i), filters: {} });
			out.push(performance.now() - t);
		}
		return out;
	}, text);
	await context.close();
	return times;
}

/**
 * Records on the page the moment the first result enters the list, as the bare page records the
 * moment its first result's data is in: both clocks are read in the page, neither includes the
 * test driver's polling or its round trip.
 */
const FIRST_RESULT_CLOCK = `new MutationObserver((_, observer) => {
	if (!document.querySelector('[role=listbox] [role=option]')) return;
	window.__firstResult = performance.now();
	observer.disconnect();
}).observe(document, { subtree: true, childList: true });`;

/**
 * How the driver waits for either clock: a look every 250 ms. Playwright's default looks at every
 * animation frame, running its own script in the page 60 times a second, on the thread that is
 * searching and drawing: measured, that took a quarter of the main thread while a search ran, and
 * more from the page that has more to draw. Both clocks are read in the page, so looking seldom
 * does not change them.
 */
const CLOCK_POLL = { polling: 250, timeout: 60_000 };

/** Milliseconds from navigation to the first result in the search page's list (a fresh context: cold cache). */
export async function ourFirstResult(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext();
	await context.addInitScript(FIRST_RESULT_CLOCK);
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult, undefined, CLOCK_POLL);
	const ms = await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult);
	await context.close();
	return ms;
}

/** Milliseconds from navigation to a bare Pagefind search's first result data (see BARE_PAGE in index.ts). */
export async function bareFirstResult(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult, undefined, CLOCK_POLL);
	const ms = await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult);
	await context.close();
	return ms;
}
