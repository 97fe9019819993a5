/**
 * Text that is not content yet: a draft's placeholders (`TODO`, `FIXME`, `TBD`, `<author>`) and
 * wiki markup pasted with a title or an infobox (`= Heading =`, `== … ==`, `[[link]]`,
 * `{{template}}`). A draft from `npm run ingest -- --new` marks every guess it could not make
 * with `TODO: …`; it becomes valid only once a person has filled each one in. The manifest
 * (src/ingest/manifest.ts) and the content check (src/knowledge/integrity.ts) both ask here.
 */
const PLACEHOLDERS: Array<[RegExp, string]> = [
	[/\b(?:TODO|FIXME|TBD|XXX)\b/, 'a draft placeholder'],
	[/<[^<>\n]{0,60}>|<…>|‹[^›]*›/, 'an <angle-bracket> placeholder'],
	[/^\s*={1,6}[^=].*?={1,6}\s*$/, 'wiki heading markup (= … =)'],
	[/\[\[|\]\]/, 'wiki link markup ([[…]])'],
	[/\{\{|\}\}/, 'wiki template markup ({{…}})'],
	[/^\s*\|\s*[\w ]+=\s*/, 'a wiki infobox line (| field = value)'],
];

/** What kind of placeholder or markup a text holds, or undefined if none. */
export function placeholderIn(text: string): string | undefined {
	return PLACEHOLDERS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Every string in `value` with a placeholder, with its dotted path, skipping keys in `skip`. */
export function placeholderFields(value: unknown, path = '', skip: ReadonlySet<string> = new Set()): Array<{ field: string; value: string; kind: string }> {
	if (typeof value === 'string') {
		const kind = placeholderIn(value);
		return kind ? [{ field: path || '(value)', value, kind }] : [];
	}
	if (Array.isArray(value)) return value.flatMap((v, i) => placeholderFields(v, path ? `${path}.${i}` : String(i), skip));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : placeholderFields(v, path ? `${path}.${k}` : k, skip)));
	}
	return [];
}

/** The fix for a placeholder, for messages. */
export const PLACEHOLDER_FIX = 'fill it in with what the source says (or remove the field if it is optional); wiki markup is never part of a name or title';
