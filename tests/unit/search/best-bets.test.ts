import { describe, expect, it } from 'vitest';
import { nameFilterOf, nameFiltersOf, promoteExactName, queryNameFilters } from '../../../src/search/best-bets';

// A stand-in index: pages with ids and their normalised names, searched as Pagefind does.
const NAMES: Record<string, string[]> = {
	'response-force': ['collective operational response force', 'csto collective operational response force'],
	article: [],
	csto: ['collective security treaty organization', 'csto', 'одкб'],
	almaty: ['almaty', 'alma ata', 'алматы'],
};
// Each name is listed under the filter of each initial of its words, as entity pages list them.
const search = async (_term: string | null, options?: { filters?: Record<string, unknown> }) => ({
	results: Object.keys(NAMES)
		.filter((id) => Object.entries(options?.filters ?? {}).every(([filter, name]) => NAMES[id]!.some((n) => n === name && nameFiltersOf(n).includes(filter))))
		.map((id) => ({ id })),
});
const ids = (results: Array<{ id: string }>) => results.map((r) => r.id);
const results = [{ id: 'response-force' }, { id: 'article' }, { id: 'csto' }];

describe('name filters, one per initial', () => {
	it('lists a name under each initial of its words, normalised first', () => {
		expect(nameFiltersOf('Collective Security Treaty Organization')).toEqual(['name-c', 'name-s', 'name-t', 'name-o']);
		expect(nameFiltersOf('Nur-Sultan')).toEqual(['name-n', 'name-s']);
		expect(nameFiltersOf('Alma-Ata')).toEqual(['name-a']);
		expect(nameFiltersOf('ОДКБ')).toEqual(['name-о']);
		expect(nameFiltersOf('Élysée Treaty')).toEqual(['name-e', 'name-t']);
		// Punctuation is passed over: a query's words are letters and digits.
		expect(nameFiltersOf('Military Doctrine (2010)')).toEqual(['name-m', 'name-d', 'name-2']);
		expect(nameFiltersOf('«Nur Otan» — party')).toEqual(['name-n', 'name-o', 'name-p']);
	});

	it('passes over grammar words, unless the name has nothing else', () => {
		expect(nameFiltersOf('Treaty of Friendship and Cooperation')).toEqual(['name-t', 'name-f', 'name-c']);
		expect(nameFiltersOf('The Astana Times')).toEqual(['name-a', 'name-t']);
		expect(nameFiltersOf('US')).toEqual(['name-u']);
	});

	it('looks a name up by its first word other than a grammar word', () => {
		expect(nameFilterOf('csto collective operational response force')).toBe('name-c');
		expect(nameFilterOf('Ukraine crisis')).toBe('name-u');
		expect(nameFilterOf('the astana times')).toBe('name-a');
		// Whatever the query, a name's own filter is one the query loads.
		for (const name of ['treaty of friendship and cooperation', 'the astana times', 'nur sultan', 'одкб']) expect(queryNameFilters(name.split(' '))).toContain(nameFilterOf(name));
	});

	it('a query loads the filters of its words other than grammar words; capitals count', () => {
		expect(queryNameFilters(['did', 'Kazakhstan', 'recognize', 'the', 'annexation', 'of', 'Crimea'])).toEqual(['name-k', 'name-r', 'name-a', 'name-c']);
		expect(queryNameFilters(['US', 'sanctions'])).toEqual(['name-u', 'name-s']);
		expect(queryNameFilters(['us', 'sanctions'])).toEqual(['name-s']);
		expect(queryNameFilters(['Назарбаев'])).toEqual(['name-н']);
	});
});

describe('exact-name promotion', () => {
	it('moves the page named exactly what was typed to the top, keeping the rest in order', async () => {
		expect(ids(await promoteExactName(results, 'CSTO', search))).toEqual(['csto', 'response-force', 'article']);
		expect(ids(await promoteExactName(results, 'ОДКБ', search))).toEqual(['csto', 'response-force', 'article']);
	});

	it('ignores case, diacritics, dots and hyphens', async () => {
		expect(ids(await promoteExactName([{ id: 'article' }, { id: 'almaty' }], 'ALMA-ATA', search))).toEqual(['almaty', 'article']);
	});

	it('leaves the order alone when no name matches exactly, or the query is empty', async () => {
		expect(ids(await promoteExactName(results, 'collective', search))).toEqual(['response-force', 'article', 'csto']);
		expect(ids(await promoteExactName(results, '  ', search))).toEqual(['response-force', 'article', 'csto']);
	});
});
