import { z } from 'zod';
import type { Citation } from '../schemas/citation';
import { formatPartialDate, formatPeriod, type PartialDate } from '../schemas/date';
import { entityRefSchema } from '../schemas/ids';
import { kindLabel } from '../utils/labels';

/** One piece of an infobox value: text, or a link to another entity. */
export type InfoboxPart = { text: string } | { ref: string };

/** One line of a multi-valued row (a role, a membership), with its own sources. */
export interface InfoboxItem {
	parts: InfoboxPart[];
	cite: Citation[];
}

/** One row of an entity's infobox: a label, its values, and the paragraphs they rest on. */
export interface InfoboxRow {
	field: string;
	label: string;
	items: InfoboxItem[];
}

/** Fields shown elsewhere on the page (title, names, figures) rather than in the infobox. */
const NOT_IN_INFOBOX = new Set(['unrelatedMentions', 'name', 'kind', 'title', 'shortTitle', 'aliases', 'native', 'description', 'figures', 'events', 'cite', 'formerNames', 'formerPaths', 'coordinates', 'route', 'coordinatesSource',
	// An actor's characterised relations are shown, cited, under Relations.
	'relations']);

/** "inForce" → "In force". */
export function fieldLabel(field: string): string {
	const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Strips optional/default wrappers to see what a field really holds. */
function unwrap(schema: z.ZodType): z.ZodType {
	let current: any = schema;
	while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
	return current;
}

function isRef(schema: z.ZodType): boolean {
	return unwrap(schema) === entityRefSchema;
}

function isDate(value: unknown): value is PartialDate {
	return typeof value === 'object' && value !== null && 'iso' in value && 'precision' in value;
}

function period(from?: PartialDate, to?: PartialDate): string {
	const text = formatPeriod(from, to);
	return text ? ` (${text})` : '';
}

function scalarParts(value: unknown, ref: boolean): InfoboxPart[] {
	if (isDate(value)) return [{ text: formatPartialDate(value) }];
	if (ref) return [{ ref: String(value) }];
	const text = String(value);
	return [{ text: /^[a-z]+(-[a-z]+)*$/.test(text) ? kindLabel(text) : text }];
}

/**
 * Builds infobox rows by walking the collection's schema in field order, so a new fact
 * field appears on every page of its collection without touching a component.
 */
export function infoboxRows(schema: z.ZodObject, data: Record<string, any>): InfoboxRow[] {
	const rows: InfoboxRow[] = [];
	const cite: Record<string, Citation[]> = data.cite ?? {};
	for (const [field, fieldSchema] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
		const value = data[field];
		if (NOT_IN_INFOBOX.has(field) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
		const inner = unwrap(fieldSchema);
		let items: InfoboxItem[];
		if (field === 'roles') {
			items = value.map((r: any) => ({
				parts: [{ text: r.title }, ...(r.of ? [{ text: ', ' }, { ref: r.of }] : []), { text: period(r.from, r.to) }],
				cite: r.cite,
			}));
		} else if (field === 'members') {
			items = value.map((m: any) => ({ parts: [{ ref: m.ref }, { text: period(m.from, m.to) }], cite: m.cite }));
		} else if (inner instanceof z.ZodArray) {
			const ref = isRef(inner.element as z.ZodType);
			items = [{ parts: value.flatMap((v: unknown, i: number) => [...(i ? [{ text: ', ' }] : []), ...scalarParts(v, ref)]), cite: cite[field] ?? [] }];
		} else {
			items = [{ parts: scalarParts(value, isRef(fieldSchema)), cite: cite[field] ?? [] }];
		}
		rows.push({ field, label: fieldLabel(field), items });
	}
	return rows;
}

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/**
 * Rows an entity's infobox takes from other entities' cited facts, so a state's infobox shows
 * its leaders and memberships without typing them twice: "Leaders" from the roles people hold
 * in it, "Member of" from the organizations that list it. Each line keeps its own sources.
 */
export function derivedInfoboxRows(id: string, entities: EntityInput[]): InfoboxRow[] {
	const leaders: InfoboxItem[] = [];
	const memberOf: InfoboxItem[] = [];
	for (const e of entities) {
		for (const role of e.data.roles ?? []) {
			if (role.of === id) leaders.push({ parts: [{ ref: e.id }, { text: `, ${role.title}${period(role.from, role.to)}` }], cite: role.cite });
		}
		if (e.collection === 'organizations') {
			for (const m of e.data.members ?? []) if (m.ref === id) memberOf.push({ parts: [{ ref: e.id }, { text: period(m.from, m.to) }], cite: m.cite });
		}
	}
	const rows: InfoboxRow[] = [];
	if (leaders.length > 0) rows.push({ field: 'leaders', label: 'Office holders', items: leaders });
	if (memberOf.length > 0) rows.push({ field: 'memberOf', label: 'Member of', items: memberOf });
	return rows;
}
