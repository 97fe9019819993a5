/**
 * Where a name in running text is NOT a mention of an entity: inside a bibliography, or inside
 * the quoted title of a book or paper ("Vladimir Putin and Central Asia" names a book, not
 * Putin). Shared by the entity-link plugin and the mention index so the two always agree.
 */

/** Headings that open a list of works rather than the author's text. */
const BIBLIOGRAPHY_HEADING = /^(?:works cited|works consulted|references|reference list|list of references|bibliography|selected bibliography|sources|literature|further reading|notes and references)$/i;

/** Whether a heading's text opens a bibliography section ("Works Cited", "References", …). */
export function isBibliographyHeading(text: string): boolean {
	return BIBLIOGRAPHY_HEADING.test(text.replace(/[\s:.]+$/, '').trim());
}

/** Small words a title leaves in lower case. */
const MINOR = new Set('a an the and or nor but of in on at to for with by from as vs via into over under after before between about against upon per than de la le des du von van'.split(' '));

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Whether a quoted text reads as a title: at least two words, and the words that a title
 * capitalises ("Regional Structures, and Security Management") mostly start with a capital or
 * a digit. Quoted speech ("today's allies could be tomorrow's enemies") does not.
 */
export function looksLikeTitle(text: string): boolean {
	const words = text.match(WORDS) ?? [];
	if (words.length < 2) return false;
	const major = words.filter((w, i) => i === 0 || !MINOR.has(w.toLowerCase()));
	if (major.length < 2) return false;
	const capitalised = major.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
	return capitalised / major.length >= 0.75;
}

/** Pairs of quotation marks that can enclose a title. Single quotes are left out: ’ is also an apostrophe. */
const QUOTES = /“([^”]*)”|"([^"]*)"|«([^»]*)»|„([^“”]*)[“”]/g;

/** Character ranges [start, end) of the quoted titles in `text`, the quotation marks excluded. */
export function quotedTitleRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	for (const match of text.matchAll(QUOTES)) {
		const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
		if (!looksLikeTitle(inner)) continue;
		const start = match.index! + 1;
		ranges.push([start, start + inner.length]);
	}
	return ranges;
}

/**
 * Drops the matches that stand inside a quoted title, unless the match is the whole title:
 * "Path to Europe" is the programme's own name and still links to it.
 */
export function outsideQuotedTitles<M extends { start: number; end: number }>(text: string, matches: M[]): M[] {
	const ranges = quotedTitleRanges(text);
	if (ranges.length === 0) return matches;
	return matches.filter((m) => {
		const range = ranges.find(([s, e]) => m.start >= s && m.end <= e);
		if (!range) return true;
		return text.slice(range[0], range[1]).replace(/[\s.,;:!?]+$/, '') === text.slice(m.start, m.end);
	});
}
