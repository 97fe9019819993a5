import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Adds a visible "¶" link after every anchored paragraph (see remark-paragraph-anchors):
 * a plain link to the paragraph without JavaScript, a copy-to-clipboard button with it
 * (src/components/ParagraphLinks.astro). Marked `data-nontext` so it is not counted as
 * article text, and `data-pagefind-ignore` so search does not index it.
 */
export default function rehypeAnchorLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const id = node.properties?.id;
			const number = node.properties?.dataAnchor;
			if (number === undefined || typeof id !== 'string') return;
			node.children.push({ type: 'text', value: ' ' }, {
				type: 'element',
				tagName: 'a',
				properties: { href: `#${id}`, className: ['anchor-link'], dataNontext: '', dataPagefindIgnore: '', ariaLabel: `Link to paragraph ${number}` },
				children: [{ type: 'text', value: `¶${number}` }],
			});
		});
	};
}
