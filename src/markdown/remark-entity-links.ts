import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { basename, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { AliasMatcher } from '../knowledge/alias-matcher';
import { noLinkFilter, type NoLinkIndex } from '../knowledge/no-link';
import { anchoredBlocks, type AnchoredBlock } from './paragraph-anchors';

export interface RemarkEntityLinksOptions {
	matcher: AliasMatcher;
	/** Page URL of every entity id. */
	urls: Map<string, string>;
	/** Absolute path of the articles folder: only articles are linked. */
	articlesDir: string;
	/** Per article id, per paragraph anchor: names not to link there (the manifest's `noLink`). */
	noLink?: NoLinkIndex;
}

/** Nodes whose text is never turned into a link. */
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'footnoteReference', 'definition', 'mdxJsxTextElement', 'mdxTextExpression']);

/**
 * Links the first mention of each entity in each paragraph of an article to the entity's page.
 * Headings, existing links, code and footnote labels are left alone; the names come from the
 * alias matcher, built once per build from every entity's names.
 */
export default function remarkEntityLinks({ matcher, urls, articlesDir, noLink = new Map() }: RemarkEntityLinksOptions) {
	const prefix = resolve(articlesDir) + sep;
	return (tree: Root, file: VFile) => {
		if (!file.path || !resolve(file.path).startsWith(prefix)) return;
		const blocks = (file.data.anchoredBlocks as AnchoredBlock[] | undefined) ?? anchoredBlocks(tree);
		const articleId = basename(file.path).replace(/\.mdx?$/, '');
		for (const block of blocks) {
			const linked = new Set<string>();
			const allowed = noLinkFilter(noLink, articleId, block.anchor);
			const walk = (parent: Parent) => {
				for (let i = 0; i < parent.children.length; i++) {
					const node = parent.children[i] as Nodes;
					if (SKIP.has(node.type) || node.type === 'list') continue;
					if (node.type !== 'text') {
						if ('children' in node) walk(node as Parent);
						continue;
					}
					const replacement = linkText(node, matcher, urls, linked, allowed);
					if (replacement) {
						parent.children.splice(i, 1, ...(replacement as never[]));
						i += replacement.length - 1;
					}
				}
			};
			walk(block.node as Parent);
		}
	};
}

function linkText(node: Text, matcher: AliasMatcher, urls: Map<string, string>, linked: Set<string>, allowed: (name: string) => boolean): PhrasingContent[] | undefined {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of matcher.match(node.value)) {
		if (!allowed(node.value.slice(match.start, match.end))) continue;
		const url = urls.get(match.entity);
		if (!url || linked.has(match.entity)) continue;
		linked.add(match.entity);
		if (match.start > last) out.push({ type: 'text', value: node.value.slice(last, match.start) });
		const link: Link = {
			type: 'link',
			url,
			children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
			data: { hProperties: { className: ['mention'], dataEntity: match.entity } },
		};
		out.push(link);
		last = match.end;
	}
	if (last === 0) return undefined;
	if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
	return out;
}
