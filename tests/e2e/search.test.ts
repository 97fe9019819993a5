import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// Search in Chromium against the real built site and its real Pagefind index.
let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
	server = await serve(DIST, '/');
	origin = new URL(server.url).origin;
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const resultLinks = (page: Page) => page.locator('pagefind-results .pf-result-link');
const firstResults = async (page: Page, n = 3) => {
	await resultLinks(page).first().waitFor();
	return (await resultLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, n);
};

describe('ranking readers expect', () => {
	it.each([
		['Nazarbayev', '/actors/nursultan-nazarbayev/'],
		['Nazarbaev', '/actors/nursultan-nazarbayev/'],
		['Назарбаев', '/actors/nursultan-nazarbayev/'],
		['Tokaev', '/actors/kassym-jomart-tokayev/'],
		['Тоқаев', '/actors/kassym-jomart-tokayev/'],
		['Putin', '/actors/vladimir-putin/'],
		['Kazakhstan', '/actors/kazakhstan/'],
		['Russian Federation', '/actors/russia/'],
		['CSTO', '/organizations/csto/'],
		['ОДКБ', '/organizations/csto/'],
		['EAEU', '/organizations/eurasian-economic-union/'],
		['ЕАЭС', '/organizations/eurasian-economic-union/'],
		['Customs Union', '/organizations/eurasian-customs-union/'],
		['Baikonur', '/places/baikonur-cosmodrome/'],
		['Байконур', '/places/baikonur-cosmodrome/'],
		['Alma-Ata', '/places/almaty/'],
		['Nur-Sultan', '/places/astana/'],
		['Tselinograd', '/places/astana/'],
		['Astana Treaty', '/treaties/treaty-on-eurasian-economic-union/'],
		['Declaration on Eternal Friendship and Alliance', '/treaties/declaration-eternal-friendship-alliance-1998/'],
		['Shanghai Cooperation Organisation', '/organizations/sco/'],
	])('%s → %s first', async (query, expected) => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
		expect((await firstResults(page, 1))[0]).toBe(expected);
		expect(errors).toEqual([]);
	});

	it('finds topics in article text, with type and date shown and sub-results linking into the article', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=demographics`);
		await resultLinks(page).first().waitFor();
		const first = page.locator('pagefind-results .pf-result').first();
		expect(await first.locator('.search-result__meta').textContent()).toMatch(/^Article · \d/);
		const sub = await first.locator('.pf-heading-link').first().getAttribute('href');
		expect(sub).toMatch(/^\/articles\/[a-z0-9-]+\/\?highlight=demographics#[a-z0-9-]+$/);
	});
});

describe('shareable state', () => {
	it('a link with query and filters shows those results cold, and the filter is applied', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=customs+union&type=treaty`);
		await resultLinks(page).first().waitFor();
		expect(await page.locator('pagefind-input input').inputValue()).toBe('customs union');
		const types = await page.locator('pagefind-results .search-result__meta').allTextContents();
		expect(types.length).toBeGreaterThan(0);
		for (const t of types) expect(t).toMatch(/^Treaty/);
		expect(await page.locator('pagefind-filter-dropdown[filter=type]').textContent()).toMatch(/Treaty/);
	});

	it('typing updates the URL, and Back restores the previous search', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=csto`);
		await resultLinks(page).first().waitFor();
		const input = page.locator('pagefind-input input');
		await input.fill('baikonur');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('baikonur');
		await expect.poll(async () => (await firstResults(page, 1))[0]).toBe('/places/baikonur-cosmodrome/');
		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('csto');
		await expect.poll(() => input.inputValue()).toBe('csto');
		await expect.poll(async () => (await firstResults(page, 1))[0]).toBe('/organizations/csto/');
	});

	it('filtering by decade narrows the results and shows counts', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=treaty&decade=1990s`);
		await resultLinks(page).first().waitFor();
		const dates = await page.locator('pagefind-results .search-result__meta').allTextContents();
		for (const d of dates) expect(d).toMatch(/199\d/);
		expect(new URL(page.url()).searchParams.get('decade')).toBe('1990s');
	});
});

describe('search dialog on every page', () => {
	it('opens with Ctrl+K and "/", loads the search code only then, searches, and closes with Escape', async () => {
		const { page, errors } = await openPage(browser, origin);
		const loaded: string[] = [];
		page.on('request', (r) => new URL(r.url()).pathname.startsWith('/pagefind/') && loaded.push(r.url()));
		await page.goto(`${server.url}articles/kusznir-long-alliance/`);
		expect(loaded).toEqual([]);
		await page.keyboard.press('Control+k');
		const input = page.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(loaded.some((u) => u.endsWith('pagefind-component-ui.js'))).toBe(true);
		// Pagefind announces the result count in a live region for 350 ms; record what it says.
		await page.evaluate(() => {
			const said: string[] = ((window as any).__announced = []);
			new MutationObserver(() => {
				for (const region of document.querySelectorAll('[aria-live]')) if (region.textContent?.trim()) said.push(region.textContent.trim());
			}).observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		await input.fill('Tokaev');
		await page.locator('pagefind-modal .pf-result-link').first().waitFor();
		await expect.poll(() => page.evaluate(() => (window as any).__announced.join(' | '))).toMatch(/\d+ results? for Tokaev/i);
		expect(await page.locator('pagefind-modal .pf-result-link').first().getAttribute('href')).toMatch(/^\/actors\/kassym-jomart-tokayev\//);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('pagefind-modal dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.locator('main h1').click();
		await page.keyboard.press('/');
		await expect.poll(() => page.locator('pagefind-modal dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		expect(errors).toEqual([]);
	});

	it('is operable by keyboard alone: arrow to a result, Enter opens it with the terms highlighted', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(server.url);
		await page.keyboard.press('Control+k');
		const input = page.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await page.keyboard.type('Baikonur');
		// Each keystroke searches; act on the list for the whole word, as a reader would.
		await expect.poll(() => page.locator('pagefind-modal .pf-result-link').first().getAttribute('href').catch(() => '')).toMatch(/^\/places\/baikonur-cosmodrome\//);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/places\/baikonur-cosmodrome\/\?highlight=baikonur/);
		const mark = page.locator('main h1 mark.pagefind-highlight');
		await mark.waitFor();
		expect(await mark.textContent()).toMatch(/baikonur/i);
	});

	it('without JavaScript the header search is a link to the search page', async () => {
		const { page } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(server.url);
		await page.locator('search-dialog a').click();
		await page.waitForURL('**/search/');
		expect(await page.locator('noscript').count()).toBe(1);
	});
});

describe('hostile and odd queries', () => {
	it.each([
		['empty', ''],
		['2,000 characters', 'kazakhstan '.repeat(182)],
		['markup', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
		['Cyrillic', 'Казахстан и Россия'],
		['punctuation only', '!?.,;:—«»'],
	])('%s: no error, no injection, a sensible message', async (_, query) => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
		await page.locator('pagefind-summary').waitFor({ state: 'attached' });
		// Wait until the search has settled: the summary no longer says it is searching.
		if (query.trim()) await expect.poll(async () => (await page.locator('pagefind-summary').textContent()) ?? '', { timeout: 15_000 }).toMatch(/^(?!\s*Searching)\s*\S/);
		expect(errors).toEqual([]);
		expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
		expect(await page.locator('img[src=x]').count()).toBe(0);
		const summary = (await page.locator('pagefind-summary').textContent())?.trim() ?? '';
		if (query.trim() && /[\p{L}\p{N}]/u.test(query)) expect(summary).toMatch(/result/i);
		else expect(await resultLinks(page).count()).toBe(0);
	});
});
