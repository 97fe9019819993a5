import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/knowledge/content-files';
import type { ArticleData } from '../../src/schemas/article';
import { DIST, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE, ROOT } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// The fixture site is built for https://example.org/kb/ and served here from 127.0.0.1: what a
// reader copies must carry the address they are on, never the one the site was built for.
let fixture: StaticServer;
let real: StaticServer;
let browser: Browser;

beforeAll(async () => {
	fixture = await serve(FIXTURE_DIST, FIXTURE_BASE);
	real = await serve(DIST, '/');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await fixture?.close();
	await real?.close();
});

const ARTICLE = 'articles/sample-article/';
const PARAGRAPH = 'p-a-second-paragraph-about-the-sample';
// APA prints no issue number for a web page (the fixture article states no kind).
const REFERENCE = 'Example, J. (2010, July). A Sample Article on Relations. Example Digest.';

describe('cite this paragraph', () => {
	it('copies the reference with the ¶ locator and the deep link on the reader’s own origin', async () => {
		const origin = new URL(fixture.url).origin;
		const { page, context, errors, foreign } = await openPage(browser, origin);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await page.goto(`${fixture.url}${ARTICLE}`);
		const button = page.locator(`#${PARAGRAPH} button.cite-paragraph`);
		await button.waitFor();
		expect(await button.getAttribute('aria-label')).toBe('Cite paragraph 2');
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${REFERENCE} ¶ 2. ${fixture.url}${ARTICLE}#${PARAGRAPH}`);
		await expect.poll(() => page.locator('paragraph-links [role=status]').textContent()).toBe('Citation of paragraph 2 copied');
		expect(fixture.url).not.toContain(new URL(FIXTURE_SITE).host);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('shows the page’s own reference with the reader’s address, and without JavaScript the built one', async () => {
		const origin = new URL(fixture.url).origin;
		const { page } = await openPage(browser, origin);
		await page.goto(`${fixture.url}${ARTICLE}`);
		await expect.poll(() => page.locator('.cite-box [data-here]').textContent()).toBe(`${fixture.url}${ARTICLE}`);
		const { page: plain } = await openPage(browser, origin, { javaScriptEnabled: false });
		await plain.goto(`${fixture.url}${ARTICLE}`);
		expect(await plain.locator('.cite-box [data-here]').textContent()).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}${ARTICLE}`);
		expect(await plain.locator('button.cite-paragraph').count()).toBe(0);
	});
});

describe('the Atom feed', () => {
	const articles = loadContent(ROOT).entries.filter((e) => e.collection === 'articles') as unknown as Array<{ id: string; data: ArticleData }>;

	it('is well-formed Atom with one entry per article, newest first, titles, authors and dates from the frontmatter', async () => {
		const origin = new URL(real.url).origin;
		const { page } = await openPage(browser, origin);
		await page.goto(real.url);
		// Chromium's XML parser is strict: a malformed feed yields a <parsererror> document.
		const feed = await page.evaluate(async () => {
			const text = await (await fetch('/articles/feed.xml')).text();
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const ns = 'http://www.w3.org/2005/Atom';
			const one = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
			return {
				error: doc.getElementsByTagName('parsererror').length > 0,
				root: [doc.documentElement.namespaceURI, doc.documentElement.localName],
				self: doc.querySelector('feed > link[rel=self]')?.getAttribute('href'),
				updated: one(doc.documentElement, 'updated'),
				entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
					id: one(e, 'id'),
					title: one(e, 'title'),
					link: e.querySelector('link[rel=alternate]')?.getAttribute('href'),
					published: one(e, 'published'),
					updated: one(e, 'updated'),
					authors: [...e.getElementsByTagNameNS(ns, 'author')].map((a) => a.getElementsByTagNameNS(ns, 'name')[0]?.textContent),
				})),
			};
		});
		expect(feed.error).toBe(false);
		expect(feed.root).toEqual(['http://www.w3.org/2005/Atom', 'feed']);
		expect(feed.self).toMatch(/\/articles\/feed\.xml$/);
		expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
		expect(feed.entries).toHaveLength(articles.length);
		const published = feed.entries.map((e) => e.published!);
		expect([...published].sort().reverse()).toEqual(published);
		for (const entry of feed.entries) {
			const article = articles.find((a) => entry.link!.endsWith(`/articles/${a.id}/`));
			expect(article, entry.link!).toBeDefined();
			const d = article!.data;
			expect(entry.id).toBe(entry.link);
			expect(entry.title).toBe(d.title);
			expect(entry.updated).toBe(entry.published);
			// Atom needs a full timestamp: a partial date is given as its first day; an undated
			// article takes the feed's own date.
			if (d.published) expect(entry.published!.startsWith(d.published.iso)).toBe(true);
			else expect(entry.published).toBe(feed.updated);
			const named = d.authors.map((a) => a.name).filter((n) => !/^unnamed\b/i.test(n));
			expect(entry.authors).toEqual(named.length > 0 ? named : [d.publication.name]);
		}
	});
});
