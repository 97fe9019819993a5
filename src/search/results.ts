import { normalizeName } from '../utils/names';
import { PARAGRAPH_KIND } from './paragraph-records';
import { STOP_WORDS } from './query';
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

const decode = (html: string) =>
	// Pagefind escapes &, <, >, " and ' only.
	html.replace(/&(#x?[\da-f]+|amp|lt|gt|quot);/gi, (_, e: string) =>
		e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e]!,
	);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A word as names are compared, remembered: excerpts repeat their words, and normalizing one runs a dozen Unicode patterns. */
const folded = new Map<string, string>();
const fold = (w: string) => {
	let f = folded.get(w);
	if (f === undefined) {
		if (folded.size > 5000) folded.clear();
		folded.set(w, (f = normalizeName(w).replace(/ /g, '')));
	}
	return f;
};

/**
 * An excerpt as a reader should see it (escaped text, matched words in <mark>): Pagefind's
 * excerpt (or, for an entity page, a sentence of its summary) with note markers ("states[5]")
 * taken out, punctuation moved outside the highlights ("<mark>Treaty.</mark>" → "<mark>Treaty</mark>."),
 * and the words beginning with any of `terms` marked too: the names a query matched through
 * entity links, which Pagefind does not know it matched.
 */
export function cleanExcerpt(html: string, terms: string[]): string {
	const starts = [...new Set(terms.flatMap((t) => t.split(/\s+/)).map(fold).filter((t) => t.length >= 3 && !STOP_WORDS.has(t)))];
	const out: string[] = [];
	for (const [i, part] of html.split(/<\/?mark>/).entries()) {
		const text = decode(part).replace(/\[\d+\]/g, '');
		if (i % 2) {
			const [, lead, word, trail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text)!;
			out.push(escape(lead!), word ? `<mark>${escape(word)}</mark>` : '', escape(trail!));
		} else out.push(escape(text).replace(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu, (w) => (starts.some((t) => fold(w).startsWith(t)) ? `<mark>${w}</mark>` : w)));
	}
	return out.join('');
}

/**
 * Groups loaded result data into entries; `limit` paragraphs at most under one article.
 * `names`: the names the query matched entities by, highlighted in excerpts beside the words.
 */
export function groupResults(data: ResultData[], terms: string[], limit = 6, names: string[] = []): ResultEntry[] {
	const marks = [...terms, ...names];
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
			if (entry.paragraphs.length < limit) entry.paragraphs.push({ n: d.meta.paragraph ?? '', url: withHighlight(d.url, terms), excerpt: cleanExcerpt(d.excerpt, marks) });
		} else {
			entry.title = d.meta.title ?? entry.title;
			// An entity page shows its summary in plain prose, not the labels and alias lists around its matched words.
			entry.excerpt = d.meta.summary ? cleanExcerpt(escape(d.meta.summary), marks) : cleanExcerpt(d.excerpt, marks);
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
