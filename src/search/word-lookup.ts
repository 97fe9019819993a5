/**
 * Where the word tables live, shared by the build (src/search/word-tables.ts writes them) and the
 * browser (src/search/partial.ts reads them). Two tables, both fetched only for a query word
 * that does not match:
 * - related words (WordNet synonyms and derived forms limited to the words our pages use), split
 *   into SYNONYM_BUCKETS files by the first four letters of a word, so that a word and its
 *   inflected forms ("negotiation", "negotiations") are in one file of a few hundred bytes;
 * - the index's own words, one file per initial, for respelling a word the index lacks.
 */

/** Folder under the Pagefind bundle. */
export const WORDS_DIR = 'kb-words';

/** A path: written with the initial as it is, fetched URL-encoded (a static host decodes the address to find the file). */
export const vocabularyFile = (initial: string) => `${WORDS_DIR}/words-${initial}.json`;

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

