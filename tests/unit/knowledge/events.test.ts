import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../../../src/knowledge/alias-matcher';
import { aliasRoutes } from '../../../src/knowledge/aliases';
import type { RawEntry } from '../../../src/knowledge/content-files';
import { groupEntities } from '../../../src/knowledge/groups';
import { checkIntegrity } from '../../../src/knowledge/integrity';
import { entityJsonLd } from '../../../src/knowledge/json-ld';
import { mentionsInArticle } from '../../../src/knowledge/mentions';
import { reverseRelations } from '../../../src/knowledge/relations';
import { facetCountries, facetDate } from '../../../src/knowledge/search-facets';
import { timeline } from '../../../src/knowledge/timeline';
import type { AnchoredBlock } from '../../../src/markdown/paragraph-anchors';
import { actorSchema } from '../../../src/schemas/actor';
import { eventSchema } from '../../../src/schemas/event';

const CITE = ['a#p-x'];
const event = (id: string, fields: Record<string, unknown>) => ({ id, collection: 'events', data: eventSchema.parse({ name: id, kind: 'war', description: 'd', ...fields }) as Record<string, any> });

const war = event('south-ossetia-war', { date: '2008-08', participants: ['russia', 'south-ossetia'], places: ['caucasus'], cite: { date: CITE, participants: CITE, places: CITE } });
const bombings = event('bombings', { start: '2011-05-17', end: '2011-05-24', places: ['astana', 'aktobe'], cite: { start: CITE, end: CITE, places: CITE } });
const crisis = event('ukraine-crisis', { start: '2013', participants: ['russia', 'ukraine'], treaties: ['some-treaty'], organizations: ['csto'], cite: { start: CITE, participants: CITE, treaties: CITE, organizations: CITE } });
const campaign = event('virgin-lands', { start: '1950s', end: '1960s', formerPaths: ['treaties/virgin-lands'], cite: { start: CITE, end: CITE } });
const nazarbayev = {
	id: 'nursultan-nazarbayev',
	collection: 'actors',
	data: actorSchema.parse({ name: 'Nursultan Nazarbayev', kind: 'person', description: 'd', events: [{ date: '2014', text: 'Nazarbayev declined to condemn Russia.', event: 'ukraine-crisis', cite: CITE }] }) as Record<string, any>,
};

describe('events on the timeline', () => {
	const items = timeline([war, bombings, crisis, campaign, nazarbayev]);

	it('gives each event page one item at its date or start, naming what took part and where', () => {
		expect(items.filter((i) => i.entity !== 'nursultan-nazarbayev').map((i) => [i.date.iso, i.text, i.entity, i.others])).toEqual([
			['1950s', '{}, until 1960s', 'virgin-lands', []],
			['2008-08', '{}', 'south-ossetia-war', ['russia', 'south-ossetia', 'caucasus']],
			['2011-05-17', '{}, until 24 May 2011', 'bombings', ['astana', 'aktobe']],
			['2013', '{}, ongoing in the sources', 'ukraine-crisis', ['russia', 'ukraine', 'csto', 'some-treaty']],
		]);
		expect(items.every((i) => i.kind === 'event' && i.cite.length > 0)).toBe(true);
	});

	it('puts an event page before the items about it on the same date', () => {
		const seliger = event('seliger-remarks', { date: '2014', cite: { date: CITE } });
		const reply = { id: 'a-reply', collection: 'actors', data: actorSchema.parse({ name: 'A', kind: 'person', description: 'd', events: [{ date: '2014', text: 'Reply.', event: 'seliger-remarks', cite: CITE }] }) as Record<string, any> };
		expect(timeline([reply, seliger]).map((i) => i.entity)).toEqual(['seliger-remarks', 'a-reply']);
	});

	it('links an item about an event to the event page', () => {
		expect(items.find((i) => i.entity === 'nursultan-nazarbayev')).toMatchObject({ text: 'Nazarbayev declined to condemn Russia.', others: ['ukraine-crisis'] });
	});
});

describe('events in relations, indexes, search and linked data', () => {
	it('lists each event on the pages of its participants, places and treaties', () => {
		const relations = reverseRelations([war, crisis]);
		expect(relations.get('russia')).toEqual([{ label: 'Took part in', items: [{ id: 'south-ossetia-war' }, { id: 'ukraine-crisis' }] }]);
		expect(relations.get('caucasus')).toEqual([{ label: 'Events here', items: [{ id: 'south-ossetia-war' }] }]);
		expect(relations.get('csto')).toEqual([{ label: 'Took part in', items: [{ id: 'ukraine-crisis' }] }]);
		expect(relations.get('some-treaty')).toEqual([{ label: 'Events', items: [{ id: 'ukraine-crisis' }] }]);
	});

	it('orders the events index by date within decades, decades in order', () => {
		const groups = groupEntities([crisis, war, bombings, campaign]);
		expect(groups.map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([
			['1950s', ['virgin-lands']],
			['2000s', ['south-ossetia-war']],
			['2010s', ['bombings', 'ukraine-crisis']],
		]);
		const entries = groups.flatMap((g) => g.entries);
		expect(entries.find((e) => e.id === 'bombings')).toMatchObject({ end: { iso: '2011-05-24' }, ongoing: false });
		expect(entries.find((e) => e.id === 'ukraine-crisis')).toMatchObject({ ongoing: true });
	});

	it('gives search the date and the participating states', () => {
		expect(facetDate(bombings)?.iso).toBe('2011-05-17');
		expect(facetDate(war)?.iso).toBe('2008-08');
		expect(facetCountries(war, (id) => id === 'russia')).toEqual(['russia']);
	});

	it('describes an event as a schema.org Event with dates, named places and attendees of the types schema.org allows', () => {
		const types: Record<string, string> = { russia: 'Country', 'south-ossetia': 'Country', astana: 'Place', aktobe: 'Place', csto: 'Organization', 'some-treaty': 'Legislation' };
		const refOf = (id: string) => (types[id] ? { '@type': types[id], '@id': `https://example.org/x/${id}/`, name: id.toUpperCase() } : undefined);
		const ld = entityJsonLd(bombings, 'https://example.org/events/bombings/', { name: 'Bombings', others: [] }, refOf);
		expect(ld).toMatchObject({ '@type': 'Event', startDate: '2011-05-17', endDate: '2011-05-24', location: [refOf('astana'), refOf('aktobe')] });
		// A month stays a month; states are not attendees (schema.org's attendee is a Person or an Organization).
		const w = entityJsonLd(war, 'u', { name: 'W', others: [] }, refOf);
		expect(w).toMatchObject({ startDate: '2008-08', endDate: '2008-08' });
		expect(w).not.toHaveProperty('attendee');
		// A place without a page is left out rather than written as a bare address.
		expect(w).not.toHaveProperty('location');
		const c = entityJsonLd(crisis, 'u', { name: 'C', others: [] }, refOf);
		expect(c).toMatchObject({ startDate: '2013', attendee: [refOf('csto')], about: [refOf('some-treaty')] });
		expect(c).not.toHaveProperty('endDate');
		// A decade has no ISO 8601 form: no date rather than an invented one.
		const decade = entityJsonLd(campaign, 'u', { name: 'V', others: [] }, refOf);
		expect(decade).not.toHaveProperty('startDate');
		expect(decade).not.toHaveProperty('endDate');
	});

	it('keeps a moved page reachable at its former address', () => {
		expect(aliasRoutes([campaign])).toContainEqual({ collection: 'treaties', slug: 'virgin-lands', target: 'virgin-lands', name: 'virgin-lands', moved: true });
	});
});

describe('mentions inside an event name', () => {
	const matcher = new AliasMatcher([
		{ name: 'annexation of Crimea', entity: 'annexation-of-crimea' },
		{ name: 'Crimea', entity: 'crimea' },
		{ name: 'Russia', entity: 'russia' },
		{ name: 'Seliger National Youth Forum', entity: 'seliger-remarks' },
		{ name: 'Seliger', entity: 'seliger' },
		{ name: 'Collective Security Treaty', entity: 'collective-security-treaty' },
		{ name: 'Collective Security Treaty Organization', entity: 'csto' },
	]);
	const blocks = (text: string): AnchoredBlock[] => [{ anchor: 'p-x', text, node: { type: 'text', value: text } }];
	const events = new Set(['annexation-of-crimea', 'seliger-remarks']);
	const mentioned = (text: string) => mentionsInArticle('a', blocks(text), matcher, new Map(), (id) => events.has(id)).map((m) => m.entity);

	it('counts the names an event name contains, at either end', () => {
		expect(mentioned("Russia's annexation of Crimea worried Astana.")).toEqual(['russia', 'annexation-of-crimea', 'crimea']);
		expect(mentioned('He spoke at the 2014 Seliger National Youth Forum.')).toEqual(['seliger-remarks', 'seliger']);
	});

	it('leaves other long names alone', () => {
		expect(mentioned('the Collective Security Treaty Organization met')).toEqual(['csto']);
	});
});

describe('integrity of event references', () => {
	const raw = (collection: string, id: string, data: Record<string, unknown>): RawEntry => ({ collection: collection as RawEntry['collection'], id, file: `content/${collection}/${id}.mdx`, data, body: '' });
	const base = [
		raw('actors', 'russia', { name: 'Russia', kind: 'state' }),
		raw('places', 'crimea', { name: 'Crimea', kind: 'region' }),
		raw('treaties', 'old-name', { title: 'Something else', kind: 'treaty' }),
	];

	it('checks that places, participants, organizations and treaties resolve into the right collections', () => {
		const errors = checkIntegrity([...base, raw('events', 'annexation', { name: 'Annexation', kind: 'annexation', places: ['russia'], participants: ['crimea'], organizations: [], treaties: ['nowhere'] })]);
		expect(errors.map((e) => [e.field, e.message.replace(/:.*/, '')])).toEqual([
			['places.0', 'Unknown reference "russia"'],
			['participants.0', 'Unknown reference "crimea"'],
			['treaties.0', 'Unknown reference "nowhere"'],
		]);
	});

	it('checks that a timeline item names an existing event', () => {
		const errors = checkIntegrity([...base, raw('actors', 'putin', { name: 'Putin', kind: 'person', events: [{ date: {}, text: 't', event: 'crimea', cite: [] }] })]);
		expect(errors).toEqual([expect.objectContaining({ field: 'events.0.event', message: expect.stringMatching(/it is in places, but this field takes events/) })]);
	});

	it('refuses a former address that is a live page', () => {
		const errors = checkIntegrity([...base, raw('events', 'moved', { name: 'Moved', kind: 'campaign', formerPaths: ['treaties/old-name'] })]);
		expect(errors).toEqual([expect.objectContaining({ field: 'formerPaths.0', message: expect.stringMatching(/The address \/treaties\/old-name\/ is already the page of content\/treaties\/old-name\.mdx/) })]);
	});
});
