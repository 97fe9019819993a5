/**
 * From blocks to MDX. The body is built as an mdast tree (headings, paragraphs, lists,
 * footnote references and definitions) and serialised by remark-stringify with the GFM and
 * MDX extensions, so every character that Markdown or MDX would read as syntax (`{ } < > *
 * _ [ ] #` …) is escaped by the library that knows the grammar, not by hand-written rules.
 * No smart punctuation: quotes and dashes stay as the source has them.
 *
 * The result is then parsed back the way the site parses it (src/utils/markdown-tree.ts)
 * and compared block by block with what was meant; any difference stops the ingest.
 */
import type { FootnoteDefinition, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parseArticleMarkdown } from '../utils/markdown-tree';
import type { Block } from './blocks';
import { type Endnote, splitMarkers } from './footnotes';

function phrasing(text: string): PhrasingContent[] {
	return splitMarkers(text).map((inline) =>
		inline.type === 'text'
			? { type: 'text', value: inline.value }
			: { type: 'footnoteReference', identifier: inline.label, label: inline.label },
	);
}

function paragraph(text: string): Paragraph {
	return { type: 'paragraph', children: phrasing(text) };
}

function blockNode(block: Block): RootContent {
	switch (block.type) {
		case 'paragraph':
			return paragraph(block.text);
		case 'heading':
			return { type: 'heading', depth: block.depth, children: phrasing(block.text) } satisfies Heading;
		case 'list':
			return {
				type: 'list',
				ordered: block.ordered,
				spread: false,
				children: block.items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
			} satisfies List;
		case 'thematicBreak':
			return { type: 'thematicBreak' };
	}
}

/** The mdast tree of an article body: its blocks, then its endnotes as footnote definitions. */
export function toMdast(blocks: readonly Block[], notes: readonly Endnote[]): Root {
	const definitions = notes.map(
		(note): FootnoteDefinition => ({
			type: 'footnoteDefinition',
			identifier: note.label,
			label: note.label,
			children: [{ type: 'paragraph', children: [{ type: 'text', value: note.text }] }],
		}),
	);
	return { type: 'root', children: [...blocks.map(blockNode), ...definitions] };
}

/**
 * MDX reads a line that starts with `import ` or `export ` as an ES module statement, and
 * the serialiser does not know that, so such a line would become code, or a build error.
 * These patterns make it encode the first letter as a character reference (`&#x65;xport`).
 */
const MDX_ESM_UNSAFE = [
	{ atBreak: true, character: 'i', after: 'mport[\\t ]' },
	{ atBreak: true, character: 'e', after: 'xport[\\t ]' },
];

/** Serialises a body tree to MDX text (without frontmatter). */
export function serializeBody(tree: Root): string {
	return unified()
		.use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '*', unsafe: MDX_ESM_UNSAFE })
		.use(remarkGfm)
		.use(remarkMdx)
		.stringify(tree);
}

/** A block reduced to what a reader sees: its kind and its text, footnote calls as `[^n]`. */
export interface Shape {
	type: string;
	depth?: number;
	ordered?: boolean;
	text: string | string[];
}

function inlineText(nodes: readonly PhrasingContent[], where: string): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return node.value;
				case 'footnoteReference':
					return `[^${node.identifier}]`;
				// GFM turns a bare URL into a link whose text is the URL: the same words.
				case 'link':
					return inlineText(node.children, where);
				default:
					throw new Error(`${where}: unexpected ${node.type} node; the text would not render verbatim.`);
			}
		})
		.join('');
}

function paragraphText(nodes: readonly RootContent[], where: string): string {
	if (nodes.length !== 1 || nodes[0]!.type !== 'paragraph') {
		throw new Error(`${where}: expected exactly one paragraph, found ${nodes.map((n) => n.type).join(', ') || 'nothing'}.`);
	}
	return inlineText((nodes[0] as Paragraph).children, where);
}

/** The reader-visible shape of a tree, block by block. */
export function shapeOf(tree: Root): Shape[] {
	return tree.children.map((node, i): Shape => {
		const where = `block ${i + 1}`;
		switch (node.type) {
			case 'paragraph':
				return { type: 'paragraph', text: inlineText(node.children, where) };
			case 'heading':
				return { type: 'heading', depth: node.depth, text: inlineText(node.children, where) };
			case 'list':
				return {
					type: 'list',
					ordered: Boolean(node.ordered),
					text: node.children.map((item, k) => paragraphText(item.children, `${where} item ${k + 1}`)),
				};
			case 'thematicBreak':
				return { type: 'thematicBreak', text: '' };
			case 'footnoteDefinition':
				return { type: `footnoteDefinition ${node.identifier}`, text: paragraphText(node.children, where) };
			default:
				throw new Error(`${where}: unexpected ${node.type} node; the text would not render verbatim.`);
		}
	});
}

/**
 * Parses the serialised MDX as the site does and checks it reads back as the intended tree.
 * Throws with the first differing block.
 */
export function verifyRoundTrip(mdx: string, intended: Root): void {
	const want = shapeOf(intended);
	const got = shapeOf(parseArticleMarkdown(mdx));
	const n = Math.max(want.length, got.length);
	for (let i = 0; i < n; i++) {
		const a = JSON.stringify(want[i] ?? null);
		const b = JSON.stringify(got[i] ?? null);
		if (a !== b) throw new Error(`MDX does not read back as written at block ${i + 1}:\n  meant: ${a}\n  reads: ${b}`);
	}
}
