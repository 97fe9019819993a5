import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../../../src/knowledge/alias-matcher';
import { mentionsInArticle } from '../../../src/knowledge/mentions';
import { anchoredBlocks } from '../../../src/markdown/paragraph-anchors';
import remarkEntityLinks from '../../../src/markdown/remark-entity-links';
import { isBibliographyHeading, looksLikeTitle, outsideQuotedTitles, quotedTitleRanges } from '../../../src/utils/linkable';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';

const matcher = new AliasMatcher([
	{ name: 'Vladimir Putin', entity: 'vladimir-putin' },
	{ name: 'Putin', entity: 'vladimir-putin' },
	{ name: 'Central Asia', entity: 'central-asia' },
	{ name: 'Kazakhstan', entity: 'kazakhstan' },
	{ name: 'Russia', entity: 'russia' },
	{ name: 'Path to Europe', entity: 'path-to-europe' },
	{ name: 'Kusznir', entity: 'julia-kusznir' },
]);
const urls = new Map(['vladimir-putin', 'central-asia', 'kazakhstan', 'russia', 'path-to-europe', 'julia-kusznir'].map((id) => [id, `/x/${id}/`]));
const plugin = [remarkEntityLinks, { matcher, urls, articlesDir: '/c/articles', entityFiles: new Map([['/c/actors/kazakhstan.mdx', 'kazakhstan']]) }] as const;

/** Runs the plugin on `markdown` as the file at `path` and returns the Markdown it writes back. */
function link(markdown: string, path: string): string {
	const processor = unified().use(remarkParse).use(remarkGfm).use(...plugin).use(remarkStringify);
	const file = new VFile({ path, value: markdown });
	return String(processor.processSync(file)).trim();
}

describe('what counts as a mention', () => {
	it('recognises bibliography headings, not other headings', () => {
		for (const h of ['Works Cited', 'References', 'Bibliography', 'Further reading', 'Sources:']) expect(isBibliographyHeading(h)).toBe(true);
		for (const h of ['Russia goes soft', 'Conclusion', 'Sources of tension']) expect(isBibliographyHeading(h)).toBe(false);
	});

	it('tells quoted titles from quoted speech', () => {
		expect(looksLikeTitle('Regionalism, Regional Structures, and Security Management in Central Asia.')).toBe(true);
		expect(looksLikeTitle('Kazakhstan’s Multi-vector Foreign Policy: Diminishing Returns in an Era of Great Power ‘Pivots’?')).toBe(true);
		expect(looksLikeTitle("today's allies could be tomorrow's enemies")).toBe(false);
		expect(looksLikeTitle('special relationship')).toBe(false);
		expect(looksLikeTitle('Pragmatist')).toBe(false);
	});

	it('finds quoted titles in curly, straight and guillemet quotes', () => {
		const text = 'See “Russia and Central Asia Today” and "Putin Says CIS States Could Act" but «Siamese twins».';
		expect(quotedTitleRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['Russia and Central Asia Today', 'Putin Says CIS States Could Act']);
	});

	it('drops names inside a quoted title unless the title is the name itself', () => {
		const text = 'Kazakhstan joined the "Path to Europe" programme; see “Vladimir Putin and Central Asia Now.”';
		expect(outsideQuotedTitles(text, matcher.match(text)).map((m) => m.entity)).toEqual(['kazakhstan', 'path-to-europe']);
	});
});

describe('entity links in articles', () => {
	it('links the first mention per paragraph, never in headings, bibliographies or quoted titles', () => {
		const out = link(
			[
				'## Russia and Kazakhstan',
				'',
				'Russia and Kazakhstan, and Russia again; Putin wrote “Putin and the Fate of Central Asia.”',
				'',
				'Russia once more.',
				'',
				'## Works Cited',
				'',
				'- Jonson, Lena. 2004. Vladimir Putin and Central Asia. New York.',
				'',
				'## After the list',
				'',
				'Central Asia.',
			].join('\n'),
			'/c/articles/a.mdx',
		);
		expect(out).toContain('## Russia and Kazakhstan\n');
		expect(out).toContain('[Russia](/x/russia/) and [Kazakhstan](/x/kazakhstan/), and Russia again; [Putin](/x/vladimir-putin/) wrote “Putin and the Fate of Central Asia.”');
		expect(out).toContain('[Russia](/x/russia/) once more.');
		expect(out).toContain('* Jonson, Lena. 2004. Vladimir Putin and Central Asia. New York.');
		// The bibliography ends at the next heading of its level.
		expect(out).toContain('[Central Asia](/x/central-asia/).');
	});

	it('leaves the mention index in step: no mentions from bibliographies or quoted titles', () => {
		const tree = parseArticleMarkdown('Russia today.\n\n“Putin and the Fate of Central Asia”\n\n## References\n\n- Putin, Central Asia.\n');
		const mentions = mentionsInArticle('a', anchoredBlocks(tree), matcher);
		expect(mentions.map((m) => m.entity)).toEqual(['russia']);
	});
});

describe('entity links in entity prose', () => {
	it('links the first mention on the page, never the page itself, citation marks or headings', () => {
		const out = link(
			[
				'Kazakhstan and Russia signed it [@kusznir-long-alliance#p-kazakhstan-and-russia].',
				'',
				'## Russia',
				'',
				'Russia again, Kusznir notes, and Putin [@kusznir-long-alliance#p-putin].',
			].join('\n'),
			'/c/actors/kazakhstan.mdx',
		);
		expect(out).toBe(
			[
				'Kazakhstan and [Russia](/x/russia/) signed it \\[@kusznir-long-alliance#p-kazakhstan-and-russia].',
				'',
				'## Russia',
				'',
				'Russia again, [Kusznir](/x/julia-kusznir/) notes, and [Putin](/x/vladimir-putin/) \\[@kusznir-long-alliance#p-putin].',
			].join('\n'),
		);
	});

	it('leaves files that are neither articles nor entity pages alone', () => {
		expect(link('Russia.', '/c/pages/about.mdx')).toBe('Russia.');
	});

	it('keeps a link the author wrote and does not link inside it', () => {
		expect(link('[the Russia page](../russia/) and Putin', '/c/actors/kazakhstan.mdx')).toBe('[the Russia page](../russia/) and [Putin](/x/vladimir-putin/)');
	});
});

