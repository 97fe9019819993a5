import type { Parent, Root } from 'mdast';
import { basename, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { anchoredBlocks } from './paragraph-anchors';

export interface RemarkParagraphAnchorsOptions {
	/** Absolute path of the articles folder: only articles, the text that is cited, get anchors. */
	articlesDir: string;
	/**
	 * Per article id, the old anchors each paragraph keeps (new anchor → old anchors), from the
	 * ledger of permanent links (src/knowledge/ledger.ts): `#old` still lands on the paragraph.
	 */
	keptAnchors?: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/**
 * Gives every paragraph and list item of an article a stable `id` (see paragraphAnchor)
 * and its number (`data-anchor`), so the page can show a "¶12" link and copy control next to it;
 * citations elsewhere name the same number.
 */
export default function remarkParagraphAnchors({ articlesDir, keptAnchors }: RemarkParagraphAnchorsOptions) {
	const prefix = resolve(articlesDir) + sep;
	return (tree: Root, file: VFile) => {
		if (!file.path || !resolve(file.path).startsWith(prefix)) return;
		const blocks = anchoredBlocks(tree);
		// Later plugins (entity links) reuse the blocks instead of walking the tree again.
		file.data.anchoredBlocks = blocks;
		const kept = keptAnchors?.get(basename(file.path).replace(/\.mdx?$/, ''));
		for (const [i, { anchor, node }] of blocks.entries()) {
			// hProperties is read by mdast-util-to-hast when the tree becomes HTML.
			const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
			data.hProperties = { ...(data.hProperties ?? {}), id: anchor, dataAnchor: String(i + 1) };
			// An anchor the paragraph had before its first words changed stays on an empty element
			// at its start, so a saved link to it still lands here, without JavaScript.
			const old = kept?.get(anchor) ?? [];
			if (old.length > 0 && 'children' in node) {
				const host = (node.children[0]?.type === 'paragraph' ? node.children[0] : node) as Parent;
				host.children.unshift(
					...old.map((id) => ({ type: 'emphasis', children: [], data: { hName: 'span', hProperties: { id, className: ['anchor-alias'] } } }) as unknown as Parent['children'][number]),
				);
			}
		}
	};
}
