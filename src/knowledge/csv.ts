import { safeUrl } from '../utils/safe-url';
import { formatCitation, type Citation } from '../schemas/citation';

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a double quote, a line break or
 * leading/trailing space (which some readers trim), with quotes doubled inside.
 */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV document: CRLF after every record (RFC 4180), UTF-8 with a byte-order mark so that
 * spreadsheet programs read Cyrillic names as UTF-8 rather than their local code page.
 */
export function toCsv(rows: string[][]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

type EntityInput = { id: string; data: Record<string, any> };

/** Fields shown in their own columns (or not at all: long lists that the JSON export carries). */
const OWN_COLUMNS = new Set(['name', 'title', 'shortTitle', 'kind', 'aliases', 'native', 'description', 'cite', 'events', 'figures', 'formerPaths']);

function isCitation(value: unknown): value is Citation {
	return typeof value === 'object' && value !== null && 'article' in value && 'anchor' in value;
}

/** A fact value as text: a date at its precision, an id, a list joined by "; ". */
function valueText(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join('; ');
	if (typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.iso === 'string') return record.iso;
		// A list item with its own facts and citation (a role, a membership, a former name):
		// "President (of: kazakhstan, from: 2019) [article#p-…]".
		const entries = Object.entries(record).filter(([k, v]) => k !== 'cite' && v !== undefined);
		const [head, ...rest] = entries.map(([k, v]) => [k, valueText(v)] as const);
		const text = head ? `${head[1]}${rest.length ? ` (${rest.map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}` : '';
		const cites = Array.isArray(record.cite) ? record.cite.filter(isCitation).map(formatCitation) : [];
		return cites.length ? `${text} [${cites.join(' ')}]` : text;
	}
	return String(value);
}

/**
 * One collection as a table for spreadsheets: id, name, type, aliases, Russian and Kazakh
 * names, description and page, then each fact field the collection's entries use (in the
 * schema's order) with a column of its citations (`article-id#p-anchor`, several joined by
 * spaces). List facts that carry their own citations (roles, members) keep them in brackets.
 * A place's coordinates are the numeric columns `lat` and `lon`.
 */
export function collectionCsv(entities: EntityInput[], fieldOrder: string[], pageUrl: (id: string) => string): string {
	const used = (field: string) =>
		entities.some((e) => {
			const v = e.data[field];
			return v !== undefined && !(Array.isArray(v) && v.length === 0);
		});
	const facts = fieldOrder.filter((f) => !OWN_COLUMNS.has(f) && used(f));
	// Coordinates are two numeric columns a spreadsheet or GIS can read (decimal degrees, WGS 84),
	// not one text; they come from outside the articles (`coordinatesSource`), so no citations column.
	const columns = (f: string) => (f === 'coordinates' ? ['lat', 'lon'] : [f, `${f}_citations`]);
	const cells = (d: Record<string, any>, cite: Record<string, Citation[]>, f: string) =>
		f === 'coordinates' ? [d.coordinates ? String(d.coordinates.lat) : '', d.coordinates ? String(d.coordinates.lon) : ''] : [valueText(d[f]), (cite[f] ?? []).map(formatCitation).join(' ')];
	const header = ['id', 'name', 'type', 'aliases', 'name_ru', 'name_kk', 'description', 'url', ...facts.flatMap(columns)];
	const rows = entities.map((e) => {
		const d = e.data;
		const cite = (d.cite ?? {}) as Record<string, Citation[]>;
		return [
			e.id,
			d.name ?? d.title ?? '',
			d.kind ?? '',
			valueText(d.aliases ?? []),
			d.native?.ru ?? '',
			d.native?.kk ?? '',
			d.description ?? '',
			safeUrl(pageUrl(e.id), `${e.id}: url column`),
			...facts.flatMap((f) => cells(d, cite, f)),
		];
	});
	return toCsv([header, ...rows]);
}
