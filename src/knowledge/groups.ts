import { slug } from 'github-slugger';
import { partialDateSortKey, type PartialDate } from '../schemas/date';
import { kindLabel } from '../utils/labels';

/** The fields of an entity an index page needs. */
export interface IndexEntry {
	collection: string;
	id: string;
	name: string;
	description: string;
	date?: PartialDate;
	/** For an event that lasted: when it ended. */
	end?: PartialDate;
	/** For an event that began and, in the sources, has not ended. */
	ongoing?: boolean;
}

export interface EntityGroup {
	label: string;
	slug: string;
	entries: IndexEntry[];
}

/** Order of kinds on the actors index: states first, as the relations are between states. */
const KIND_ORDER = ['state', 'person', 'group', 'intergovernmental', 'institution', 'military', 'company', 'think-tank', 'research-institute', 'university', 'publisher', 'political-party'];

/** Collections whose index is a chronology, grouped by decade. */
const DATED = new Set(['treaties', 'events']);

type GroupInput = { collection: string; id: string; data: Record<string, any> };

/**
 * Groups an entity index: treaties by decade of signature and events by decade, each in date
 * order; everything else by kind, alphabetically within a group.
 */
export function groupEntities(entries: GroupInput[]): EntityGroup[] {
	const items: Array<IndexEntry & { group: string }> = entries.map(({ collection, id, data }) => {
		const date: PartialDate | undefined = data.signed ?? data.founded ?? data.date ?? data.start;
		const isDated = DATED.has(collection);
		const group = isDated ? (date ? `${Math.floor(date.year / 10) * 10}s` : 'Undated') : kindLabel(data.kind);
		return { collection, id, name: data.shortTitle ?? data.title ?? data.name, description: data.description, date, end: data.end, ongoing: Boolean(data.start && !data.end), group };
	});
	const byGroup = new Map<string, typeof items>();
	for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
	const dated = DATED.has(entries[0]?.collection ?? '');
	const key = (date?: PartialDate) => (date ? partialDateSortKey(date) : '9999');
	const groups = [...byGroup.entries()].map(([label, list]) => ({
		label,
		slug: slug(`group-${label}`),
		entries: list.sort((a, b) =>
			dated ? key(a.date).localeCompare(key(b.date)) || a.name.localeCompare(b.name) : a.name.localeCompare(b.name, 'en'),
		),
	}));
	const rank = (label: string) => {
		const i = KIND_ORDER.findIndex((k) => kindLabel(k) === label);
		return i === -1 ? KIND_ORDER.length : i;
	};
	return groups.sort((a, b) => (dated ? (a.label === 'Undated' ? 1 : b.label === 'Undated' ? -1 : a.label.localeCompare(b.label)) : rank(a.label) - rank(b.label) || a.label.localeCompare(b.label)));
}
