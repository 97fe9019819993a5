import { describe, expect, it } from 'vitest';
import { anchoredBlocks } from '../../../src/markdown/paragraph-anchors';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';
import { paragraphAnchor } from '../../../src/utils/paragraph-anchor';

const ARTICLE = `---
title: x
---

## A heading is not a paragraph

Kazakhstan and Russia both refer to their relationship as a strategic partnership.[^1]

Kazakhstan and Russia both refer to it again, in a second paragraph.

- First item of a list
- Second item, with *emphasis*

[^1]: A note is not anchored by us.
`;

describe('paragraph anchors', () => {
	it('derives the anchor from the first six words, ignoring punctuation and diacritics', () => {
		expect(paragraphAnchor('“Soft power” — Astana’s rôle in the region', new Set(), 1)).toBe('p-soft-power-astanas-role-in-the');
	});

	it('numbers repeated openings and falls back to the position for wordless text', () => {
		const taken = new Set<string>();
		expect(paragraphAnchor('Same six words open this paragraph here', taken, 1)).toBe('p-same-six-words-open-this-paragraph');
		expect(paragraphAnchor('Same six words open this paragraph too', taken, 2)).toBe('p-same-six-words-open-this-paragraph-2');
		expect(paragraphAnchor('— …', taken, 3)).toBe('p-3');
	});

	it('anchors paragraphs and list items in document order, not headings or footnotes, and ignores footnote markers', () => {
		const blocks = anchoredBlocks(parseArticleMarkdown(ARTICLE));
		expect(blocks.map((b) => b.anchor)).toEqual([
			'p-kazakhstan-and-russia-both-refer-to',
			'p-kazakhstan-and-russia-both-refer-to-2',
			'p-first-item-of-a-list',
			'p-second-item-with-emphasis',
		]);
		expect(blocks[0]!.text).toBe('Kazakhstan and Russia both refer to their relationship as a strategic partnership.');
	});

	it('keeps an anchor when another paragraph is inserted before it', () => {
		const before = anchoredBlocks(parseArticleMarkdown(ARTICLE)).map((b) => b.anchor);
		const after = anchoredBlocks(parseArticleMarkdown(ARTICLE.replace('## A heading', 'A new opening paragraph.\n\n## A heading'))).map((b) => b.anchor);
		expect(after.slice(1)).toEqual(before);
	});
});
