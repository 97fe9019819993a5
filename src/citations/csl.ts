import type { ArticleData, ArticleKind } from '../schemas/article';
import type { PartialDate } from '../schemas/date';
import { safeUrl } from '../utils/safe-url';
import { cslName, type CslName } from './authors';

export { cslName, type CslName };

/** A CSL-JSON date, at its precision: [[2010]], [[2010, 11]] or [[2010, 11, 19]]. */
export interface CslDate {
	'date-parts': [number[]];
}

/** The CSL-JSON fields this site writes (https://citationstyles.org/, schema csl-data.json). */
export interface CslItem {
	id: string;
	'citation-key': string;
	type: string;
	genre?: string;
	title: string;
	author?: CslName[];
	issued?: CslDate;
	accessed?: CslDate;
	'container-title'?: string;
	'collection-title'?: string;
	publisher?: string;
	issue?: string;
	URL: string;
	language?: string;
	abstract?: string;
}

/**
 * Each kind of work as CSL types it, and where its venue goes: a periodical or website is the
 * container of the article; a report's or dissertation's venue is its publisher (BibTeX
 * `institution` / `school`). A dissertation's genre says what it is, as citation styles print it.
 */
const KINDS: Record<ArticleKind, { type: string; venue: 'container' | 'publisher'; genre?: string }> = {
	'journal-article': { type: 'article-journal', venue: 'container' },
	'magazine-article': { type: 'article-magazine', venue: 'container' },
	'newspaper-article': { type: 'article-newspaper', venue: 'container' },
	'blog-post': { type: 'post-weblog', venue: 'container' },
	'web-article': { type: 'webpage', venue: 'container' },
	report: { type: 'report', venue: 'publisher' },
	dissertation: { type: 'thesis', venue: 'publisher', genre: 'Student dissertation' },
};

/** A partial date as CSL date-parts, keeping exactly its precision. */
export function cslDate(date: PartialDate): CslDate {
	const parts = [date.year, date.month, date.day].filter((n): n is number => n !== undefined);
	return { 'date-parts': [date.precision === 'year' ? [date.year] : date.precision === 'month' ? parts.slice(0, 2) : parts.slice(0, 3)] };
}

/** "No. 87" → "87": the number is the issue; a label with no number ("Reports") is a series. */
function issueNumber(issue: string): string | undefined {
	const match = /\d+(?:[-–/]\d+)?/.exec(issue);
	return match ? match[0] : undefined;
}

export interface CslInput {
	id: string;
	data: Pick<ArticleData, 'title' | 'authors' | 'publication' | 'kind' | 'source' | 'language' | 'abstract'> & {
		/** Absent for an undated source: no date is invented. */
		published: PartialDate | undefined;
	};
}

/**
 * The CSL-JSON item of an article: the single description every citation format, the page's
 * reference and the reference-manager tags are made from. `URL` is the original address when
 * the source gives one, else this site's page (the only place the text can be read);
 * `accessed` is the date of the corpus version being cited (see accessDate).
 */
export function cslItem(article: CslInput, pageUrl: string, accessed?: PartialDate): CslItem {
	const d = article.data;
	const kind = KINDS[d.kind];
	const authors = d.authors.map(cslName).filter((n): n is CslName => n !== undefined);
	const issue = d.publication.issue;
	const number = issue ? issueNumber(issue) : undefined;
	const item: CslItem = {
		id: article.id,
		'citation-key': article.id,
		type: kind.type,
		...(kind.genre ? { genre: kind.genre } : {}),
		title: d.title,
		...(authors.length > 0 ? { author: authors } : {}),
		...(d.published ? { issued: cslDate(d.published) } : {}),
		...(accessed ? { accessed: cslDate(accessed) } : {}),
		...(kind.venue === 'container' ? { 'container-title': d.publication.name } : { publisher: d.publication.name }),
		...(number ? { issue: number } : issue ? { 'collection-title': issue } : {}),
		URL: safeUrl(d.source.url, `${article.id}: source.url`) ?? safeUrl(pageUrl, `${article.id}: page address`),
		language: d.language,
		abstract: d.abstract,
	};
	return item;
}
