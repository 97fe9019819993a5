/**
 * Finds entity names in running text: whole words only, longest match first, case-insensitive
 * except for acronyms ("US" must not match "us"). A word-level trie keeps the cost linear in
 * the length of the text: at each word it follows at most as many words as the longest name.
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

const fold = (word: string) => word.toLocaleLowerCase('en');

export class AliasMatcher {
	private readonly root: TrieNode = { next: new Map() };

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

	/** Every name in `text`, left to right, longest first, never overlapping. */
	match(text: string): NameMatch[] {
		const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
		const found: NameMatch[] = [];
		for (let i = 0; i < words.length; ) {
			let node: TrieNode | undefined = this.root;
			let best: NameMatch | undefined;
			let bestLength = 0;
			for (let j = i; j < words.length; j++) {
				if (j > i && !JOINER.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
				node = node.next.get(fold(words[j]!.word));
				if (!node) break;
				const exact = node.exact?.get(words.slice(i, j + 1).map((w) => w.word).join(' '));
				const entity = exact ?? node.entity;
				if (entity) {
					best = { start: words[i]!.start, end: words[j]!.end, entity };
					bestLength = j - i + 1;
				}
			}
			if (best) {
				// A name that opened a parenthesis, "Military Doctrine (2010", takes its closing one too.
				if (text.slice(best.start, best.end).includes('(') && text[best.end] === ')') best.end += 1;
				found.push(best);
				i += bestLength;
			} else i++;
		}
		return found;
	}
}
