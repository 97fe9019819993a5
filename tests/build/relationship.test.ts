import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/knowledge/integrity';
import { isEntityCollection } from '../../src/schemas';
import { DIST, ROOT } from '../helpers/build';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// The relationship on the real site, as built into dist/: the overview, the dimension pages, the
// front door, and the tie between the two states. Nothing here counts sources or entities: every
// expectation is derived from the content files.
const { entries, errors } = validateContent(ROOT);
const articles = entries.filter((e) => e.collection === 'articles');
const dimensions = entries.filter((e) => e.collection === 'dimensions');
const overview = entries.find((e) => e.collection === 'overview');
const entities = entries.filter((e) => isEntityCollection(e.collection));
const byId = new Map(entities.map((e) => [e.id, e]));

/** The ids on each built article page: every citation must land on one of them. */
const articleIds = new Map<string, Set<string>>();
for (const a of articles) articleIds.set(a.id, new Set((selectAll('[id]', readPage(DIST, `articles/${a.id}/`)) as Element[]).map((n) => attr(n, 'id')!)));

const marks = (root: Element | ReturnType<typeof readPage>, scope = '') => (selectAll(`${scope} a.cite[data-cite]`.trim(), root) as Element[]).map((a) => ({ key: attr(a, 'dataCite')!, href: attr(a, 'href')! }));
const hrefs = (root: Element | ReturnType<typeof readPage>, selector: string) => (selectAll(selector, root) as Element[]).map((a) => attr(a, 'href')!);
const dimensionPath = (id: string) => `dimensions/${id}/`;

describe('the content of the relationship', () => {
	it('passes the integrity check, with dimensions and an overview', () => {
		expect(errors).toEqual([]);
		expect(dimensions.length).toBeGreaterThan(0);
		expect(overview).toBeDefined();
	});
});

describe('dimension pages', () => {
	it.each(dimensions.map((d) => d.id))('%s cites paragraphs of at least three articles, each paragraph of its text cited', (id) => {
		const page = readPage(DIST, dimensionPath(id));
		const prose = select('article .prose', page)!;
		const cited = new Set(marks(prose).map((m) => m.key.split('#')[0]));
		expect(cited.size).toBeGreaterThanOrEqual(3);
		for (const p of selectAll(':scope > p', prose) as Element[]) expect(selectAll('a.cite', p).length, toString(p).slice(0, 80)).toBeGreaterThan(0);
	});

	it.each(dimensions.map((d) => d.id))('%s lists exactly the entities it declares, each of whose pages lists it back', (id) => {
		const page = readPage(DIST, dimensionPath(id));
		const listed = (selectAll('.dimension-entities [data-entity-id]', page) as Element[]).map((li) => attr(li, 'dataEntityId')!);
		const declared = [...new Set(dimensions.find((d) => d.id === id)!.data.entities as string[])];
		expect(listed.sort()).toEqual([...declared].sort());
		for (const entity of declared) {
			const target = byId.get(entity)!;
			expect(hrefs(readPage(DIST, `${target.collection}/${entity}/`), '.entity-dimensions a'), `${target.collection}/${entity}`).toContain(`/${dimensionPath(id)}`);
		}
	});

	it('an entity page names only dimensions that declare it', () => {
		for (const e of entities) {
			for (const href of hrefs(readPage(DIST, `${e.collection}/${e.id}/`), '.entity-dimensions a')) {
				const dimension = dimensions.find((d) => href === `/${dimensionPath(d.id)}`);
				expect(dimension, `${e.id} → ${href}`).toBeDefined();
				expect(dimension!.data.entities as string[]).toContain(e.id);
			}
		}
	});

	it.each(dimensions.map((d) => d.id))('%s lists ranked article paragraphs, each linked to its ¶ with an excerpt, and links its contested figures', (id) => {
		const page = readPage(DIST, dimensionPath(id));
		const items = selectAll('.ranked-paragraphs > li', page) as Element[];
		expect(items.length).toBeGreaterThan(0);
		for (const li of items) {
			const link = select('.ranked-paragraphs__where a', li)!;
			const [article, anchor] = attr(link, 'dataCite')!.split('#') as [string, string];
			expect(articleIds.get(article)?.has(anchor), attr(link, 'dataCite')).toBe(true);
			expect(toString(link)).toMatch(/¶\d+$/);
			expect(toString(select('blockquote', li)!).length).toBeGreaterThan(20);
		}
		const contested = (dimensions.find((d) => d.id === id)!.data.contested as string[]) ?? [];
		const figureLinks = hrefs(page, '.dimension-figures > li > a');
		for (const href of figureLinks) expect(href).toMatch(/^\/contested-figures\/#figure-/);
		expect(figureLinks.length).toBeLessThanOrEqual(contested.length);
	});

	it.each(dimensions.map((d) => d.id))('%s is a search type with linked data', (id) => {
		const html = readFileSync(join(DIST, dimensionPath(id), 'index.html'), 'utf8');
		expect(html).toContain('<span data-pagefind-filter="type">Dimension</span>');
		const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
		expect(ld['@type']).toBe('Article');
		expect(ld.citation.length).toBeGreaterThanOrEqual(3);
	});

	it('the list of dimensions links every dimension page, and each has a hover preview', () => {
		const list = hrefs(readPage(DIST, 'dimensions/'), '.dimension-cards h2 a');
		expect(list.sort()).toEqual(dimensions.map((d) => `/${dimensionPath(d.id)}`).sort());
		const previews = JSON.parse(readFileSync(join(DIST, 'data', 'previews.json'), 'utf8'));
		for (const d of dimensions) expect(previews[`dimensions/${d.id}`]?.[0]).toBe(d.data.title);
	});
});

describe('every citation on the relationship’s pages', () => {
	const pages = ['', 'relations/', ...dimensions.map((d) => dimensionPath(d.id))];
	it.each(pages)('/%s: every citation mark opens an existing paragraph', (path) => {
		const found = marks(readPage(DIST, path));
		expect(found.length).toBeGreaterThan(0);
		for (const { key, href } of found) {
			const [article, anchor] = key.split('#') as [string, string];
			expect(articleIds.get(article)?.has(anchor), key).toBe(true);
			expect(href).toBe(`/articles/${article}/#${anchor}`);
		}
	});
});

describe('the overview at /relations/', () => {
	const page = readPage(DIST, 'relations/');
	it('cites every paragraph of its lead', () => {
		const paragraphs = selectAll('.relationship__lead > p', page) as Element[];
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const p of paragraphs) expect(selectAll('a.cite', p).length, toString(p).slice(0, 80)).toBeGreaterThan(0);
	});
	it('gives each dimension its lead, every sentence cited, and a link', () => {
		const items = selectAll('.dimension-leads > li', page) as Element[];
		expect(items.map((li) => attr(select('h3 a', li), 'href'))).toEqual([...dimensions].sort((a, b) => (a.data.order as number) - (b.data.order as number)).map((d) => `/${dimensionPath(d.id)}`));
		const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
		for (const d of dimensions) {
			for (const { segment } of sentences.segment(d.data.lead as string)) if (segment.trim()) expect(segment, d.id).toContain('[@');
		}
		for (const li of items) expect(selectAll('a.cite', li).length).toBeGreaterThan(0);
	});
	it('shows the turning points since 1991 from the events, each linked and cited', () => {
		const items = selectAll('.turning-points > li', page) as Element[];
		const events = entities.filter((e) => e.collection === 'events' && ((e.data.date ?? e.data.start) as { year: number }).year >= 1991);
		expect(items.map((li) => attr(select('a[data-entity]', li), 'href')).sort()).toEqual(events.map((e) => `/events/${e.id}/`).sort());
		for (const li of items) expect(selectAll('a.cite', li).length).toBeGreaterThan(0);
	});
	it('flags the figures the sources disagree on, each value cited and linked to its comparison', () => {
		const items = selectAll('.key-figures > li', page) as Element[];
		expect(items.length).toBeGreaterThan(0);
		for (const li of items) {
			expect(toString(select('.flag', li)!)).toBe('sources disagree');
			expect(selectAll(':scope > ul > li', li).length).toBeGreaterThan(1);
			for (const value of selectAll(':scope > ul > li', li) as Element[]) expect(selectAll('a.cite', value).length).toBeGreaterThan(0);
			expect(hrefs(li, 'a').some((h) => h.startsWith('/contested-figures/#figure-'))).toBe(true);
		}
	});
});

describe('the tie between Russia and Kazakhstan', () => {
	it.each([
		['russia', 'kazakhstan'],
		['kazakhstan', 'russia'],
	])('%s lists %s under Relations, with the sources’ own words, cited, and in its connections diagram', (a, b) => {
		const page = readPage(DIST, `actors/${a}/`);
		const tie = select(`section.relations .tie`, page)!;
		expect(hrefs(tie, 'h3 a')).toContain(`/actors/${b}/`);
		const quotes = selectAll('.tie__list > li', tie) as Element[];
		expect(quotes.length).toBeGreaterThan(0);
		for (const q of quotes) {
			expect(toString(q)).toMatch(/“[^”]+”/);
			expect(selectAll('a.cite', q).length).toBeGreaterThan(0);
		}
		expect(hrefs(page, 'svg[data-visual="connections"] a')).toContain(`/actors/${b}/`);
	});

	it('frames the tie with the treaties both are party to and the alliances both belong to, from those entities’ own facts', () => {
		const tie = select('section.relations .tie', readPage(DIST, 'actors/kazakhstan/'))!;
		const shown = new Set(hrefs(tie, '.tie__frame a'));
		for (const e of entities) {
			const parties = (e.data.parties as string[] | undefined) ?? [];
			const members = ((e.data.members as Array<{ ref: string }> | undefined) ?? []).map((m) => m.ref);
			const both = (list: string[]) => list.includes('russia') && list.includes('kazakhstan');
			if ((e.collection === 'treaties' && both(parties)) || (e.collection === 'organizations' && both(members))) expect(shown, e.id).toContain(`/${e.collection}/${e.id}/`);
		}
	});

	it('shows every facility’s leaseholder and operator in its infobox and under the other end’s Relations', () => {
		for (const place of entities.filter((e) => e.collection === 'places')) {
			for (const [field, label] of [['leaseholder', 'Leases'], ['operator', 'Operates']] as const) {
				const holder = place.data[field] as string | undefined;
				if (!holder) continue;
				const target = byId.get(holder)!;
				expect(hrefs(readPage(DIST, `places/${place.id}/`), `.infobox dd[data-field="${field}"] a`)).toContain(`/${target.collection}/${holder}/`);
				const relations = select('section.relations', readPage(DIST, `${target.collection}/${holder}/`))!;
				const dt = (selectAll('dt', relations) as Element[]).find((d) => toString(d) === label);
				expect(dt, `${holder}: ${label}`).toBeDefined();
			}
		}
	});

	it('is in the export, written at one end and referenced from the other', () => {
		const data = JSON.parse(readFileSync(join(DIST, 'data', 'knowledge-base.json'), 'utf8'));
		const kazakhstan = data.entities.find((e: { id: string }) => e.id === 'kazakhstan');
		const russia = data.entities.find((e: { id: string }) => e.id === 'russia');
		const written = [kazakhstan, russia].flatMap((e) => (e.relations ?? []).map((r: { with: string; cite: string[] }) => ({ writer: e.id as string, counterpart: r.with })));
		expect(written.length).toBeGreaterThan(0);
		for (const { writer, counterpart } of written) {
			expect(['russia', 'kazakhstan']).toContain(counterpart);
			// Typed once: the other end holds no relations of its own back, only the derived reference.
			const other = counterpart === 'russia' ? russia : kazakhstan;
			expect((other.relations ?? []).filter((r: { with: string }) => r.with === writer)).toEqual([]);
			expect(other.referencedBy['Bilateral relations']).toContainEqual({ id: writer });
		}
		expect(data.dimensions.map((d: { id: string }) => d.id).sort()).toEqual(dimensions.map((d) => d.id).sort());
		expect(data.overview.url).toMatch(/\/relations\/$/);
		const csv = readFileSync(join(DIST, 'data', 'actors.csv'), 'utf8');
		expect(csv.split('\r\n')[0]).toContain('relations');
	});
});

describe('the front door', () => {
	const page = readPage(DIST, '');
	it('opens with the overview’s lead, cited', () => {
		const lead = select('.home__lead', page)!;
		expect(selectAll('a.cite', lead).length).toBeGreaterThan(0);
		const firstWords = (overview!.body.trim().split(/\s+/).slice(0, 6).join(' '));
		expect(toString(lead)).toContain(firstWords);
	});
	it('offers three ways in: the sources, the relationship by dimension, search', () => {
		const paths = select('.home__paths', page)!;
		expect(hrefs(paths, 'h3 a')).toEqual(['/articles/', '/relations/']);
		expect(hrefs(paths, '.chips a').sort()).toEqual(dimensions.map((d) => `/${dimensionPath(d.id)}`).sort());
		expect(attr(select('form[role="search"]', paths), 'action')).toBe('/search/');
	});
	it('lists every source, and shows the map and the timeline as pictures linked to their pages', () => {
		expect(hrefs(page, '.home__sources a').sort()).toEqual(articles.map((a) => `/articles/${a.id}/`).sort());
		expect(select('a[href="/map/"] svg', page)).toBeTruthy();
		expect(select('a[href="/timeline/"] svg', page)).toBeTruthy();
	});
	it('has a mark that reads as the site’s name', () => {
		const svg = readFileSync(join(DIST, 'favicon.svg'), 'utf8');
		expect(svg).toMatch(/>RU</);
		expect(svg).toMatch(/>KZ</);
	});
});

describe('the new pages are in the sitemap, so the every-page sweep (axe, width, valid HTML) covers them', () => {
	const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const paths = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
	it.each(['/', '/relations/', '/dimensions/', ...dimensions.map((d) => `/${dimensionPath(d.id)}`)])('%s', (path) => expect(paths.has(path)).toBe(true));
});
