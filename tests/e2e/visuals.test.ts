import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// The pictures in Chromium: they show without JavaScript, fit a 320 px window without widening
// the page (they scale or scroll inside their own box), and pass axe in the dark theme too.
const PICTURES: Array<[string, string]> = [
	['/map/', 'map'],
	['/graph/', 'graph'],
	['/places/baikonur-cosmodrome/', 'locator'],
	['/places/trans-siberian-railway/', 'locator'],
	['/actors/kazakhstan/', 'connections'],
	['/actors/kazakhstan/', 'timeline'],
	['/timeline/', 'timeline'],
];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
	server = await serve(DIST, '/');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});
const at = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;

describe('pictures drawn at build time', () => {
	it.each(PICTURES)('%s shows its %s picture with JavaScript off', async (path, visual) => {
		const { context, page, errors } = await openPage(browser, server.url, { javaScriptEnabled: false });
		try {
			await page.goto(at(path));
			const svg = page.locator(`svg[data-visual="${visual}"]`).first();
			await svg.waitFor({ state: 'visible' });
			const box = await svg.boundingBox();
			expect(box!.width).toBeGreaterThan(200);
			expect(box!.height).toBeGreaterThan(20);
			expect(await svg.locator('path, circle, rect, line').count()).toBeGreaterThan(0);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it.each(PICTURES)('%s: the %s picture fits a 320 px window without widening the page', async (path, visual) => {
		const { context, page } = await openPage(browser, server.url, { viewport: { width: 320, height: 640 } });
		try {
			await page.goto(at(path));
			const svg = page.locator(`svg[data-visual="${visual}"]`).first();
			await svg.waitFor({ state: 'visible' });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			// Its box stays inside the window even when the picture itself scrolls within it.
			const boxRight = await svg.evaluate((el) => el.parentElement!.getBoundingClientRect().right);
			expect(boxRight).toBeLessThanOrEqual(320);
		} finally {
			await context.close();
		}
	});

	it('the graph filters by type and focuses one neighbourhood when JavaScript runs', async () => {
		const { context, page, errors } = await openPage(browser, server.url);
		try {
			await page.goto(at('/graph/'));
			await page.locator('.graph-controls').waitFor({ state: 'visible' });
			const place = page.locator('svg[data-visual="graph"] a[data-type="places"]').first();
			await expect.poll(() => place.isVisible()).toBe(true);
			await page.getByLabel('Places').uncheck();
			await expect.poll(() => place.isVisible()).toBe(false);
			await page.locator('.graph-controls select').selectOption('kazakhstan');
			await expect.poll(() => page.locator('svg[data-visual="graph"].is-focused').count()).toBe(1);
			await expect.poll(() => page.locator('svg[data-visual="graph"] a.is-near').count()).toBeGreaterThan(5);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
	// The map, graph and a route's locator are checked with axe in the dark theme by the every-page sweep.
});
