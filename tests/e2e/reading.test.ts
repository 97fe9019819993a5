import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BASE, FIXTURE_DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// Reading flows in Chromium against the fixture site, served under /kb/ like a sub-path host.
let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
	server = await serve(FIXTURE_DIST, FIXTURE_BASE);
	origin = new URL(server.url).origin;
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const ARTICLE = 'articles/sample-article/';
const PARAGRAPH = 'p-a-second-paragraph-about-the-sample';

describe('reading in a browser', () => {
	it('a deep link to a paragraph opens the page scrolled to it, highlighted', async () => {
		const { page, foreign, errors } = await openPage(browser, origin, { viewport: { width: 800, height: 300 } });
		await page.goto(`${server.url}${ARTICLE}#${PARAGRAPH}`);
		const target = page.locator(`#${PARAGRAPH}`);
		await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
		const box = await target.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(300);
		const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('a deep link to a heading lands on the heading', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 800, height: 300 } });
		await page.goto(`${server.url}${ARTICLE}#second-section`);
		const box = await page.locator('#second-section').boundingBox();
		expect(box!.y).toBeLessThan(300);
		expect(box!.y).toBeGreaterThanOrEqual(0);
	});

	it('a citation on an entity page opens the cited paragraph of the article', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}organizations/sample-union/`);
		await page.locator('.prose a.cite').first().click();
		await page.waitForURL(`**/${ARTICLE}#${PARAGRAPH}`);
		expect(await page.locator(`#${PARAGRAPH}`).evaluate((el) => el.matches(':target'))).toBe(true);
	});

	it('the ¶ control shows the paragraph number and copies its link', async () => {
		const { page, context } = await openPage(browser, origin);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await page.goto(`${server.url}${ARTICLE}`);
		expect(await page.locator(`#${PARAGRAPH} a.anchor-link`).textContent()).toBe('¶2');
		await page.locator(`#${PARAGRAPH} a.anchor-link`).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${ARTICLE}#${PARAGRAPH}`);
		await expect.poll(() => page.locator('paragraph-links [role=status]').textContent()).toBe('Link to paragraph copied');
	});

	it('the theme follows the system, and a chosen theme persists across pages without a flash', async () => {
		const { page } = await openPage(browser, origin, { colorScheme: 'dark' });
		await page.goto(server.url);
		const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const dark = await bg();
		await page.locator('theme-toggle button').click();
		expect(await page.locator('theme-toggle button').getAttribute('data-mode')).toBe('light');
		const light = await bg();
		expect(light).not.toBe(dark);
		await page.goto(`${server.url}${ARTICLE}`);
		// The inline head script sets the theme before the stylesheet paints anything.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await bg()).toBe(light);
	});

	it('the 404 page helps: status 404, search prefilled from the address, links home', async () => {
		const { page } = await openPage(browser, origin);
		const response = await page.goto(`${server.url}actors/nursultan-nazarbayeff/`);
		expect(response!.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('#nf-q').inputValue()).toBe('nursultan nazarbayeff');
		await page.locator('main a', { hasText: 'Home' }).click();
		await page.waitForURL(server.url);
	});

	it('pages work without JavaScript', async () => {
		const { page } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(`${server.url}treaties/sample-treaty/`);
		expect(await page.locator('.infobox dd[data-field=signed]').textContent()).toMatch(/6 July 1998/);
		await page.locator('.infobox a[data-entity=russia]').click();
		await page.waitForURL('**/actors/russia/');
		await page.goto(`${server.url}${ARTICLE}#${PARAGRAPH}`);
		expect(await page.locator(`#${PARAGRAPH}`).isVisible()).toBe(true);
		// Without JavaScript the theme toggle stays hidden rather than offering a dead button.
		expect(await page.locator('theme-toggle').isVisible()).toBe(false);
	});

	it('shows the page at 320 px without horizontal scrolling', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 320, height: 640 } });
		for (const path of ['', ARTICLE, 'treaties/sample-treaty/', 'actors/']) {
			await page.goto(`${server.url}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

describe('moving between articles and entities', () => {
	it('article → entity link → backlink returns to the same paragraph, highlighted', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}${ARTICLE}`);
		await page.locator(`#${PARAGRAPH} a.mention`, { hasText: 'Sample Union' }).click();
		await page.waitForURL('**/organizations/sample-union/');
		await page.locator('.mentions a[data-mention-link]').first().click();
		await page.waitForURL(`**/${ARTICLE}#${PARAGRAPH}`);
		const target = page.locator(`#${PARAGRAPH}`);
		expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		expect(errors).toEqual([]);
	});
});

describe('alias URLs and previews', () => {
	it('an alias URL opens the canonical page', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}treaties/sample-treaty-of-friendship/`);
		await page.waitForURL('**/treaties/sample-treaty/');
		expect(await page.locator('h1').textContent()).toBe('Sample Treaty');
	});

	it('hovering or focusing an entity link shows a preview card without moving the page; Escape closes it', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}${ARTICLE}`);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		const link = page.locator(`#${PARAGRAPH} a.mention`).first();
		await link.hover();
		const card = page.locator('#entity-preview');
		await card.waitFor({ state: 'visible' });
		expect(await card.textContent()).toBe('Sample UnionOrganization · IntergovernmentalA union in the sample.');
		expect(await link.getAttribute('aria-describedby')).toBe('entity-preview');
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
		await page.mouse.move(0, 0);
		await card.waitFor({ state: 'hidden' });
		// Keyboard: focus shows it, Escape hides it.
		await link.focus();
		await card.waitFor({ state: 'visible' });
		await page.keyboard.press('Escape');
		await card.waitFor({ state: 'hidden' });
		expect(errors).toEqual([]);
	});
});

describe('event previews', () => {
	it('an event link on the timeline shows the event in a preview card', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}timeline/`);
		await page.locator('main ol.timeline a[data-entity="sample-summit"]').hover();
		const card = page.locator('#entity-preview');
		await card.waitFor({ state: 'visible' });
		expect(await card.textContent()).toBe('Sample SummitEvent · SummitThe meeting in Moscow at which the sample treaty was signed.');
		expect(errors).toEqual([]);
	});
});

describe('timeline filters', () => {
	it('filter by kind and decade, keep the choice in the URL, and restore it on reload', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}timeline/`);
		const visible = () => page.locator('main ol.timeline > li:visible').count();
		expect(await visible()).toBe(6);
		await page.selectOption('timeline-filter select[name=kind]', 'event');
		expect(await visible()).toBe(2);
		expect(await page.locator('timeline-filter output').textContent()).toBe('2 items shown');
		expect(new URL(page.url()).searchParams.get('kind')).toBe('event');
		await page.selectOption('timeline-filter select[name=kind]', '');
		await page.selectOption('timeline-filter select[name=decade]', '2000s');
		expect(await visible()).toBe(3);
		expect(await page.locator('section[data-decade-section="1990s"]').isVisible()).toBe(false);
		await page.reload();
		expect(await visible()).toBe(3);
		expect(errors).toEqual([]);
	});
});

describe('keyboard only', () => {
	it('Tab reaches the skip link first, which moves focus to the content; the header and theme toggle work by keyboard', async () => {
		const { page } = await openPage(browser, origin, { colorScheme: 'light' });
		await page.goto(`${server.url}${ARTICLE}`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		expect(await page.locator('a.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
		// From the top: skip link, site title, the navigation, search, then the theme toggle.
		await page.goto(`${server.url}${ARTICLE}`);
		const stops: string[] = [];
		for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.matches('theme-toggle button'))); i++) {
			await page.keyboard.press('Tab');
			stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
		}
		// Where the header is tight the short title shows and the full one stays for screen readers (layout.css).
		expect(stops.slice(0, 3)).toEqual(['Skip to content', expect.stringContaining('Russia–Kazakhstan Relations'), 'Overview']);
		expect(stops).toContain('Search\n/');
		expect(await page.evaluate(() => document.activeElement?.matches('theme-toggle button'))).toBe(true);
		await page.keyboard.press('Space');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});

describe('citing an article', () => {
	it('copies a ready-made citation', async () => {
		const { page, context } = await openPage(browser, origin);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await page.goto(`${server.url}${ARTICLE}`);
		await page.locator('copy-button button').click();
		// The address is the one the reader is on (this test server), not the one the site was built for.
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`Example, J. (2010, July). A Sample Article on Relations. Example Digest. Accessed via ${server.url}${ARTICLE}.`);
		expect(await page.locator('copy-button button').textContent()).toBe('Copied');
	});
});
