import { describe, expect, it } from 'vitest';
import { findNameSpans, nameVocabulary, queryWords, searchableNames, withoutLoneLetters, withoutStopWords } from '../../../src/search/query';
import { closeSpellings, editDistance } from '../../../src/search/spelling';

describe('query words', () => {
	it('splits a question into words in any script, keeping hyphens and apostrophes inside words', () => {
		expect(queryWords('Did Kazakhstan recognise Crimea?')).toEqual(['Did', 'Kazakhstan', 'recognise', 'Crimea']);
		expect(queryWords('Alma-Ata, Назарбаев и Тоқаев; Russia’s')).toEqual(['Alma-Ata', 'Назарбаев', 'и', 'Тоқаев', 'Russia’s']);
		expect(queryWords('!?.,;:—«»')).toEqual([]);
	});

	it('drops grammar words, unless nothing else is left', () => {
		expect(withoutStopWords(['did', 'Kazakhstan', 'recognize', 'the', 'annexation', 'of', 'Crimea'])).toEqual(['Kazakhstan', 'recognize', 'annexation', 'Crimea']);
		expect(withoutStopWords(['the', 'of'])).toEqual(['the', 'of']);
	});

	it('drops a lone letter: an initial, or the first key of the next word being typed', () => {
		expect(withoutStopWords(['Kazakhstan', 'R'])).toEqual(['Kazakhstan']);
		expect(withoutStopWords(['V', 'Putin'])).toEqual(['Putin']);
		expect(withoutStopWords(['Назарбаев', 'и'])).toEqual(['Назарбаев']);
		// Digits and two-letter words stay: "EU", "UN", "9".
		expect(withoutStopWords(['EU', 'sanctions', '9'])).toEqual(['EU', 'sanctions', '9']);
		expect(withoutStopWords(['R'])).toEqual(['R']);
		expect(withoutLoneLetters(['Kazakhstan', 'R'])).toEqual(['Kazakhstan']);
		expect(withoutLoneLetters(['did', 'Kazakhstan', 'r'])).toEqual(['did', 'Kazakhstan']);
		expect(withoutLoneLetters(['R'])).toEqual(['R']);
	});
});

describe('names inside a query', () => {
	const names = new Set(['назарбаев', 'putin', 'customs union', 'us', 'collective security treaty organization']);

	it('finds the longest names, without overlaps', () => {
		expect(findNameSpans(queryWords('Назарбаев and Putin on the Customs Union'), names)).toEqual([
			{ start: 0, length: 1, name: 'назарбаев' },
			{ start: 2, length: 1, name: 'putin' },
			{ start: 5, length: 2, name: 'customs union' },
		]);
	});

	it('does not read a lower-case stop word as a name ("us"), but does an acronym ("US")', () => {
		expect(findNameSpans(queryWords('tell us about it'), names)).toEqual([]);
		expect(findNameSpans(queryWords('US bases'), names)).toEqual([{ start: 0, length: 1, name: 'us' }]);
	});

	it('searches each distinct name once: a name whose words include another adds nothing', () => {
		expect(searchableNames(['Nursultan Nazarbayev', 'Nazarbayev', 'Nazarbaev', 'Nursultan Nazarbaev', 'Elbasy', 'Назарбаев', 'Нурсултан Назарбаев'])).toEqual([
			'nazarbayev',
			'nazarbaev',
			'elbasy',
			'назарбаев',
		]);
	});
});

describe('close spellings of names', () => {
	const vocabulary = nameVocabulary(['nursultan nazarbayev', 'nazarbaev', 'vostochny cosmodrome', 'baikonur cosmodrome', 'csto']);

	it('counts edits, transpositions included, and stops past the limit', () => {
		expect(editDistance('vostochny', 'vocstochny')).toBe(1);
		expect(editDistance('baikonur', 'biakonur')).toBe(1);
		expect(editDistance('kazakhstan', 'uzbekistan', 2)).toBe(3);
	});

	it('offers the name words one or two edits away, closest first', () => {
		expect(closeSpellings('Nazarbaiev', vocabulary)).toEqual(['nazarbaev', 'nazarbayev']);
		expect(closeSpellings('Vocstochny', vocabulary)).toEqual(['vostochny']);
		expect(closeSpellings('Biakonur', vocabulary)).toEqual(['baikonur']);
	});

	it('never respells a number: a year one digit from a name\'s year is another year', () => {
		const years = nameVocabulary(['seliger forum remarks 2014', 'road map 2030']);
		expect(closeSpellings('2024', years)).toEqual([]);
		expect(closeSpellings('2031', years)).toEqual([]);
	});

	it('offers nothing for a word that is already a name word, for short words, or for words far from any name', () => {
		expect(closeSpellings('baikonur', vocabulary)).toEqual([]);
		expect(closeSpellings('cst', vocabulary)).toEqual([]);
		expect(closeSpellings('pipeline', vocabulary)).toEqual([]);
	});

	it('offers nothing for the beginning of a name word: the reader is still typing it', () => {
		expect(closeSpellings('Baikon', vocabulary)).toEqual([]);
		expect(closeSpellings('nazarba', vocabulary)).toEqual([]);
	});
});
