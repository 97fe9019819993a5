/**
 * The one name space of the site. Every name, alias, Cyrillic name, id, redirect path and former
 * address is compared, slugged and matched in the forms this module gives, and nowhere else:
 * the integrity check, the alias routes, the mention linker, the search name lists and the
 * ingest's slugs all ask it. Two spellings that fold to the same form here are the same name.
 */

/**
 * Characters that take no room on screen: zero-width space/joiners, word joiner, soft hyphen,
 * byte-order mark, bidirectional controls, the Mongolian vowel separator, invisible operators.
 * A name containing one looks identical to the name without it, so the content check rejects
 * them in names (see `invisibleCharacters`) rather than folding them silently: an editor who
 * pasted one cannot see it and should learn the text came with a hidden character. Folding
 * still removes them, so that no consumer can be fooled by one that slipped through.
 */
// \p{Cf} (format characters) holds the soft hyphen, zero-width and bidirectional controls, the
// word joiner and the BOM; the rest are fillers and variation selectors of other categories.
// Written by category rather than by code point: the search client carries this table too.
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu;

/** Every dash and hyphen variant (hyphen-minus, U+2010–2015, minus sign, small/full-width forms). */
// \p{Pd} is every dash punctuation mark (U+2010–2015, the small and full-width forms…); the
// minus signs and the modifier-letter dashes are symbols.
const DASHES = /[\p{Pd}\u00af\u02d7\u2043\u207b\u208b\u2212]/gu;

/** Apostrophes and quotation marks of every script, and the dot: dropped ("U.S." = "US", "O’Neil" = "ONeil"). */
// \p{Pi} and \p{Pf} are the opening and closing quotation marks of every script («», ‘’, “”, ‹›).
const QUOTES_AND_DOTS = /[.'"`\p{Pi}\p{Pf}\u00b4\u02b9-\u02bc\u02c8\u201a\u201b\u201e\u201f\u2032-\u2037\u300c-\u300f\uff02\uff07]/gu;

/** The invisible characters in a text, as code points ("U+200B"), for error messages. */
export function invisibleCharacters(text: string): string[] {
	return [...new Set([...text.matchAll(INVISIBLE)].map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
}

/**
 * The form in which two names count as the same: Unicode compatibility forms (NFKC: full-width
 * letters, ligatures), case, accents and diacritics, every dash and quote variant, dots,
 * invisible characters and spacing are ignored. So "Nazarbayev" and "nazarbayev", "U.S." and
 * "US", "ÁSTANA" and "Astana", "Euro–Maidan" and "Euro-Maidan" collide. Combining marks go in
 * every script (ё = е, й = и), as readers type them without.
 */
export function normalizeName(name: string): string {
	return name
		.normalize('NFKC')
		.replace(INVISIBLE, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLocaleLowerCase('en')
		.replace(QUOTES_AND_DOTS, '')
		.replace(DASHES, ' ')
		.replace(/[\s_]+/gu, ' ')
		.trim();
}

/**
 * The longest URL segment a name gets (characters; slugs are ASCII, so also bytes). File
 * systems cap a path segment at 255 bytes (a 307-character official title crashed the build with
 * ENAMETOOLONG); an address nobody can type or read is no use either, so a longer name gets the
 * first whole words that fit. 120 keeps every address published so far (the longest is 99) and
 * leaves room for the `.html` a host may add.
 */
export const MAX_SLUG = 120;

/**
 * A name as an id or URL segment: "Almaty_City" → "almaty-city", "Nur–Sultan" → "nur-sultan".
 * Longer than MAX_SLUG, it keeps its first whole words up to that length: two long names
 * that share their first 120 characters then share a slug, which the content check
 * reports like any other collision.
 */
export function toSlug(name: string): string {
	const slug = normalizeName(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= MAX_SLUG) return slug;
	const cut = slug.slice(0, MAX_SLUG + 1);
	const boundary = cut.lastIndexOf('-');
	return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/**
 * The URL segment an entity's other name gets as a redirect, or undefined when it gets none: a
 * name in another script (Cyrillic) would leave only its Latin scraps ("xxi" of "Договор … в XXI
 * веке"), an address that names nothing.
 */
export function aliasSlug(name: string): string | undefined {
	if ([...normalizeName(name).matchAll(/\p{L}/gu)].some(([letter]) => !/[a-z]/.test(letter))) return undefined;
	return toSlug(name) || undefined;
}
