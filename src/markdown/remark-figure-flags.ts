import type { Nodes, Parent, Root } from 'mdast';
import { basename, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { FigureFlag } from '../knowledge/figures';
import { anchoredBlocks, type AnchoredBlock } from './paragraph-anchors';

export interface RemarkFigureFlagsOptions {
	/** For each `article#p-anchor`, the contested figures that paragraph states (knowledge/figures.ts). */
	flags: Map<string, FigureFlag[]>;
	/** Absolute path of the articles folder. */
	articlesDir: string;
	/** Base path the site is deployed under, e.g. "/" or "/kb/". */
	base?: string;
}

/**
 * Flags, at the end of an article paragraph, each figure that the sources disagree on and this
 * paragraph states, with a link to its comparison on the Contested figures page. The flag is
 * marked `data-nontext` (not the author's words) and `data-pagefind-ignore` (not indexed).
 */
export default function remarkFigureFlags({ flags, articlesDir, base = '/' }: RemarkFigureFlagsOptions) {
	const prefix = resolve(articlesDir) + sep;
	const root = base.replace(/\/?$/, '/');
	return (tree: Root, file: VFile) => {
		if (!file.path || !resolve(file.path).startsWith(prefix) || flags.size === 0) return;
		const article = basename(file.path).replace(/\.mdx?$/, '');
		const blocks = (file.data.anchoredBlocks as AnchoredBlock[] | undefined) ?? anchoredBlocks(tree);
		for (const block of blocks) {
			const here = flags.get(`${article}#${block.anchor}`);
			if (!here) continue;
			// A list item holds paragraphs: the flag goes at the end of its last one.
			let target = block.node as Parent;
			const last = target.children.at(-1) as Nodes | undefined;
			if (block.node.type === 'listItem' && last && 'children' in last) target = last as Parent;
			for (const flag of here) {
				target.children.push({ type: 'text', value: ' ' } as never, {
					type: 'link',
					url: `${root}contested-figures/#${flag.anchor}`,
					title: null,
					children: [{ type: 'text', value: 'figures differ' }],
					data: { hProperties: { className: ['figure-flag'], dataNontext: '', dataPagefindIgnore: '', ariaLabel: `figures differ: the sources disagree on ${flag.topic.charAt(0).toLowerCase()}${flag.topic.slice(1)}; compare them` } },
				} as never);
			}
		}
	};
}
