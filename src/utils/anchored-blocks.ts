import type { Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isBibliographyHeading } from './linkable';
import { paragraphAnchor } from './paragraph-anchor';

/** A citable block of an article: a paragraph, or a list item such as a bibliography entry. */
export interface AnchoredBlock {
	anchor: string;
	text: string;
	node: Nodes;
	/** An entry of a bibliography ("Works Cited"): a list of works, whose names are not mentions. */
	bibliography?: boolean;
}

/** Plain text of a block without footnote references, whose numbers are not the author's words. */
function blockText(node: Nodes): string {
	if (node.type === 'footnoteReference') return '';
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if ('children' in node) return (node.children as Nodes[]).map(blockText).join('');
	return toString(node);
}

/**
 * Walks an article's Markdown tree in document order and gives every citable block its
 * anchor. Shared by the remark plugin that writes the ids and by the tooling that lists
 * them for citations, so the two can never disagree. Footnote definitions are left out:
 * GFM gives them ids of their own.
 */
export function anchoredBlocks(tree: Root): AnchoredBlock[] {
	const taken = new Set<string>();
	const blocks: AnchoredBlock[] = [];
	// Depth of the heading that opened the bibliography we are in, if any: it runs to the next
	// heading of the same or a higher level.
	let bibliography: number | undefined;
	const walk = (parent: Parent) => {
		for (const node of parent.children as Nodes[]) {
			if (node.type === 'footnoteDefinition') continue;
			if (node.type === 'heading') {
				if (bibliography !== undefined && node.depth <= bibliography) bibliography = undefined;
				if (isBibliographyHeading(toString(node))) bibliography = node.depth;
				continue;
			}
			if (node.type === 'paragraph' || node.type === 'listItem') {
				const text = blockText(node).replace(/\s+/g, ' ').trim();
				blocks.push({ anchor: paragraphAnchor(text, taken, blocks.length + 1), text, node, bibliography: bibliography !== undefined });
				// A list item's paragraphs belong to the item's anchor; nested lists get their own.
				if (node.type === 'listItem') {
					for (const child of node.children) if (child.type === 'list') walk(child);
				}
				continue;
			}
			if ('children' in node) walk(node as Parent);
		}
	};
	walk(tree);
	return blocks;
}
