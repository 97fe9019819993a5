import { describe, expect, it } from 'vitest';
import { detectHeadings } from '../../../src/ingest/headings';
import { markupHeading, navigationKind, textKind, withoutEmphasis } from '../../../src/ingest/markup';

describe('light markup in raw texts', () => {
	it('reads Markdown and wiki heading lines at their level, without the markup', () => {
		expect(markupHeading('# Pipelines Across the Steppe')).toEqual({ level: 1, text: 'Pipelines Across the Steppe' });
		expect(markupHeading('## The route ##')).toEqual({ level: 2, text: 'The route' });
		expect(markupHeading('= Sample Border Crossing =')).toEqual({ level: 1, text: 'Sample Border Crossing' });
		expect(markupHeading('==Overview==')).toEqual({ level: 2, text: 'Overview' });
		expect(markupHeading('=== Early years ===')).toEqual({ level: 3, text: 'Early years' });
		expect(markupHeading('#hashtag')).toBeUndefined();
		expect(markupHeading('== unbalanced =')).toBeUndefined();
		expect(markupHeading('1 + 1 = 2')).toBeUndefined();
	});

	it('tells plain text, Markdown and wiki markup apart', () => {
		expect(textKind(['A Title', '', 'Some text.'])).toBe('plain');
		expect(textKind(['# A Title', '', 'Some text.'])).toBe('markdown');
		expect(textKind(['= A Title =', '', '==Overview==', 'Some text.'])).toBe('wiki');
	});

	it('sets marked-up headings in a web extract as headings and keeps ordinary paragraphs', () => {
		expect(detectHeadings([{ type: 'paragraph', text: '== Overview ==' }, { type: 'paragraph', text: '=== Early years ===' }, { type: 'paragraph', text: '# Title' }, { type: 'paragraph', text: 'It opened in 1994.' }])).toEqual([
			{ type: 'heading', depth: 2, text: 'Overview' },
			{ type: 'heading', depth: 3, text: 'Early years' },
			{ type: 'heading', depth: 2, text: 'Title' },
			{ type: 'paragraph', text: 'It opened in 1994.' },
		]);
	});

	it('recognises navigation lines and leaves text alone', () => {
		for (const line of ['Skip to main content', 'Home | Analysis | Events | About us', 'v t e', 'V · T · E', 'Retrieved from "https://en.wikipedia.org/w/index.php?title=X"', 'Categories: Border crossings | Kazakhstan', 'From Wikipedia, the free encyclopedia']) {
			expect(navigationKind(line), line).toBe('navigation');
		}
		for (const line of ['Russia and Kazakhstan share a border.', 'Trade | the first years', 'Early Years']) expect(navigationKind(line), line).toBeUndefined();
		expect(withoutEmphasis('*By Daniyar Sample*')).toBe('By Daniyar Sample');
		expect(withoutEmphasis('**Bold title**')).toBe('Bold title');
	});
});
