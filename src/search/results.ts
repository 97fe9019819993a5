import { PARAGRAPH_KIND } from './paragraph-records';
import type { PagefindResult, ResultData } from './engine';

/**
 * Search results as a reader sees them: one entry per page, an article's matching paragraphs
 * gathered under it (¶ number and excerpt, best first), in the order of each entry's best hit.
 */
export interface ParagraphHit {
	n: string;
	url: string;
	excerpt: string;
}
export interface ResultEntry {
	url: string;
	title: string;
	/** "Actor", "Treaty", "Article"… (the page's `type` meta, from the collection labels). */
	type: string;
	date?: string;
	/** The page's own excerpt; absent for an article found only through its paragraphs. */
	excerpt?: string;
	paragraphs: ParagraphHit[];
}

/** Adds the highlight parameter the article page reads (SearchHighlight.astro), before any #fragment. */
export function withHighlight(url: string, terms: string[]): string {
	if (!terms.length) return url;
	const [path, hash] = url.split('#');
	const sep = path!.includes('?') ? '&' : '?';
	return `${path}${sep}${terms.map((t) => `highlight=${encodeURIComponent(t)}`).join('&')}${hash ? `#${hash}` : ''}`;
}

/** Groups loaded result data into entries; `limit` paragraphs at most under one article. */
export function groupResults(data: ResultData[], terms: string[], limit = 6): ResultEntry[] {
	const entries = new Map<string, ResultEntry>();
	for (const d of data) {
		const isParagraph = d.meta.kind === PARAGRAPH_KIND;
		// A paragraph's URL is its article's plus the #p-… fragment.
		const key = isParagraph ? d.url.split('#')[0]! : d.url;
		let entry = entries.get(key);
		if (!entry) {
			entry = {
				url: withHighlight(key, terms),
				title: (isParagraph ? d.meta.article : d.meta.title) ?? key,
				type: isParagraph ? 'Article' : (d.meta.type ?? 'Page'),
				date: d.meta.date,
				paragraphs: [],
			};
			entries.set(key, entry);
		}
		if (isParagraph) {
			if (entry.paragraphs.length < limit) entry.paragraphs.push({ n: d.meta.paragraph ?? '', url: withHighlight(d.url, terms), excerpt: d.excerpt });
		} else {
			entry.title = d.meta.title ?? entry.title;
			entry.excerpt = d.excerpt;
		}
	}
	return [...entries.values()];
}

/** Data already loaded, per result: a remembered search (src/search/engine.ts) gives back the same result objects. */
const loaded = new WeakMap<PagefindResult, Promise<ResultData>>();

/** Loads the data of a slice of results (Pagefind fetches each one's small fragment and makes its excerpt), once per result. */
export function loadData(results: PagefindResult[]): Promise<ResultData[]> {
	return Promise.all(
		results.map((r) => {
			let data = loaded.get(r);
			if (!data) {
				data = r.data();
				data.catch(() => loaded.delete(r));
				loaded.set(r, data);
			}
			return data;
		}),
	);
}
