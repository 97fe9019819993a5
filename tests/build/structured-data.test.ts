import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/knowledge/integrity';
import { DIST, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE, ROOT } from '../helpers/build';
import { htmlFiles } from '../helpers/files';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// schema.org JSON-LD as built into the pages, parsed back and checked against the content and
// against schema.org's own definitions: every type's parent, and for every property we use the
// types of value schema.org lists for it (its "range"), from https://schema.org/<Property>.
type Range = 'Text' | 'URL' | 'Date' | 'Number' | 'LegalForceStatus' | string[];
const VOCABULARY: Record<string, { parent?: string; props?: Record<string, Range> }> = {
	Thing: { props: { name: 'Text', alternateName: 'Text', description: 'Text', url: 'URL', sameAs: 'URL' } },
	CreativeWork: {
		parent: 'Thing',
		props: {
			headline: 'Text', abstract: 'Text', inLanguage: 'Text', author: ['Person', 'Organization'], datePublished: 'Date', publisher: ['Person', 'Organization'],
			isPartOf: ['CreativeWork'], expires: 'Date', locationCreated: ['Place'], about: ['Thing'], citation: ['CreativeWork'],
		},
	},
	Article: { parent: 'CreativeWork' },
	ScholarlyArticle: { parent: 'Article' },
	NewsArticle: { parent: 'Article' },
	Report: { parent: 'Article' },
	SocialMediaPosting: { parent: 'Article' },
	BlogPosting: { parent: 'SocialMediaPosting' },
	Thesis: { parent: 'CreativeWork' },
	WebSite: { parent: 'CreativeWork' },
	CreativeWorkSeries: { parent: 'CreativeWork' },
	Periodical: { parent: 'CreativeWorkSeries' },
	PublicationIssue: { parent: 'CreativeWork', props: { issueNumber: 'Text' } },
	Legislation: {
		parent: 'CreativeWork',
		props: { legislationDate: 'Date', legislationDateOfApplicability: 'Date', legislationLegalForce: 'LegalForceStatus', legislationType: 'Text', legislationJurisdiction: ['AdministrativeArea'] },
	},
	Place: { parent: 'Thing', props: { geo: ['GeoCoordinates'], containedInPlace: ['Place'] } },
	AdministrativeArea: { parent: 'Place' },
	Country: { parent: 'AdministrativeArea' },
	Person: { parent: 'Thing', props: { nationality: ['Country'] } },
	Organization: { parent: 'Thing', props: { foundingDate: 'Date', location: ['Place'], member: ['Person', 'Organization'] } },
	Event: { parent: 'Thing', props: { startDate: 'Date', endDate: 'Date', location: ['Place'], attendee: ['Person', 'Organization'], about: ['Thing'] } },
	Intangible: { parent: 'Thing' },
	StructuredValue: { parent: 'Intangible' },
	GeoCoordinates: { parent: 'StructuredValue', props: { latitude: 'Number', longitude: 'Number' } },
};
const LEGAL_FORCE = new Set(['https://schema.org/InForce', 'https://schema.org/NotInForce', 'https://schema.org/PartiallyInForce']);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isA(type: string, ancestor: string): boolean {
	for (let t: string | undefined = type; t; t = VOCABULARY[t]?.parent) if (t === ancestor) return true;
	return false;
}

function rangeOf(type: string, prop: string): Range | undefined {
	for (let t: string | undefined = type; t; t = VOCABULARY[t]?.parent) {
		const range = VOCABULARY[t]?.props?.[prop];
		if (range) return range;
	}
	return undefined;
}

/** Every way a node breaks schema.org's definitions: unknown types, unknown properties, values out of range. */
function vocabularyErrors(node: Record<string, unknown>, path = '$'): string[] {
	const type = node['@type'];
	if (typeof type !== 'string' || !VOCABULARY[type]) return [`${path}: unknown @type ${JSON.stringify(type)}`];
	const errors: string[] = [];
	for (const [prop, raw] of Object.entries(node)) {
		if (prop.startsWith('@')) continue;
		const range = rangeOf(type, prop);
		if (!range) {
			errors.push(`${path}.${prop}: not a property of ${type}`);
			continue;
		}
		const values = Array.isArray(raw) ? raw : [raw];
		if (values.length === 0) errors.push(`${path}.${prop}: an empty list says nothing; leave it out`);
		for (const [i, value] of values.entries()) {
			const at = `${path}.${prop}${Array.isArray(raw) ? `[${i}]` : ''}`;
			if (Array.isArray(range)) {
				if (typeof value !== 'object' || value === null) {
					errors.push(`${at}: expected a ${range.join(' or ')}, got ${JSON.stringify(value)}`);
					continue;
				}
				const valueType = (value as Record<string, unknown>)['@type'] as string;
				if (!range.some((r) => isA(valueType, r))) errors.push(`${at}: ${valueType} is not a ${range.join(" or ")}`);
				errors.push(...vocabularyErrors(value as Record<string, unknown>, at));
			} else if (range === 'Number') {
				if (typeof value !== 'number') errors.push(`${at}: expected a number, got ${JSON.stringify(value)}`);
			} else if (range === 'Date') {
				if (typeof value !== 'string' || !ISO_DATE.test(value)) errors.push(`${at}: expected an ISO 8601 date, got ${JSON.stringify(value)}`);
			} else if (range === 'URL') {
				if (typeof value !== 'string' || !/^https?:\/\//.test(value)) errors.push(`${at}: expected an absolute URL, got ${JSON.stringify(value)}`);
			} else if (range === 'LegalForceStatus') {
				if (!LEGAL_FORCE.has(value as string)) errors.push(`${at}: not a LegalForceStatus member: ${JSON.stringify(value)}`);
			} else if (typeof value !== 'string' || value === '') errors.push(`${at}: expected text, got ${JSON.stringify(value)}`);
		}
	}
	return errors;
}

const jsonLd = (dist: string, path: string): any[] =>
	(selectAll('script[type="application/ld+json"]', readPage(dist, path)) as Element[]).map((s) => JSON.parse(toString(s)));

const { entries } = validateContent(ROOT);
const byId = new Map(entries.map((e) => [e.id, e]));
const data = (e: { data: unknown }) => e.data as Record<string, any>;
const nameOf = (id: string) => {
	const d = data(byId.get(id)!);
	return d.shortTitle ?? d.title ?? d.name;
};
const pageUrl = (path: string) => attr(select('link[rel=canonical]', readPage(DIST, path)), 'href')!;
const articles = entries.filter((e) => e.collection === 'articles');
const places = entries.filter((e) => e.collection === 'places' && data(e).coordinates);
const events = entries.filter((e) => e.collection === 'events');
const treaties = entries.filter((e) => e.collection === 'treaties');

// The schema.org type of each article kind, written out here rather than read from the code.
const ARTICLE_TYPE: Record<string, string> = {
	'journal-article': 'ScholarlyArticle',
	'magazine-article': 'Article',
	'newspaper-article': 'NewsArticle',
	'blog-post': 'BlogPosting',
	'web-article': 'Article',
	report: 'Report',
	dissertation: 'Thesis',
};

describe('the vocabulary check', () => {
	it('rejects what schema.org does not define: an organisation as a jurisdiction, a bare address as a location, a state as an attendee', () => {
		const org = { '@type': 'Organization', '@id': 'https://x/o/', name: 'O' };
		expect(vocabularyErrors({ '@type': 'Legislation', legislationJurisdiction: [org] })).toEqual(['$.legislationJurisdiction[0]: Organization is not a AdministrativeArea']);
		expect(vocabularyErrors({ '@type': 'Event', location: ['https://x/p/'] })[0]).toMatch(/expected a Place/);
		expect(vocabularyErrors({ '@type': 'Event', attendee: [{ '@type': 'Country', name: 'K' }] })[0]).toMatch(/Country is not a Person or Organization/);
		expect(vocabularyErrors({ '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: '43.2', longitude: 76.9 } })[0]).toMatch(/expected a number/);
		expect(vocabularyErrors({ '@type': 'Event', startDate: '1950s' })[0]).toMatch(/ISO 8601/);
		expect(vocabularyErrors({ '@type': 'Person', legislationDate: '2000' })[0]).toMatch(/not a property of Person/);
	});
});

describe.each([
	['site', DIST],
	['fixture site', FIXTURE_DIST],
])('JSON-LD on every page of the %s uses schema.org as it defines it', (_, dist) => {
	const pages = htmlFiles(dist).map((f) => f.slice(dist.length + 1).replace(/index\.html$/, ''));
	const withLd = pages.filter((p) => readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8').includes('application/ld+json'));
	it('has pages with JSON-LD', () => expect(withLd.length).toBeGreaterThan(0));
	it.each(withLd)('/%s', (path) => {
		for (const ld of jsonLd(dist, path)) {
			expect(ld['@context']).toBe('https://schema.org');
			expect(vocabularyErrors(ld)).toEqual([]);
		}
	});
});

describe('articles', () => {
	it.each(articles.map((a) => [a.id, a]))('%s: typed by its kind, with headline, authors, date, publisher, the work it is part of, and its url', (id, article) => {
		const d = data(article);
		const [ld] = jsonLd(DIST, `articles/${id}/`);
		expect(ld['@type']).toBe(ARTICLE_TYPE[d.kind]);
		expect(ld.headline).toBe(d.title);
		expect(ld.url).toBe(pageUrl(`articles/${id}/`));
		expect(ld['@id']).toBe(ld.url);
		if (d.published) expect(ld.datePublished).toBe(d.published.iso);
		else expect(ld).not.toHaveProperty('datePublished');
		// Named authors in order, an institution (declared `kind: institution`) as an Organization; an
		// author of kind `unknown` is no author at all, as in the citation files.
		const named = d.authors.filter((a: any) => a.kind !== 'unknown');
		const institution = (a: any) => a.kind === 'institution' || (a.kind === undefined && !!a.organization && !a.actor);
		expect((ld.author ?? []).map((a: any) => [a['@type'], a.name])).toEqual(named.map((a: any) => [institution(a) ? 'Organization' : 'Person', a.name]));
		expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: d.publication.name });
		const container = ld.isPartOf['@type'] === 'PublicationIssue' ? ld.isPartOf.isPartOf : ld.isPartOf;
		expect(container.name).toBe(d.publication.name);
		if (d.publication.issue) expect(ld.isPartOf.issueNumber).toBe(d.publication.issue);
	});

	it('fixture: an undated article by an unnamed author has no date and no author, but still its headline and publisher', () => {
		const [ld] = jsonLd(FIXTURE_DIST, 'articles/undated-note/');
		expect(ld).toMatchObject({ headline: 'An Undated Note on the Sample Union', url: `${FIXTURE_SITE}${FIXTURE_BASE}articles/undated-note/`, publisher: { name: 'Example Digest' } });
		expect(ld).not.toHaveProperty('datePublished');
		expect(ld).not.toHaveProperty('author');
	});
});

describe('places', () => {
	it.each(places.map((p) => [p.id, p]))('%s: geo holds its coordinates as numbers', (id, place) => {
		const [ld] = jsonLd(DIST, `places/${id}/`);
		expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: data(place).coordinates.lat, longitude: data(place).coordinates.lon });
	});
});

describe('events', () => {
	const precise = (date?: { iso: string; precision: string }) => (date && date.precision !== 'decade' ? date.iso : undefined);
	it.each(events.map((e) => [e.id, e]))('%s: dates at their precision, and every place a named Place (with geo where known)', (id, event) => {
		const d = data(event);
		const [ld] = jsonLd(DIST, `events/${id}/`);
		expect(ld.startDate).toBe(precise(d.date ?? d.start));
		expect(ld.endDate).toBe(precise(d.date ?? d.end));
		const expected = (d.places as string[]).map((p) => {
			const coordinates = data(byId.get(p)!).coordinates;
			return { name: nameOf(p), ...(coordinates && { geo: { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon } }) };
		});
		expect((ld.location ?? []).map((l: any) => ({ name: l.name, ...(l.geo && { geo: l.geo }) }))).toEqual(expected);
		for (const l of ld.location ?? []) expect(l['@id']).toMatch(/^https?:\/\/.+\/(places|actors)\/[^/]+\/$/);
	});
});

describe('treaties', () => {
	it.each(treaties.map((t) => [t.id, t]))('%s: its dates, and only states as its jurisdiction', (id, treaty) => {
		const d = data(treaty);
		const [ld] = jsonLd(DIST, `treaties/${id}/`);
		expect(ld.legislationDate).toBe(d.signed?.iso);
		expect(ld.legislationDateOfApplicability).toBe(d.inForce?.iso);
		expect(ld.expires).toBe(d.expires?.iso);
		const states = (d.parties as string[]).filter((p) => data(byId.get(p)!).kind === 'state');
		expect((ld.legislationJurisdiction ?? []).map((j: any) => j.name)).toEqual(states.map(nameOf));
	});
});
