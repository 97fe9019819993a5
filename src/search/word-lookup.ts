/**
 * Where the word tables live, shared by the build (src/search/word-tables.ts writes them) and the
 * browser (src/search/partial.ts reads them). Two tables, both fetched only for a query word
 * that does not match:
 * - related words (WordNet synonyms and derived forms limited to the words our pages use), split
 *   into SYNONYM_BUCKETS files by the first four letters of a word, so that a word and its
 *   inflected forms ("negotiation", "negotiations") are in one file of a few hundred bytes;
 * - the index's own words, one file per initial, for respelling a word the index lacks.
 */

/** Files of related words; a word's file is a hash of its first four letters. */
export const SYNONYM_BUCKETS = 128;
/** Folder under the Pagefind bundle. */
export const WORDS_DIR = 'kb-words';

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
export const vocabularyFile = (initial: string) => `${WORDS_DIR}/words-${encodeURIComponent(initial)}.json`;

/**
 * The dictionary forms a word may be an inflection of, itself first: WordNet's detachment
 * rules ("negotiations" → "negotiation", "talks" → "talk", "signed" → "sign", "agreed" → "agree").
 */
export function baseForms(word: string): string[] {
	const w = word.toLowerCase();
	const rules: Array<[string, string]> = [
		['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['s', ''],
		['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''],
	];
	const forms = [w];
	for (const [end, add] of rules) if (w.length > end.length + 2 && w.endsWith(end)) forms.push(w.slice(0, -end.length) + add);
	return [...new Set(forms)];
}

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
