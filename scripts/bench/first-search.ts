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
 * What the page logs when its first result is in: both clocks are read in the page and reported
 * through the console, so the driver never runs a script in the page while it is being measured.
 * Playwright's first evaluation in a page compiles its own injected script there (40–70 ms of
 * main-thread work, traced): waiting with `waitForFunction` put that on the page's thread after
 * its load event, in the middle of a search, at a moment that differed between the pages compared.
 */
export const CLOCK_MESSAGE = 'kb-first-result ';

/** Logs the moment the first result enters the search page's list. */
const FIRST_RESULT_CLOCK = `new MutationObserver((_, observer) => {
	if (!document.querySelector('[role=listbox] [role=option]')) return;
	console.debug(${JSON.stringify(CLOCK_MESSAGE)} + performance.now());
	observer.disconnect();
}).observe(document, { subtree: true, childList: true });`;

/** Milliseconds from navigation to the moment the page logs CLOCK_MESSAGE (a fresh context: cold cache). */
async function clocked(browser: Browser, url: string, initScript?: string): Promise<number> {
	const context = await browser.newContext();
	if (initScript) await context.addInitScript(initScript);
	const page = await context.newPage();
	const logged = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(CLOCK_MESSAGE), timeout: 60_000 });
	await page.goto(url);
	const ms = Number((await logged).text().slice(CLOCK_MESSAGE.length));
	await context.close();
	return ms;
}

/** Milliseconds from navigation to the first result in the search page's list. */
export const ourFirstResult = (browser: Browser, url: string) => clocked(browser, url, FIRST_RESULT_CLOCK);

/** Milliseconds from navigation to a bare Pagefind search's first result data (the page logs it: bare-search.ts). */
export const bareFirstResult = (browser: Browser, url: string) => clocked(browser, url);
