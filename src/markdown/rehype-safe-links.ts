import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isSafeHref } from '../utils/safe-url';

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite'] as const;

/**
 * The last gate before HTML: every link or source in rendered content is a web address or a
 * path on this site. The content check already rejects other schemes in bodies and metadata
 * (src/utils/safe-url.ts); a `javascript:` that reached this point is a bug, so the build stops
 * naming the file instead of publishing it.
 */
export default function rehypeSafeLinks() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'element', (node: Element) => {
			for (const name of URL_PROPERTIES) {
				const value = node.properties?.[name];
				if (typeof value === 'string' && !isSafeHref(value)) {
					throw new Error(`${file.path ?? 'content'}: the link target ${JSON.stringify(value)} in <${node.tagName} ${name}> is neither an http(s) address nor a path on this site. Write a full https:// address or remove the link.`);
				}
			}
		});
	};
}
