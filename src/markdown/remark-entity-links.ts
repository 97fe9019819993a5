import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { basename, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { AliasMatcher } from '../knowledge/alias-matcher';
import { noLinkFilter, type NoLinkIndex } from '../knowledge/no-link';
import { citationGroups } from '../utils/body-citations';
import { outsideQuotedTitles } from '../utils/linkable';
import { anchoredBlocks, type AnchoredBlock } from './paragraph-anchors';

export interface RemarkEntityLinksOptions {
	matcher: AliasMatcher;
	/** Page URL of every entity id. */
	urls: Map<string, string>;
	/** Absolute path of the articles folder: articles link the first mention per paragraph. */
	articlesDir: string;
	/**
	 * Absolute path of each entity page's file → its id: entity prose links the first mention of
	 * every other entity once per page, never itself.
	 */
	entityFiles?: Map<string, string>;
	/** Per article id, per paragraph anchor: names not to link there (the manifest's `noLink`). */
	noLink?: NoLinkIndex;
}

/** Nodes whose text is never turned into a link. */
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'footnoteReference', 'footnoteDefinition', 'definition', 'heading', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxTextExpression', 'mdxFlowExpression']);

/**
 * Links mentions of entities to their pages, with one set of rules for articles and entity prose:
 * never inside headings, existing links, code, footnote labels, citation marks
 * (`[@article#p-…]`), bibliography entries or quoted titles of works. In an article the first
 * mention of each entity in each paragraph is linked (readers land on paragraphs from
 * citations); on an entity page the first mention on the page, as an encyclopedia does. The
 * names come from the alias matcher, built once per build from every entity's names.
 */
export default function remarkEntityLinks({ matcher, urls, articlesDir, entityFiles = new Map(), noLink = new Map() }: RemarkEntityLinksOptions) {
	const prefix = resolve(articlesDir) + sep;
	return (tree: Root, file: VFile) => {
		if (!file.path) return;
		const path = resolve(file.path);
		if (path.startsWith(prefix)) {
			const blocks = (file.data.anchoredBlocks as AnchoredBlock[] | undefined) ?? anchoredBlocks(tree);
			const articleId = basename(path).replace(/\.mdx?$/, '');
			for (const block of blocks) {
				if (block.bibliography) continue;
				// Nested lists are blocks of their own, linked on their own turn.
				linkMentions(block.node as Parent, matcher, urls, new Set(), true, noLinkFilter(noLink, articleId, block.anchor));
			}
			return;
		}
		const self = entityFiles.get(path);
		// The page's own entity counts as linked already: a page never links to itself.
		if (self) linkMentions(tree, matcher, urls, new Set([self]));
	};
}

/**
 * Links, under `root`, the first mention of every entity not yet in `linked` (which it fills);
 * `allowed` says whether a name as written may be linked there (noLink).
 */
export function linkMentions(root: Parent, matcher: AliasMatcher, urls: Map<string, string>, linked: Set<string>, skipLists = false, allowed: (name: string) => boolean = () => true): void {
	const walk = (parent: Parent) => {
		for (let i = 0; i < parent.children.length; i++) {
			const node = parent.children[i] as Nodes;
			if (SKIP.has(node.type) || (skipLists && node.type === 'list')) continue;
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
	walk(root);
}

/** Character ranges of citation marks, which hold article ids, not names. */
function citationRanges(text: string): Array<[number, number]> {
	if (!text.includes('@')) return [];
	return citationGroups(text).map((g) => [g.start, g.end]);
}

function linkText(node: Text, matcher: AliasMatcher, urls: Map<string, string>, linked: Set<string>, allowed: (name: string) => boolean): PhrasingContent[] | undefined {
	const out: PhrasingContent[] = [];
	const citations = citationRanges(node.value);
	let last = 0;
	for (const match of outsideQuotedTitles(node.value, matcher.match(node.value))) {
		const url = urls.get(match.entity);
		if (!url || linked.has(match.entity) || !allowed(node.value.slice(match.start, match.end))) continue;
		if (citations.some(([s, e]) => match.start < e && match.end > s)) continue;
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
