import { labelName } from '../citations/authors';
import type { ArticleData } from '../schemas/article';

/**
 * Short author–year label for a source: "Kukeyeva 2010". A person is named by surname, an
 * institution by its full name, an unknown author by the venue ("UKDiss.com 2019"), as
 * src/citations/authors.ts decides for every format. An undated source reads "n.d.", as
 * author–date styles write it.
 */
export function citationLabel(article: { data: Pick<ArticleData, 'authors' | 'published' | 'publication'> }): string {
	const first = article.data.authors[0];
	const who = (first && labelName(first)) ?? article.data.publication.name;
	const more = article.data.authors.length > 1 ? ' et al.' : '';
	return `${who}${more} ${article.data.published?.year ?? 'n.d.'}`;
}
