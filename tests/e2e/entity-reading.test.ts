import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build';
import { launch, openPage } from '../helpers/browser';
import { serve, type StaticServer } from '../helpers/server';

// Entity pages read like encyclopedia articles, with the evidence at hand: Chromium against the
// real site (issue 14, items 1, 2 and 4). One browser for the whole file.
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

/** Entity ids linked from the prose of an entity page, in order. */
const proseLinks = (page: Page) => page.locator('.prose > p a.mention').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.entity!));

describe('entity prose links', () => {
	it.each([
		['actors/kazakhstan/', 'kazakhstan', ['nursultan-nazarbayev', 'vladimir-putin', 'csto', 'declaration-eternal-friendship-alliance-1998']],
		['actors/vladimir-putin/', 'vladimir-putin', ['dmitry-medvedev', 'alexander-gorchakov', 'russia']],
		['organizations/csto/', 'csto', ['warsaw-pact', 'sco', 'nato', 'kazakhstan']],
	])('%s links the other entities its text names, once each, never itself', async (path, self, expected) => {
		const { page, errors } = await openPage(browser, origin);
		await page.goto(`${server.url}${path}`);
		const linked = await proseLinks(page);
		expect(linked).toEqual(expect.arrayContaining(expected));
		expect(linked).not.toContain(self);
		expect(new Set(linked).size).toBe(linked.length);
		// Never inside headings or citation marks.
		expect(await page.locator('.prose h2 a.mention, a.cite a.mention').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('the Baikonur page links its lease agreement', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}places/baikonur-cosmodrome/`);
		const link = page.locator('.prose p a[href$="/treaties/baikonur-lease-agreement-2005/"]');
		await expect.poll(() => link.count()).toBeGreaterThan(0);
	});

	it('a works-cited entry and the titles in it are not entity-linked', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}articles/ukdiss-cooperation-to-coercion/`);
		const entry = page.locator('li[data-anchor]', { hasText: 'Vladimir Putin and Central Asia: The Shaping' });
		expect(await entry.count()).toBe(1);
		expect(await entry.locator('a.mention').count()).toBe(0);
		// The article's own text still links Putin.
		expect(await page.locator('[data-article-body] p a.mention[data-entity="vladimir-putin"]').count()).toBeGreaterThan(0);
	});
});

describe('the longest entity page stays navigable', () => {
	const KAZAKHSTAN = 'actors/kazakhstan/';
	/** Height before issue 14 at 1280 px, measured on the same build setup: 15,378 px. */
	const BEFORE = 15_378;

	it('is at most half its old height at 1280 px, with a sticky contents list in the side column', async () => {
		const { page, errors } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.url}${KAZAKHSTAN}`);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		// Issue 19 added the tie with Russia in the sources' own words under Relations (its frame folded):
		// new content, not a longer version of what issue 14 measured, so it is left out of the comparison.
		const tie = await page.locator('.relations .tie').evaluateAll((els) => els.reduce((n, el) => n + el.getBoundingClientRect().height, 0));
		expect(height - tie).toBeLessThanOrEqual(BEFORE / 2);
		// Beside the text the disclosure is shown open, whatever its state.
		const contents = page.locator('[data-entity-contents] nav');
		expect(await contents.isVisible()).toBe(true);
		// Every entry leads to a heading on the page.
		const targets = await contents.locator('a').evaluateAll((links) => links.map((a) => !!document.querySelector((a as HTMLAnchorElement).hash)));
		expect(targets.length).toBeGreaterThanOrEqual(5);
		expect(targets.every(Boolean)).toBe(true);
		// Sticky beside the text: near the end of the prose it is still in view.
		await page.evaluate(() => {
			const prose = document.querySelector('.page-grid--entity > .prose')!.getBoundingClientRect();
			window.scrollTo(0, window.scrollY + prose.bottom - 900);
		});
		await expect.poll(async () => (await contents.boundingBox())!.y).toBeGreaterThanOrEqual(0);
		expect((await contents.boundingBox())!.y).toBeLessThan(900);
		// Beside the relation lists, below the text, the side column holds the connections diagram.
		const lists = (await page.locator('.entity-lists').boundingBox())!;
		const network = (await page.locator('.entity-network').boundingBox())!;
		expect(network.x).toBeGreaterThanOrEqual(lists.x + lists.width);
		expect(Math.abs(network.y - lists.y)).toBeLessThan(50);
		expect(errors).toEqual([]);
	});

	it('shows the contents as a closed disclosure on a phone', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 320, height: 640 } });
		await page.goto(`${server.url}${KAZAKHSTAN}`);
		const details = page.locator('details[data-entity-contents]');
		expect(await details.isVisible()).toBe(true);
		expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await details.locator('summary').click();
		await expect.poll(() => details.locator('a').first().isVisible()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});

	it('loses no mention: every paragraph of the mention index is on the page, the name linked in its sentence', async () => {
		const data = JSON.parse(readFileSync(join(DIST, 'data', 'knowledge-base.json'), 'utf8'));
		const expected: string[] = data.entities.find((e: { id: string }) => e.id === 'kazakhstan').mentionedIn;
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}${KAZAKHSTAN}`);
		const items = page.locator('.mentions li[data-mention]');
		const onPage = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.mention!));
		expect(onPage.sort()).toEqual([...expected].sort());
		// Only the name is a link, not the whole sentence; most items sit in closed disclosures.
		const sample = items.first();
		const [linkText, itemText] = await sample.evaluate((li) => [li.querySelector('a')!.textContent!, li.textContent!]);
		expect(linkText.length).toBeLessThan(itemText.length / 3);
		expect(await page.locator('.mentions details li[data-mention]').count()).toBeGreaterThan(expected.length / 2);
	});
});

describe('evidence where the reader is', () => {
	/** Hovers `link` (scrolled to `y` in the viewport) and returns the card's box once it shows. */
	async function previewAt(page: Page, selector: string, y: 'top' | 'bottom' | 'middle') {
		const link = page.locator(selector).first();
		await link.evaluate((el, where) => {
			el.scrollIntoView({ block: where === 'top' ? 'start' : where === 'bottom' ? 'end' : 'center' });
		}, y);
		await link.hover();
		const card = page.locator('#entity-preview');
		await expect.poll(() => card.isVisible()).toBe(true);
		const box = (await card.boundingBox())!;
		const text = (await card.textContent()) ?? '';
		await page.mouse.move(0, 0);
		await page.keyboard.press('Escape');
		await expect.poll(() => card.isVisible()).toBe(false);
		return { box, text };
	}

	it.each([
		[320, 560],
		[1280, 800],
	])('citation previews show the cited paragraph and stay inside a %i×%i window at every edge', async (width, height) => {
		const { page, errors } = await openPage(browser, origin, { viewport: { width, height } });
		await page.goto(`${server.url}actors/kazakhstan/`);
		const para = JSON.parse(readFileSync(join(DIST, 'data', 'paragraphs', 'rousseau-strategic-military-relations.json'), 'utf8'));
		for (const where of ['top', 'middle', 'bottom'] as const) {
			const { box, text } = await previewAt(page, '.prose > p a.cite[data-cite^="rousseau-strategic-military-relations#p-since-obtaining"]', where);
			expect(text).toContain(para.paragraphs['p-since-obtaining-independence-in-1991-the'][1].slice(0, 60));
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(width);
			expect(box.y + box.height).toBeLessThanOrEqual(height);
		}
		// A citation at the right edge: the infobox's marks sit in the side column (or at the end of a line).
		const right = await previewAt(page, '.infobox a.cite', 'bottom');
		expect(right.box.x + right.box.width).toBeLessThanOrEqual(width);
		expect(right.box.y + right.box.height).toBeLessThanOrEqual(height);
		expect(errors).toEqual([]);
	});

	it('focusing a citation shows the same preview, for keyboard readers', async () => {
		const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}organizations/csto/`);
		const cite = page.locator('.prose a.cite').first();
		await cite.focus();
		const card = page.locator('#entity-preview');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await cite.getAttribute('aria-describedby')).toBe('entity-preview');
		expect(await card.textContent()).toMatch(/¶\d+/);
	});

	it('a footnote call shows its note; the note landed on is highlighted under a visible "Notes" heading', async () => {
		const { page, errors } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}articles/ukdiss-cooperation-to-coercion/`);
		const call = page.locator('a[data-footnote-ref]').first();
		const noteId = (await call.getAttribute('href'))!.slice(1);
		const noteText = (await page.locator(`[id="${noteId}"]`).textContent())!.replace('↩', '').trim();
		const { box, text } = await previewAt(page, 'a[data-footnote-ref]', 'bottom');
		expect(text).toContain(noteText.slice(0, 40));
		expect(box.y + box.height).toBeLessThanOrEqual(800);
		const heading = page.locator('#footnote-label');
		expect(await heading.textContent()).toBe('Notes');
		expect(await heading.isVisible()).toBe(true);
		expect((await heading.boundingBox())!.height).toBeGreaterThan(10);
		await call.click();
		const note = page.locator(`[id="${noteId}"]`);
		await expect.poll(() => note.evaluate((el) => el.matches(':target'))).toBe(true);
		await expect.poll(() => note.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		expect(errors).toEqual([]);
	});

	it('a contested figure is flagged where an article states it and links to its comparison', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${server.url}articles/rousseau-strategic-military-relations/`);
		const flag = page.locator('#p-obvious-geographical-proximity-considerations-and-historical a.figure-flag');
		expect(await flag.count()).toBeGreaterThan(0);
		await flag.first().click();
		await page.waitForURL('**/contested-figures/#figure-*');
		const target = page.locator(':target');
		await expect.poll(() => target.count()).toBe(1);
		expect(await target.locator('caption').textContent()).toMatch(/border/i);
	});
});
