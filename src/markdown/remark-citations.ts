import type { PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { citationGroups } from '../utils/body-citations';

export interface RemarkCitationsOptions {
	/** Base path the site is deployed under, e.g. "/" or "/kb/". */
	base?: string;
}

/**
 * Turns `[@article-id#p-anchor]` (and groups `[@a#p-x; @b#p-y, locator]`, see src/utils/body-citations.ts) in entity prose into superscript links to the cited
 * paragraph, numbered in order of first use on the page. The integrity check has already
 * verified that every one resolves, so this plugin only renders.
 */
export default function remarkCitations(options: RemarkCitationsOptions = {}) {
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	return (tree: Root) => {
		const numbers = new Map<string, number>();
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined || !node.value.includes('@')) return;
			const out: PhrasingContent[] = [];
			let last = 0;
			for (const group of citationGroups(node.value)) {
				// The integrity check has refused every group that does not parse; none reaches a page as raw text.
				if (group.error) continue;
				// The space before a citation mark belongs to neither the sentence nor the mark.
				const before = node.value.slice(last, group.start).replace(/\s+$/, '');
				if (before) out.push({ type: 'text', value: before });
				for (const { key, citation, locator } of group.items) {
					if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
					const n = numbers.get(key)!;
					out.push({
						type: 'link',
						url: `${base}articles/${citation.article}/#${citation.anchor}`,
						data: { hName: 'a', hProperties: { className: ['cite'], dataCite: key, ariaLabel: `Source ${n}${locator ? `, ${locator}` : ''}` } },
						children: [{ type: 'text', value: locator ? `[${n}, ${locator}]` : `[${n}]` }],
					});
				}
				last = group.end;
			}
			if (last === 0) return;
			const rest = node.value.slice(last);
			if (rest) out.push({ type: 'text', value: rest });
			parent.children.splice(index, 1, ...out);
			return [SKIP, index + out.length];
		});
	};
}
