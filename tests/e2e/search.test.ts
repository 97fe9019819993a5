import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_LABELS } from '../../src/utils/labels';
import { DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';
import { serve, type StaticServer } from '../helpers/server';
import { PARAPHRASED, QUESTIONS } from './search-questions';

// Search in Chromium against the real built site and its real Pagefind index. Ranking is
// measured on one search page that stays open: each query runs through the page's own
// <search-box> (its public show(), the same path a URL or Back takes), so dozens of queries
// cost a second or two; a few tests drive the UI the way a reader does.
let server: StaticServer;
let browser: Browser;
let origin: string;
let qa: Page;
let qaErrors: string[];

beforeAll(async () => {
	server = await serve(DIST, '/');
	origin = new URL(server.url).origin;
	browser = await launch();
	({ page: qa, errors: qaErrors } = await openPage(browser, origin));
	await qa.goto(`${server.url}search/`);
	await qa.waitForFunction(() => customElements.get('search-box'));
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Shown {
	/** Each result's links (its own, then its paragraphs'), as path + #fragment. */
	entries: string[][];
	/** Each result's type and date line. */
	metas: string[];
	excerpts: string[];
	status: string;
	notice: string;
}

/** Runs a search in the shared page and reads what it shows. */
async function ask(q: string, filters: Record<string, string[]> = {}, page = qa): Promise<Shown> {
	return page.evaluate(
		async ({ q, filters }) => {
			const box = document.querySelector('search-page search-box') as HTMLElement & { show(s: unknown): Promise<void> };
			await box.show({ q, filters });
			const notice = box.querySelector<HTMLElement>('.search-box__notice')!;
			const path = (a: Element) => {
				const u = new URL((a as HTMLAnchorElement).href);
				return u.pathname + u.hash;
			};
			return {
				entries: [...box.querySelectorAll('[role=listbox] > li')].map((li) => [...li.querySelectorAll('[role=option]')].map(path)),
				metas: [...box.querySelectorAll('.search-hit__meta')].map((m) => m.textContent ?? ''),
				excerpts: [...box.querySelectorAll('.search-hit__excerpt')].map((m) => m.textContent ?? ''),
				status: box.querySelector('[role=status]')!.textContent ?? '',
				notice: notice.hidden ? '' : (notice.textContent ?? ''),
			};
		},
		{ q, filters },
	);
}
const cite = (key: string) => `/articles/${key.replace('#', '/#')}`;

/** The search page's result the reader has moved to: the one option selected, the one the box points to. */
async function selectedResult(page: Page): Promise<string | null> {
	const active = await page.locator('#search-page-q').getAttribute('aria-activedescendant');
	expect(active).toBeTruthy();
	expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
	expect(await page.locator('#search-page-list [aria-selected=true]').count()).toBe(1);
	return page.locator(`[id="${active}"]`).getAttribute('href');
}

describe('questions are answered by the paragraph that answers them', () => {
	it(`has at least 30 questions`, () => expect(QUESTIONS.length).toBeGreaterThanOrEqual(30));

	it.each(QUESTIONS)('%s', async (question, answers) => {
		const { entries } = await ask(question);
		const top3 = entries.slice(0, 3).flat();
		expect(top3, `top 3 for "${question}": ${JSON.stringify(entries.slice(0, 3))}`).toEqual(expect.arrayContaining([expect.toSatisfy((href: string) => answers.map(cite).includes(href))]));
		expect(qaErrors).toEqual([]);
	});
});

describe('questions in other words than the paragraph’s are answered by it (synonyms, word forms, partial matches)', () => {
	it('has at least 30 questions', () => expect(PARAPHRASED.length).toBeGreaterThanOrEqual(30));

	it.each(PARAPHRASED)('%s', async (question, answers) => {
		const { entries } = await ask(question);
		const top3 = entries.slice(0, 3).flat();
		expect(top3, `top 3 for "${question}": ${JSON.stringify(entries.slice(0, 3))}`).toEqual(expect.arrayContaining([expect.toSatisfy((href: string) => answers.map(cite).includes(href))]));
	});
});

describe('names find their entity first', () => {
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
		['Vocstochny', '/places/vostochny-cosmodrome/'],
	])('%s → %s first', async (query, expected) => {
		expect((await ask(query)).entries[0]?.[0]).toBe(expected);
	});

	it('a Cyrillic name, an alias and the canonical name find the same pages, and the paragraphs that name the entity', async () => {
		const count = (s: Shown) => Number(/^(\d+)/.exec(s.status)?.[1]);
		const latin = await ask('Nazarbayev');
		expect(count(latin)).toBeGreaterThan(20);
		expect(count(await ask('Назарбаев'))).toBe(count(latin));
		expect(count(await ask('Elbasy'))).toBe(count(latin));
		const cyrillic = await ask('Назарбаев');
		expect(cyrillic.entries.flat().some((h) => /^\/articles\/[^#]+#p-/.test(h))).toBe(true);
	});
});

describe('the source outranks the quote', () => {
	// Sentences an entity page quotes from the articles ("Mentioned in"): searching the words of one
	// finds the paragraph it came from before the page that quotes it.
	const quotes = ['actors/nursultan-nazarbayev/', 'places/baikonur-cosmodrome/', 'organizations/csto/', 'treaties/border-treaty-2005/', 'places/crimea/'].flatMap((page) => {
		// Each quoted sentence is a list item whose linked name leads to the paragraph it came from.
		const quoted = selectAll('li[data-mention]', readPage(DIST, page)).slice(0, 2);
		return quoted.map((li) => [page, toString(li).replace(/\s+/g, ' ').trim(), attr(select('a[data-mention-link]', li), 'href')!] as const);
	});

	it('has quotes to test', () => expect(quotes.length).toBeGreaterThanOrEqual(6));

	it.each(quotes)('on /%s: "%s"', async (page, sentence, source) => {
		const words = sentence.split(' ').slice(0, 14).join(' ');
		const { entries } = await ask(words);
		const flat = entries.map((e) => e.join(' '));
		const sourceAt = flat.findIndex((e) => e.split(' ').includes(source));
		const quoteAt = flat.findIndex((e) => e.split(' ')[0] === `/${page}`);
		expect(sourceAt, `source ${source} in ${JSON.stringify(entries.slice(0, 5))}`).toBeGreaterThanOrEqual(0);
		if (quoteAt >= 0) expect(sourceAt).toBeLessThan(quoteAt);
	});

	it('the timeline page never outranks an item’s own page', async () => {
		const items = selectAll('ol.timeline li', readPage(DIST, 'timeline/')).slice(0, 40).filter((_, i) => i % 8 === 0);
		expect(items.length).toBeGreaterThanOrEqual(4);
		for (const li of items) {
			const own = attr(selectAll('.timeline__text a[href]', li)[0], 'href')!;
			const text = toString(selectAll('.timeline__text', li)[0]!).replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
			const { entries } = await ask(text.split(' ').slice(0, 10).join(' '));
			const tops = entries.map((e) => e[0]);
			const timelineAt = tops.indexOf('/timeline/');
			if (timelineAt >= 0) expect(tops.indexOf(own), text).toBeLessThan(timelineAt);
		}
	});
});

describe('natural-language queries', () => {
	it('a word no page has is left out, and the results say so', async () => {
		const shown = await ask('Vostochny cosmodrome instead of Baikonur rent xylophone');
		expect(shown.entries.length).toBeGreaterThan(0);
		expect(shown.notice).toMatch(/closest|all but one/);
		expect(shown.notice).toMatch(/xylophone/);
	});

	it('a misspelt name is read as the closest name, and the results say so', async () => {
		const shown = await ask('Nazarbaiev Yekaterinburgg');
		expect(shown.notice).toMatch(/“nazarbaiev” as “nazarbayev”/i);
		expect(shown.entries.flat()).toContain('/articles/ukdiss-cooperation-to-coercion/#p-continuing-on-from-the-previous-period');
	});

	it('an exact match shows no notice', async () => {
		expect((await ask('Baikonur')).notice).toBe('');
	});
});

describe('clean results', () => {
	it('excerpts carry no citation markers, ¶ links or run-together labels', async () => {
		for (const q of ['Baikonur Cosmodrome', 'CSTO', 'Kazakhstan', 'Eurasian Economic Union', 'border treaty 2005', 'Tokayev']) {
			const { excerpts } = await ask(q);
			expect(excerpts.length).toBeGreaterThan(0);
			for (const e of excerpts) {
				expect(e, q).not.toMatch(/¶\d|\[[^\]]*\d{4}, ¶|Link to paragraph/);
				expect(e, q).not.toMatch(/\b(Type|Country|Kind|Founded|Signed|Members|Parties)[A-Z][a-z]/);
				expect(e, q).not.toMatch(/^(Actors|Treaties|Organizations|Places|Articles) · /);
			}
		}
	});

	it('every result is labelled with its type, from the collection labels', async () => {
		const types = new Set([...Object.values(COLLECTION_LABELS).map((l) => l.singular), 'Page']);
		const metas: string[] = [];
		for (const q of ['Kazakhstan', 'treaty', 'Baikonur', 'CSTO', 'Astana']) metas.push(...(await ask(q)).metas);
		expect(metas.length).toBeGreaterThan(5);
		for (const m of metas) expect(types).toContain(m.split(' · ')[0]!.trim());
		expect(new Set(metas.map((m) => m.split(' · ')[0])).size).toBeGreaterThanOrEqual(4);
	});

	it('filters narrow paragraph results too: Type = Article keeps an article’s paragraphs, Decade = 1990s drops them', async () => {
		const articles = await ask('Baikonur rent', { type: ['Article'] });
		expect(articles.entries.length).toBeGreaterThan(0);
		for (const m of articles.metas) expect(m).toMatch(/^Article/i);
		expect(articles.entries.flat().some((h) => h.includes('#p-'))).toBe(true);
		const nineties = await ask('treaty', { decade: ['1990s'] });
		for (const m of nineties.metas) expect(m).toMatch(/199\d/);
	});
});

describe('the search page', () => {
	it('a paragraph result opens the article at that paragraph with the words highlighted', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('suicide bombers Aktobe')}`);
		const link = page.locator('#search-page-list a[href*="#p-"]').first();
		await link.waitFor();
		await link.click();
		await page.waitForURL(/\/articles\/[a-z0-9-]+\/\?highlight=.*#p-/);
		const id = new URL(page.url()).hash.slice(1);
		await page.locator(`[id="${id}"] mark.pagefind-highlight`).first().waitFor();
		expect(await page.locator(`[id="${id}"] mark.pagefind-highlight`).first().textContent()).toMatch(/suicide|bombers|aktobe/i);
		expect(errors).toEqual([]);
	});

	it('a shared link with query and filters shows those results; Type is written to the URL; Back restores', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=customs+union&type=treaty`);
		const status = page.locator('search-page [role=status]');
		await expect.poll(() => status.textContent()).toMatch(/\d+ results? for customs union/);
		expect(await page.locator('#search-page-q').inputValue()).toBe('customs union');
		expect(await page.locator('search-page select[name=type]').inputValue()).toBe('Treaty');
		for (const m of await page.locator('search-page .search-hit__meta').allTextContents()) expect(m).toMatch(/^Treaty/);

		await page.locator('search-page select[name=decade]').selectOption('2000s');
		await expect.poll(() => new URL(page.url()).searchParams.get('decade')).toBe('2000s');
		expect(new URL(page.url()).searchParams.get('type')).toBe('treaty');

		await page.locator('#search-page-q').fill('customs union agreement');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('customs union agreement');
		// Open a result, then come Back: the last search comes back with its filters.
		await page.locator('#search-page-list [role=option]').first().click();
		await page.waitForURL((u) => !u.pathname.startsWith('/search/'));
		await page.goBack();
		await expect.poll(() => page.locator('#search-page-q').inputValue()).toBe('customs union agreement');
		await expect.poll(() => page.locator('search-page select[name=decade]').inputValue()).toBe('2000s');
		await page.goBack();
		await expect.poll(() => page.locator('#search-page-q').inputValue()).toBe('customs union');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('customs union');
		expect(errors).toEqual([]);
	});

	it('opened with a query, the page starts Pagefind before its own code runs; opened without, it starts nothing', async () => {
		const { page, errors } = await openPage(browser, origin);
		const asked: string[] = [];
		page.on('request', (r) => asked.push(new URL(r.url()).pathname));
		await page.goto(`${server.url}search/?q=${encodeURIComponent('Kazakhstan border')}`);
		await page.locator('#search-page-list [role=option]').first().waitFor();
		expect(await page.evaluate(() => globalThis.kbSearchStart?.bundle)).toBe('/pagefind/');
		const box = asked.findIndex((p) => /\/_astro\/search\.astro/.test(p));
		expect(asked.indexOf('/pagefind/pagefind.js'), "Pagefind's code asked for before the search page's script").toBeGreaterThanOrEqual(0);
		expect(asked.indexOf('/pagefind/pagefind.js')).toBeLessThan(box);
		// Each file once: the head start's Pagefind is the one the box uses.
		for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/kb-words/names-k.json', '/pagefind/kb-words/names-b.json']) expect(asked.filter((p) => p === file), file).toHaveLength(1);
		await page.goto(`${server.url}search/`);
		expect(await page.evaluate(() => globalThis.kbSearchStart)).toBeUndefined();
		expect(errors).toEqual([]);
	});

	it('Pagefind\u2019s files reach Pagefind unpacked by the browser; where it cannot unpack, the same search finds the same results', async () => {
		// Counts the browser's unpackers made before the page's own scripts run (an init script).
		const COUNT = `{ const D = self.DecompressionStream; self.DecompressionStream = class extends D { constructor(f) { super(f); self.kbUnpacked = (self.kbUnpacked ?? 0) + 1; } }; }`;
		const NONE = 'delete self.DecompressionStream;';
		const results: Array<Array<string | null>> = [];
		for (const init of [COUNT, NONE]) {
			const { page, errors } = await openPage(browser, origin);
			await page.addInitScript(init);
			const packed: string[] = [];
			page.on('request', (r) => void (/\/pagefind\/.*\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/.test(new URL(r.url()).pathname) && packed.push(r.url())));
			await page.goto(`${server.url}search/?q=${encodeURIComponent('Kazakhstan border')}`);
			await page.locator('#search-page-list [role=option]').first().waitFor();
			await expect.poll(() => page.locator('#search-page-list [role=option]').count()).toBeGreaterThan(3);
			await page.waitForFunction(() => document.querySelector('search-page search-box')?.hasAttribute('data-search-ms'));
			// The WebAssembly, the meta, the index chunks and the first page's fragments: each one unpacked natively.
			if (init === COUNT) {
				expect(packed.length).toBeGreaterThanOrEqual(4);
				expect(await page.evaluate(() => (self as unknown as { kbUnpacked?: number }).kbUnpacked)).toBe(new Set(packed).size);
			} else expect(await page.evaluate(() => 'DecompressionStream' in self)).toBe(false);
			results.push(await page.locator('#search-page-list [role=option]').evaluateAll((os) => os.map((o) => o.getAttribute('href'))));
			expect(errors).toEqual([]);
			await page.context().close();
		}
		expect(results[1]).toEqual(results[0]);
	});

	it('a first search fetches the names, not the facets\u2019 filter data; the facets fill with counts when the reader reaches for them', async () => {
		const { page, errors } = await openPage(browser, origin);
		const filterFiles: string[] = [];
		const nameTables: string[] = [];
		page.on('request', (r) => void (r.url().includes('/pagefind/filter/') && filterFiles.push(r.url())));
		page.on('request', (r) => void (r.url().includes('/kb-words/names-') && nameTables.push(new URL(r.url()).pathname)));
		await page.goto(`${server.url}search/?q=${encodeURIComponent('border security')}`);
		await page.locator('#search-page-list [role=option]').first().waitFor();
		// The names are read from the name tables of the query's initials, "b" and "s"; no Pagefind filter
		// file at all (no name in this query, so not even the paragraphs' entity filter).
		expect(nameTables.sort()).toEqual(['/pagefind/kb-words/names-b.json', '/pagefind/kb-words/names-s.json']);
		expect(filterFiles).toEqual([]);
		const type = page.locator('search-page select[name=type]');
		expect(await type.locator('option').allTextContents()).toEqual(['Any']);
		const before = await page.locator('search-page select[name=country]').boundingBox();
		await page.locator('search-page .search-box__filters').hover();
		await expect.poll(() => type.locator('option').allTextContents()).toContain(`Treaty (${readdirSync('content/treaties').filter((f) => f.endsWith('.mdx')).length})`);
		// Filled under the pointer, the selects keep their place and size.
		expect(await page.locator('search-page select[name=country]').boundingBox()).toEqual(before);
		expect(filterFiles.length).toBeGreaterThan(0);
		await type.selectOption('Treaty');
		await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('treaty');
		for (const m of await page.locator('search-page .search-hit__meta').allTextContents()) expect(m).toMatch(/^Treaty/);
		expect(errors).toEqual([]);
	});

	it('does not overflow the window with results showing, from 320 to 1920 px', async () => {
		const { page } = await openPage(browser, origin);
		for (const width of [320, 375, 768, 1280, 1920]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`${server.url}search/?q=${encodeURIComponent('Kazakhstan Russia border')}`);
			await page.locator('#search-page-list [role=option]').first().waitFor();
			// More results drawn too: the widest excerpts may be further down.
			const options = await page.locator('#search-page-list [role=option]').count();
			await page.locator('search-page .search-box__more:not([hidden])').click();
			await expect.poll(() => page.locator('#search-page-list [role=option]').count()).toBeGreaterThan(options);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `width ${width}`).toBeLessThanOrEqual(width);
		}
	});

	it('is operable by keyboard: arrows move through results and paragraphs, Enter opens one', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}search/`);
		const input = page.locator('#search-page-q');
		await input.focus();
		await page.keyboard.type('Baikonur');
		await expect.poll(() => page.locator('#search-page-list [role=option]').first().getAttribute('href')).toMatch(/^\/places\/baikonur-cosmodrome\//);
		expect(await input.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('ArrowDown');
		const active = await input.getAttribute('aria-activedescendant');
		expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/places\/baikonur-cosmodrome\/\?highlight=Baikonur/);
		await page.locator('main h1 mark.pagefind-highlight').waitFor();
	});

	it('keeps the result the reader moved to selected while more results are drawn below it', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('Kazakhstan Russia border')}`);
		await page.locator('search-page search-box[data-search-ms]').waitFor();
		const input = page.locator('#search-page-q');
		await input.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const chosen = await selectedResult(page);
		const options = await page.locator('#search-page-list [role=option]').count();
		await page.locator('search-page .search-box__more:not([hidden])').click();
		await expect.poll(() => page.locator('#search-page-list [role=option]').count()).toBeGreaterThan(options);
		expect(await selectedResult(page)).toBe(chosen);
		expect(errors).toEqual([]);
	});

	it('keeps the result the reader moved to selected when the rest of a first search is drawn after it', async () => {
		const { page, context, errors } = await openPage(browser, origin);
		// The first fragment (the name's entity page, drawn ahead of the rest) comes at once; every other
		// waits until the reader has moved to that first result.
		const held: Array<() => void> = [];
		let fragments = 0;
		let release = false;
		await context.route('**/pagefind/fragment/**', (route) => (fragments++ === 0 || release ? route.continue() : held.push(() => void route.continue())));
		await page.goto(`${server.url}search/?q=Nazarbayev`);
		await page.locator('#search-page-list [role=option]').first().waitFor();
		const input = page.locator('#search-page-q');
		await input.focus();
		await page.keyboard.press('ArrowDown');
		const chosen = await selectedResult(page);
		expect(chosen).toMatch(/^\/actors\/nursultan-nazarbayev\//);
		expect(held.length).toBeGreaterThan(0);
		release = true;
		for (const go of held.splice(0)) go();
		await page.locator('search-page search-box[data-search-ms]').waitFor();
		expect(await page.locator('#search-page-list [role=option]').count()).toBeGreaterThan(1);
		expect(await selectedResult(page)).toBe(chosen);
		expect(errors).toEqual([]);
	});
});

describe('search dialog on every page', () => {
	it('opens with Ctrl+K and "/", loads the search code only then, announces results, one close control, a link to the full results', async () => {
		const { page, errors } = await openPage(browser, origin);
		const loaded: string[] = [];
		page.on('request', (r) => new URL(r.url()).pathname.startsWith('/pagefind/') && loaded.push(r.url()));
		await page.goto(`${server.url}articles/kusznir-long-alliance/`);
		expect(loaded).toEqual([]);
		await page.keyboard.press('Control+k');
		const input = page.locator('#search-dialog-q');
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await input.fill('Tokaev');
		const status = page.locator('dialog [role=status]');
		await expect.poll(() => status.textContent()).toMatch(/\d+ results? for Tokaev/);
		expect(loaded.some((u) => u.endsWith('pagefind.js'))).toBe(true);
		expect(await page.locator('#search-dialog-list [role=option]').first().getAttribute('href')).toMatch(/^\/actors\/kassym-jomart-tokayev\//);
		// One control closes the dialog; the link goes to the search page with the same query.
		expect(await page.locator('dialog button[aria-label*="close" i], dialog button:has-text("Close"), dialog button:has-text("×")').count()).toBe(1);
		expect(await page.locator('dialog .search-box__all').getAttribute('href')).toBe('/search/?q=Tokaev');
		// Every result shown is a real result, never a placeholder.
		expect(await page.locator('#search-dialog-list [role=option]:empty').count()).toBe(0);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.locator('main h1').click();
		await page.keyboard.press('/');
		await expect.poll(() => page.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		await page.locator('dialog button[aria-label="Close search"]').click();
		await expect.poll(() => page.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		expect(errors).toEqual([]);
	});

	it('the dialog and the page show the same results', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(server.url);
		await page.keyboard.press('Control+k');
		await page.locator('#search-dialog-q').fill('did Kazakhstan recognize the annexation of Crimea');
		await expect.poll(() => page.locator('dialog [role=status]').textContent()).toMatch(/results? for did/);
		const onPage = (await ask('did Kazakhstan recognize the annexation of Crimea')).entries.flat();
		// The count is written with the first results; the rest of the page's results follow below them.
		const inDialog = () => page.locator('#search-dialog-list [role=option]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
		await expect.poll(inDialog).toEqual(onPage);
	});

	it('without JavaScript the header search is a link to the search page', async () => {
		const { page } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(server.url);
		await page.locator('search-dialog a.search-trigger').click();
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
		const shown = await ask(query);
		expect(qaErrors).toEqual([]);
		expect(await qa.evaluate(() => (window as any).__pwned)).toBeUndefined();
		expect(await qa.locator('img[src=x]').count()).toBe(0);
		if (/[\p{L}\p{N}]/u.test(query)) expect(shown.status).toMatch(/result/);
		else expect(shown.entries).toEqual([]);
	});
});

describe('search that understands the question (ranked partial matches, related words, respelling, clean results)', () => {
	/** The texts of the highlights in the results shown. */
	const marks = () => qa.evaluate(() => [...document.querySelectorAll('search-page [role=listbox] mark')].map((m) => m.textContent ?? ''));
	/** The ?highlight= words of the results' links. */
	const highlights = () => qa.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('search-page [role=option]')].flatMap((a) => new URL(a.href).searchParams.getAll('highlight')));

	it('a word no page has together with the others is matched by a related word, ranked below exact matches, and the notice says so', async () => {
		const shown = await ask('pact signed in Yekaterinburg');
		expect(shown.notice).toMatch(/ranked by how much of it they match/);
		expect(shown.notice).toMatch(/also matched: .*“treaty” for “pact”/);
		expect(shown.entries.slice(0, 5).flat()).toContain('/articles/ukdiss-cooperation-to-coercion/#p-continuing-on-from-the-previous-period');
	});

	it('the notice names the words the best results do not match', async () => {
		const shown = await ask('Baikonur rent xylophone');
		expect(shown.notice).toMatch(/not matched: .*“xylophone”/);
		expect(shown.entries.flat()).toContain('/articles/ukdiss-cooperation-to-coercion/#p-though-the-highlight-of-this-period');
	});

	it('a word of the index is never respelt, even when close to a name; a respelt word is highlighted only as the word it was read as', async () => {
		const comment = await ask('Putin comment statehood');
		expect(comment.notice).not.toMatch(/read “comment”/);
		const misspelt = await ask('Nazarbaiev Yekaterinburgg');
		expect(misspelt.notice).toMatch(/read “nazarbaiev” as “nazarbayev”/i);
		const words = (await highlights()).map((w) => w.toLowerCase());
		expect(words).not.toContain('nazarbaiev');
		expect(words).not.toContain('yekaterinburgg');
	});

	it('a question naming two entities and nothing else lists the paragraphs naming both by how they name them, not in document order', async () => {
		const { entries } = await ask('Putin Nazarbayev');
		const paragraphs = entries.flat().filter((h) => h.includes('#p-'));
		expect(paragraphs.length).toBeGreaterThan(3);
		// The first paragraph names both in its text.
		const first = paragraphs[0]!;
		const [path, id] = first.split('#');
		const text = toString(select(`[id="${id}"]`, readPage(DIST, path!.slice(1)))!);
		expect(text).toMatch(/Putin/);
		expect(text).toMatch(/Nazarbayev/);
	});

	it('hub pages (map, graph, contested figures, timeline) never outrank an entity page for its name', async () => {
		const hubs = ['/map/', '/graph/', '/contested-figures/', '/timeline/'];
		for (const [name, own] of [['Vostochny Cosmodrome', '/places/vostochny-cosmodrome/'], ['Baikonur', '/places/baikonur-cosmodrome/'], ['Crimea', '/places/crimea/'], ['Aktobe', '/places/aktobe/'], ['Yekaterinburg', '/places/yekaterinburg/'], ['Tokayev', '/actors/kassym-jomart-tokayev/']] as const) {
			const tops = (await ask(name)).entries.map((e) => e[0]);
			const ownAt = tops.indexOf(own);
			expect(ownAt, name).toBeGreaterThanOrEqual(0);
			for (const hub of hubs) if (tops.includes(hub)) expect(ownAt, `${name} vs ${hub}`).toBeLessThan(tops.indexOf(hub));
		}
	});

	it('labels carry the dates that matter: a person’s office, an event’s span', async () => {
		const nazarbayev = await ask('Nazarbayev');
		expect(nazarbayev.metas[0]).toMatch(/^Actor · President from 1990/);
		const election = await ask('presidential election 2005 colour revolution');
		expect(election.metas).toContain('Event · 2004–2005');
	});

	it('entity results show their summary in plain prose; highlights hold no punctuation; names matched through links are highlighted', async () => {
		for (const q of ['Eurasian Economic Union member states', 'CSTO', 'Treaty', 'Kazakhstan']) {
			const { excerpts } = await ask(q);
			for (const e of excerpts) {
				expect(e, q).not.toMatch(/\[\d+\]/);
				expect(e, q).not.toMatch(/Also known as|\(Russian\)\. Type|Type (Person|Publisher)/);
			}
			for (const m of await marks()) expect(m, q).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
		}
		await ask('Elbasy');
		expect(await marks()).toContain('Nazarbayev');
	});
});

describe('the search page stays still and always shows more', () => {
	it('"More results" always shows more, further paragraphs of an article already listed among them', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('Kazakhstan')}`);
		const options = page.locator('#search-page-list [role=option]');
		// The first results are drawn before the rest of the page: the box marks the search done once all are in.
		await page.locator('search-page search-box[data-search-ms]').waitFor({ state: 'attached' });
		const more = page.locator('search-page .search-box__more');
		let clicks = 0;
		while ((await more.isVisible()) && clicks < 6) {
			const before = await options.count();
			const paragraphs = await page.locator('#search-page-list [role=option][href*="#p-"]').count();
			await more.click();
			await expect.poll(() => options.count()).toBeGreaterThan(before);
			clicks++;
			if (clicks === 1) expect(await page.locator('#search-page-list [role=option][href*="#p-"]').count()).toBeGreaterThanOrEqual(paragraphs);
		}
		expect(clicks).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	/** Opens the search page with `q` and records the list each time it changes: how many options, and the first one's link, text, place and size, and whether a notice is shown. */
	async function drawn(q: string, viewport?: { width: number; height: number }) {
		const { page, errors } = await openPage(browser, origin, viewport ? { viewport } : {});
		await page.addInitScript(() => {
			const states: unknown[] = ((window as any).__drawn = []);
			new MutationObserver(() => {
				const options = [...document.querySelectorAll<HTMLAnchorElement>('search-page [role=listbox] [role=option]')];
				if (!options.length) return;
				const first = options[0]!;
				const box = first.getBoundingClientRect();
				const notice = document.querySelector<HTMLElement>('search-page .search-box__notice');
				const state = { count: options.length, first: new URL(first.href).pathname, text: first.textContent, top: box.top, height: box.height, notice: !!notice && !notice.hidden };
				if (JSON.stringify(states.at(-1)) !== JSON.stringify(state)) states.push(state);
			}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
		});
		await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
		await page.locator('search-page search-box[data-search-ms]').waitFor({ state: 'attached' });
		const states = (await page.evaluate(() => (window as any).__drawn)) as Array<{ count: number; first: string; text: string; top: number; height: number; notice: boolean }>;
		await page.close();
		return { states, errors };
	}

	it.each([
		// A name: its entity page, one option.
		['a query that is a name shows its entity page', 'Nazarbayev', '/actors/nursultan-nazarbayev/', 1],
		// A question about named entities: the best paragraph naming them has the other words, under its article (two options).
		['a question about named entities shows the best paragraph naming them', 'did Kazakhstan recognize the annexation of Crimea', '/articles/caspian-institute-road-map-2030/', 2],
		// On a phone the count that follows ("17 results for did Kazakhstan…") is longer than the line.
		['on a 320 px phone, a question about named entities shows the best paragraph naming them', 'did Kazakhstan recognize the annexation of Crimea', '/articles/caspian-institute-road-map-2030/', 2, { width: 320, height: 700 }],
	] as const)('%s at once, and it stays first and where it was as the rest arrive', async (_, query, first, count, viewport?: { width: number; height: number }) => {
		const { states, errors } = await drawn(query, viewport);
		expect(states[0]).toMatchObject({ count, first, notice: false });
		expect(states.at(-1)!.count).toBeGreaterThan(count);
		for (const s of states) expect([s.first, s.text, s.top, s.height, s.notice]).toEqual([states[0]!.first, states[0]!.text, states[0]!.top, states[0]!.height, false]);
		expect(errors).toEqual([]);
	});

	it('with results already shown (a reader typing), a name’s answer replaces them whole, not by its entity page alone first', async () => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('border security')}`);
		await page.locator('search-page search-box[data-search-ms]').waitFor({ state: 'attached' });
		const counts = await page.evaluate(async () => {
			const box = document.querySelector('search-page search-box') as HTMLElement & { show(s: unknown): Promise<void> };
			const seen: number[] = [];
			const observer = new MutationObserver(() => {
				const options = [...box.querySelectorAll<HTMLAnchorElement>('[role=listbox] [role=option]')];
				if (options[0]?.href.includes('/actors/nursultan-nazarbayev/')) seen.push(options.length);
			});
			observer.observe(box, { subtree: true, childList: true });
			await box.show({ q: 'Nazarbayev', filters: {} });
			observer.disconnect();
			return seen;
		});
		expect(counts.length).toBeGreaterThan(0);
		expect(counts[0]).toBeGreaterThan(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a name read as another spelling is not shown ahead of its notice: the notice is there when the first result is', async () => {
		const { states, errors } = await drawn('Nazarbaiev');
		expect(states[0]!.notice).toBe(true);
		expect(states[0]!.count).toBeGreaterThan(1);
		expect(states[0]!.first).toBe('/actors/nursultan-nazarbayev/');
		expect(errors).toEqual([]);
	});

	it.each([
		['desktop', { width: 1280, height: 800 }, 'Kazakhstan Russia border security'],
		['mobile', { width: 360, height: 740 }, 'Kazakhstan Russia border security'],
		['desktop, a name', { width: 1280, height: 800 }, 'Nazarbayev'],
		['mobile, a name', { width: 360, height: 740 }, 'Nazarbayev'],
	])('opening /search/?q=… shifts the layout by less than 0.05 (%s)', async (_, viewport, query) => {
		const { page } = await openPage(browser, origin, { viewport });
		await page.addInitScript(() => {
			(window as any).__cls = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
		await page.locator('#search-page-list [role=option]').first().waitFor();
		// Every excerpt drawn (the first page of results: the box marks the search done), and a frame after it.
		await page.locator('search-page search-box[data-search-ms]').waitFor({ state: 'attached' });
		await expect.poll(() => page.evaluate(() => document.querySelector('search-page [role=status]')?.textContent ?? '')).toMatch(/results? for/);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		expect(await page.evaluate(() => (window as any).__cls)).toBeLessThan(0.05);
	});
});
