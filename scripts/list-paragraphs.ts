/**
 * Prints every citable paragraph of every article as `article-id#anchor  opening text`,
 * so that an entity page can cite a paragraph without building the site.
 * Usage: npm run paragraphs [-- article-id] [-- --full]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleMarkdown } from '../src/utils/markdown-tree';
import { anchoredBlocks } from '../src/markdown/paragraph-anchors';

const dir = join(import.meta.dirname, '..', 'content', 'articles');
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => !a.startsWith('--'));
for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
	const id = name.replace(/\.mdx$/, '');
	if (only.length && !only.includes(id)) continue;
	const tree = parseArticleMarkdown(readFileSync(join(dir, name), 'utf8'));
	for (const block of anchoredBlocks(tree)) {
		console.log(`${id}#${block.anchor}\t${full ? block.text : block.text.slice(0, 110)}`);
	}
}
