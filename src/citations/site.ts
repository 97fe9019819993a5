import { getSite } from '../knowledge/site';
import { entryUrl } from '../utils/paths';
import { accessDate } from './access-date';
import { cslItem, type CslItem } from './csl';
import { referenceText } from './formats';

/** What the site shows and serves to cite one article. */
export interface ArticleCitation {
	/** The CSL-JSON item every citation file, tag and reference is made from. */
	item: CslItem;
	/** This site's page of the article, as built (SITE_URL + base). */
	pageUrl: string;
	/** The page's path under the site's origin, base included: the client rebuilds the URL from it. */
	pagePath: string;
	/**
	 * The reference in the site's style without this site's address (which the page appends, as
	 * the reader's own origin, at run time): the original address stays in it when there is one.
	 */
	reference: string;
}

let cached: Promise<Map<string, ArticleCitation>> | undefined;

async function load(): Promise<Map<string, ArticleCitation>> {
	const { articles } = await getSite();
	const site = import.meta.env.SITE;
	const accessed = accessDate();
	return new Map(
		articles.map((article) => {
			const pagePath = entryUrl('articles', article.id);
			const pageUrl = new URL(pagePath, site).href;
			const item = cslItem(article, pageUrl, accessed);
			const { URL: address, ...withoutUrl } = item;
			const reference = referenceText(address === pageUrl ? (withoutUrl as CslItem) : item);
			return [article.id, { item, pageUrl, pagePath, reference }];
		}),
	);
}

/** The citation of every article, by id, made once per build. */
export function getCitations(): Promise<Map<string, ArticleCitation>> {
	return (cached ??= load());
}
