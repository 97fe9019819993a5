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
