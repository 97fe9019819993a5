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
// - RIS keeps type, names, the full date (DA) and the accessed date (Y2), venue, URL, language
//   and the whole article id as its record id.
// - BibTeX keeps names, the date at its precision (`month = nov` macro, the day in `day`), the
//   URL and the key (the article id); a dissertation is a @mastersthesis with its genre in
//   `type`, a thesis as in the other two formats; it has no magazine or web page types (they
//   come back as a journal article or a generic document), drops a web page's site name
//   (@misc has no container), the accessed date (only in a free-text note) and the language.
// An institution is kept whole everywhere; an author of kind `unknown` is in no file.

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
const BIBTEX_TYPE: Record<string, string> = { 'article-journal': 'article-journal', 'article-magazine': 'article-journal', 'article-newspaper': 'article-journal', report: 'report', thesis: 'thesis' };
const CONTAINER_KINDS = new Set(['journal-article', 'magazine-article', 'newspaper-article', 'blog-post', 'web-article']);

type Item = Record<string, any>;
const parse = (text: string): Item[] => new Cite(text).data;
const parseJson = (text: string): Item[] => new Cite(JSON.parse(text)).data;
const fullName = (n: { literal?: string; given?: string; family?: string }) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
const namedAuthors = (d: ArticleData) => d.authors.filter((a) => a.kind !== 'unknown').map((a) => a.name);
/** An institution: declared, or an author that links only an organization page. */
const isInstitution = (a: ArticleData['authors'][number]) => a.kind === 'institution' || (a.kind === undefined && !!a.organization && !a.actor);
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

		it('RIS keeps type, names, the full date, venue of periodicals, URL, accessed date, language and the whole id', () => {
			const text = file(`articles/${id}/cite.ris`);
			const [item, ...rest] = parse(text);
			expect(rest).toEqual([]);
			expectCore(item, article);
			expect(item!.id).toBe(id);
			expect(text).toContain(`\nID  - ${id}\n`);
			expect(item!.type).toBe(CSL_TYPE[d.kind]);
			// An institution is one AU without a comma, which reference managers keep whole.
			for (const a of d.authors.filter(isInstitution)) expect(text).toContain(`\nAU  - ${a.name}\n`);
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
			if (d.kind === 'dissertation') expect(item!.genre).toBe('Student dissertation');
			// Months are BibTeX's macros; a day has its own field.
			expect(text).not.toMatch(/\bmonth = \{/);
			if (d.published?.month) expect(text).toMatch(/\n\tmonth = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),\n/);
			expect(/\n\tday = \{\d+\},\n/.test(text)).toBe(d.published?.day !== undefined);
			for (const a of d.authors.filter(isInstitution)) expect(text).toContain(`author = {{${a.name}}}`);
			expect(item!.accessed).toBeUndefined();
			expect(item!.language).toBeUndefined();
			if (d.kind.endsWith('-article') && d.kind !== 'web-article') expect(item!['container-title']).toBe(d.publication.name);
		});
	});
});

describe('one id and one item type per article in the three formats', () => {
	it.each(articles.map((a) => [a.id] as const))('%s', (id) => {
		const [csl] = parseJson(file(`articles/${id}/cite.json`));
		const [ris] = parse(file(`articles/${id}/cite.ris`));
		const [bib] = parse(file(`articles/${id}/cite.bib`));
		expect([csl!.id, ris!.id, bib!.id]).toEqual([id, id, id]);
		expect(ris!.type).toBe(csl!.type);
		// BibTeX keeps the type where it has one (webpages and magazines it lacks, see above).
		if (BIBTEX_TYPE[csl!.type] === csl!.type) expect(bib!.type).toBe(csl!.type);
		if (csl!.genre) expect([ris!.genre, bib!.genre]).toEqual([csl!.genre, csl!.genre]);
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
		// A person "Given Family" is written "Family, Given"; an institution stays whole, in the
		// Highwire tag with a trailing comma so that Zotero does not split it at its last space.
		const named = d.authors.filter((a) => a.kind !== 'unknown');
		const inverted = (name: string) => (name.includes(' ') ? `${name.split(' ').at(-1)}, ${name.split(' ').slice(0, -1).join(' ')}` : name);
		expect(meta('citation_author')).toEqual(named.map((a) => (isInstitution(a) ? `${a.name},` : inverted(a.name))));
		expect(meta('DC.creator')).toEqual(named.map((a) => (isInstitution(a) ? a.name : inverted(a.name))));
		// Scholar's documented forms: YYYY/MM/DD, or the year alone.
		expect(meta('citation_publication_date')).toEqual(d.published ? [d.published.day ? d.published.iso.replaceAll('-', '/') : String(d.published.year)] : []);
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
