import { describe, expect, it } from 'vitest';
import { indexKnows, type PagefindResult } from '../../../src/search/engine';
import { DERIVED_WEIGHT, describe as describeNotice, rankPartial, respell, SYNONYM_WEIGHT, type WordAlternatives } from '../../../src/search/partial';

// Pagefind's per-word scores are BM25: measured on our index, a word on 329 of 374 pages
// ("kazakhstan") scores at most 1.4, one on 71 pages ("treaty") 17, one on 4 pages ("pact") 47.
const hit = (id: string, score: number): PagefindResult => ({ id, score, data: async () => ({ url: id, excerpt: '', meta: {} }) });
const word = (w: string, ...results: PagefindResult[]): WordAlternatives => ({ word: w, alternatives: [{ term: w, weight: 1, results }] });
const ids = (r: { results: PagefindResult[] }) => r.results.map((x) => x.id);

describe('ranked partial matching', () => {
	it('the rare word that carries the question counts most: a page with it beats pages with only the common words', () => {
		const ranked = rankPartial([word('kazakhstan', hit('common', 1.4), hit('rare', 1.2)), word('russia', hit('common', 1.3)), word('yekaterinburg', hit('rare', 37))]);
		expect(ids(ranked)).toEqual(['rare', 'common']);
	});

	it('a page with more of the words ranks above one with fewer of similar weight (three of five compete with four)', () => {
		const ranked = rankPartial([word('a', hit('three', 5), hit('four', 5)), word('b', hit('three', 5), hit('four', 5)), word('c', hit('three', 5), hit('four', 5)), word('d', hit('four', 5)), word('e', hit('two', 9))]);
		expect(ids(ranked)).toEqual(['four', 'three', 'two']);
		expect([...ranked.matched.get('three')!.keys()]).toEqual(['a', 'b', 'c']);
	});

	it('every page that matches any word is listed, by score, never in document order', () => {
		const ranked = rankPartial([word('x', hit('p1', 1), hit('p2', 3), hit('p3', 2))]);
		expect(ids(ranked)).toEqual(['p2', 'p3', 'p1']);
	});

	it('a related word counts less than the word itself, and says which term matched', () => {
		const pact: WordAlternatives = {
			word: 'pact',
			alternatives: [
				{ term: 'pact', weight: 1, results: [hit('exact', 10)] },
				{ term: 'treaty', weight: SYNONYM_WEIGHT, results: [hit('synonym', 10), hit('exact', 2)] },
			],
		};
		const ranked = rankPartial([pact]);
		expect(ids(ranked)).toEqual(['exact', 'synonym']);
		expect(ranked.matched.get('synonym')!.get('pact')).toBe('treaty');
		expect(SYNONYM_WEIGHT).toBeLessThan(DERIVED_WEIGHT);
		expect(DERIVED_WEIGHT).toBeLessThan(1);
	});

	it('the notice names the words not matched and the related words that matched', () => {
		const notice = describeNotice({ used: ['treaty', 'signed'], dropped: ['xylophone'], respelt: [], also: [['pact', 'treaty']], partial: true }, 5, 'pact signed xylophone');
		expect(notice).toMatch(/ranked by how much of it they match/);
		expect(notice).toMatch(/not matched: “xylophone”/);
		expect(notice).toMatch(/also matched: “treaty” for “pact”/);
	});
});

describe('respelling: only what the index lacks, to a close index word with the same first letter', () => {
	const vocab: Record<string, string[]> = {
		'kb-words/words-c.json': ['comment', 'comments', 'common'],
		'kb-words/words-k.json': ['kasym', 'kassym', 'kazakhstan'],
		'kb-words/words-n.json': ['nazarbaev', 'nazarbayev'],
		'kb-words/words-t.json': ['treaty', 'treatment'],
		'kb-words/words-v.json': ['vostochny'],
		'kb-words/words-b.json': ['baikonur'],
	};
	const fetchTable = async (file: string) => vocab[file] ?? {};
	const pages: Record<string, number> = { nazarbayev: 40, nazarbaev: 2, vostochny: 5, bostochny: 50, common: 30 };
	const count = async (w: string) => pages[w] ?? 0;

	it('a word of the index is never respelt, however close to another (comment/common, Kasym/Kassym), nor its inflections', async () => {
		expect(await indexKnows(fetchTable, 'comment')).toBe('yes');
		expect(await indexKnows(fetchTable, 'kasym')).toBe('yes');
		expect(await indexKnows(fetchTable, 'treaties')).toBe('yes');
		expect(await indexKnows(fetchTable, 'kazakhs')).toBe('yes');
		expect(await indexKnows(fetchTable, 'nazarbaiev')).toBe('no');
		// Short words and words with digits are left to a search.
		expect(await indexKnows(fetchTable, 'rk')).toBe('unsure');
	});

	it('a word the index lacks is read as the close word most pages have, never one with another first letter', async () => {
		expect(await respell(fetchTable, 'nazarbaiev', [], count)).toBe('nazarbayev');
		// "bostochny" is as close and on more pages, but starts with another letter.
		expect(await respell(fetchTable, 'vostochni', ['bostochny'], count)).toBe('vostochny');
		expect(await respell(fetchTable, 'xylophone', [], count)).toBeUndefined();
	});

	it('a compound typed with another dash is read with the dash the index has (the name space folds dashes, the index does not)', async () => {
		const dashed = async (w: string) => ({ 'atasu–alashankou': 3 })[w] ?? 0;
		expect(await respell(fetchTable, 'atasu-alashankou', ['atasu alashankou pipeline'], dashed)).toBe('atasu–alashankou');
		expect(await respell(fetchTable, 'euro-maidan', [], dashed)).toBeUndefined();
	});
});
