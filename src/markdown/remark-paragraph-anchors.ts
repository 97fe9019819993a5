import type { Root } from 'mdast';
import { resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { anchoredBlocks } from './paragraph-anchors';

export interface RemarkParagraphAnchorsOptions {
	/** Absolute path of the articles folder: only articles, the text that is cited, get anchors. */
	articlesDir: string;
}

/**
 * Gives every paragraph and list item of an article a stable `id` (see paragraphAnchor)
 * and its number (`data-anchor`), so the page can show a "¶12" link and copy control next to it;
 * citations elsewhere name the same number.
 */
export default function remarkParagraphAnchors({ articlesDir }: RemarkParagraphAnchorsOptions) {
	const prefix = resolve(articlesDir) + sep;
	return (tree: Root, file: VFile) => {
		if (!file.path || !resolve(file.path).startsWith(prefix)) return;
		const blocks = anchoredBlocks(tree);
		// Later plugins (entity links) reuse the blocks instead of walking the tree again.
		file.data.anchoredBlocks = blocks;
		for (const [i, { anchor, node }] of blocks.entries()) {
			// hProperties is read by mdast-util-to-hast when the tree becomes HTML.
			const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
			data.hProperties = { ...(data.hProperties ?? {}), id: anchor, dataAnchor: String(i + 1) };
		}
	};
}
