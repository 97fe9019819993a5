import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedWords, synonymBucket, synonymFile } from '../../../src/search/related-words';
import { buildRelatedTable, parseWordNetData, parseWordNetIndex, usedBy, vocabularyByInitial, type WordNetFiles } from '../../../src/search/word-tables';
import { baseForms } from '../../../src/search/word-lookup';

// A few lines in WordNet 3.1's own format (wndb(5)): licence lines, synsets with lexical "+"
// pointers, a verb with frames, index lines listing senses commonest first.
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'wordnet');
const files: WordNetFiles = {
	data: { noun: readFileSync(join(dir, 'data.noun'), 'utf8'), verb: readFileSync(join(dir, 'data.verb'), 'utf8') },
	index: { noun: readFileSync(join(dir, 'index.noun'), 'utf8'), verb: readFileSync(join(dir, 'index.verb'), 'utf8') },
};
// Our pages' words: "treaties", "talks", "negotiations", "forces"; never "pact", "negotiate" or "personnel".
const corpus = new Set(['treaties', 'talks', 'negotiations', 'forces', 'border']);

describe('the WordNet files', () => {
	it('reads synsets: their words, and pointers with source and target word numbers; licence lines and verb frames are skipped', () => {
		const nouns = parseWordNetData(files.data.noun!);
		expect(nouns.map((s) => s.words)).toEqual([['pact', 'treaty'], ['negotiation', 'talks'], ['force', 'personnel'], ['xylophone']]);
		const [verb] = parseWordNetData(files.data.verb!);
		expect(verb).toMatchObject({ key: 'v00763758', words: ['negociate', 'negotiate'] });
		expect(verb!.pointers).toEqual([{ symbol: '+', to: 'n07162900', source: 2, target: 1 }]);
	});

	it('reads the index: each lemma’s synsets, commonest sense first', () => {
		expect(parseWordNetIndex(files.index.noun!).get('pact')).toEqual(['n06786235']);
		expect(parseWordNetIndex(files.index.verb!).get('negotiate')).toEqual(['v00763758']);
	});
});

describe('the related-words table', () => {
	const table = buildRelatedTable(files, corpus);

	it('maps a word to the words our pages use that share its sense (pact → treaty), or derive from it (negotiate → negotiation)', () => {
		expect(table.pact).toBe('|treaty');
		expect(table.negotiate).toBe('negotiation|');
		expect(table.negotiation).toBe('|talks');
		expect(table.talks).toBe('|negotiation');
		expect(table.personnel).toBe('|force');
	});

	it('is limited to our vocabulary: nothing maps to a word our pages do not use, and words with nothing related are left out', () => {
		expect(table.treaty).toBeUndefined(); // its only synonym, "pact", is not in our text
		expect(table.force).toBeUndefined(); // nor is "personnel"
		expect(table.xylophone).toBeUndefined();
		const values = Object.values(table).flatMap((v) => v.split(/[| ]/).filter(Boolean));
		for (const v of values) expect(usedBy(corpus)(v), v).toBe(true);
	});

	it('a query word finds its entry through its dictionary form, derived forms before synonyms', () => {
		expect(relatedWords(table, 'negotiating')).toEqual({ derived: ['negotiation'], synonyms: [] });
		expect(relatedWords(table, 'pacts')).toEqual({ derived: [], synonyms: ['treaty'] });
		expect(baseForms('negotiations')).toContain('negotiation');
	});

	it('files a word and its inflected forms together, so one small file answers for a query word', () => {
		expect(synonymBucket('negotiation')).toBe(synonymBucket('negotiations'));
		expect(synonymFile('treaty')).toMatch(/^kb-words\/related-\d+\.json$/);
	});

	it('groups the index’s words of four letters or more by initial, for respelling', () => {
		expect(vocabularyByInitial(['treaties', 'talks', 'tax', 'border'])).toEqual(new Map([['b', ['border']], ['t', ['talks', 'treaties']]]));
	});
});
