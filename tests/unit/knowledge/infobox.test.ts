import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../src/knowledge/groups';
import { fieldLabel, infoboxRows } from '../../../src/knowledge/infobox';
import { organizationSchema } from '../../../src/schemas/organization';
import { treatySchema } from '../../../src/schemas/treaty';

const CITE = ['a#p-x'];

describe('infobox rows', () => {
	it('follows the schema field order, links references, formats dates at their precision and keeps citations', () => {
		const data = treatySchema.parse({ title: 'T', kind: 'treaty', description: 'd', parties: ['russia', 'kazakhstan'], signed: '2010-07', place: 'moscow', cite: { parties: CITE, signed: CITE, place: CITE } });
		const rows = infoboxRows(treatySchema, data);
		expect(rows.map((r) => r.label)).toEqual(['Parties', 'Signed', 'Place']);
		expect(rows[0]!.items[0]!.parts).toEqual([{ ref: 'russia' }, { text: ', ' }, { ref: 'kazakhstan' }]);
		expect(rows[1]!.items[0]!.parts).toEqual([{ text: 'July 2010' }]);
		expect(rows[2]!.items[0]!.cite).toEqual([{ article: 'a', anchor: 'p-x' }]);
	});

	it('gives each member its own line and sources', () => {
		const data = organizationSchema.parse({ name: 'O', kind: 'intergovernmental', description: 'd', members: [{ ref: 'russia', from: 2002, cite: CITE }, { ref: 'kazakhstan', cite: ['b#p-y'] }] });
		const [row] = infoboxRows(organizationSchema, data);
		expect(row!.items.map((i) => i.parts)).toEqual([[{ ref: 'russia' }, { text: ' (2002–)' }], [{ ref: 'kazakhstan' }, { text: '' }]]);
		expect(row!.items[1]!.cite).toEqual([{ article: 'b', anchor: 'p-y' }]);
	});

	it('labels camelCase fields in words', () => {
		expect(fieldLabel('inForce')).toBe('In force');
	});
});

describe('index grouping', () => {
	it('groups treaties by decade in date order, undated last', () => {
		const t = (id: string, signed?: string) => ({ collection: 'treaties', id, data: { title: id, description: '', signed: signed ? { iso: signed, year: Number(signed.slice(0, 4)), precision: 'year' } : undefined } });
		const groups = groupEntities([t('c', '2013'), t('u'), t('a', '1998'), t('b', '1992')]);
		expect(groups.map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([['1990s', ['b', 'a']], ['2010s', ['c']], ['Undated', ['u']]]);
	});

	it('groups actors by kind, states first, alphabetical within', () => {
		const a = (id: string, kind: string) => ({ collection: 'actors', id, data: { name: id, kind, description: '' } });
		const groups = groupEntities([a('putin', 'person'), a('russia', 'state'), a('kazakhstan', 'state')]);
		expect(groups.map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([['State', ['kazakhstan', 'russia']], ['Person', ['putin']]]);
	});
});

describe('periods and rows derived from other entities', () => {
	it('never shows "?" for an unknown bound', async () => {
		const { formatPeriod } = await import('../../../src/schemas/date');
		const year = (y: number) => ({ iso: String(y), year: y, precision: 'year' as const });
		expect(formatPeriod(undefined, year(2008))).toBe('until 2008');
		expect(formatPeriod(year(2008), year(2012))).toBe('2008–2012');
		expect(formatPeriod(year(2012))).toBe('2012–');
		expect(formatPeriod()).toBeUndefined();
	});

	it('gives a state the offices held in it and the bodies that list it as a member, each with its sources', async () => {
		const { derivedInfoboxRows } = await import('../../../src/knowledge/infobox');
		const to = { iso: '2008', year: 2008, precision: 'year' };
		const cite = [{ article: 'a', anchor: 'p-x' }];
		const rows = derivedInfoboxRows('russia', [
			{ id: 'putin', collection: 'actors', data: { roles: [{ title: 'President', of: 'russia', to, cite }] } },
			{ id: 'csto', collection: 'organizations', data: { members: [{ ref: 'russia', cite }, { ref: 'kazakhstan', cite }] } },
			{ id: 'russia', collection: 'actors', data: {} },
		]);
		expect(rows.map((r) => [r.label, r.items.map((i) => i.parts)])).toEqual([
			['Office holders', [[{ ref: 'putin' }, { text: ', President (until 2008)' }]]],
			['Member of', [[{ ref: 'csto' }, { text: '' }]]],
		]);
		expect(rows[1]!.items[0]!.cite).toBe(cite);
	});
});
