import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/knowledge/integrity';
import { partialDateSortKey, type PartialDate } from '../../src/schemas/date';
import { DIST, ROOT } from '../helpers/build';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// The real events, as built into dist/ by the global setup (npm run build).
const { entries } = validateContent(ROOT);
const events = entries.filter((e) => e.collection === 'events');
const when = (data: Record<string, unknown>) => (data.date ?? data.start) as PartialDate;
const href = (path: string) => `/${path}`;
const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();

describe('events', () => {
	it('cover the events the issue names, and more', () => {
		expect(events.length).toBeGreaterThanOrEqual(20);
		for (const id of ['south-ossetia-war-2008', 'euromaidan', 'annexation-of-crimea', 'seliger-forum-remarks-2014', 'aktobe-astana-bombings-2011', 'tragic-january-2022', 'csto-assistance-to-kazakhstan-2022', 'kazakh-presidential-election-2005', 'dissolution-of-the-soviet-union', 'chelyabinsk-joint-exercise-2008', 'virgin-lands-campaign']) {
			expect(events.map((e) => e.id), id).toContain(id);
		}
	});

	it('are listed on /events/ in date order, every one of them', () => {
		const links = (selectAll('main .entry-list > li > a', readPage(DIST, 'events/')) as Element[]).map((a) => attr(a, 'href'));
		const expected = [...events]
			.sort((a, b) => partialDateSortKey(when(a.data)).localeCompare(partialDateSortKey(when(b.data))) || String(a.data.name).localeCompare(String(b.data.name)))
			.map((e) => href(`events/${e.id}/`));
		expect(links).toEqual(expected);
	});

	it('are a section in the navigation', () => {
		expect((selectAll('header nav a', readPage(DIST, '')) as Element[]).map((a) => attr(a, 'href'))).toContain('/events/');
	});

	it.each(events.map((e) => [e.id]))('%s: is a schema.org Event with the dates the page shows', (id) => {
		const event = events.find((e) => e.id === id)!;
		const ld = JSON.parse(toString(select('script[type="application/ld+json"]', readPage(DIST, `events/${id}/`))!));
		expect(ld['@type']).toBe('Event');
		const start = when(event.data);
		if (start.precision !== 'decade') expect(ld.startDate).toBe(start.iso);
	});

	it('the Virgin Lands campaign moved from treaties to events, and its old URL redirects', () => {
		const old = readPage(DIST, 'treaties/virgin-lands-campaign/');
		expect(attr(select('meta[http-equiv=refresh]', old), 'content')).toBe('0; url=/events/virgin-lands-campaign/');
		expect(attr(select('link[rel=canonical]', old), 'href')).toMatch(/\/events\/virgin-lands-campaign\/$/);
		expect(text(select('main', old)!)).toContain('has moved');
		expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/treaties/virgin-lands-campaign/');
		expect(entries.some((e) => e.collection === 'treaties' && /virgin/i.test(String(e.data.title)))).toBe(false);
		const infobox = select('.infobox', readPage(DIST, 'events/virgin-lands-campaign/'))!;
		expect(text(select('[data-field=start]', infobox)!)).toMatch(/^1950s/);
		expect(text(select('[data-field=end]', infobox)!)).toMatch(/^1960s/);
	});
});

describe('events on the timeline', () => {
	const items = selectAll('main ol.timeline > li', readPage(DIST, 'timeline/')) as Element[];
	const linksOf = (li: Element) => (selectAll('a:not(.cite)', li) as Element[]).map((a) => attr(a, 'href'));

	it.each(events.map((e) => [e.id]))('%s: has one item on the timeline, linked to its page', (id) => {
		const own = items.filter((li) => linksOf(li)[0] === href(`events/${id}/`));
		expect(own).toHaveLength(1);
	});

	it('links every item about an event to the event page', () => {
		const about = entries.flatMap((e) => ((e.data.events as Array<{ text: string; event?: string }> | undefined) ?? []).filter((i) => i.event).map((i) => i));
		expect(about.length).toBeGreaterThan(5);
		for (const item of about) {
			const li = items.find((node) => text(node).includes(item.text));
			expect(li, item.text).toBeTruthy();
			expect(linksOf(li!), item.text).toContain(href(`events/${item.event}/`));
		}
	});

	it('keeps no second item for an event that has a page', () => {
		// The dated items these pages replaced must not come back beside them.
		for (const stale of ['The Soviet Union collapsed.', 'The Euro-Maidan protests took place in Ukraine.', 'A suicide bombing took place in Aktobe', 'The CSTO gave Kazakhstan immediate assistance']) {
			expect(items.filter((li) => text(li).includes(stale)), stale).toHaveLength(0);
		}
	});
});

describe('events in the rest of the site', () => {
	it('are linked where the articles name them', () => {
		const article = readPage(DIST, 'articles/ukdiss-cooperation-to-coercion/');
		const hrefs = (selectAll('[data-article-body] a', article) as Element[]).map((a) => attr(a, 'href'));
		for (const id of ['euromaidan', 'seliger-forum-remarks-2014', 'dissolution-of-the-soviet-union', 'kazakh-presidential-election-2005']) expect(hrefs, id).toContain(href(`events/${id}/`));
	});

	it('list where they are mentioned, and count as mentions of the places in their names', () => {
		const mentions = (path: string) => (selectAll('section.mentions a', readPage(DIST, path)) as Element[]).map((a) => attr(a, 'href') ?? '');
		expect(mentions('events/annexation-of-crimea/').some((h) => h.startsWith('/articles/kusznir-long-alliance/#p-'))).toBe(true);
		// "Russia's annexation of Crimea" links the event, and still counts as a mention of Crimea.
		expect(mentions('places/crimea/')).toContain('/articles/kusznir-long-alliance/#p-the-second-question-is-how-russia');
	});

	it('appear in the participants’ relations and timelines', () => {
		const putin = readPage(DIST, 'actors/vladimir-putin/');
		const relations = (selectAll('.relations a', putin) as Element[]).map((a) => attr(a, 'href'));
		expect(relations).toContain('/events/seliger-forum-remarks-2014/');
		expect((selectAll('.prose ol.timeline a', putin) as Element[]).map((a) => attr(a, 'href'))).toContain('/events/seliger-forum-remarks-2014/');
	});

	it('are in the data export and the preview cards', () => {
		const data = JSON.parse(readFileSync(join(DIST, 'data', 'knowledge-base.json'), 'utf8'));
		const exported = data.entities.filter((e: { collection: string }) => e.collection === 'events');
		expect(exported.map((e: { id: string }) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
		expect(exported.find((e: { id: string }) => e.id === 'aktobe-astana-bombings-2011')).toMatchObject({
			url: expect.stringMatching(/\/events\/aktobe-astana-bombings-2011\/$/),
			start: '2011-05-17',
			end: '2011-05-24',
			places: ['astana', 'aktobe'],
			cite: { start: ['rousseau-strategic-military-relations#p-obvious-geographical-proximity-considerations-and-historical'] },
		});
		expect(data.entities.find((e: { id: string }) => e.id === 'astana').referencedBy['Events here']).toContainEqual({ id: 'aktobe-astana-bombings-2011' });
		const previews = JSON.parse(readFileSync(join(DIST, 'data', 'previews.json'), 'utf8'));
		expect(previews.euromaidan).toEqual(['Euromaidan', 'Event · Protest', expect.stringContaining('2013')]);
	});

	it('are a type search can filter by', () => {
		const facets = (selectAll('[data-pagefind-filter="type"]', readPage(DIST, 'events/euromaidan/')) as Element[]).map((n) => toString(n));
		expect(facets).toEqual(['Event']);
		expect(toString(select('[data-pagefind-filter="decade"]', readPage(DIST, 'events/euromaidan/'))!)).toBe('2010s');
		// An event known only to its decade is filed under the decade, never under an invented year.
		const virgin = readPage(DIST, 'events/virgin-lands-campaign/');
		expect(toString(select('[data-pagefind-filter="decade"]', virgin)!)).toBe('1950s');
		expect(select('[data-pagefind-filter="year"]', virgin)).toBeUndefined();
	});
});
