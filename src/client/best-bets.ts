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

type PagefindSearch = { search: Search };

/** Wraps a loaded Pagefind instance's search so every search gets the exact-name promotion. */
export function withBestBets(pagefind: PagefindSearch): void {
	const search = pagefind.search.bind(pagefind);
	pagefind.search = async (term, options) => {
		const response = await search(term, options);
		if (response?.results && term) response.results = await promoteExactName(response.results, term, search);
		return response;
	};
}

/**
 * Installs the promotion on a Component UI instance so that no search, however early a reader
 * types, runs on an unwrapped index: the index is wrapped the moment the instance stores it
 * (the instance may search as soon as it holds one, even before its load has finished).
 * Relies on the instance keeping its index in `__pagefind__`, as pagefind 1.6.0 (pinned) does;
 * the browser tests cover it.
 */
export function installBestBets(instance: { __pagefind__?: PagefindSearch | null }): void {
	let index = instance.__pagefind__;
	if (index) withBestBets(index);
	Object.defineProperty(instance, '__pagefind__', {
		configurable: true,
		get: () => index,
		set: (value: PagefindSearch | null) => {
			index = value;
			if (value) withBestBets(value);
		},
	});
}
