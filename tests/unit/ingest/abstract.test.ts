import { describe, expect, it } from 'vitest';
import { leadSentences, splitSentences } from '../../../src/ingest/abstract';

describe('splitSentences', () => {
	it('splits after . ? ! before a capital, digit or opening quote', () => {
		expect(splitSentences('One relationship. How did it change? “Quoted” start. 2005 saw moves!')).toEqual([
			'One relationship.',
			'How did it change?',
			'“Quoted” start.',
			'2005 saw moves!',
		]);
	});

	it('does not split inside numbers or before lower case', () => {
		expect(splitSentences('It grew 8.5 percent. e.g. this stays.')).toEqual(['It grew 8.5 percent. e.g. this stays.']);
	});
});

describe('leadSentences', () => {
	const lead = 'Since the dissolution of the Soviet Union, the two maintained a special relationship. How did this reputation emerge? This paper asks.';
	it('quotes the first sentences verbatim', () => {
		expect(leadSentences(lead, 2)).toBe('Since the dissolution of the Soviet Union, the two maintained a special relationship. How did this reputation emerge?');
		expect(lead.startsWith(leadSentences(lead, 2))).toBe(true);
	});

	it('ends a sentence after its endnote marker and leaves the marker out of the quote', () => {
		expect(splitSentences('A claim.[1] More. [2] Last')).toEqual(['A claim.[1]', 'More. [2]', 'Last']);
		expect(leadSentences('A claim, with a note.[1] More.', 1)).toBe('A claim, with a note.');
		expect(leadSentences('A claim [12] in the middle. More.', 1)).toBe('A claim in the middle.');
	});

	it('fails when there are fewer sentences than asked for', () => {
		expect(() => leadSentences(lead, 4)).toThrow(/has 3 sentences; the manifest asks for 4/);
	});
});
