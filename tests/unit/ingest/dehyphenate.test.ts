import { describe, expect, it } from 'vitest';
import { buildLexicon, decideHyphen, joinLines, type LoggedDecision } from '../../../src/ingest/dehyphenate';

// A corpus in miniature: how the words are spelled elsewhere decides.
const lexicon = buildLexicon([
	'international relations between the two',
	'a military-political alliance and military-technical cooperation',
	'the so-called “geopolitical choice”',
	'in the current situation; economic ties; a favourable environment',
	'post-Soviet space',
]);

describe('buildLexicon', () => {
	it('separates words from hyphenated compounds, lower-cased', () => {
		expect(lexicon.words.has('relations')).toBe(true);
		expect(lexicon.compounds.has('military-political')).toBe(true);
		expect(lexicon.compounds.has('post-soviet')).toBe(true);
		expect(lexicon.words.has('military-political')).toBe(false);
	});

	it('never reads a compound across a line break', () => {
		const lex = buildLexicon(['the rela-\ntions']);
		expect(lex.compounds.size).toBe(0);
		expect(lex.words.has('rela')).toBe(true);
	});
});

describe('decideHyphen', () => {
	it.each([
		['rela', 'tions', 'relations', 'word in corpus'],
		['cur', 'rent', 'current', 'word in corpus'],
		['eco', 'nomic', 'economic', 'word in corpus'],
		['envi', 'ronment', 'environment', 'word in corpus'],
	])('joins %s- / %s into %s (%s)', (left, right, word, reason) => {
		expect(decideHyphen(left, right, lexicon)).toEqual({ word, keepHyphen: false, reason });
	});

	it.each([
		['military', 'political', 'compound in corpus'],
		['military', 'technical', 'compound in corpus'],
		['so', 'called', 'compound in corpus'],
	])('keeps %s-%s (%s)', (left, right, reason) => {
		expect(decideHyphen(left, right, lexicon)).toEqual({ word: `${left}-${right}`, keepHyphen: true, reason });
	});

	it('prefers the hyphenated form when the corpus has both', () => {
		const lex = buildLexicon(['co-operates', 'cooperates']);
		expect(decideHyphen('co', 'operates', lex).keepHyphen).toBe(true);
	});

	it('keeps a hyphen after a known compound element the corpus does not decide', () => {
		expect(decideHyphen('multi', 'lateral', lexicon)).toMatchObject({ word: 'multi-lateral', reason: 'compound element' });
		expect(decideHyphen('anti', 'terrorist', lexicon).keepHyphen).toBe(true);
	});

	it('keeps a hyphen before a capital or digit', () => {
		expect(decideHyphen('pan', 'European', lexicon)).toMatchObject({ keepHyphen: true, reason: 'capitalised second part' });
	});

	it('joins by default: an unknown line-end hyphen in running text is typographic', () => {
		expect(decideHyphen('unpre', 'dictably', lexicon)).toEqual({ word: 'unpredictably', keepHyphen: false, reason: 'default join' });
	});

	it('obeys declared overrides before any rule', () => {
		expect(decideHyphen('rela', 'tions', lexicon, { keep: ['rela-tions'] })).toMatchObject({ keepHyphen: true, reason: 'declared keep' });
		expect(decideHyphen('military', 'political', lexicon, { join: ['militarypolitical'] })).toMatchObject({
			keepHyphen: false,
			reason: 'declared join',
		});
	});

	it('matches case-insensitively but prints the fragments as written', () => {
		expect(decideHyphen('Rela', 'tions', lexicon).word).toBe('Relations');
	});
});

describe('joinLines', () => {
	it('joins ordinary lines with one space and drops the padding', () => {
		expect(joinLines('the two states in various fields, ', ' because Kazakhstan', lexicon)).toBe(
			'the two states in various fields, because Kazakhstan',
		);
	});

	it('removes a typographic hyphen and logs the decision', () => {
		const log: LoggedDecision[] = [];
		expect(joinLines('nature of rela- ', 'tions between the two.', lexicon, {}, (d) => log.push(d))).toBe(
			'nature of relations between the two.',
		);
		expect(log).toEqual([{ word: 'relations', keepHyphen: false, reason: 'word in corpus', left: 'rela', right: 'tions' }]);
	});

	it('keeps a compound hyphen without adding a space', () => {
		expect(joinLines('both in economic and in military-', 'political respects.', lexicon)).toBe(
			'both in economic and in military-political respects.',
		);
	});

	it('decides only the last element of a line-end compound', () => {
		const lex = buildLexicon(['Russian relations']);
		expect(joinLines('Belarusian-Rus-', 'sian relations', lex)).toBe('Belarusian-Russian relations');
	});

	it('leaves dashes and hyphens not followed by letters alone', () => {
		expect(joinLines('in 1990-', '2005 the border', lexicon)).toBe('in 1990- 2005 the border');
		expect(joinLines('the Federation—', 'Foreign Policy', lexicon)).toBe('the Federation— Foreign Policy');
		expect(joinLines('a double --', 'dash', lexicon)).toBe('a double -- dash');
	});

	it('handles empty sides', () => {
		expect(joinLines('', 'text', lexicon)).toBe('text');
		expect(joinLines('text  ', '   ', lexicon)).toBe('text');
	});
});
