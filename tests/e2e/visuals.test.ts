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
	['/places/aktobe/', 'locator'],
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
			const svg = page.locator(`svg[data-visual="${visual}"]:visible`).first();
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

	it.each([...PICTURES, ['/map/', 'map-kz'] as [string, string]])(
		'%s: at 320 px the %s picture is its phone layout, whole, with no text under 11 px and no sideways scroll',
		async (path, visual) => {
			const { context, page } = await openPage(browser, server.url, { viewport: { width: 320, height: 640 } });
			try {
				await page.goto(at(path));
				const svg = page.locator(`svg[data-visual="${visual}"]:visible`).first();
				await svg.waitFor({ state: 'visible' });
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
				const report = await svg.evaluate((el: SVGSVGElement) => {
					const box = el.getBoundingClientRect();
					const scale = el.getScreenCTM()!.a;
					const sizes = [...el.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0).map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
					// No box around the picture scrolls sideways (a hidden scroller).
					let scroller = false;
					for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (p.scrollWidth > p.clientWidth + 1) scroller = true;
					return { left: box.left, right: box.right, variant: el.dataset.variant, smallest: sizes.sort((a, b) => a.px - b.px)[0], scroller };
				});
				if (visual !== 'locator') expect(report.variant).toBe('narrow');
				expect(report.left).toBeGreaterThanOrEqual(0);
				expect(report.right).toBeLessThanOrEqual(320);
				expect(report.scroller).toBe(false);
				expect(report.smallest, 'a picture with text').toBeDefined();
				expect(report.smallest!.px, `"${report.smallest!.text}"`).toBeGreaterThanOrEqual(11);
			} finally {
				await context.close();
			}
		},
	);

	it.each([
		['/map/', 'map'],
		['/map/', 'map-kz'],
		['/graph/', 'graph'],
	])('%s: at 1280 px the names drawn on the %s do not overlap in the real font', async (path, visual) => {
		const { context, page } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(at(path));
			const svg = page.locator(`svg[data-visual="${visual}"]:visible`).first();
			await svg.waitFor({ state: 'visible' });
			const overlaps = await svg.evaluate((el: SVGSVGElement) => {
				const boxes = [...el.querySelectorAll('text')].map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
				const hits: string[] = [];
				for (let i = 0; i < boxes.length; i++)
					for (let j = i + 1; j < boxes.length; j++) {
						const [a, b] = [boxes[i]!.r, boxes[j]!.r];
						// Glyph boxes include the line's ascent and descent: a pixel of touch is not an overlap.
						if (a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 2 && a.bottom > b.top + 2) hits.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
					}
				const frame = el.getBoundingClientRect();
				const outside = boxes.filter((b) => b.r.left < frame.left - 1 || b.r.right > frame.right + 1).map((b) => b.text);
				return { hits, outside };
			});
			expect(overlaps.hits).toEqual([]);
			expect(overlaps.outside).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it.each([
		['/map/', 'svg[data-visual="map-kz"] a[href$="/places/aktobe/"]', 'Aktobe'],
		['/map/', 'svg[data-visual="map"] a[href$="/places/kokchetav/"]', 'Kokchetav'],
		['/graph/', 'svg[data-visual="graph"] a[data-id="baikonur-cosmodrome"]', 'Baikonur Cosmodrome'],
	])('%s: hovering or focusing a marker shows its name (%s)', async (path, selector, name) => {
		const { context, page, errors } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(at(path));
			const marker = page.locator(`${selector}:visible`).first();
			await marker.waitFor({ state: 'visible' });
			expect(await marker.getAttribute('aria-label')).toContain(name);
			expect(await marker.locator('title').textContent()).toBe(name);
			const card = page.locator('#entity-preview');
			await marker.hover();
			await expect.poll(() => card.isVisible()).toBe(true);
			expect(await card.locator('strong').textContent()).toBe(name);
			await page.mouse.move(0, 0);
			await expect.poll(() => card.isVisible()).toBe(false);
			await marker.focus();
			await expect.poll(() => card.isVisible()).toBe(true);
			expect(await card.locator('strong').textContent()).toBe(name);
			expect(errors).toEqual([]);
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
			await expect.poll(() => page.locator('svg[data-visual="graph"].is-focused').count()).toBe(2);
			await expect.poll(() => page.locator('svg[data-visual="graph"]:visible a.is-near').count()).toBeGreaterThan(5);
			// Focus names the entity and its neighbours, in words and on the picture.
			await page.getByLabel('Places').check();
			// Who took part in "tragic January" 2022?
			await page.locator('.graph-controls select').selectOption('tragic-january-2022');
			const said = page.locator('.graph-focus');
			await expect.poll(() => said.textContent()).toMatch(/^.*January.*: tied to \d+ entit(y|ies) \(.*Kassym-Jomart Tokayev.*\)\.$/);
			const near = await page.locator('svg[data-visual="graph"]:visible a.is-near').count();
			const named = page.locator('svg[data-visual="graph"]:visible text:not(.is-hidden)');
			await expect.poll(() => named.count()).toBe(near);
			expect(await named.allTextContents()).toEqual(expect.arrayContaining(['Kazakhstan', 'Kassym-Jomart Tokayev', 'Collective Security Treaty Organization']));
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
	// The map, graph and a route's locator are checked with axe in the dark theme by the every-page sweep.
});
