import { describe, expect, it } from 'vitest';
import { nameFilterOf, nameInitials, promoteExactName, queryInitials } from '../../../src/search/best-bets';

// A stand-in index: pages with ids and their normalised names, searched as Pagefind does.
const NAMES: Record<string, string[]> = {
	'response-force': ['collective operational response force', 'csto collective operational response force'],
	article: [],
	csto: ['collective security treaty organization', 'csto', 'одкб'],
	almaty: ['almaty', 'alma ata', 'алматы'],
};
// Each name is listed under the one filter its exact-name lookup reads, as entity pages list them.
const search = async (_term: string | null, options?: { filters?: Record<string, unknown> }) => ({
	results: Object.keys(NAMES)
		.filter((id) => Object.entries(options?.filters ?? {}).every(([filter, name]) => NAMES[id]!.some((n) => n === name && nameFilterOf(n) === filter)))
		.map((id) => ({ id })),
});
const ids = (results: Array<{ id: string }>) => results.map((r) => r.id);
const results = [{ id: 'response-force' }, { id: 'article' }, { id: 'csto' }];

describe('names by initial', () => {
	it('files a name under each initial of its words, normalised first', () => {
		expect(nameInitials('Collective Security Treaty Organization')).toEqual(['c', 's', 't', 'o']);
		expect(nameInitials('Nur-Sultan')).toEqual(['n', 's']);
		expect(nameInitials('Alma-Ata')).toEqual(['a']);
		expect(nameInitials('ОДКБ')).toEqual(['о']);
		expect(nameInitials('Élysée Treaty')).toEqual(['e', 't']);
		// Punctuation is passed over: a query's words are letters and digits.
		expect(nameInitials('Military Doctrine (2010)')).toEqual(['m', 'd', '2']);
		expect(nameInitials('«Nur Otan» — party')).toEqual(['n', 'o', 'p']);
	});

	it('passes over grammar words, unless the name has nothing else', () => {
		expect(nameInitials('Treaty of Friendship and Cooperation')).toEqual(['t', 'f', 'c']);
		expect(nameInitials('The Astana Times')).toEqual(['a', 't']);
		expect(nameInitials('US')).toEqual(['u']);
	});

	it('looks a name up by its first word other than a grammar word', () => {
		expect(nameFilterOf('csto collective operational response force')).toBe('name-c');
		expect(nameFilterOf('Ukraine crisis')).toBe('name-u');
		expect(nameFilterOf('the astana times')).toBe('name-a');
		// Whatever the query, the initial of a name's own filter is one the query reads.
		for (const name of ['treaty of friendship and cooperation', 'the astana times', 'nur sultan', 'одкб']) expect(queryInitials(name.split(' ')).map((i) => `name-${i}`)).toContain(nameFilterOf(name));
	});

	it('a query reads the initials of its words other than grammar words; capitals count', () => {
		expect(queryInitials(['did', 'Kazakhstan', 'recognize', 'the', 'annexation', 'of', 'Crimea'])).toEqual(['k', 'r', 'a', 'c']);
		expect(queryInitials(['US', 'sanctions'])).toEqual(['u', 's']);
		expect(queryInitials(['us', 'sanctions'])).toEqual(['s']);
		expect(queryInitials(['Назарбаев'])).toEqual(['н']);
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
