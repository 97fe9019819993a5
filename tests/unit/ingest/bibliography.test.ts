import { describe, expect, it } from 'vitest';
import { bibliographyBlocks } from '../../../src/ingest/bibliography';

describe('bibliographyBlocks', () => {
	it('keeps the heading and one list entry per line, as printed', () => {
		expect(
			bibliographyBlocks(['Works Cited', '', 'Ahrari, Mohammed. 2011. The Great Powers.', '', 'Hopf, Ted 2002. Social Construction.  '], 'Works Cited'),
		).toEqual([
			{ type: 'heading', depth: 2, text: 'Works Cited' },
			{ type: 'list', ordered: false, items: ['Ahrari, Mohammed. 2011. The Great Powers.', 'Hopf, Ted 2002. Social Construction.'] },
		]);
	});

	it('fails when the range does not open with the declared heading or has no entries', () => {
		expect(() => bibliographyBlocks(['Ahrari, Mohammed.'], 'Works Cited')).toThrow(/should open with the heading "Works Cited"/);
		expect(() => bibliographyBlocks(['Works Cited', ''], 'Works Cited')).toThrow(/has no entries/);
	});
});
