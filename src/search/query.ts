import { normalizeName } from '../utils/names';

/**
 * Pure pieces of query handling, shared by the browser client (src/search/engine.ts) and its
 * unit tests: splitting a question into words, the words a question can lose without losing
 * its subject, finding entity names inside it, and close spellings of names.
 */

/** Words that carry the grammar of a question, not its subject; dropped first when nothing matches. */
export const STOP_WORDS = new Set(
	(
		'a an and are as at be been being but by can could did do does done for from had has have how i if in into is it its ' +
		'me my no not of on or our us so than that the their them then there these they this those to was we were what when where ' +
		'which while who whom why will with would you your about after before between during instead over under also any all ' +
		'much many more most some such very just only ever still yet against because both each few other same own tell show'
	).split(' '),
);

/** The words of a query, as typed (letters and digits in any script; hyphens and apostrophes kept inside words). */
export function queryWords(query: string): string[] {
	return query.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A lone letter is an initial ("V. Putin") or the first key of the next word being typed
 * ("Kazakhstan R"): either way it says nothing, and as a prefix it would match most of the index.
 */
const isLoneLetter = (word: string) => /^\p{L}$/u.test(word);

/** The words without lone letters, unless nothing else is left: "Kazakhstan R" asks what "Kazakhstan" asks. */
export function withoutLoneLetters(words: string[]): string[] {
	return words.some((w) => !isLoneLetter(w)) ? words.filter((w) => !isLoneLetter(w)) : words;
}

/** A stop word or a lone letter. */
export const saysNothing = (word: string) => STOP_WORDS.has(word.toLocaleLowerCase('en')) || isLoneLetter(word);

/** The query without its stop words and lone letters, or the words themselves when nothing else is left. */
export function withoutStopWords(words: string[]): string[] {
	const kept = words.filter((w) => !saysNothing(w));
	return kept.length ? kept : words;
}

export interface NameSpan {
	/** First word of the span, and how many words it covers. */
	start: number;
	length: number;
	/** The normalised name it matched (a key of the names table). */
	name: string;
}

/**
 * Entity names inside a query, longest first and not overlapping: "Назарбаев and Putin"
 * → spans for "назарбаев" and "putin". `names` holds normalised names (see normalizeName).
 */
export function findNameSpans(words: string[], names: ReadonlySet<string>, maxWords = 6): NameSpan[] {
	const spans: NameSpan[] = [];
	let i = 0;
	while (i < words.length) {
		let found: NameSpan | undefined;
		for (let length = Math.min(maxWords, words.length - i); length >= 1 && !found; length--) {
			const name = normalizeName(words.slice(i, i + length).join(' '));
			// A lone stop word ("US" aside, which is upper-case in the query) is not a name.
			if (length === 1 && STOP_WORDS.has(name) && words[i] !== words[i]!.toUpperCase()) continue;
			if (names.has(name)) found = { start: i, length, name };
		}
		if (found) {
			spans.push(found);
			i += found.length;
		} else i++;
	}
	return spans;
}

/** Edit distance with transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > limit) return limit + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/**
 * The words of `vocabulary` close to `word` (one edit for words up to 5 letters, two beyond),
 * closest first; none for a word of the vocabulary or the beginning of one. Used on the words of entity names, so a misspelt name finds its entity:
 * "Vostochni" → "vostochny", "Nazarbaiev" → "nazarbaev", "nazarbayev".
 */
export function closeSpellings(word: string, vocabulary: Iterable<string>): string[] {
	const w = normalizeName(word);
	// A number is never a misspelling: "2024" is not a slip for "2014", nor "1992" for "1994".
	if (w.length < 4 || /\d/.test(w)) return [];
	const limit = w.length <= 5 ? 1 : 2;
	const found: Array<{ word: string; d: number }> = [];
	for (const candidate of vocabulary) {
		// A known word, or the start of one being typed ("kazakhs"): Pagefind's prefix match finds it as it is.
		if (candidate.startsWith(w)) return [];
		const d = editDistance(w, candidate, limit);
		if (d <= limit) found.push({ word: candidate, d });
	}
	return found.sort((a, b) => a.d - b.d || a.word.localeCompare(b.word)).map((f) => f.word);
}

/** Every word of every name, for close spellings. */
export function nameVocabulary(names: Iterable<string>): Set<string> {
	const words = new Set<string>();
	for (const name of names) for (const w of name.split(' ')) if (w.length >= 4) words.add(w);
	return words;
}

/** Separates an entity's names in its page's `names` meta. */
export const NAMES_SEPARATOR = ' | ';

/**
 * The names worth searching to find every mention of an entity: one per distinct set of words,
 * leaving out a name whose words include another's ("Nursultan Nazarbayev" adds nothing to
 * "Nazarbayev": a page with both words has the one).
 */
export function searchableNames(names: string[]): string[] {
	const sets = [...new Set(names.map(normalizeName).filter(Boolean))].map((n) => ({ name: n, words: new Set(n.split(' ')) }));
	return sets
		.filter((a) => !sets.some((b) => b !== a && b.words.size < a.words.size && [...b.words].every((w) => a.words.has(w))))
		.map((s) => s.name);
}
