import { baseForms, WORDS_DIR } from './word-lookup';

/**
 * The related-words table's files (src/search/word-lookup.ts says what they are), shared by the
 * build that writes them and the partial-match code that reads them; not loaded with every search.
 */

/** Files of related words; a word's file is a hash of its first four letters. */
export const SYNONYM_BUCKETS = 128;
/** FNV-1a of the first four letters: small, stable, the same in Node and the browser. */
export function synonymBucket(word: string): number {
	let h = 0x811c9dc5;
	for (const c of Array.from(word.toLowerCase()).slice(0, 4).join('')) {
		h ^= c.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h % SYNONYM_BUCKETS;
}

export const synonymFile = (word: string) => `${WORDS_DIR}/related-${synonymBucket(word)}.json`;
/** A table file: word → "derived forms|synonyms", each a space-separated list of words our pages use. */
export type RelatedTable = Record<string, string>;

/** The related words of a word from its table file: derived forms first, then synonyms. */
export function relatedWords(table: RelatedTable, word: string): { derived: string[]; synonyms: string[] } {
	const derived = new Set<string>();
	const synonyms = new Set<string>();
	for (const form of baseForms(word)) {
		const [d = '', s = ''] = (table[form] ?? '').split('|');
		for (const x of d.split(' ').filter(Boolean)) derived.add(x);
		for (const x of s.split(' ').filter(Boolean)) synonyms.add(x);
	}
	for (const d of derived) synonyms.delete(d);
	return { derived: [...derived], synonyms: [...synonyms] };
}
