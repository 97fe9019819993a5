import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { serializeBody, shapeOf, toMdast, verifyRoundTrip } from '../../../src/ingest/to-mdx';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';

/** Text that MDX or Markdown would otherwise read as syntax. */
const TRICKY = [
	'Curly {braces} and <angle> brackets, a <b>tag</b>, *stars*, _underscores_ and `code`.',
	'# not a heading',
	'1. not a list',
	'- not a bullet',
	'> not a quote',
	'the CICA [Conference on Interaction], [not a link](x) and [^not-a-footnote]',
	'16,3 million; $15 million; 9/11; a|b; ~strike~; & &amp; &#169;',
	'«Siamese twins» – “quotes” ‘single’ -- "straight" \'apostrophe\' ... — dashes',
	'http://roe.ru/eng/export/kazakhstan/ and https://eurasiamonitor.org/issliedovaniia#2022',
	'export <= import; x</p> {/* comment */}',
];

describe('toMdast + serializeBody', () => {
	it('renders tricky text verbatim (the parsed tree reads back as written)', () => {
		const tree = toMdast(TRICKY.map((text) => ({ type: 'paragraph', text })), []);
		const mdx = serializeBody(tree);
		expect(() => verifyRoundTrip(mdx, tree)).not.toThrow();
		expect(shapeOf(parseArticleMarkdown(mdx)).map((s) => s.text)).toEqual(TRICKY);
	});

	it('keeps quotes and dashes as the source has them (no smart punctuation)', () => {
		const mdx = serializeBody(toMdast([{ type: 'paragraph', text: '"straight" -- ... \'x\'' }], []));
		expect(mdx).toContain('"straight" -- ... \'x\'');
	});

	it('writes headings, lists, thematic breaks and footnotes', () => {
		const mdx = serializeBody(
			toMdast(
				[
					{ type: 'heading', depth: 2, text: 'Works Cited' },
					{ type: 'paragraph', text: 'A claim.[1] Another. [2]' },
					{ type: 'list', ordered: false, items: ['Ensuring a;', 'Developing b.'] },
					{ type: 'thematicBreak' },
					{ type: 'heading', depth: 3, text: 'Sub' },
				],
				[
					{ label: '1', text: 'First note, 4-6.' },
					{ label: '2', text: 'Second note.' },
				],
			),
		);
		expect(mdx).toBe(
			[
				'## Works Cited',
				'',
				'A claim.[^1] Another.[^2]',
				'',
				'- Ensuring a;',
				'- Developing b.',
				'',
				'***',
				'',
				'### Sub',
				'',
				'[^1]: First note, 4-6.',
				'',
				'[^2]: Second note.',
				'',
			].join('\n'),
		);
	});

	it('is deterministic', () => {
		const make = () => serializeBody(toMdast([{ type: 'paragraph', text: 'Same {text}[1]' }], [{ label: '1', text: 'n' }]));
		expect(make()).toBe(make());
	});
});

describe('verifyRoundTrip', () => {
	it('catches MDX that does not read back as the intended tree', () => {
		const intended: Root = toMdast([{ type: 'paragraph', text: 'a *b*' }], []);
		expect(() => verifyRoundTrip('a *b*\n', intended)).toThrow(/unexpected emphasis node/);
		expect(() => verifyRoundTrip('a different text\n', intended)).toThrow(/does not read back as written at block 1/);
		expect(() => verifyRoundTrip('a \\*b\\*\n\nextra\n', intended)).toThrow(/block 2/);
	});
});
