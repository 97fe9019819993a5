import { describe, expect, it } from 'vitest';
import { BILATERAL, bilateralTies, reverseRelations } from '../../../src/knowledge/relations';
import { parsePartialDate, type PartialDate } from '../../../src/schemas/date';

const date = (text: string) => parsePartialDate(text) as PartialDate;
const cite = (anchor: string) => [{ article: 'a', anchor }];
const entities = [
	{ id: 'kazakhstan', collection: 'actors', data: { kind: 'state', relations: [
		{ with: 'russia', type: 'coercion', quote: 'coercion measures', from: date('2014'), cite: cite('p-3') },
		{ with: 'russia', type: 'alliance', quote: 'uneasy alliance', from: date('1991'), cite: cite('p-1') },
	] } },
	{ id: 'russia', collection: 'actors', data: { kind: 'state' } },
	{ id: 'belarus', collection: 'actors', data: { kind: 'state' } },
	{ id: 'good-neighbourliness-2013', collection: 'treaties', data: { parties: ['russia', 'kazakhstan'], signed: date('2013') } },
	{ id: 'declaration-1998', collection: 'treaties', data: { parties: ['kazakhstan', 'russia'], signed: date('1998') } },
	{ id: 'eaeu-treaty', collection: 'treaties', data: { parties: ['russia', 'kazakhstan', 'belarus'], signed: date('2014') } },
	{ id: 'csto', collection: 'organizations', data: { members: [{ ref: 'russia', cite: cite('p-7') }, { ref: 'kazakhstan', cite: cite('p-8') }] } },
	{ id: 'nato', collection: 'organizations', data: { members: [{ ref: 'united-states', cite: cite('p-9') }] } },
	{ id: 'exercise', collection: 'events', data: { participants: ['russia', 'kazakhstan'], date: date('2008') } },
	{ id: 'baikonur', collection: 'places', data: { country: 'kazakhstan', leaseholder: 'russia' } },
];

describe('a tie written at one end', () => {
	const ties = bilateralTies(entities);
	it('is seen from both ends, each naming the other', () => {
		expect(ties.get('kazakhstan')!.map((t) => t.counterpart)).toEqual(['russia']);
		expect(ties.get('russia')!.map((t) => t.counterpart)).toEqual(['kazakhstan']);
		expect(ties.has('belarus')).toBe(false);
	});
	it('keeps each characterisation with its quote and citation, oldest period first', () => {
		expect(ties.get('russia')![0]!.characterisations.map((c) => [c.type, c.quote])).toEqual([
			['alliance', 'uneasy alliance'],
			['coercion', 'coercion measures'],
		]);
	});
	it('derives what frames it: bilateral treaties by date, shared treaties, shared alliances with both citations, shared events', () => {
		const tie = ties.get('kazakhstan')![0]!;
		expect(tie.bilateralTreaties).toEqual(['declaration-1998', 'good-neighbourliness-2013']);
		expect(tie.sharedTreaties).toEqual(['eaeu-treaty']);
		expect(tie.sharedOrganizations).toEqual([{ id: 'csto', cite: [...cite('p-7'), ...cite('p-8')] }]);
		expect(tie.sharedEvents).toEqual(['exercise']);
	});
	it('gives the other end one reverse relation (the graph’s edge), however many characterisations', () => {
		const reverse = reverseRelations(entities);
		expect(reverse.get('russia')!.find((g) => g.label === BILATERAL)!.items).toEqual([{ id: 'kazakhstan' }]);
		expect(reverse.get('kazakhstan')!.some((g) => g.label === BILATERAL)).toBe(false);
	});
	it('lists a facility under its leaseholder', () => {
		expect(reverseRelations(entities).get('russia')!.find((g) => g.label === 'Leases')!.items).toEqual([{ id: 'baikonur' }]);
	});
});
