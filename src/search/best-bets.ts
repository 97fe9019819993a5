import { normalizeName } from '../utils/names';

/** The Pagefind filter under which every entity page lists its names, normalised. */
export const NAME_FILTER = 'name';

type Result = { id: string };
type SearchResponse = { results: Result[] } | null | undefined;
type Search = (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<SearchResponse>;

/**
 * Readers who type a name expect that entity's page first, whatever the term statistics say.
 * Each entity page lists its names (normalised: case, diacritics, dots and hyphens aside)
 * under the `name` filter; a filter-only search for the typed text finds the pages named
 * exactly that, and they move to the top, keeping Pagefind's order otherwise.
 */
export async function promoteExactName<T extends Result>(results: T[], query: string, search: Search): Promise<T[]> {
	const key = normalizeName(query);
	if (!key || results.length < 2) return results;
	const named = await search(null, { filters: { [NAME_FILTER]: key } });
	const ids = new Set((named?.results ?? []).map((r) => r.id));
	if (ids.size === 0) return results;
	return [...results.filter((r) => ids.has(r.id)), ...results.filter((r) => !ids.has(r.id))];
}
