import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { VFile } from 'vfile';
import { AliasMatcher } from '../../../src/knowledge/alias-matcher';
import { mentionsInArticle } from '../../../src/knowledge/mentions';
import { noLinkIndex } from '../../../src/knowledge/no-link';
import { anchoredBlocks } from '../../../src/markdown/paragraph-anchors';
import remarkEntityLinks from '../../../src/markdown/remark-entity-links';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';

const matcher = new AliasMatcher([
	{ name: 'Russia', entity: 'russia' },
	{ name: 'Kazakhstan', entity: 'kazakhstan' },
]);
// "Russia" here names a party of the same name (invented): the rule cannot tell, the manifest can.
const body = 'The Russia party, not the state, backed Kazakhstan.\n\nRussia and Kazakhstan signed.\n';
const tree = parseArticleMarkdown(body);
const [first, second] = anchoredBlocks(tree);
const index = noLinkIndex([{ id: 'sample', data: { noLink: [{ paragraph: first!.anchor, names: ['russia'] }] } }]);

describe('per-paragraph noLink', () => {
	it('keeps the listed name out of the mention index in that paragraph only', () => {
		const mentions = mentionsInArticle('sample', [first!, second!], matcher, index);
		expect(mentions.map((m) => `${m.anchor === first!.anchor ? 1 : 2}:${m.entity}`)).toEqual(['1:kazakhstan', '2:russia', '2:kazakhstan']);
	});

	it('keeps the entity-link plugin from linking it there, and only there', () => {
		const linked = parseArticleMarkdown(body) as Root;
		const file = new VFile({ path: '/site/content/articles/sample.mdx' });
		remarkEntityLinks({ matcher, urls: new Map([['russia', '/actors/russia/'], ['kazakhstan', '/actors/kazakhstan/']]), articlesDir: '/site/content/articles', noLink: index })(linked, file);
		const out = toMarkdown(linked);
		expect(out).toContain('The Russia party, not the state, backed [Kazakhstan](/actors/kazakhstan/).');
		expect(out).toContain('[Russia](/actors/russia/) and [Kazakhstan](/actors/kazakhstan/) signed.');
	});
});
