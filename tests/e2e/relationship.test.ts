import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/knowledge/integrity';
import { DIST, ROOT } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// The front door and the relationship's pages in Chromium, on the real site: what a first-time
// reader sees on the first screen, the header's single row, hover previews of dimension links.
let server: StaticServer;
let browser: Browser;
let origin: string;

const { entries } = validateContent(ROOT);
const dimensions = entries.filter((e) => e.collection === 'dimensions').map((e) => e.id);
const NEW_PAGES = ['', 'relations/', 'dimensions/', ...dimensions.map((id) => `dimensions/${id}/`), 'actors/russia/', 'actors/kazakhstan/'];

beforeAll(async () => {
	server = await serve(DIST, '/');
	origin = new URL(server.url).origin;
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the front door at 1280 × 800', () => {
	it('shows what this is, the overview’s lead, the three ways in and every source on the first screen', async () => {
		const { page, errors } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(server.url);
		const bottom = (selector: string) => page.locator(selector).evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)));
		expect(await bottom('h1')).toBeLessThanOrEqual(800);
		expect(await page.locator('.home__lead a.cite').count()).toBeGreaterThan(0);
		// Every source's title and byline is within the first screen.
		const sources = page.locator('.home__sources li');
		expect(await sources.count()).toBeGreaterThan(0);
		expect(await bottom('.home__sources li')).toBeLessThanOrEqual(800);
		// The three ways in start on the first screen.
		const tops = await page.locator('.paths > li').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
		expect(tops).toHaveLength(3);
		for (const top of tops) expect(top).toBeLessThan(800);
		expect(errors).toEqual([]);
	});
});

describe('the relationship’s pages', () => {
	it.each([320, 1280])('at %i px: the header keeps one row and nothing widens the page', async (width) => {
		const { page, context, errors } = await openPage(browser, origin, { viewport: { width, height: 800 } });
		for (const path of NEW_PAGES) {
			await page.goto(`${server.url}${path}`);
			expect(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height), path).toBeLessThanOrEqual(64);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
		}
		await context.close();
		expect(errors).toEqual([]);
	});

	it('a dimension link shows the dimension in a preview card', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}relations/`);
		const link = page.locator('.dimension-leads h3 a').first();
		await link.hover();
		const card = page.locator('#entity-preview');
		await card.waitFor({ state: 'visible' });
		expect(await card.textContent()).toContain('Dimension of the relationship');
		expect(await card.textContent()).toContain((await link.textContent())!.trim());
		expect(errors).toEqual([]);
	});
});
