import type { ArticleData } from '../schemas/article';
import { formatPartialDate } from '../schemas/date';

/** Short author–year label for a source: "Kukeyeva 2010". */
export function citationLabel(article: { data: Pick<ArticleData, 'authors' | 'published'> }): string {
	const first = article.data.authors[0]?.name ?? 'Anon.';
	const surname = first.trim().split(/\s+/).at(-1) ?? first;
	const more = article.data.authors.length > 1 ? ' et al.' : '';
	return `${surname}${more} ${article.data.published.year}`;
}

/** A ready-to-copy reference in a common humanities style. */
export function referenceText(article: { data: ArticleData }, pageUrl: string): string {
	const d = article.data;
	const names = d.authors.map((a) => a.name).join(', ');
	const venue = [d.publication.name, d.publication.issue].filter(Boolean).join(', ');
	const original = d.source.url ? ` Originally at ${d.source.url}.` : '';
	return `${names}. “${d.title}.” ${venue}, ${formatPartialDate(d.published)}.${original} Accessed via ${pageUrl}.`;
}
