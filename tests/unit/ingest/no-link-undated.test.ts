/**
 * Two manifest features end to end through the ingest: `noLink` lands in the article's
 * frontmatter (checked against the paragraphs), and `published: undated` stays unknown.
 */
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingest, loadIngestInput } from '../../../src/ingest/index';
import { anchoredBlocks } from '../../../src/markdown/paragraph-anchors';
import { articleSchema } from '../../../src/schemas/article';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';

const MINI = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest', 'mini');
const frontmatterOf = (mdx: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as Record<string, unknown>;

function withEntry(edit: (entry: ReturnType<typeof loadIngestInput>['manifest']['sources'][0]['articles'][0]) => void) {
	const input = loadIngestInput(MINI);
	edit(input.manifest.sources[1]!.articles[0]!);
	return input;
}

describe('noLink through the ingest', () => {
	const plain = ingest(loadIngestInput(MINI))[1]!;
	const paragraph = anchoredBlocks(parseArticleMarkdown(plain.mdx))[0]!;
	const name = paragraph.text.match(/\p{Lu}\p{Ll}+/u)![0];

	it('writes a declared list into the frontmatter, and nothing when none is declared', () => {
		expect(frontmatterOf(plain.mdx)).not.toHaveProperty('noLink');
		const [, article] = ingest(withEntry((e) => e.noLink.push({ paragraph: paragraph.anchor, names: [name], why: 'test' })));
		const fm = frontmatterOf(article!.mdx);
		expect(fm.noLink).toEqual([{ paragraph: paragraph.anchor, names: [name] }]);
		expect(articleSchema.parse(fm).noLink).toEqual([{ paragraph: paragraph.anchor, names: [name] }]);
	});

	it('fails on a paragraph that does not exist or a name it does not contain, saying how to fix it', () => {
		expect(() => ingest(withEntry((e) => e.noLink.push({ paragraph: 'p-no-such-paragraph', names: [name], why: 'test' })))).toThrow(
			/noLink: no paragraph "p-no-such-paragraph": run `npm run paragraphs -- roe-web-article`/,
		);
		expect(() => ingest(withEntry((e) => e.noLink.push({ paragraph: paragraph.anchor, names: ['Atlantis'], why: 'test' })))).toThrow(
			/does not contain "Atlantis": write the name exactly as the paragraph has it/,
		);
	});
});

describe('an undated source', () => {
	it('is written as `undated` and read back as no date at all', () => {
		const [, article] = ingest(withEntry((e) => (e.frontmatter.published = 'undated')));
		const fm = frontmatterOf(article!.mdx);
		expect(fm.published).toBe('undated');
		expect(articleSchema.parse(fm).published).toBeUndefined();
	});
});
