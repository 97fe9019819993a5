import { describe, expect, it } from 'vitest';
import { detectHeadings, isHeadingText, markDeclaredHeadings } from '../../../src/ingest/headings';

describe('markDeclaredHeadings', () => {
	it('re-joins a heading wrapped over two lines', () => {
		const lines = ['Security Treaty Organization (CSTO). ', '', 'Why Russia and Kazakhstan Matter to Each ', 'Other ', '', 'A careful analysis'];
		expect(markDeclaredHeadings(lines, [{ lines: ['Why Russia and Kazakhstan Matter to Each', 'Other'], depth: 2 }])).toEqual([
			{ type: 'line', text: 'Security Treaty Organization (CSTO). ' },
			{ type: 'line', text: '' },
			{ type: 'heading', depth: 2, text: 'Why Russia and Kazakhstan Matter to Each Other' },
			{ type: 'line', text: '' },
			{ type: 'line', text: 'A careful analysis' },
		]);
	});

	it('takes a heading that runs straight into its paragraph', () => {
		const items = markDeclaredHeadings(['the region. ', '', 'Conclusion ', 'At the present time'], [{ lines: ['Conclusion'], depth: 2 }]);
		expect(items[2]).toEqual({ type: 'heading', depth: 2, text: 'Conclusion' });
		expect(items[3]).toEqual({ type: 'line', text: 'At the present time' });
	});

	it('matches whole lines only', () => {
		expect(() => markDeclaredHeadings(['In conclusion, the two'], [{ lines: ['Conclusion'], depth: 2 }])).toThrow(/found 0 times/);
	});

	it('fails when a wrapped heading does not continue as declared', () => {
		expect(() => markDeclaredHeadings(['Why Russia Matters', 'Today'], [{ lines: ['Why Russia Matters', 'Now'], depth: 2 }])).toThrow(
			/found 0 times/,
		);
	});

	it('fails on a heading line that occurs twice', () => {
		expect(() => markDeclaredHeadings(['Conclusion', 'x', 'Conclusion'], [{ lines: ['Conclusion'], depth: 3 }])).toThrow(/found 2 times/);
	});
});

describe('isHeadingText', () => {
	it.each(['Russia goes soft', 'The great Russian-Kazakh love-in', '2005-2012: Intensified Cooperation', 'Foreign Policy Concept- Russia and Kazakhstan', 'Road Map'])(
		'takes “%s” for a heading',
		(text) => expect(isHeadingText(text)).toBe(true),
	);

	it.each([
		['a sentence', 'As the situation stands, the influence of China must be taken into account.'],
		['a lower-case start', 'and so on'],
		['a clause ending in a colon', 'Kazakhstan are:'],
		['a quotation', 'They said “no”'],
		['an endnote', '[18] 1995 Decree President Russian Fed'],
		['a numbered note', '9. On Information Policy'],
		['a long line', 'Word '.repeat(13).trim()],
	])('rejects %s', (_, text) => expect(isHeadingText(text)).toBe(false));
});

describe('detectHeadings', () => {
	it('turns heading-like paragraphs into level-2 headings and leaves the rest', () => {
		expect(
			detectHeadings([
				{ type: 'paragraph', text: 'Nagging tensions' },
				{ type: 'paragraph', text: 'One area of disagreement is the future.' },
				{ type: 'list', ordered: false, items: ['Works Cited'] },
			]),
		).toEqual([
			{ type: 'heading', depth: 2, text: 'Nagging tensions' },
			{ type: 'paragraph', text: 'One area of disagreement is the future.' },
			{ type: 'list', ordered: false, items: ['Works Cited'] },
		]);
	});
});
