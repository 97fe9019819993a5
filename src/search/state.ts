/**
 * Search state in the URL: `/search/?q=customs+union&type=treaty&decade=2010s`. Pure
 * functions, shared by the search page and its tests, so a pasted link, the back button and
 * the page agree on what a URL means.
 */

/** The filters a URL may carry, in the order they are written. */
export const FILTER_NAMES = ['type', 'decade', 'year', 'country'] as const;

export interface SearchState {
	q: string;
	/** Filter name → selected values, as Pagefind labels them ("Treaty", "2010s"). */
	filters: Record<string, string[]>;
}

/** Longest query we pass on: anything longer is cut, not rejected. */
export const MAX_QUERY = 200;

/** Reads the state from a URL's query string; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const name of FILTER_NAMES) {
		const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
		if (values.length) filters[name] = [...new Set(values)];
	}
	return { q: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

/** Writes the state as a query string ("" when empty); filter values lower-cased for readable links. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const name of FILTER_NAMES) {
		for (const value of state.filters[name] ?? []) params.append(name, value.toLowerCase());
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * Maps filter values from a URL (any case) onto the labels the index uses, dropping values
 * the index does not have: `type=treaty` → `{ type: ['Treaty'] }`.
 */
export function resolveFilters(filters: Record<string, string[]>, available: Record<string, Record<string, number>>): Record<string, string[]> {
	const resolved: Record<string, string[]> = {};
	for (const [name, values] of Object.entries(filters)) {
		const labels = Object.keys(available[name] ?? {});
		const matched = values.map((v) => labels.find((l) => l.toLowerCase() === v.toLowerCase())).filter((l): l is string => Boolean(l));
		if (matched.length) resolved[name] = matched;
	}
	return resolved;
}

/** True when two states describe the same search. */
export function sameState(a: SearchState, b: SearchState): boolean {
	return writeSearchState(a) === writeSearchState(b);
}
