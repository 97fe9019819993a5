import type { PagefindResult } from './engine';
import { closeSpellings, queryWords, searchableNames } from './query';
import { ENTITY_FILTER } from './paragraph-records';
import { baseForms, relatedWords, synonymFile, vocabularyFile, type RelatedTable } from './word-lookup';

/**
 * What the search does when a query's words do not all match (src/search/engine.ts): loaded
 * only then, so the usual search stays within the page's JavaScript budget.
 *
 * Ranked partial matching. Each word of the question is searched alone; Pagefind scores a page
 * for one word by BM25 (inverse document frequency × saturated term frequency, length
 * normalised): measured on this index, "kazakhstan" (on 329 of 374 pages) scores at most 1.4,
 * "treaty" (71 pages) 17 and "pact" (4 pages) 47. A page's score is the sum of its words'
 * scores, times the share of the question's words it has (Lucene's "coord"), so the rare words
 * that carry a question count most and common ones least, and a paragraph with three of five
 * words competes with one that has four. Every list is sorted by that score: nothing is shown
 * in document order.
 */

/** One word of the question and what may stand for it: itself (weight 1), or related words weighted lower. */
export interface WordAlternatives {
	word: string;
	alternatives: Array<{ term: string; weight: number; results: PagefindResult[] }>;
}

export interface Ranked {
	results: PagefindResult[];
	/** Per result id: the words of the question it matched, and by which term. */
	matched: Map<string, Map<string, string>>;
}

/** Related words count this much of a match on the word itself. */
export const DERIVED_WEIGHT = 0.7;
export const SYNONYM_WEIGHT = 0.5;

/** Ranks pages by the words of the question they match (see above); a page's best alternative counts for each word. */
export function rankPartial(words: WordAlternatives[]): Ranked {
	const scores = new Map<string, { result: PagefindResult; score: number }>();
	const matched = new Map<string, Map<string, string>>();
	for (const { word, alternatives } of words) {
		const best = new Map<string, { result: PagefindResult; score: number; term: string }>();
		for (const alt of alternatives)
			for (const r of alt.results) {
				const s = alt.weight * r.score;
				if ((best.get(r.id)?.score ?? -1) < s) best.set(r.id, { result: r, score: s, term: alt.term });
			}
		for (const [id, b] of best) {
			const entry = scores.get(id) ?? { result: b.result, score: 0 };
			entry.score += b.score;
			scores.set(id, entry);
			matched.set(id, (matched.get(id) ?? new Map()).set(word, b.term));
		}
	}
	const total = Math.max(words.length, 1);
	const coord = (id: string) => (matched.get(id)?.size ?? 0) / total;
	const results = [...scores.entries()]
		.map(([id, e]) => ({ id, result: e.result, score: e.score * coord(id) }))
		.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
		.map((e) => e.result);
	return { results, matched };
}

/** Fetches one word-table file from the Pagefind bundle (src/search/word-lookup.ts); a missing file is an empty table. */
export type TableFetch = (file: string) => Promise<unknown>;

/** Related words of a query word our pages use: derived forms, then synonyms ("pact" → treaty, accord). */
export async function related(fetchTable: TableFetch, word: string): Promise<{ derived: string[]; synonyms: string[] }> {
	const files = [...new Set(baseForms(word).map(synonymFile))];
	const tables = (await Promise.all(files.map((f) => fetchTable(f).catch(() => ({}))))) as RelatedTable[];
	return relatedWords(Object.assign({}, ...tables), word);
}

/**
 * The index word a word the index lacks should be read as: the closest word of the index (or of
 * an entity name) that shares its first letter, the one most pages have among the closest.
 * `count` says how many pages have a word. Undefined when nothing is close.
 */
export async function respell(fetchTable: TableFetch, word: string, names: Iterable<string>, count: (w: string) => Promise<number>): Promise<string | undefined> {
	const initial = Array.from(word)[0];
	if (!initial) return undefined;
	const fetched = await fetchTable(vocabularyFile(initial)).catch(() => []);
	const indexWords = Array.isArray(fetched) ? (fetched as string[]) : [];
	const candidates = closeSpellings(word, [...new Set([...names, ...indexWords])].filter((w) => Array.from(w)[0] === initial));
	if (!candidates.length) return undefined;
	const closest = candidates.slice(0, 5);
	const counted = await Promise.all(closest.map(async (c) => ({ c, n: await count(c) })));
	return counted.filter((x) => x.n > 0).sort((a, b) => b.n - a.n)[0]?.c;
}

type Run = (words: string[] | null, filters: Record<string, unknown>) => Promise<PagefindResult[]>;

/**
 * A question naming entities whose other words no paragraph naming them all has: the paragraphs
 * naming any of them, ranked by the other words they have (rare ones most) and by the entities
 * they name, each counted by the text of its names (a paragraph linking one under an alias counts
 * as naming it, with nothing added to its score).
 */
export async function rankNamed(run: Run, entities: Array<{ id: string; names: string[] }>, asked: string[], filters: Record<string, unknown>): Promise<Ranked> {
	const any = { ...filters, [ENTITY_FILTER]: { any: entities.map((e) => e.id) } };
	const byEntity = await Promise.all(
		entities.map(async (e) => {
			const own = { ...filters, [ENTITY_FILTER]: [e.id] };
			const names = searchableNames(e.names).filter((n) => /[a-z]/.test(n)).slice(0, 4);
			return {
				word: e.id,
				alternatives: [
					{ term: '', weight: 0, results: await run(null, own) },
					...(await Promise.all(names.map(async (n) => ({ term: n, weight: 1, results: await run(queryWords(n), own) })))),
				],
			};
		}),
	);
	const words = await Promise.all(asked.map(async (w) => ({ word: w, alternatives: [{ term: w, weight: 1, results: await run([w], any) }] })));
	return rankPartial([...words, ...byEntity]);
}
