import { normalizeName } from '../utils/names';

/** A Pagefind search result before its data is loaded. */
export interface LazyResult {
	data(): Promise<{ meta?: Record<string, string | undefined> }>;
}

/** How many of the top results are checked for an exact name: their data loads anyway to be shown. */
const CHECKED = 12;

/** The separator between names in an entity page's `names` metadata. */
export const NAMES_SEPARATOR = ' | ';

/**
 * Readers who type a name expect that entity's page first, whatever the term statistics say.
 * Each entity page carries all its names as Pagefind metadata; if one of the top results is
 * named exactly what was typed (case, diacritics and punctuation aside), it moves to the top.
 */
export async function promoteExactName<T extends LazyResult>(results: T[], query: string): Promise<T[]> {
	const wanted = normalizeName(query);
	if (!wanted) return results;
	const top = results.slice(0, CHECKED);
	const data = await Promise.all(top.map((r) => r.data().catch(() => ({ meta: {} as Record<string, string | undefined> }))));
	const exact = data.findIndex((d) => (d.meta?.names ?? '').split(NAMES_SEPARATOR).some((n: string) => normalizeName(n) === wanted));
	if (exact <= 0) return results;
	const reordered = [...results];
	const [hit] = reordered.splice(exact, 1);
	reordered.unshift(hit!);
	return reordered;
}

/** Wraps a loaded Pagefind instance's search so every search gets the exact-name promotion. */
export function withBestBets(pagefind: { search: (term: string | null, options?: unknown) => Promise<any> }): void {
	const search = pagefind.search.bind(pagefind);
	pagefind.search = async (term, options) => {
		const response = await search(term, options);
		if (response?.results && term) response.results = await promoteExactName(response.results, term);
		return response;
	};
}
