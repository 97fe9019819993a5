import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE } from '../helpers/build';
import { htmlFiles } from '../helpers/files';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// The fixture site is built under /kb/ so that every assertion here also proves the base path.
const page = (path: string) => readPage(FIXTURE_DIST, path);

describe('routes', () => {
	it.each([
		'', 'articles/', 'articles/sample-article/', 'actors/', 'actors/russia/', 'treaties/', 'treaties/sample-treaty/',
		'organizations/', 'organizations/sample-union/', 'places/', 'places/moscow/', 'events/', 'events/sample-summit/', 'search/', 'about/',
	])('/%s is built with its own title and one h1', (path) => {
		const tree = page(path);
		expect(toString(select('title', tree)!)).toMatch(/Russia–Kazakhstan Relations/);
		expect(selectAll('h1', tree)).toHaveLength(1);
	});

	it('has a helpful 404 page with search and navigation', () => {
		const tree = page('404.html');
		expect(toString(select('h1', tree)!)).toBe('Page not found');
		expect(attr(select('form[role=search]', tree), 'action')).toBe(`${FIXTURE_BASE}search/`);
		expect(selectAll('main a', tree).length).toBeGreaterThan(5);
	});

	it('writes a sitemap and a Pagefind index', () => {
		expect(existsSync(join(FIXTURE_DIST, 'sitemap-index.xml'))).toBe(true);
		expect(readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8')).toContain(`${FIXTURE_SITE}${FIXTURE_BASE}treaties/sample-treaty/`);
		expect(existsSync(join(FIXTURE_DIST, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(readdirSync(join(FIXTURE_DIST, 'pagefind')).some((f) => f.startsWith('pagefind-entry'))).toBe(true);
	});
});

describe('every page', () => {
	const files = htmlFiles(FIXTURE_DIST);

	it('found the built pages', () => {
		expect(files.length).toBeGreaterThanOrEqual(14);
	});

	it.each(files.map((f) => [relative(FIXTURE_DIST, f), f]))('%s has head metadata, a skip link, a theme script and only local resources', (_, file) => {
		const html = readFileSync(file, 'utf8');
		const tree = readPage(FIXTURE_DIST, relative(FIXTURE_DIST, file));
		const canonical = attr(select('link[rel=canonical]', tree), 'href')!;
		expect(canonical.startsWith(`${FIXTURE_SITE}${FIXTURE_BASE}`)).toBe(true);
		expect(attr(select('meta[name=description]', tree), 'content')!.length).toBeGreaterThan(10);
		for (const og of ['og:title', 'og:description', 'og:type', 'og:url']) expect(select(`meta[property="${og}"]`, tree), og).toBeTruthy();
		expect(attr(select('link[rel=icon]', tree), 'href')).toBe(`${FIXTURE_BASE}favicon.svg`);
		expect(attr(select('a.skip-link', tree), 'href')).toBe('#main');
		expect(select('main#main', tree)).toBeTruthy();
		expect(html).toContain("localStorage.getItem('theme')");
		// No request to another host: every src and stylesheet href is a local path.
		for (const el of selectAll('[src], link[rel=stylesheet], link[rel=icon]', tree) as Element[]) {
			const ref = attr(el, 'src') ?? attr(el, 'href')!;
			expect(ref, `${ref} in ${file}`).toMatch(new RegExp(`^${FIXTURE_BASE}`));
		}
		// Internal links respect the base path.
		for (const a of selectAll('a[href^="/"]', tree) as Element[]) expect(attr(a, 'href')).toMatch(new RegExp(`^${FIXTURE_BASE}`));
	});
});

describe('entity pages', () => {
	it('show an infobox generated from the schema, with linked references and cited facts', () => {
		const tree = page('treaties/sample-treaty/');
		const infobox = select('.infobox', tree)!;
		const labels = selectAll('dt', infobox).map((n) => toString(n).trim());
		expect(labels).toEqual(['Type', 'Parties', 'Signed', 'Place']);
		const parties = select('dd[data-field=parties]', infobox)!;
		expect(selectAll('a[data-entity]', parties).map((a) => attr(a as Element, 'href'))).toEqual([`${FIXTURE_BASE}actors/kazakhstan/`, `${FIXTURE_BASE}actors/russia/`]);
		expect(attr(select('a.cite', parties), 'href')).toBe(`${FIXTURE_BASE}articles/sample-article/#p-kazakhstan-and-russia-signed-the-sample`);
		expect(toString(select('dd[data-field=signed]', infobox)!)).toMatch(/^6 July 1998/);
	});

	it('show every name under "Also known as", including Cyrillic', () => {
		const text = toString(select('.also-known-as', page('actors/kazakhstan/'))!);
		for (const name of ['Republic of Kazakhstan', 'RK', 'Казахстан', 'Қазақстан']) expect(text).toContain(name);
	});

	it('render body citations as numbered links to the paragraph', () => {
		const cite = select('.prose a.cite', page('organizations/sample-union/'))!;
		expect(toString(cite)).toBe('[1]');
		expect(attr(cite, 'href')).toBe(`${FIXTURE_BASE}articles/sample-article/#p-a-second-paragraph-about-the-sample`);
	});

	it('show figures side by side, flagged when the sources disagree', () => {
		const figures = select('.figures', page('treaties/sample-treaty/'))!;
		expect(toString(select('caption', figures)!)).toMatch(/the sources disagree/);
		expect(selectAll('tbody tr', figures)).toHaveLength(2);
	});

	it('show month-precision dates and member periods', () => {
		const infobox = select('.infobox', page('organizations/sample-union/'))!;
		expect(toString(select('dd[data-field=founded]', infobox)!)).toMatch(/^2000/);
		expect(toString(select('dd[data-field=members]', infobox)!)).toMatch(/Kazakhstan \(2000–\)/);
	});
});

describe('index pages', () => {
	it('group actors by kind, states first', () => {
		const tree = page('actors/');
		expect(selectAll('main h2', tree).map((h) => toString(h))).toEqual(['State', 'Person']);
	});

	it('group treaties by decade', () => {
		expect(selectAll('main h2', page('treaties/')).map((h) => toString(h))).toEqual(['1990s']);
	});
});

describe('article pages', () => {
	const tree = page('articles/sample-article/');

	it('anchor every paragraph and list item with a visible link to itself', () => {
		const anchored = selectAll('[data-article-body] [data-anchor]', tree) as Element[];
		expect(anchored.map((n) => attr(n, 'id'))).toEqual([
			'p-kazakhstan-and-russia-signed-the-sample',
			'p-a-second-paragraph-about-the-sample',
			'p-a-list-item-that-can-be',
		]);
		for (const n of anchored) expect(attr(select('a.anchor-link', n), 'href')).toBe(`#${attr(n, 'id')}`);
	});

	it('show attribution, a table of contents, footnotes with back-links and a citation', () => {
		expect(toString(select('.byline', tree)!)).toMatch(/Jane Example.*Almaty.*Example Digest, No\. 1.*July 2010/s);
		expect(selectAll('.toc a', tree).map((a) => attr(a as Element, 'href'))).toEqual(['#first-section', '#second-section']);
		expect(select('[data-footnotes] a[data-footnote-backref]', tree)).toBeTruthy();
		expect(toString(select('.cite-box blockquote', tree)!)).toBe(`Example, J. (2010, July). A Sample Article on Relations. Example Digest. Accessed via ${FIXTURE_SITE}${FIXTURE_BASE}articles/sample-article/.`);
	});
});

describe('cross-links', () => {
	it('link the first mention of each entity in each paragraph, never in headings', () => {
		const tree = page('articles/sample-article/');
		const first = select('#p-kazakhstan-and-russia-signed-the-sample', tree)!;
		expect((selectAll('a.mention', first) as Element[]).map((a) => [toString(a), attr(a, 'href')])).toEqual([
			['Kazakhstan', `${FIXTURE_BASE}actors/kazakhstan/`],
			['Russia', `${FIXTURE_BASE}actors/russia/`],
			['sample treaty', `${FIXTURE_BASE}treaties/sample-treaty/`],
			['Moscow', `${FIXTURE_BASE}places/moscow/`],
		]);
		expect(selectAll('h2 a.mention', tree)).toHaveLength(0);
		expect(toString(select('#p-a-second-paragraph-about-the-sample a.mention', tree)!)).toBe('Sample Union');
	});

	it('list where an entity is mentioned, with the sentence, the name linked to the paragraph', () => {
		const mentions = select('.mentions', page('actors/russia/'))!;
		const item = select('li[data-mention]', mentions)!;
		const link = select('a[data-mention-link]', item)!;
		expect(attr(link, 'href')).toBe(`${FIXTURE_BASE}articles/sample-article/#p-kazakhstan-and-russia-signed-the-sample`);
		expect(toString(item)).toBe('Kazakhstan and Russia signed the sample treaty in Moscow.');
		expect(toString(link)).toBe('Russia');
	});

	it('show references from both ends', () => {
		const relations = (path: string) =>
			Object.fromEntries(
				(selectAll('.relations dt', page(path)) as Element[]).map((dt, i) => [toString(dt), toString((selectAll('.relations dd', page(path)) as Element[])[i]!)]),
			);
		expect(relations('actors/russia/')).toMatchObject({ 'Party to': 'Sample Treaty', 'Member of': 'Sample Union', Places: 'Moscow' });
		expect(relations('places/moscow/')).toMatchObject({ 'Signed here': 'Sample Treaty', 'Headquarters of': 'Sample Union' });
		expect(relations('organizations/sample-union/')).toMatchObject({ 'Office holders': 'Jane Example (Analyst, 2009–)' });
	});

	it('list entities mentioned in the same paragraphs, with the count', () => {
		const related = (selectAll('.related li', page('actors/russia/')) as Element[]).map((li) => toString(li));
		expect(related).toContain('Kazakhstan (1)');
		expect(related).toContain('Moscow (1)');
	});
});

describe('machine-readable', () => {
	it('entity pages carry schema.org JSON-LD of the fitting type', () => {
		const ld = (path: string) => JSON.parse(toString(select('script[type="application/ld+json"]', page(path))!));
		expect(ld('actors/russia/')).toMatchObject({ '@type': 'Country', name: 'Russia', alternateName: expect.arrayContaining(['Russian Federation', 'Россия']) });
		expect(ld('actors/jane-example/')).toMatchObject({ '@type': 'Person', nationality: { '@id': `${FIXTURE_SITE}${FIXTURE_BASE}actors/kazakhstan/` } });
		expect(ld('treaties/sample-treaty/')).toMatchObject({ '@type': 'Legislation', legislationDate: '1998-07-06' });
		expect(ld('organizations/sample-union/')).toMatchObject({ '@type': 'Organization', foundingDate: '2000' });
		expect(ld('places/moscow/')).toMatchObject({ '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: 55.7558, longitude: 37.6173 } });
		expect(ld('events/sample-summit/')).toMatchObject({ '@type': 'Event', startDate: '1998-07-06', endDate: '1998-07-07', location: [{ '@id': `${FIXTURE_SITE}${FIXTURE_BASE}places/moscow/` }] });
	});

	it('robots.txt names the sitemap by its absolute address under the base path', () => {
		const robots = readFileSync(join(FIXTURE_DIST, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toContain(`Sitemap: ${FIXTURE_SITE}${FIXTURE_BASE}sitemap-index.xml\n`);
		expect(readFileSync(join(FIXTURE_DIST, 'sitemap-index.xml'), 'utf8')).toContain(`${FIXTURE_SITE}${FIXTURE_BASE}sitemap-0.xml`);
	});

	it('publishes every entity with its cited facts and relations as JSON', () => {
		const data = JSON.parse(readFileSync(join(FIXTURE_DIST, 'data', 'knowledge-base.json'), 'utf8'));
		expect(data.entities).toHaveLength(7);
		const treaty = data.entities.find((e: { id: string }) => e.id === 'sample-treaty');
		expect(treaty).toMatchObject({ url: `${FIXTURE_SITE}${FIXTURE_BASE}treaties/sample-treaty/`, signed: '1998-07-06', parties: ['kazakhstan', 'russia'], cite: { signed: ['sample-article#p-kazakhstan-and-russia-signed-the-sample'] } });
		const russia = data.entities.find((e: { id: string }) => e.id === 'russia');
		expect(russia.referencedBy['Party to']).toEqual([{ id: 'sample-treaty' }]);
		expect(russia.mentionedIn).toEqual(['sample-article#p-kazakhstan-and-russia-signed-the-sample']);
		expect(attr(select('a[download]', page('about/')), 'href')).toBe(`${FIXTURE_BASE}data/knowledge-base.json`);
	});
});

describe('alias URLs', () => {
	it('redirect every Latin-letter alias to the canonical page, and are left out of the sitemap', () => {
		const tree = page('actors/republic-of-kazakhstan/');
		expect(attr(select('meta[http-equiv=refresh]', tree), 'content')).toBe(`0; url=${FIXTURE_BASE}actors/kazakhstan/`);
		expect(attr(select('link[rel=canonical]', tree), 'href')).toBe(`${FIXTURE_SITE}${FIXTURE_BASE}actors/kazakhstan/`);
		expect(attr(select('meta[http-equiv=refresh]', page('actors/rk/')), 'content')).toBe(`0; url=${FIXTURE_BASE}actors/kazakhstan/`);
		expect(readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('republic-of-kazakhstan');
	});
});

describe('timeline', () => {
	it('lists every dated item in order, linked to its entity and cited', () => {
		const items = (selectAll('main ol.timeline > li', page('timeline/')) as Element[]).map((li) => [attr(li, 'dataKind'), toString(li).replace(/\s+/g, ' ').trim()]);
		expect(items).toEqual([
			['event', '6 July 1998Sample Summit, until 7 July 1998 (Kazakhstan, Russia, Moscow, Sample Treaty)[Example 2010, ¶1]'],
			['treaty', '6 July 1998Sample Treaty signed[Example 2010, ¶1]'],
			['organization', '2000Sample Union founded[Example 2010, ¶2]'],
			['membership', '2000Sample Union joins (Kazakhstan)[Example 2010, ¶2]'],
			['office', '2009Jane Example takes office: Analyst (Sample Union)[Example 2010, ¶2]'],
			['event', 'July 2010The sample union began to work. — Russia[Example 2010, ¶2]'],
		]);
		expect(selectAll('main h2', page('timeline/')).map((h) => toString(h))).toEqual(['1990s', '2000s', '2010s']);
	});

	it('shows each entity its own slice', () => {
		const items = (selectAll('.prose ol.timeline > li', page('actors/kazakhstan/')) as Element[]).map((li) => toString(li).replace(/\s+/g, ' ').trim());
		expect(items).toEqual(['6 July 1998Sample Summit, until 7 July 1998 (Russia, Moscow, Sample Treaty)[Example 2010, ¶1]', '2000Sample Union joins[Example 2010, ¶2]']);
	});

	it('links an event item to the event page', () => {
		const item = (selectAll('main ol.timeline > li', page('timeline/')) as Element[]).find((li) => toString(li).includes('Sample Summit'))!;
		expect(attr(select('a', item), 'href')).toBe(`${FIXTURE_BASE}events/sample-summit/`);
	});
});

describe('events', () => {
	it('have an index in date order with each date or span', () => {
		const items = (selectAll('main .entry-list > li', page('events/')) as Element[]).map((li) => [attr(select('a', li), 'href'), toString(select('.meta', li)!).replace(/\s+/g, ' ').trim()]);
		expect(items).toEqual([[`${FIXTURE_BASE}events/sample-summit/`, '· 6 July 1998–7 July 1998']]);
	});

	it('have an infobox of cited facts, and appear on the pages of what took part', () => {
		const infobox = select('.infobox', page('events/sample-summit/'))!;
		expect(selectAll('dt', infobox).map((n) => toString(n).trim())).toEqual(['Type', 'Start', 'End', 'Places', 'Participants', 'Treaties']);
		expect(selectAll('dd a.cite', infobox).length).toBeGreaterThanOrEqual(5);
		// Each label of the relations list, with the names under it.
		const relations = (path: string) => {
			const list = select('.relations > dl', page(path))!;
			return Object.fromEntries((selectAll('dt', list) as Element[]).map((dt) => [toString(dt), selectAll('a', list.children[list.children.indexOf(dt) + 1] as Element).map((a) => toString(a))]));
		};
		expect(relations('places/moscow/')['Events here']).toEqual(['Sample Summit']);
		expect(relations('actors/russia/')['Took part in']).toEqual(['Sample Summit']);
		expect(relations('treaties/sample-treaty/')['Events']).toEqual(['Sample Summit']);
	});
});

describe('an undated source', () => {
	it('is listed after every dated source, shown as "undated" with no machine date', () => {
		const items = selectAll('main li', page('articles/')) as Element[];
		const titles = items.map((li) => toString(li));
		const undated = titles.findIndex((t) => t.includes('An Undated Note on the Sample Union'));
		expect(undated).toBe(titles.length - 1);
		expect(titles[undated]).toContain('undated');
		expect(selectAll('time', items[undated]!)).toHaveLength(0);
	});

	it('shows "undated" in its byline and its ready-to-copy reference, inventing no year', () => {
		const text = toString(select('main', page('articles/undated-note/'))!);
		expect(text).toMatch(/Example Digest\s*undated/);
		// The reference is APA, rendered by citation-js from a CSL item with no date: "(n.d.)".
		const reference = toString(select('[data-citation]', page('articles/undated-note/'))!);
		expect(reference).toMatch(/An Undated Note on the Sample Union\. \(n\.d\.\)\. Example Digest\. Accessed via/);
		expect(text).not.toMatch(/\b(19|20)\d\d\b/);
	});
});
