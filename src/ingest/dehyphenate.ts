/**
 * Line-end hyphenation in PDF extracts. A hyphen at the end of a line is either typographic
 * (`rela-` / `tions` → `relations`) or part of a real compound (`military-` / `political` →
 * `military-political`). Deleting a real hyphen or keeping a typographic one both change a
 * word, so the decision is made by rules, in this order:
 *
 * 1. a declared override in the manifest (`repairs.hyphenation.keep` / `.join`);
 * 2. the hyphenated form occurs within a line somewhere in the corpus → keep the hyphen
 *    (the author writes it that way: `military-political`, `so-called`);
 * 3. the joined word occurs somewhere in the corpus → join (`relations`, `economic`);
 * 4. the fragment before the hyphen is a known compound element (`so`, `multi`, `post`, …)
 *    or the fragment after it starts with a capital or digit (`post-Soviet`) → keep;
 * 5. otherwise join: in running text set in narrow columns, a line-end hyphen is far more
 *    often typographic than lexical.
 *
 * The corpus is every source file, so a word's spelling elsewhere in the same collection
 * decides, not a dictionary that may not know `EurAsEC` or `Kazakhstani`.
 */

/** Words of the corpus, split into plain words and hyphenated compounds (all lower case). */
export interface Lexicon {
	words: ReadonlySet<string>;
	compounds: ReadonlySet<string>;
}

/** First elements that form compounds with a hyphen in English prose. */
export const COMPOUND_FIRST_ELEMENTS: ReadonlySet<string> = new Set([
	'anti', 'co', 'counter', 'cross', 'ex', 'full', 'geo', 'half', 'inter', 'intra', 'large', 'long',
	'military', 'multi', 'neo', 'non', 'post', 'pre', 'pro', 'quasi', 'self', 'semi', 'short', 'so',
	'socio', 'sub', 'trans', 'well',
]);

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * Builds the lexicon from whole texts. Tokens are read within lines only, so a line-end
 * hyphen never creates a fake compound; fragments such as `rela` become (harmless) words.
 */
export function buildLexicon(texts: Iterable<string>): Lexicon {
	const words = new Set<string>();
	const compounds = new Set<string>();
	for (const text of texts) {
		for (const line of text.split(/\r?\n/)) {
			for (const [token] of line.matchAll(TOKEN)) {
				const lower = token.toLowerCase();
				if (lower.includes('-')) compounds.add(lower);
				else words.add(lower);
			}
		}
	}
	return { words, compounds };
}

export interface HyphenationOverrides {
	keep?: readonly string[];
	join?: readonly string[];
}

export interface HyphenDecision {
	/** The word as it will be printed: `relations` or `military-political`. */
	word: string;
	keepHyphen: boolean;
	/** Which rule decided, for the repair log and tests. */
	reason: 'declared keep' | 'declared join' | 'compound in corpus' | 'word in corpus' | 'compound element' | 'capitalised second part' | 'default join';
}

/** Decides one line-end hyphen between the fragments `left` and `right` (letters only). */
export function decideHyphen(
	left: string,
	right: string,
	lexicon: Lexicon,
	overrides: HyphenationOverrides = {},
): HyphenDecision {
	const hyphenated = `${left}-${right}`;
	const joined = `${left}${right}`;
	const lower = (s: string) => s.toLowerCase();
	if (overrides.keep?.some((k) => lower(k) === lower(hyphenated))) return { word: hyphenated, keepHyphen: true, reason: 'declared keep' };
	if (overrides.join?.some((j) => lower(j) === lower(joined))) return { word: joined, keepHyphen: false, reason: 'declared join' };
	if (lexicon.compounds.has(lower(hyphenated))) return { word: hyphenated, keepHyphen: true, reason: 'compound in corpus' };
	if (lexicon.words.has(lower(joined))) return { word: joined, keepHyphen: false, reason: 'word in corpus' };
	if (COMPOUND_FIRST_ELEMENTS.has(lower(left))) return { word: hyphenated, keepHyphen: true, reason: 'compound element' };
	if (/^[\p{Lu}\p{N}]/u.test(right)) return { word: hyphenated, keepHyphen: true, reason: 'capitalised second part' };
	return { word: joined, keepHyphen: false, reason: 'default join' };
}

/** A decision with the fragments it was made on, for the article's repair list. */
export interface LoggedDecision extends HyphenDecision {
	left: string;
	right: string;
}

/**
 * Joins two consecutive lines of one paragraph. A line ending in `letters-` followed by a
 * line starting with letters is decided by decideHyphen; anything else is joined with one
 * space. Whitespace at the seam is dropped (the PDF extract pads lines with spaces).
 */
export function joinLines(
	before: string,
	after: string,
	lexicon: Lexicon,
	overrides: HyphenationOverrides = {},
	log?: (decision: LoggedDecision) => void,
): string {
	const a = before.trimEnd();
	const b = after.trimStart();
	if (!a) return b;
	if (!b) return a;
	const tail = /(\p{L}+)-$/u.exec(a);
	const head = /^(\p{L}+)/u.exec(b);
	if (tail && head && !/[-\u2010-\u2015]-$/u.test(a)) {
		const decision = decideHyphen(tail[1]!, head[1]!, lexicon, overrides);
		log?.({ ...decision, left: tail[1]!, right: head[1]! });
		return decision.keepHyphen ? a + b : a.slice(0, -1) + b;
	}
	return `${a} ${b}`;
}
