import { normalizeName } from '../utils/names';

/**
 * Close spellings, for a query word the index lacks (src/search/partial.ts). A module of its own
 * so that it loads with the partial-match code, not with every search.
 */

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

