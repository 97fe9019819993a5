import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build';
import { launch } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// One sweep over every page the sitemap lists, in Chromium: axe-core with the rules we promise
// (WCAG 2.2 A/AA and best practices), and the page's width at a phone and a desktop window
// (nothing may widen the window). Dark theme is checked on one page of each type.
//
// Why it is shaped like this: the sweep is the longest part of `npm test`. A browser context per
// page and five pages at once thrashed a 2-core machine (16 minutes on a fresh clone). Here a
// small pool of long-lived pages (one per core) navigates from page to page, axe-core is injected
// once per context as an init script rather than sent over the wire on every page, and each
// navigation serves all three checks.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [1280, 320] as const;
const POOL = 2;

const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
/** Pages whose content appears only after a script runs: checked once it has. */
const interactive = ['/search/?q=kazakhstan'];
const darkSamples = [
	'/', '/articles/kusznir-long-alliance/', '/actors/kazakhstan/', '/treaties/', '/timeline/', '/search/?q=csto', '/map/', '/graph/', '/places/trans-siberian-railway/',
	// The overview of the relationship and one dimension page (whichever the sitemap lists first).
	'/relations/', ...paths.filter((p) => /^\/dimensions\/[^/]+\/$/.test(p)).slice(0, 1),
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: StaticServer;
let browser: Browser;
/** Pages waiting to be lent to a check; a check takes one and gives it back. */
const idle: Page[] = [];
const waiting: Array<(page: Page) => void> = [];

async function borrow(): Promise<Page> {
	return idle.pop() ?? new Promise((resolve) => waiting.push(resolve));
}
function giveBack(page: Page) {
	const next = waiting.shift();
	if (next) next(page);
	else idle.push(page);
}

beforeAll(async () => {
	server = await serve(DIST, '/');
	browser = await launch();
	for (let i = 0; i < POOL; i++) {
		const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 800 } });
		await context.addInitScript({ content: axeSource });
		idle.push(await context.newPage());
	}
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Loads a path and waits until what it shows is there: results for a search, the page otherwise. */
async function open(page: Page, path: string) {
	await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
	if (path.includes('?q=')) {
		// A search page is only complete once its results are drawn.
		await page.waitForFunction(() => document.querySelectorAll('main a[href*="/articles/"], main a[href*="#p-"]').length > 0);
	}
}

async function axeViolations(page: Page): Promise<string[]> {
	const result = await page.evaluate(
		(tags) =>
			// axe is the init script's global; the page's own CSP does not apply to evaluated code.
			(globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			}),
		TAGS,
	);
	return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** How far the document is wider than the window, at each width; 0 everywhere is the goal. */
async function overflow(page: Page): Promise<Record<number, number>> {
	const out: Record<number, number> = {};
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 800 });
		// Layout settles on the next frame after a resize.
		out[width] = await page.evaluate(
			() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(Math.max(0, document.documentElement.scrollWidth - window.innerWidth)))),
		);
	}
	return out;
}

async function check(path: string, theme: 'light' | 'dark') {
	const page = await borrow();
	try {
		await page.emulateMedia({ colorScheme: theme });
		await page.setViewportSize({ width: WIDTHS[0], height: 800 });
		await open(page, path);
		const violations = await axeViolations(page);
		const widths = theme === 'light' ? await overflow(page) : {};
		return { violations, widths };
	} finally {
		giveBack(page);
	}
}

describe.concurrent('every page', () => {
	it('the sitemap lists the whole site', () => expect(paths.length).toBeGreaterThan(150));
	it.each([...paths, ...interactive])('%s: accessible, and no wider than the window at 320 and 1280 px', async (path) => {
		const { violations, widths } = await check(path, 'light');
		expect(violations).toEqual([]);
		expect(widths).toEqual({ 320: 0, 1280: 0 });
	});
	it.each(darkSamples)('dark theme: %s', async (path) => {
		expect((await check(path, 'dark')).violations).toEqual([]);
	});
});
