import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/ingest/lines';
import { type SourceEntry, sourceEntrySchema } from '../../../src/ingest/manifest';
import { boundsProblems, coverageProblems, duplicateProblems, splitSource } from '../../../src/ingest/split';

// 1 header, 2 title, 3 byline, 5–7 body, 9 share buttons, 10–11 a second copy of 1–2 with a garbled title.
const TEXT = ['Site header', 'The Title', 'By Jane Doe', '', 'First paragraph.', '', 'Second paragraph.', '', 'Share on Facebook', 'Site header', 'The Tÿtle', ''].join('\n');
const lines = splitLines(TEXT);

function source(overrides: Record<string, unknown> = {}): SourceEntry {
	return sourceEntrySchema.parse({
		file: 'a.txt',
		obtained: 'web extract',
		what: 'test',
		omit: [
			{ lines: [1, 1], what: 'header', why: 'chrome' },
			{ lines: [9, 9], what: 'share buttons', why: 'chrome' },
			{ lines: [10, 11], what: 'second copy', why: 'duplicate', duplicateOf: { lines: [1, 2], differingLines: [11] } },
		],
		articles: [
			{
				id: 'doe-example',
				meta: [
					{ line: 2, field: 'title', text: 'The Title' },
					{ line: 3, field: 'authors', text: 'By Jane Doe' },
				],
				abstract: { from: 'lead', sentences: 1, why: 'none' },
				parts: [{ role: 'body', lines: [5, 7], first: 'First', last: 'Second paragraph.' }],
				frontmatter: { title: 'The Title', authors: [{ name: 'Jane Doe' }], publication: { name: 'X' }, published: '2010' },
			},
		],
		...overrides,
	});
}

describe('coverageProblems', () => {
	it('is empty when every non-blank line is claimed exactly once', () => {
		expect(coverageProblems(source(), lines)).toEqual([]);
	});

	it('reports lines nobody claims: they would be lost silently', () => {
		const s = source({ omit: [{ lines: [1, 1], what: 'header', why: 'chrome' }] });
		expect(coverageProblems(s, lines)).toEqual(['lines 9–11 belong to no article and are not declared as omitted: "Share on Facebook…"']);
	});

	it('reports lines claimed twice', () => {
		const s = source({ omit: [{ lines: [1, 5], what: 'too much', why: 'x' }, { lines: [9, 11], what: 'footer', why: 'x' }] });
		expect(coverageProblems(s, lines)).toContain('line 2 is claimed by both omission "too much" and doe-example: title line.');
		expect(coverageProblems(s, lines)).toContain('line 5 is claimed by both omission "too much" and doe-example: body part.');
	});

	it('reports ranges past the end of the file', () => {
		const s = source({ omit: [{ lines: [1, 1], what: 'header', why: 'x' }, { lines: [9, 20], what: 'footer', why: 'x' }] });
		expect(coverageProblems(s, lines)).toContain('omission "footer" [9, 20] runs past the end of the file (11 lines).');
	});
});

describe('boundsProblems', () => {
	it('checks the first and last non-blank lines of a range', () => {
		expect(boundsProblems('body', ['', ' First x', 'y end. '], { first: 'First', last: 'end.' })).toEqual([]);
		expect(boundsProblems('body', ['Second', 'y'], { first: 'First', last: 'end.' })).toEqual([
			'body should start with "First" but starts with "Second".',
			'body should end with "end." but ends with "y".',
		]);
		expect(boundsProblems('body', ['', ''], {})).toEqual(['body contains only blank lines.']);
	});
});

describe('duplicateProblems', () => {
	it('verifies a declared second copy line by line, allowing only the declared differences', () => {
		const s = source();
		expect(duplicateProblems(s.omit[2]!, lines)).toEqual([]);
	});

	it('fails when the "copy" is not one', () => {
		const omission = { lines: [10, 11] as [number, number], what: 'copy', why: 'x', probes: [], duplicateOf: { lines: [1, 2] as [number, number], differingLines: [] } };
		expect(duplicateProblems(omission, lines)).toEqual(['"copy" line 11 differs from line 2; it is not a copy.']);
	});

	it('fails when a declared difference is not one', () => {
		const omission = { lines: [10, 11] as [number, number], what: 'copy', why: 'x', probes: [], duplicateOf: { lines: [1, 2] as [number, number], differingLines: [10, 11] } };
		expect(duplicateProblems(omission, lines)).toEqual(['"copy" line 10 is declared as differing but is identical.']);
	});
});

describe('splitSource', () => {
	it('slices the parts of each article', () => {
		const [slice] = splitSource(source(), lines);
		expect(slice!.parts[0]!.lines).toEqual(['First paragraph.', '', 'Second paragraph.']);
	});

	it('fails on a frontmatter line that no longer says what the manifest records', () => {
		const s = source();
		s.articles[0]!.meta[0]!.text = 'Another Title';
		expect(() => splitSource(s, lines)).toThrow(/line 2 should read "Another Title" \(title\) but reads "The Title"/);
	});

	it('fails on a shifted body boundary', () => {
		const s = source();
		s.articles[0]!.parts[0] = { role: 'body', lines: [5, 7], first: 'Second', last: undefined };
		expect(() => splitSource(s, lines)).toThrow(/should start with "Second"/);
	});
});
