/**
 * Red links: proper names the articles use that no entity page answers to, ranked by how
 * often and in how many articles they occur, so that the next entity pages are chosen from
 * evidence. Pure: articles' Markdown trees and the alias matcher in, a ranked list out
 * (scripts/red-links.ts prints it).
 *
 * A proper name here is a run of capitalised words ("Free Trade Area", "FTA"), which may be
 * bound by the connectors "of", "for", "and", "the", "on", "in", "de" into one name ("Free
 * Trade Area of the CIS", "Kazakhstan Institute for Strategic Studies"). Then:
 * - a sentence's first word is dropped unless the corpus capitalises it inside sentences too
 *   and never writes it in lower case ("The", "However", "Secondly" are capitalised for the
 *   sentence, not for a name);
 * - month and day names, titles and nationalities at either end ("President", "Russian",
 *   "Kazakhstani", "Russian-Kazakh") are dropped;
 * - what the alias matcher links in the candidate (the same rule as on the pages, so
 *   "President Putin" and "Russia and Kazakhstan" leave nothing, while "CIS" inside "Free
 *   Trade Area of the CIS" is not linked and the whole stays a red link) is removed, and the
 *   rest is split there;
 * - a single word the corpus also writes in lower case ("State", "Union") is dropped.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { anchoredBlocks } from '../utils/anchored-blocks';
import { type AliasMatcher, NEVER_NAME_PARTS, TITLE_WORDS } from './alias-matcher';

/** Where in an article a block stands: the author's text, or the notes and bibliography. */
export type Part = 'body' | 'notes';

export interface TextBlock {
	part: Part;
	text: string;
	/** The paragraph's citation anchor (footnotes have none of their own). */
	anchor?: string;
}

export interface RedLink {
	name: string;
	/** Occurrences in article bodies. */
	body: number;
	/** Occurrences in footnotes, endnotes and bibliographies. */
	notes: number;
	/** Ids of the articles that use the name, sorted. */
	articles: string[];
	/** Where it first occurs, as a citation key (`article#p-anchor`) when the paragraph has one. */
	first: string;
}

/** Headings that open an article's apparatus rather than its text. */
const APPARATUS_HEADING = /^(works cited|bibliography|references|sources|notes|endnotes|literature|further reading)\b/i;

/**
 * An article's text blocks in document order, each marked body or notes: footnote definitions
 * and everything after a "Works Cited"/"Bibliography"/"Notes" heading are notes.
 */
export function textBlocks(tree: Root): TextBlock[] {
	const out: TextBlock[] = [];
	// The anchors the site gives paragraphs and list items, by node, so a red link can be cited.
	const anchors = new Map<Nodes, string>();
	for (const block of anchoredBlocks(tree)) {
		anchors.set(block.node, block.anchor);
		if (block.node.type === 'listItem') for (const child of block.node.children) anchors.set(child, block.anchor);
	}
	let part: Part = 'body';
	const walk = (parent: Parent, inNote: boolean) => {
		for (const node of parent.children as Nodes[]) {
			if (node.type === 'heading') {
				if (!inNote) part = APPARATUS_HEADING.test(toString(node).trim()) ? 'notes' : 'body';
				continue;
			}
			if (node.type === 'footnoteDefinition') {
				walk(node, true);
				continue;
			}
			if (node.type === 'paragraph' || node.type === 'tableCell') {
				const anchor = anchors.get(node);
				out.push({ part: inNote ? 'notes' : part, text: plainText(node), ...(anchor ? { anchor } : {}) });
				continue;
			}
			if ('children' in node) walk(node as Parent, inNote);
		}
	};
	walk(tree, false);
	return out;
}

/** Text of a block without footnote reference labels. */
function plainText(node: Nodes): string {
	if (node.type === 'footnoteReference') return '';
	if ('value' in node && typeof node.value === 'string') return node.value;
	if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
	return '';
}

const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'von', 'al']);
const CALENDAR = new Set([
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
	'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Adjectives and nouns of nationality or doctrine: "Russian", "Kazakhstani", "Russians", "Eurasianist". */
const DEMONYM = /(?:ian|ean|ese|ish|stani|ians|eans|ists?)$/u;
/** Words that stand capitalised for reasons other than a name. */
const NEVER = new Set(['i', 'a', 'an', 'ph', 'phd', 'mr', 'mrs', 'ms', 'dr', 'no', 'vol', 'pp', 'p', 'ed', 'eds', 'et', 'al', 'ibid', 'op', 'cit']);
/** What ends a sentence before a word (not a colon: "New York: Palgrave Macmillan"). */
const SENTENCE_START = /(?:^|[.!?]["'”’)\]]*\s+|^["“‘(\[]+|\s["“‘(\[]+)$/u;

const fold = (w: string) => w.toLocaleLowerCase('en');
/** "Russia’s" → "Russia": a possessive is not part of the name. */
const unpossessive = (w: string) => w.replace(/['’]s$/u, '');

interface Token {
	word: string;
	start: number;
	end: number;
	sentenceStart: boolean;
}

function tokens(text: string): Token[] {
	const out: Token[] = [];
	let previousEnd = 0;
	for (const m of text.matchAll(WORD)) {
		const before = text.slice(previousEnd, m.index);
		out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length, sentenceStart: out.length === 0 ? /^\W*$/u.test(before) : SENTENCE_START.test(before) });
		previousEnd = m.index! + m[0].length;
	}
	return out;
}

/** The corpus's evidence about words: which it writes in lower case, which capitalised inside a sentence. */
export interface Vocabulary {
	lower: ReadonlySet<string>;
	/** Words seen capitalised somewhere other than at a sentence's start. */
	midSentence: ReadonlySet<string>;
}

/** Collects the vocabulary of a corpus. */
export function vocabularyOf(texts: Iterable<string>): Vocabulary {
	const lower = new Set<string>();
	const midSentence = new Set<string>();
	for (const text of texts) {
		for (const t of tokens(text)) {
			if (!CAPITALISED.test(t.word)) lower.add(t.word);
			else if (!t.sentenceStart) midSentence.add(unpossessive(t.word));
		}
	}
	return { lower, midSentence };
}

/** An adjective or noun of nationality, also hyphenated ("Russian-Kazakh"). */
const nationality = (key: string) => key.split(/[-‐]/).every((part) => DEMONYM.test(part) || NEVER_NAME_PARTS.has(part));

/** Can this word stand at the edge of a name? */
function edgeWord(word: string, vocabulary: Vocabulary, sentenceStart: boolean): boolean {
	const bare = unpossessive(word);
	const key = fold(bare);
	if (!CAPITALISED.test(word) || CALENDAR.has(key) || NEVER.has(key) || TITLE_WORDS.has(key) || nationality(key)) return false;
	// "Russian-led", "Turkish-speaking", an initial ("D."): a compound adjective or a letter, not a name.
	if (/[-‐]\p{Ll}/u.test(bare) || bare.length === 1) return false;
	// A sentence's first word is a name's only if the corpus capitalises it elsewhere too, and never writes it in lower case.
	if (sentenceStart && (vocabulary.lower.has(key) || !vocabulary.midSentence.has(bare))) return false;
	return true;
}

/** Runs of capitalised words bound by connectors, as [start, end] offsets. */
function runs(text: string, toks: Token[]): Array<{ toks: Token[] }> {
	const out: Array<{ toks: Token[] }> = [];
	let current: Token[] = [];
	const close = () => {
		while (current.length && !CAPITALISED.test(current.at(-1)!.word)) current.pop();
		if (current.length) out.push({ toks: current });
		current = [];
	};
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		const gap = i > 0 ? text.slice(toks[i - 1]!.end, t.start) : '';
		const joined = current.length > 0 && /^[ \u00a0]$/u.test(gap) && !t.sentenceStart;
		if (!joined) close();
		if (CAPITALISED.test(t.word)) current.push(t);
		else if (current.length && CONNECTORS.has(t.word) && joined) current.push(t);
		else close();
	}
	close();
	return out;
}

/** The proper names in one text that the matcher does not know, as written. */
export function unknownNames(text: string, matcher: AliasMatcher, vocabulary: Vocabulary): string[] {
	const found: string[] = [];
	const toks = tokens(text);
	// The matcher sees the whole text, so that its longer-name rule judges the same context as on the page.
	const linked = matcher.match(text);
	for (const run of runs(text, toks)) {
		// Cut out what the matcher links here, then trim each remaining piece at its edges.
		const known = linked.filter((m) => m.start < run.toks.at(-1)!.end && m.end > run.toks[0]!.start).map((m) => [m.start, m.end] as const);
		let piece: Token[] = [];
		const flush = () => {
			while (piece.length && !edgeWord(piece[0]!.word, vocabulary, piece[0]!.sentenceStart)) piece.shift();
			while (piece.length && !edgeWord(piece.at(-1)!.word, vocabulary, false)) piece.pop();
			if (piece.length === 1 && vocabulary.lower.has(fold(unpossessive(piece[0]!.word)))) piece = [];
			if (piece.length) found.push(unpossessive(text.slice(piece[0]!.start, piece.at(-1)!.end)));
			piece = [];
		};
		for (const t of run.toks) {
			if (known.some(([s, e]) => t.start < e && t.end > s)) flush();
			else piece.push(t);
		}
		flush();
	}
	return found;
}

/**
 * Ranks the unknown names of every article: used by most articles first (a name several sources
 * rely on is the likeliest page), then by occurrences (body and notes together).
 */
export function redLinks(articles: Array<{ id: string; blocks: TextBlock[] }>, matcher: AliasMatcher): RedLink[] {
	const vocabulary = vocabularyOf(articles.flatMap((a) => a.blocks.map((b) => b.text)));
	const byName = new Map<string, RedLink & { spellings: Map<string, number> }>();
	for (const article of articles) {
		for (const block of article.blocks) {
			for (const name of unknownNames(block.text, matcher, vocabulary)) {
				const key = fold(name).replace(/[‐-]/g, '-');
				let entry = byName.get(key);
				if (!entry) byName.set(key, (entry = { name, body: 0, notes: 0, articles: [], first: block.anchor ? `${article.id}#${block.anchor}` : `${article.id} (a note)`, spellings: new Map() }));
				entry[block.part] += 1;
				if (!entry.articles.includes(article.id)) entry.articles.push(article.id);
				entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
			}
		}
	}
	return [...byName.values()]
		.map(({ spellings, ...entry }) => ({
			...entry,
			// The most frequent spelling names the entry (ties: alphabetical), so the output is stable.
			name: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
			articles: entry.articles.sort(),
		}))
		.sort((a, b) => b.articles.length - a.articles.length || b.body + b.notes - (a.body + a.notes) || b.body - a.body || a.name.localeCompare(b.name));
}
