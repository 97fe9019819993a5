import type { Answer, PagefindResult, Relaxation } from './engine';
import { queryWords, searchableNames } from './query';
import { relatedWords, synonymFile, type RelatedTable } from './related-words';
import { closeSpellings } from './spelling';
import { ENTITY_FILTER } from './paragraph-records';
import { baseForms, vocabularyFile } from './word-lookup';

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
	// A compound typed with another dash than the text's ("Atasu-Alashankou" for "Atasu–Alashankou"):
	// the name space folds every dash to one, so the names cannot tell them apart, but the index
	// keeps the text's own dash. Read it with the dash the index has.
	if (/[-‐–—]/.test(word)) {
		for (const dash of ['–', '—', '-']) {
			const form = word.replace(/[-‐–—]/g, dash);
			if (form !== word && (await count(form)) > 0) return form;
		}
	}
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
			// Every search at once: on a first search each waits for its part of the index.
			const [all, ...byName] = await Promise.all([run(null, own), ...names.map((n) => run(queryWords(n), own))]);
			return {
				word: e.id,
				alternatives: [{ term: '', weight: 0, results: all! }, ...names.map((n, i) => ({ term: n, weight: 1, results: byName[i]! }))],
			};
		}),
	);
	const words = await Promise.all(asked.map(async (w) => ({ word: w, alternatives: [{ term: w, weight: 1, results: await run([w], any) }] })));
	return rankPartial([...words, ...byEntity]);
}

/** The notice above results that are not every word's: what was not matched, matched by a related word, or respelt. */
export function describe(r: Relaxation, total: number, query: string): string {
	const quote = (list: string[]) => list.map((w) => `“${w}”`).join(', ');
	const parts = [
		r.dropped.length ? `not matched: ${quote(r.dropped)}` : '',
		r.also?.length ? `also matched: ${r.also.map(([w, t]) => `“${t}” for “${w}”`).join(', ')}` : '',
		r.respelt.length ? `read ${r.respelt.map(([a, b]) => `“${a}” as “${b}”`).join(', ')}` : '',
	].filter(Boolean);
	if (!total) return `Nothing matches “${query}”${parts.length ? ` (${parts.join('; ')})` : ''}.`;
	if (r.partial) return `No page has every word of your search; showing the closest matches, ranked by how much of it they match (rarer words count more)${parts.length ? `; ${parts.join('; ')}` : ''}.`;
	if (r.dropped.length) return `Showing the closest matches; ${parts.join('; ')}.`;
	return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

export type Related = { derived: string[]; synonyms: string[] };

/**
 * The words of a question the index lacks: a dictionary word with related words our pages use is
 * matched by those (the partial match); any other is respelt to a close word of the index, or
 * else left out.
 */
export async function readMissing(fetchTable: TableFetch, missing: string[], names: Iterable<string>, count: (w: string) => Promise<number>) {
	const fixes: Relaxation = { used: [], dropped: [], respelt: [], also: [] };
	const relatedOf = new Map<string, Related>();
	for (const w of missing) {
		const rel = await related(fetchTable, w);
		const known = (await Promise.all([...rel.derived, ...rel.synonyms].map(async (r) => ((await count(r)) ? [r] : [])))).flat();
		if (known.length) relatedOf.set(w, { derived: rel.derived.filter((r) => known.includes(r)), synonyms: rel.synonyms.filter((r) => known.includes(r)) });
		else {
			const to = await respell(fetchTable, w, names, count);
			if (to) fixes.respelt.push([w, to]);
			else fixes.dropped.push(w);
		}
	}
	return { fixes, relatedOf };
}

/** A word of the question ranked by itself alone (its own Pagefind results, weight 1). */
const alone = async (run: Run, word: string, filters: Record<string, unknown>): Promise<WordAlternatives> => ({ word, alternatives: [{ term: word, weight: 1, results: await run([word], filters) }] });

/**
 * No page has every word: pages ranked by the words they match, rarest counting most; a word the
 * best of them lacks (or the index lacks) is matched by its related words, derived forms weighted
 * above synonyms and both below the word itself.
 */
export async function rankQuestion(run: Run, content: string[], relatedOf: Map<string, Related>, fixes: Relaxation, fetchTable: TableFetch, filters: Record<string, unknown>): Promise<Answer> {
	let partial = rankPartial(await Promise.all(content.map((w) => alone(run, w, filters))));
	const lacking = content.filter((w) => !partial.matched.get(partial.results[0]?.id ?? '')?.has(w));
	for (const w of lacking) relatedOf.set(w, await related(fetchTable, w));
	const asked = [...new Set([...content, ...relatedOf.keys()])];
	if (relatedOf.size) {
		const alts = (list: string[], weight: number) => Promise.all(list.slice(0, 6).map(async (r) => ({ term: r, weight, results: await run([r], filters) })));
		partial = rankPartial(
			await Promise.all(
				asked.map(async (w) => {
					const rel = relatedOf.get(w);
					const own = content.includes(w) ? (await alone(run, w, filters)).alternatives : [];
					return { word: w, alternatives: [...own, ...(rel ? [...(await alts(rel.derived, DERIVED_WEIGHT)), ...(await alts(rel.synonyms, SYNONYM_WEIGHT))] : [])] };
				}),
			),
		);
	}
	// What the first results matched, and by what: the best one's words say what is missing.
	const shown = partial.results.slice(0, 8).map((r) => partial.matched.get(r.id)!);
	const top = shown[0];
	const also = [...new Set(shown.flatMap((m) => [...m].filter(([w, t]) => w !== t)).map(([w, t]) => `${w} ${t}`))].map((k) => k.split(' ') as [string, string]);
	return {
		results: partial.results,
		relaxed: { used: [...new Set(shown.flatMap((m) => [...m.values()]))], dropped: [...fixes.dropped, ...asked.filter((w) => !top?.has(w))], respelt: fixes.respelt, also, partial: true },
	};
}
