import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// Layout in Chromium against the fixture site: the phone header and menu, targets, paper, the
// timeline's filters and the theme toggle. One browser for the file; a fresh context per test.
let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
	server = await serve(FIXTURE_DIST, FIXTURE_BASE);
	origin = new URL(server.url).origin;
	browser = await launch();
});
// Each test's pages go with it, so that a later test (printing a long page) has the browser to itself.
afterEach(async () => {
	for (const context of browser.contexts()) await context.close();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const ARTICLE = 'articles/sample-article/';
const ENTITY = 'treaties/sample-treaty/';
const PAGES = ['', ARTICLE, ENTITY, 'actors/', 'articles/', 'timeline/', 'about/', 'search/'];
const PHONE = { width: 320, height: 568 };

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('phones', () => {
	it('at 320 px the header is one row of at most 64 px, and nothing widens the page', async () => {
		const { page, errors } = await openPage(browser, origin, { viewport: PHONE });
		for (const path of PAGES) {
			await page.goto(`${server.url}${path}`);
			expect(await headerHeight(page), path).toBeLessThanOrEqual(64);
			expect(await overflow(page), path).toBeLessThanOrEqual(0);
			// The navigation waits behind the menu button.
			expect(await page.locator('.site-header nav a').first().isVisible(), path).toBe(false);
			expect(await page.locator('.site-menu summary').isVisible(), path).toBe(true);
		}
		expect(errors).toEqual([]);
	});

	it('at 768, 1280 and 1920 px the header keeps to one row', async () => {
		for (const width of [768, 1280, 1920]) {
			const { page, context } = await openPage(browser, origin, { viewport: { width, height: 800 } });
			await page.goto(`${server.url}${ARTICLE}`);
			expect(await headerHeight(page), `${width} px`).toBeLessThanOrEqual(64);
			await context.close();
		}
	});

	it("an article's first paragraph starts within the first screen at 320 × 568, the contents closed", async () => {
		const { page } = await openPage(browser, origin, { viewport: PHONE });
		await page.goto(`${server.url}${ARTICLE}`);
		expect(await page.locator('details.toc').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
		expect(await page.locator('details.toc nav a').first().isVisible()).toBe(false);
		const top = await page.locator('[data-article-body] p').first().evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(PHONE.height - 40);
		// Opening the contents shows its links.
		await page.locator('details.toc summary').click();
		await expect.poll(() => page.locator('details.toc nav a').first().isVisible()).toBe(true);
	});

	it('on a wide screen the contents show beside the text without being opened', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}${ARTICLE}`);
		expect(await page.locator('details.toc nav a').first().isVisible()).toBe(true);
	});

	it('the menu opens without JavaScript, by pointer and by keyboard, and its links work', async () => {
		const { page } = await openPage(browser, origin, { viewport: PHONE, javaScriptEnabled: false });
		await page.goto(`${server.url}${ARTICLE}`);
		const summary = page.getByRole('group').locator('summary', { hasText: 'Menu' });
		const actors = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actors' });
		expect(await summary.count()).toBe(1);
		expect(await actors.isVisible()).toBe(false);
		await summary.click();
		await expect.poll(() => actors.isVisible()).toBe(true);
		// The open panel lies over the page and leaves the header its height.
		expect(await headerHeight(page)).toBeLessThanOrEqual(64);
		await summary.click();
		await expect.poll(() => actors.isVisible()).toBe(false);
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => actors.isVisible()).toBe(true);
		await actors.click();
		await page.waitForURL('**/actors/');
	});

	it('the menu has an accessible name and Escape closes it with JavaScript', async () => {
		const { page } = await openPage(browser, origin, { viewport: PHONE });
		await page.goto(`${server.url}${ARTICLE}`);
		const snapshot = await page.locator('.site-menu summary').ariaSnapshot();
		expect(snapshot).toMatch(/Menu/);
		await page.locator('.site-menu summary').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.site-menu').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.site-menu').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.matches('.site-menu summary'))).toBe(true);
	});

	it('touch screens get no "/" shortcut hint; keyboards and mice do', async () => {
		const touch = await openPage(browser, origin, { viewport: { width: 800, height: 800 }, hasTouch: true, isMobile: true });
		await touch.page.goto(`${server.url}${ARTICLE}`);
		expect(await touch.page.evaluate(() => matchMedia('(pointer: coarse)').matches || matchMedia('(hover: none)').matches)).toBe(true);
		expect(await touch.page.locator('.search-trigger kbd').isVisible()).toBe(false);
		const desk = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await desk.page.goto(`${server.url}${ARTICLE}`);
		expect(await desk.page.locator('.search-trigger kbd').isVisible()).toBe(true);
	});

	it('every control is at least 24 × 24 px, at 320 and 1280 px', async () => {
		const CONTROLS = 'button, summary, select, input:not([type=hidden]), [role=button], .anchor-link, .site-header a, .pager a';
		for (const width of [320, 1280]) {
			const { page, context } = await openPage(browser, origin, { viewport: { width, height: 800 } });
			for (const path of [ARTICLE, ENTITY, 'timeline/', '']) {
				await page.goto(`${server.url}${path}`);
				await page.locator('theme-toggle:not([hidden])').waitFor();
				const small = await page.locator(CONTROLS).evaluateAll((els) =>
					els
						.map((el) => ({ el, box: el.getBoundingClientRect() }))
						.filter(({ el, box }) => box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only'))
						.filter(({ box }) => box.width < 23.5 || box.height < 23.5)
						.map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 20)}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
				);
				expect(small, `${width} px ${path}`).toEqual([]);
			}
			expect(await page.locator('.anchor-link').count()).toBe(0);
			await page.goto(`${server.url}${ARTICLE}`);
			expect(await page.locator('.anchor-link').count()).toBeGreaterThan(0);
			await context.close();
		}
	});
});

describe('paper', () => {
	it('print keeps the ¶ numbers and the page address, and leaves out controls, contents, previews and backlinks', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}${ARTICLE}`);
		await page.locator('theme-toggle:not([hidden])').waitFor();
		await page.emulateMedia({ media: 'print' });
		const anchor = page.locator('[data-article-body] .anchor-link').first();
		expect(await anchor.isVisible()).toBe(true);
		expect(await anchor.textContent()).toBe('¶1');
		const address = page.locator('.print-url');
		expect(await address.isVisible()).toBe(true);
		expect(await address.textContent()).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}${ARTICLE}`);
		for (const selector of ['button', 'summary', 'details.toc', 'copy-button', 'theme-toggle', 'search-dialog', '.site-menu', '.pager']) {
			const visible = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
			expect(visible, selector).toBe(0);
		}
		// The reference text of the citation box still prints; only its button goes.
		expect(await page.locator('.cite-box blockquote').isVisible()).toBe(true);
		// On screen the address is not shown.
		await page.emulateMedia({ media: 'screen' });
		expect(await address.isVisible()).toBe(false);
	});

	it('an entity page prints without its backlink lists and preview card', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}organizations/sample-union/`);
		expect(await page.locator('.mentions').isVisible()).toBe(true);
		// Open a preview, then print: the card does not go to paper.
		await page.locator('.prose a[data-entity]').first().hover();
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.mentions', '.related', '#entity-preview', 'button']) {
			const visible = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
			expect(visible, selector).toBe(0);
		}
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('.infobox').isVisible()).toBe(true);
	});
});

describe('paper, on the real site', () => {
	/** The entity page with the most HTML: the longest to print (Kazakhstan, today). */
	function largestEntityPage(): string {
		let best = { path: '', size: 0 };
		for (const collection of ['actors', 'treaties', 'organizations', 'places']) {
			for (const entry of readdirSync(join(DIST, collection), { withFileTypes: true })) {
				const file = join(DIST, collection, entry.name, 'index.html');
				if (entry.isDirectory() && existsSync(file) && statSync(file).size > best.size) best = { path: `${collection}/${entry.name}/`, size: statSync(file).size };
			}
		}
		return best.path;
	}

	it('the longest entity page prints on at most 6 A4 pages', async () => {
		const site = await serve(DIST, '/');
		try {
			const { page } = await openPage(browser, new URL(site.url).origin);
			const path = largestEntityPage();
			await page.goto(`${site.url}${path}`);
			const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
			// Chromium writes the page tree uncompressed: its root's /Count is the number of pages.
			const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
			expect(pages, path).toBeGreaterThan(0);
			expect(pages, path).toBeLessThanOrEqual(6);
		} finally {
			await site.close();
		}
	});
});

describe('timeline', () => {
	const visible = (page: Page) => page.locator('main ol.timeline > li:visible').count();
	const decadeLinks = (page: Page) => page.locator('nav[aria-label=Decades] a:visible').allTextContents();

	it('uses the width of a wide page: the items are not a narrow column beside empty space', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}timeline/`);
		const main = await page.locator('main').boundingBox();
		const filters = await page.locator('timeline-filter').boundingBox();
		const items = await page.locator('ol.timeline').first().boundingBox();
		// Filters stand beside the items, not above them.
		expect(filters!.x + filters!.width).toBeLessThanOrEqual(items!.x);
		expect(items!.y).toBeLessThan(filters!.y + filters!.height);
		expect(items!.x + items!.width).toBeGreaterThan(main!.x + main!.width * 0.75);
	});

	it('decade links follow the filters, and choices that would show nothing are disabled', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}timeline/`);
		await page.locator('timeline-filter:not([hidden])').waitFor();
		expect(await decadeLinks(page)).toEqual(['1990s', '2000s', '2010s']);
		await page.selectOption('timeline-filter select[name=kind]', 'treaty');
		await expect.poll(() => decadeLinks(page)).toEqual(['1990s']);
		expect(await page.locator('timeline-filter select[name=decade] option[value="2000s"]').isDisabled()).toBe(true);
		expect(await page.locator('timeline-filter select[name=decade] option[value="1990s"]').isDisabled()).toBe(false);
		await page.selectOption('timeline-filter select[name=kind]', '');
		await page.selectOption('timeline-filter select[name=decade]', '2000s');
		await expect.poll(() => decadeLinks(page)).toEqual(['2000s']);
		expect(await page.locator('timeline-filter select[name=kind] option[value="event"]').isDisabled()).toBe(true);
		expect(await page.locator('timeline-filter select[name=kind] option[value="office"]').isDisabled()).toBe(false);
		expect(errors).toEqual([]);
	});

	it('an empty result says so and offers to clear the filters', async () => {
		const { page } = await openPage(browser, origin);
		// Only a shared link can ask for a combination with no items: the selects rule it out.
		await page.goto(`${server.url}timeline/?kind=treaty&decade=2000s`);
		await expect.poll(() => page.locator('timeline-filter output').textContent()).toBe('0 items shown');
		expect(await visible(page)).toBe(0);
		expect(await decadeLinks(page)).toEqual([]);
		const clear = page.getByRole('button', { name: 'Show all items' });
		expect(await clear.isVisible()).toBe(true);
		await clear.click();
		await expect.poll(() => visible(page)).toBe(6);
		expect(await decadeLinks(page)).toEqual(['1990s', '2000s', '2010s']);
		expect(await clear.isVisible()).toBe(false);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.evaluate(() => document.activeElement?.matches('select[name=kind]'))).toBe(true);
	});
});

describe('theme', () => {
	it('cycles system → the other theme → the system theme pinned → system again, persisted without a flash', async () => {
		const { page } = await openPage(browser, origin, { colorScheme: 'light' });
		await page.goto(`${server.url}${ARTICLE}`);
		const button = page.locator('theme-toggle button');
		const state = () => page.evaluate(() => ({ theme: document.documentElement.dataset.theme ?? null, stored: localStorage.getItem('theme') }));
		const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.locator('theme-toggle:not([hidden])').waitFor();
		expect(await button.getAttribute('data-mode')).toBe('system');
		expect(await button.textContent()).toMatch(/Theme: system/);
		const light = await bg();
		await button.click();
		expect(await state()).toEqual({ theme: 'dark', stored: 'dark' });
		const dark = await bg();
		expect(dark).not.toBe(light);
		await page.reload();
		expect(await state()).toEqual({ theme: 'dark', stored: 'dark' });
		await button.click();
		expect(await state()).toEqual({ theme: 'light', stored: 'light' });
		await button.click();
		expect(await state()).toEqual({ theme: null, stored: null });
		expect(await button.textContent()).toMatch(/Theme: system/);
		// Back to following the system: when the system turns dark, so does the page.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(bg).toBe(dark);
		await page.reload();
		expect(await state()).toEqual({ theme: null, stored: null });
		expect(await bg()).toBe(dark);
	});
});
