import { normalizeName } from '../utils/names';
import { STOP_WORDS } from './query';

/**
 * Names by initial. A search has to know the names before it can read a query (is "Kazakhstan
 * Russia border" two names and a word?), and the list of all names grows with every entity, so
 * names are filed by initial and a query reads only those of its own words' initials. A name is
 * filed under the initial of each of its words, so the second word of a name ("Cosmodrome") is
 * there for close spellings too; grammar words ("of", "the") are passed over on both sides, so
 * that a question does not read a file for each of them.
 *
 * The names are read from the name tables (src/search/name-tables.ts, plain JSON read while
 * Pagefind starts). Each entity page also lists its names under one Pagefind filter, "name-k"
 * for a name whose first word other than a grammar word starts with "k": the filter an exact
 * name is looked up in, to find that entity's page among the results.
 */
const NAME_FILTER = 'name';

/** A word's first letter or digit: a query's words are letters and digits only ("(2010)" → "2"). */
const initial = (word: string) => /[\p{L}\p{N}]/u.exec(word)?.[0] ?? [];
const unique = (list: string[]) => [...new Set(list)];

/**
 * The initials a name is filed under, in order, once each: those of its words other than
 * grammar words ("Treaty of Friendship" → t, f), or of all its words when it has no other
 * ("US" → u).
 */
export function nameInitials(name: string): string[] {
	const words = normalizeName(name).split(' ').filter(Boolean);
	const kept = words.filter((w) => !STOP_WORDS.has(w));
	return unique((kept.length ? kept : words).flatMap(initial));
}

/** The filter a normalised name is looked up in: that of its first word other than a grammar word ("the astana times" → "name-a"). */
export function nameFilterOf(name: string): string {
	return `${NAME_FILTER}-${nameInitials(name)[0] ?? ''}`;
}

/**
 * The initials a query's words may find names under: those of its words other than grammar words,
 * unless written in capitals ("US", as findNameSpans reads it).
 */
export function queryInitials(words: readonly string[]): string[] {
	const kept = words.filter((w) => !STOP_WORDS.has(w.toLocaleLowerCase('en')) || (w === w.toUpperCase() && /\p{Lu}/u.test(w)));
	return unique(kept.flatMap((w) => normalizeName(w).split(' ').flatMap(initial)));
}

type Result = { id: string };
type SearchResponse = { results: Result[] } | null | undefined;
type Search = (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<SearchResponse>;

/**
 * Readers who type a name expect that entity's page first, whatever the term statistics say.
 * Each entity page lists its names (normalised: case, diacritics, dots and hyphens aside)
 * under the name filters (`nameFilterOf`); a filter-only search for the typed text finds the pages named
 * exactly that, and they move to the top, keeping Pagefind's order otherwise.
 */
export async function promoteExactName<T extends Result>(results: T[], query: string, search: Search): Promise<T[]> {
	const key = normalizeName(query);
	if (!key || results.length < 2) return results;
	const named = await search(null, { filters: { [nameFilterOf(key)]: key } });
	const ids = new Set((named?.results ?? []).map((r) => r.id));
	if (ids.size === 0) return results;
	return [...results.filter((r) => ids.has(r.id)), ...results.filter((r) => !ids.has(r.id))];
}
