import type { Citation } from '../schemas/citation';
import { formatPartialDate, partialDateSortKey, type PartialDate } from '../schemas/date';

export const TIMELINE_KINDS = ['treaty', 'organization', 'membership', 'office', 'event'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Labels of the kinds, for the filter. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
	treaty: 'Treaties and documents',
	organization: 'Organizations founded',
	membership: 'Memberships',
	office: 'Offices',
	event: 'Events',
};

/** One dated item, linked to the entity it belongs to and cited to its paragraph. */
export interface TimelineItem {
	date: PartialDate;
	kind: TimelineKind;
	/** What happened, with `{}` standing for the linked entity's name. */
	text: string;
	entity: string;
	/** Other entities the item names, linked after the text. */
	others: string[];
	cite: Citation[];
}

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/** The decade of a date, for grouping and filtering: "1990s". */
export function decadeOf(date: PartialDate): string {
	return `${Math.floor(date.year / 10) * 10}s`;
}

/**
 * Every dated item across the collections: treaties signed, in force and expiring,
 * organizations founded, memberships and offices begun and ended, the event pages, and the
 * dated items the articles report about each entity. Derived from the entities' own fields,
 * so nothing is entered twice.
 */
export function timeline(entities: EntityInput[]): TimelineItem[] {
	const items: TimelineItem[] = [];
	const push = (date: PartialDate | undefined, kind: TimelineKind, text: string, entity: string, cite: Citation[] | undefined, others: string[] = []) => {
		if (date && cite?.length) items.push({ date, kind, text, entity, others, cite });
	};
	for (const { id, collection, data } of entities) {
		const cite = (data.cite ?? {}) as Record<string, Citation[]>;
		if (collection === 'treaties') {
			push(data.signed, 'treaty', '{} signed', id, cite.signed);
			push(data.inForce, 'treaty', '{} enters into force', id, cite.inForce);
			push(data.expires, 'treaty', '{} expires', id, cite.expires);
		}
		if (collection === 'organizations') {
			push(data.founded, 'organization', '{} founded', id, cite.founded);
			for (const m of data.members ?? []) {
				push(m.from, 'membership', '{} joins', id, m.cite, [m.ref]);
				push(m.to, 'membership', '{} leaves', id, m.cite, [m.ref]);
			}
		}
		for (const role of data.roles ?? []) {
			const of = role.of ? [role.of] : [];
			push(role.from, 'office', `{} takes office: ${role.title}`, id, role.cite, of);
			push(role.to, 'office', `{} leaves office: ${role.title}`, id, role.cite, of);
		}
		if (collection === 'events') {
			// One item per event page, at its date or start, naming what took part and where, so the
			// event also shows on each of their timelines, linked to its page.
			const until = data.end ? `, until ${formatPartialDate(data.end)}` : data.start ? ', ongoing in the sources' : '';
			const others = [...(data.participants ?? []), ...(data.organizations ?? []), ...(data.places ?? []), ...(data.treaties ?? [])];
			push(data.date ?? data.start, 'event', `{}${until}`, id, data.date ? cite.date : cite.start, [...new Set<string>(others)]);
		}
		// An item about an event with a page of its own links to that page.
		for (const event of data.events ?? []) push(event.date, 'event', event.text, id, event.cite, event.event ? [event.event] : []);
	}
	// On one date an event page comes before the items about it (a reaction, a step in it).
	const pages = new Set(entities.filter((e) => e.collection === 'events').map((e) => e.id));
	const rank = (item: TimelineItem) => (pages.has(item.entity) ? 0 : 1);
	return items.sort(
		(a, b) => partialDateSortKey(a.date).localeCompare(partialDateSortKey(b.date)) || rank(a) - rank(b) || a.entity.localeCompare(b.entity) || a.text.localeCompare(b.text),
	);
}
