import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES, articleJsonLd, entityJsonLd } from '../../../src/knowledge/json-ld';
import { ARTICLE_KINDS, articleSchema } from '../../../src/schemas/article';
import { placeSchema } from '../../../src/schemas/place';
import { treatySchema } from '../../../src/schemas/treaty';

const CITE = ['a#p-x'];
const TYPES: Record<string, string> = { russia: 'Country', kazakhstan: 'Country', eaeu: 'Organization', moscow: 'Place', 'fatima-kukeyeva': 'Person', cis: 'Organization' };
const refOf = (id: string) => (TYPES[id] ? { '@type': TYPES[id]!, '@id': `https://kb.example/x/${id}/`, name: id } : undefined);
const article = (fields: Record<string, unknown>) => ({
	id: 'a',
	data: articleSchema.parse({ title: 'T', authors: [{ name: 'Fatima Kukeyeva', actor: 'fatima-kukeyeva' }], publication: { name: 'Venue' }, published: '2015-01', source: { file: 'a.txt' }, abstract: 'A', ...fields }),
});

describe('article JSON-LD', () => {
	it.each(ARTICLE_KINDS.map((k) => [k]))('%s: a schema.org CreativeWork type with headline, date at its precision, author, publisher and container', (kind) => {
		const ld = articleJsonLd(article({ kind }), 'https://kb.example/articles/a/', refOf);
		expect(ld['@type']).toBe(ARTICLE_TYPES[kind]);
		expect(ld).toMatchObject({ headline: 'T', datePublished: '2015-01', url: 'https://kb.example/articles/a/', publisher: { '@type': 'Organization', name: 'Venue' }, author: [{ '@type': 'Person', name: 'Fatima Kukeyeva', '@id': 'https://kb.example/x/fatima-kukeyeva/' }] });
		expect((ld.isPartOf as { '@type': string })['@type']).toBe(['journal-article', 'magazine-article', 'newspaper-article'].includes(kind) ? 'Periodical' : 'WebSite');
	});

	it('an institution is an Organization author; an issue is a PublicationIssue of the periodical; an unnamed author and an unknown date are left out', () => {
		const org = articleJsonLd(article({ authors: [{ name: 'Caspian Institute for Strategic Studies', organization: 'cis' }], kind: 'report' }), 'u', refOf);
		expect(org.author).toEqual([{ '@type': 'Organization', '@id': 'https://kb.example/x/cis/', name: 'Caspian Institute for Strategic Studies' }]);
		const issue = articleJsonLd(article({ kind: 'journal-article', publication: { name: 'Journal', issue: 'No. 83' } }), 'u', refOf);
		expect(issue.isPartOf).toEqual({ '@type': 'PublicationIssue', issueNumber: 'No. 83', isPartOf: { '@type': 'Periodical', name: 'Journal' } });
		const anonymous = articleJsonLd(article({ authors: [{ name: 'Unnamed student', kind: 'unknown' }], published: 'undated' }), 'u', refOf);
		expect(anonymous).not.toHaveProperty('author');
		expect(anonymous).not.toHaveProperty('datePublished');
	});
});

describe('entity JSON-LD', () => {
	it('a place with coordinates has geo as numbers', () => {
		const data = placeSchema.parse({ name: 'Moscow', kind: 'capital', description: 'd', coordinates: { lat: 55.75, lon: 37.62 }, coordinatesSource: 'GeoNames', country: 'russia', cite: { country: CITE } });
		expect(entityJsonLd({ id: 'moscow', collection: 'places', data }, 'u', { name: 'Moscow', others: [] }, refOf)).toMatchObject({
			'@type': 'Place',
			geo: { '@type': 'GeoCoordinates', latitude: 55.75, longitude: 37.62 },
			containedInPlace: refOf('russia'),
		});
	});

	it('a treaty has its signature, entry into force and expiry dates, and only states as its jurisdiction', () => {
		const data = treatySchema.parse({
			title: 'Treaty', kind: 'treaty', description: 'd', signed: '1998-07-06', inForce: '1999', expires: '2050', status: 'in-force', parties: ['russia', 'kazakhstan', 'eaeu'], place: 'moscow',
			cite: { signed: CITE, inForce: CITE, expires: CITE, status: CITE, parties: CITE, place: CITE },
		});
		const ld = entityJsonLd({ id: 't', collection: 'treaties', data }, 'u', { name: 'Treaty', others: [] }, refOf);
		expect(ld).toMatchObject({ legislationDate: '1998-07-06', legislationDateOfApplicability: '1999', expires: '2050', legislationLegalForce: 'https://schema.org/InForce', locationCreated: refOf('moscow') });
		expect(ld.legislationJurisdiction).toEqual([refOf('russia'), refOf('kazakhstan')]);
	});
});
