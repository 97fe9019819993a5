import { describe, expect, it } from 'vitest';
import type { LineItem } from '../../../src/ingest/blocks';
import { buildLexicon } from '../../../src/ingest/dehyphenate';
import { endsSentence, isParagraphBreak, reflowPdf, reflowWeb, startsSentence } from '../../../src/ingest/reflow';

const lexicon = buildLexicon(['relations current', 'military-political']);
const lines = (...texts: string[]): LineItem[] => texts.map((text) => ({ type: 'line', text }));

describe('sentence edges', () => {
	it.each(['the two.', 'Belarus. ', 'in their “relationship.”', 'the (CSTO).', 'why?'])('“%s” ends a sentence', (t) =>
		expect(endsSentence(t)).toBe(true),
	);
	it.each(['illustrating ', 'cur-', 'nuclear energy;', 'Kazakhstan are:'])('“%s” does not', (t) => expect(endsSentence(t)).toBe(false));
	it.each(['Due to', '“Awkward', '2008 saw', '(Coalition)'])('“%s” starts a sentence', (t) => expect(startsSentence(t)).toBe(true));
	it.each(['the multifaceted', 'rent global'])('“%s” does not', (t) => expect(startsSentence(t)).toBe(false));

	it('needs both sides for a paragraph break', () => {
		expect(isParagraphBreak('Kazakhstan and Belarus. ', 'Due to the changed')).toBe(true);
		expect(isParagraphBreak('strengthen ', 'the Organization’s')).toBe(false);
		expect(isParagraphBreak('a full stop. ', 'and a lower-case start')).toBe(false);
		expect(isParagraphBreak('nuclear energy; ', 'Creating a food cartel')).toBe(false);
	});
});

describe('reflowPdf', () => {
	it('re-flows hard-wrapped lines into one paragraph', () => {
		expect(reflowPdf(lines('Kazakhstan and Russia both refer to their bilateral ', ' relationship as a strategic partnership.'), lexicon)).toEqual([
			{ type: 'paragraph', text: 'Kazakhstan and Russia both refer to their bilateral relationship as a strategic partnership.' },
		]);
	});

	it('continues a paragraph across a page break in mid-sentence and logs it', () => {
		const breaks: string[] = [];
		const blocks = reflowPdf(lines('a strategic partnership, illustrating ', '', 'the multifaceted nature.'), lexicon, {}, { pageBreak: (w) => breaks.push(w) });
		expect(blocks).toEqual([{ type: 'paragraph', text: 'a strategic partnership, illustrating the multifaceted nature.' }]);
		expect(breaks).toEqual(['illustrating']);
	});

	it('removes a line-end hyphen across a page break', () => {
		expect(reflowPdf(lines('interests in the cur- ', '', 'rent global situation.'), lexicon)).toEqual([
			{ type: 'paragraph', text: 'interests in the current global situation.' },
		]);
	});

	it('starts a new paragraph after a blank line between sentences', () => {
		expect(reflowPdf(lines('Kazakhstan and Belarus. ', '', '', 'Due to the changed situation.'), lexicon)).toEqual([
			{ type: 'paragraph', text: 'Kazakhstan and Belarus.' },
			{ type: 'paragraph', text: 'Due to the changed situation.' },
		]);
	});

	it('does not split at a sentence end without a blank line (hard wraps fall anywhere)', () => {
		expect(reflowPdf(lines('Russia. ', 'Central Asia is important.'), lexicon)).toHaveLength(1);
	});

	it('closes the paragraph at a declared heading', () => {
		const items: LineItem[] = [
			{ type: 'line', text: 'the Central Asian region. ' },
			{ type: 'line', text: '' },
			{ type: 'heading', depth: 2, text: 'Conclusion' },
			{ type: 'line', text: 'At the present time it seems ' },
			{ type: 'line', text: 'that Russia is returning.' },
		];
		expect(reflowPdf(items, lexicon)).toEqual([
			{ type: 'paragraph', text: 'the Central Asian region.' },
			{ type: 'heading', depth: 2, text: 'Conclusion' },
			{ type: 'paragraph', text: 'At the present time it seems that Russia is returning.' },
		]);
	});

	it('keeps compound hyphens and normalises inner whitespace', () => {
		expect(reflowPdf(lines('in economic and in military-', 'political  respects. '), lexicon)).toEqual([
			{ type: 'paragraph', text: 'in economic and in military-political respects.' },
		]);
	});
});

describe('reflowWeb', () => {
	it('makes each non-blank line a paragraph, without re-flowing', () => {
		expect(reflowWeb(lines('\u00a0 \u00a0 First paragraph ends here', '', 'Second.', '', ''))).toEqual([
			{ type: 'paragraph', text: 'First paragraph ends here' },
			{ type: 'paragraph', text: 'Second.' },
		]);
	});
});
