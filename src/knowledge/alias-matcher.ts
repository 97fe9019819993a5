import { normalizeName } from '../utils/names';

/**
 * Finds entity names in running text: whole words only, longest match first, case-insensitive
 * except for acronyms ("US" must not match "us"). A word-level trie keeps the cost linear in
 * the length of the text: at each word it follows at most as many words as the longest name.
 *
 * A known name inside a longer, unknown proper name is not a mention of its entity: "Russia" in
 * "Tsardom of Russia" names the tsardom, "Central Asia" in "Central Asia Barometer" names a
 * survey. See `insideLongerName` for the rule.
 */

/** One name of one entity. */
export interface NameEntry {
	name: string;
	entity: string;
}

/** A name found in a text: character offsets and the entity it names. */
export interface NameMatch {
	start: number;
	end: number;
	entity: string;
}

interface TrieNode {
	next: Map<string, TrieNode>;
	/** Entity named by the words up to here, for case-insensitive names. */
	entity?: string;
	/** Entities named by the words up to here, keyed by exact spelling, for acronyms. */
	exact?: Map<string, string>;
}

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * What may stand between two words of one name: a space, hyphen, dot or apostrophe, or a space
 * and a parenthesis as in "Military Doctrine (2010)"; never a comma or a full stop and a new sentence.
 */
const JOINER = /^(?:[\s\u00a0]+\(?|[-‐–]|\.\s?|\.?[-‐]|['’])$/u;

/** An acronym is matched case-sensitively: all capitals (Latin or Cyrillic), up to six letters. */
export function isAcronym(name: string): boolean {
	const letters = name.replace(/[^\p{L}]/gu, '');
	return letters.length > 0 && letters.length <= 6 && letters === letters.toLocaleUpperCase() && /\p{Lu}/u.test(letters);
}

/** A word as the name space compares it (src/utils/names.ts): case, accents and compatibility forms folded. */
const fold = (word: string) => normalizeName(word);

const CAPITALISED = /^\p{Lu}/u;
/** Only plain spaces bind words into one longer name; a dash, comma or stop separates names. */
const NAME_SPACE = /^[ \u00a0]$/u;
/** Text before a word that shows the word opens a sentence (or the text). */
const SENTENCE_START = /(?:^|[.!?:;]["'”’)\]]*\s+|^["“‘(\[]+)$/u;
/**
 * Words that name an office, a body of people or a status rather than start a proper name: a name
 * after them is still the entity's ("President of Russia", "President Tokayev", "Foreign Minister
 * Lavrov", "the Government of Kazakhstan", "Citizens of Russia"). Lower-case forms.
 */
export const TITLE_WORDS = new Set([
	'president', 'presidents', 'vice', 'prime', 'minister', 'ministers', 'premier', 'chancellor',
	'ambassador', 'ambassadors', 'envoy', 'consul', 'secretary', 'general', 'chairman', 'chairwoman',
	'chair', 'speaker', 'head', 'heads', 'leader', 'leaders', 'government', 'governments',
	'king', 'queen', 'emperor', 'empress', 'tsar', 'tsarina', 'governor', 'mayor', 'marshal',
	'citizen', 'citizens', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'foreign', 'defence',
	'defense', 'deputy', 'acting', 'former', 'late',
]);

/**
 * Capitalised words that never start or continue a proper name: function words of title-case
 * titles ("Relations Between Russia and Kazakhstan", "Cooperation With Kazakhstan") and
 * adjectives of nationality ("Kazakh-Chinese Atasu-Alashankou pipeline", "Soviet Kazakhstan").
 */
export const NEVER_NAME_PARTS = new Set([
	'a', 'an', 'and', 'as', 'at', 'between', 'beyond', 'by', 'for', 'from', 'in', 'into', 'of', 'on',
	'or', 'over', 'the', 'to', 'toward', 'towards', 'under', 'versus', 'vs', 'with', 'within', 'without',
	'after', 'before', 'against', 'among', 'amid', 'about', 'post', 'pre', 'across', 'through',
	'soviet', 'kazakh', 'uzbek', 'tajik', 'kyrgyz', 'turkmen', 'afghan', 'dutch', 'french', 'greek',
]);
const DEMONYM = /(?:ian|ean|ese|ish)$/u;

/** A capitalised word that neither names an office nor is a function word or a nationality. */
function mayBeNamePart(word: string): boolean {
	const key = fold(word);
	return CAPITALISED.test(word) && !TITLE_WORDS.has(key) && !NEVER_NAME_PARTS.has(key) && !DEMONYM.test(key);
}

interface Word {
	word: string;
	start: number;
	end: number;
}

/** Is `words[k]` a capitalised word that carries a name on (not a title, not a sentence opener)? */
function namePart(text: string, words: readonly Word[], k: number): boolean {
	const w = words[k];
	if (!w || !mayBeNamePart(w.word)) return false;
	const before = text.slice(k > 0 ? words[k - 1]!.end : 0, w.start);
	return !(k === 0 ? /^\W*$/u.test(before) : SENTENCE_START.test(before));
}

/**
 * Whether the match `words[i..j]` sits inside a longer proper name the matcher does not know.
 * The rule, in order:
 * 1. A capitalised word right after the name, separated by one space, continues it: "Central
 *    Asia Barometer", "Kazakhstan Institute for Strategic Studies", "Astana Times". A possessive
 *    ("Russia's") is lower-case after its apostrophe and a dash ("Russia–Ukraine") separates,
 *    so both still link; so does a title word after it ("the RF President").
 * 2. A capitalised word right before the name, separated by one space, starts it ("Central
 *    Asia" when only "Asia" is known, "FTA CIS"): unless it is a title word ("President
 *    Tokayev", see TITLE_WORDS), a function word or nationality (NEVER_NAME_PARTS: "Relations
 *    Between Russia", "Kazakh-Chinese Atasu pipeline") or merely opens the sentence ("In
 *    Kazakhstan, …").
 * In 1 a neighbour that starts a known name, in 2 one that is a known one-word name, is a second
 * name, not a longer one ("in Russia Kazakhstan is viewed", a source's missing comma; "in
 * Kazakhstan Kassym-Jomart Tokayev").
 * 3. "X of [the] Name", where X is capitalised, is a longer name ("Tsardom of Russia", "Bank of
 *    Russia", "Assembly of the People of Kazakhstan") unless X is a title word ("President of
 *    Russia", "the Government of Kazakhstan") or opens the sentence ("Most of Russia …").
 * Names the rule gets wrong in one paragraph are listed in the manifest's `noLink`.
 */
function insideLongerName(text: string, words: readonly Word[], i: number, j: number, known: (k: number, whole?: boolean) => boolean): boolean {
	const next = words[j + 1];
	if (next && mayBeNamePart(next.word) && !known(j + 1) && NAME_SPACE.test(text.slice(words[j]!.end, next.start))) return true;
	const prev = words[i - 1];
	if (!prev || !NAME_SPACE.test(text.slice(prev.end, words[i]!.start))) return false;
	if (namePart(text, words, i - 1) && !known(i - 1, true)) return true;
	let of = i - 1;
	if (fold(prev.word) === 'the') {
		of = i - 2;
		if (!words[of] || !NAME_SPACE.test(text.slice(words[of]!.end, prev.start))) return false;
	}
	if (words[of]?.word !== 'of') return false;
	const owner = of - 1;
	return owner >= 0 && NAME_SPACE.test(text.slice(words[owner]!.end, words[of]!.start)) && namePart(text, words, owner);
}

export class AliasMatcher {
	private readonly root: TrieNode = { next: new Map() };

	/** The longest known name starting at word `i`, as [entity, last word index]. */
	private longest(text: string, words: readonly Word[], i: number): [string, number] | undefined {
		let node: TrieNode | undefined = this.root;
		let best: [string, number] | undefined;
		for (let j = i; j < words.length; j++) {
			if (j > i && !JOINER.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
			node = node.next.get(fold(words[j]!.word));
			if (!node) break;
			const entity = node.exact?.get(words.slice(i, j + 1).map((w) => w.word).join(' ')) ?? node.entity;
			if (entity) best = [entity, j];
		}
		return best;
	}

	constructor(names: Iterable<NameEntry>) {
		for (const { name, entity } of names) this.add(name, entity);
	}

	private add(name: string, entity: string): void {
		const words = name.match(WORD);
		if (!words) return;
		let node = this.root;
		for (const word of words) {
			const key = fold(word);
			let child = node.next.get(key);
			if (!child) node.next.set(key, (child = { next: new Map() }));
			node = child;
		}
		if (isAcronym(name)) (node.exact ??= new Map()).set(words.join(' '), entity);
		else node.entity ??= entity;
	}

	/**
	 * Every name in `text`, left to right, longest first, never overlapping, none inside a longer
	 * unknown name. `insideKnownName` is for text that is itself part of a known name (an event's
	 * "Seliger National Youth Forum"): the longer name is known there, so the rule is off.
	 */
	match(text: string, { insideKnownName = false } = {}): NameMatch[] {
		const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
		// A neighbour that is a known name (whole, or the start of one) is a second name, not part of this one.
		const known = (k: number, whole = false) => {
			const found = this.longest(text, words, k);
			return found !== undefined && (!whole || found[1] === k);
		};
		const found: NameMatch[] = [];
		for (let i = 0; i < words.length; ) {
			const hit = this.longest(text, words, i);
			if (!hit) {
				i++;
				continue;
			}
			const [entity, j] = hit;
			// Inside a longer name: skip its known part whole, so no shorter name in it links either.
			if (insideKnownName || !insideLongerName(text, words, i, j, known)) {
				const best: NameMatch = { start: words[i]!.start, end: words[j]!.end, entity };
				// A name that opened a parenthesis, "Military Doctrine (2010", takes its closing one too.
				if (text.slice(best.start, best.end).includes('(') && text[best.end] === ')') best.end += 1;
				found.push(best);
			}
			i = j + 1;
		}
		return found;
	}
}
