import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/knowledge/content-files';
import type { ArticleData } from '../../src/schemas/article';
import { DIST, FIXTURE_BASE, FIXTURE_DIST, FIXTURE_SITE, ROOT } from '../helpers/build';
import { attr, readPage, select, selectAll } from '../helpers/html';

// Every citation file the build wrote, parsed back with citation-js (the reader reference
// managers use is a different program, but the same formats), compared with the article's
// frontmatter. What each format keeps and loses, as checked below:
// - CSL-JSON keeps everything: type, names, date at its precision, venue, URL, accessed, language.
// - RIS keeps type, names, the full date (DA) and the accessed date (Y2), venue, URL and language,
//   but cuts the record id to 20 characters.
// - BibTeX keeps names, the date at its precision (citation-js writes the day into `month`),
//   the URL and the key (the article id); it has no magazine, web page or dissertation types
//   (they come back as a journal article or a generic document), drops a web page's site name
//   (@misc has no container), the accessed date (only in a free-text note) and the language.

const articles = loadContent(ROOT).entries.filter((e) => e.collection === 'articles') as unknown as Array<{ id: string; data: ArticleData }>;
const CSL_TYPE: Record<ArticleData['kind'], string> = {
	'journal-article': 'article-journal',
	'magazine-article': 'article-magazine',
	'newspaper-article': 'article-newspaper',
	'blog-post': 'post-weblog',
	'web-article': 'webpage',
	report: 'report',
	dissertation: 'thesis',
};
const BIBTEX_TYPE: Record<string, string> = { 'article-journal': 'article-journal', 'article-magazine': 'article-journal', 'article-newspaper': 'article-journal', report: 'report' };
const CONTAINER_KINDS = new Set(['journal-article', 'magazine-article', 'newspaper-article', 'blog-post', 'web-article']);

type Item = Record<string, any>;
const parse = (text: string): Item[] => new Cite(text).data;
const parseJson = (text: string): Item[] => new Cite(JSON.parse(text)).data;
const fullName = (n: { literal?: string; given?: string; family?: string }) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
const namedAuthors = (d: ArticleData) => d.authors.map((a) => a.name).filter((n) => !/^(unnamed|anonymous|unknown)\b/i.test(n));
const dateParts = (d: ArticleData) => (d.published ? [[d.published.year, d.published.month, d.published.day].filter((n) => n !== undefined)] : undefined);
const pageUrlOf = (id: string) => attr(select('link[rel=canonical]', readPage(DIST, `articles/${id}/`)), 'href')!;
const file = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** What all three formats keep: title, authors by full name, date at its precision, URL. */
function expectCore(item: Item | undefined, article: { id: string; data: ArticleData }) {
	const d = article.data;
	expect(item, `${article.id} is in the file`).toBeDefined();
	expect(item!.title).toBe(d.title);
	expect((item!.author ?? []).map(fullName)).toEqual(namedAuthors(d));
	expect(item!.issued?.['date-parts']).toEqual(dateParts(d));
	expect(item!.URL).toBe(d.source.url ?? pageUrlOf(article.id));
}

describe('citation files of every article', () => {
	it('found the articles', () => expect(articles.length).toBeGreaterThan(0));

	describe.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
		const d = article.data;

		it('CSL-JSON keeps type, names, date, venue, URL, accessed date and language', () => {
			const [item, ...rest] = parseJson(file(`articles/${id}/cite.json`));
			expect(rest).toEqual([]);
			expectCore(item, article);
			expect(item!.id).toBe(id);
			expect(item!.type).toBe(CSL_TYPE[d.kind]);
			expect(CONTAINER_KINDS.has(d.kind) ? item!['container-title'] : item!.publisher).toBe(d.publication.name);
			expect(item!.accessed['date-parts'][0]).toHaveLength(3);
			expect(item!.language).toBe(d.language);
		});

		it('RIS keeps type, names, the full date, venue of periodicals, URL, accessed date and language; the id is cut to 20 characters', () => {
			const [item, ...rest] = parse(file(`articles/${id}/cite.ris`));
			expect(rest).toEqual([]);
			expectCore(item, article);
			expect(item!.id).toBe(id.slice(0, 20));
			expect(item!.type).toBe(CSL_TYPE[d.kind]);
			if (d.kind === 'report' || d.kind === 'dissertation') expect(item!.publisher).toBe(d.publication.name);
			if (d.kind.endsWith('-article') && d.kind !== 'web-article') expect(item!['container-title']).toBe(d.publication.name);
			expect(item!.accessed['date-parts'][0]).toHaveLength(3);
			expect(item!.language).toBe(d.language);
		});

		it('BibTeX keeps the key, names, date and URL; loses the types it lacks, the accessed date and the language', () => {
			const text = file(`articles/${id}/cite.bib`);
			const [item, ...rest] = parse(text);
			expect(rest).toEqual([]);
			expectCore(item, article);
			expect(item!.id).toBe(id);
			expect(item!.type).toBe(BIBTEX_TYPE[CSL_TYPE[d.kind]] ?? 'document');
			expect(item!.accessed).toBeUndefined();
			expect(item!.language).toBeUndefined();
			if (d.kind.endsWith('-article') && d.kind !== 'web-article') expect(item!['container-title']).toBe(d.publication.name);
		});
	});
});

describe('the bibliography of the corpus', () => {
	it.each([
		['bibliography.json', parseJson],
		['bibliography.ris', parse],
		['bibliography.bib', parse],
	] as const)('%s holds every article once, as its own file does', (name, read) => {
		const items = read(file(`data/${name}`));
		expect(items).toHaveLength(articles.length);
		for (const article of articles) expectCore(items.find((i) => i.title === article.data.title), article);
	});
});

describe('reference-manager tags on every article page', () => {
	it.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
		const d = article.data;
		const tree = readPage(DIST, `articles/${id}/`);
		const meta = (name: string) => (selectAll(`meta[name="${name}"]`, tree) as Element[]).map((m) => attr(m, 'content'));
		const canonical = attr(select('link[rel=canonical]', tree), 'href');
		expect(meta('citation_title')).toEqual([d.title]);
		expect(meta('DC.title')).toEqual([d.title]);
		// A person "Given Family" is written "Family, Given"; an institution stays whole.
		const authors = d.authors
			.filter((a) => namedAuthors(d).includes(a.name))
			.map((a) => (a.actor ? `${a.name.split(' ').at(-1)}, ${a.name.split(' ').slice(0, -1).join(' ')}` : a.name));
		expect(meta('citation_author')).toEqual(authors);
		expect(meta('DC.creator')).toEqual(authors);
		expect(meta('citation_publication_date')).toEqual(d.published ? [d.published.iso.replaceAll('-', '/')] : []);
		expect(meta('DC.date')).toEqual(d.published ? [d.published.iso] : []);
		const periodical = ['journal-article', 'magazine-article', 'newspaper-article'].includes(d.kind);
		expect(meta('citation_journal_title')).toEqual(periodical ? [d.publication.name] : []);
		expect(meta('citation_publisher')).toEqual(periodical ? [] : [d.publication.name]);
		expect(meta('DC.publisher')).toEqual([d.publication.name]);
		expect(meta('citation_issue')).toEqual(d.publication.issue && /\d/.test(d.publication.issue) ? [d.publication.issue.match(/\d+/)![0]] : []);
		expect(meta('citation_language')).toEqual([d.language]);
		expect(meta('DC.language')).toEqual([d.language]);
		expect(meta('citation_public_url')).toEqual([canonical]);
		expect(meta('DC.identifier')).toEqual([canonical]);
		expect(meta('DC.source')).toEqual(d.source.url ? [d.source.url] : []);
		expect(meta('citation_pdf_url')).toEqual([]);
		// The page offers its citation files, and they exist.
		const alternates = (selectAll('link[rel=alternate]', tree) as Element[]).map((l) => attr(l, 'href')!);
		for (const ext of ['bib', 'ris', 'json']) {
			expect(alternates).toContain(`/articles/${id}/cite.${ext}`);
			expect(existsSync(join(DIST, 'articles', id, `cite.${ext}`))).toBe(true);
		}
	});
});

describe('a site built for a sub-path host', () => {
	it('writes its own address into the citation files and the reference on the page', () => {
		const [item] = parseJson(readFileSync(join(FIXTURE_DIST, 'articles', 'sample-article', 'cite.json'), 'utf8'));
		const pageUrl = `${FIXTURE_SITE}${FIXTURE_BASE}articles/sample-article/`;
		// The fixture article states no kind: a web page of its venue.
		expect(item).toMatchObject({ type: 'webpage', 'container-title': 'Example Digest', issue: '1', URL: pageUrl, issued: { 'date-parts': [[2010, 7]] } });
		const tree = readPage(FIXTURE_DIST, 'articles/sample-article/');
		expect(attr(select('[data-here]', tree), 'dataHere')).toBe(`${FIXTURE_BASE}articles/sample-article/`);
		expect(attr(select('meta[name=citation_public_url]', tree), 'content')).toBe(pageUrl);
	});
});
