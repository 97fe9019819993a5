import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Strips a leading YAML frontmatter block. */
export function stripFrontmatter(source: string): string {
	return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Parses an MDX file's body the way the site's pipeline does (GFM + MDX), without rendering. */
export function parseArticleMarkdown(source: string): Root {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
	return processor.runSync(processor.parse(stripFrontmatter(source))) as Root;
}
