/**
 * The intermediate form of an article between raw lines and Markdown: a flat list of blocks
 * whose text is final except for `[n]` endnote markers, which become footnote references
 * only when the Markdown tree is built (src/ingest/to-mdx.ts).
 */

export type Block =
	| { type: 'paragraph'; text: string }
	| { type: 'heading'; depth: 2 | 3; text: string }
	| { type: 'list'; ordered: boolean; items: string[] }
	| { type: 'thematicBreak' };

/** A line of a part, or a heading already recognised among the lines. */
export type LineItem = { type: 'line'; text: string } | { type: 'heading'; depth: 2 | 3; text: string };

/** Every piece of text a block carries, in reading order. */
export function blockTexts(block: Block): string[] {
	switch (block.type) {
		case 'paragraph':
		case 'heading':
			return [block.text];
		case 'list':
			return block.items;
		case 'thematicBreak':
			return [];
	}
}

/** Applies `fn` to every text a block carries. */
export function mapBlockText(block: Block, fn: (text: string) => string): Block {
	switch (block.type) {
		case 'paragraph':
		case 'heading':
			return { ...block, text: fn(block.text) };
		case 'list':
			return { ...block, items: block.items.map(fn) };
		case 'thematicBreak':
			return block;
	}
}
