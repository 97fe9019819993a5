/**
 * The form in which two names count as the same: case, diacritics, apostrophes, dots and
 * spacing are ignored, so "Nazarbayev" and "nazarbayev", "U.S." and "US" collide.
 */
export function normalizeName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLocaleLowerCase('en')
		.replace(/[’'`.]/g, '')
		.replace(/[\s\u00a0_-]+/g, ' ')
		.trim();
}

/** A name as an id or URL segment: "Almaty_City" → "almaty-city", "Nur-Sultan" → "nur-sultan". */
export function toSlug(name: string): string {
	return normalizeName(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
