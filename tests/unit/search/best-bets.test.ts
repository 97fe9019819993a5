import { describe, expect, it } from 'vitest';
import { promoteExactName } from '../../../src/search/best-bets';

// A stand-in index: pages with ids and their normalised names, searched as Pagefind does.
const NAMES: Record<string, string[]> = {
	'response-force': ['collective operational response force', 'csto collective operational response force'],
	article: [],
	csto: ['collective security treaty organization', 'csto', 'одкб'],
	almaty: ['almaty', 'alma ata', 'алматы'],
};
const search = async (_term: string | null, options?: { filters?: Record<string, unknown> }) => ({
	results: Object.keys(NAMES).filter((id) => NAMES[id]!.includes(String(options?.filters?.name))).map((id) => ({ id })),
});
const ids = (results: Array<{ id: string }>) => results.map((r) => r.id);
const results = [{ id: 'response-force' }, { id: 'article' }, { id: 'csto' }];

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
