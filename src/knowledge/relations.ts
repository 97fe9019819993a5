import { formatPeriod, type PartialDate } from '../schemas/date';

/** One related entity, with an optional qualification such as a period or an office. */
export interface RelatedItem {
	id: string;
	note?: string;
}

/** Related entities under one label, e.g. "Party to" or "Office holders". */
export interface RelationGroup {
	label: string;
	items: RelatedItem[];
}

type EntityInput = { id: string; collection: string; data: Record<string, any> };

function period(from?: PartialDate, to?: PartialDate): string | undefined {
	return formatPeriod(from, to);
}

/**
 * The other end of every reference: a treaty names its parties, so each party lists the
 * treaty under "Party to"; an organization names its members, so each member lists "Member of".
 * Derived from the references, never typed twice, so the two ends cannot disagree.
 */
export function reverseRelations(entities: EntityInput[]): Map<string, RelationGroup[]> {
	const groups = new Map<string, Map<string, RelatedItem[]>>();
	const add = (target: string | undefined, label: string, item: RelatedItem) => {
		if (!target) return;
		const byLabel = groups.get(target) ?? new Map<string, RelatedItem[]>();
		groups.set(target, byLabel);
		const items = byLabel.get(label) ?? [];
		byLabel.set(label, items);
		if (!items.some((i) => i.id === item.id && i.note === item.note)) items.push(item);
	};

	for (const { id, collection, data } of entities) {
		if (collection === 'treaties') {
			for (const party of data.parties ?? []) add(party, 'Party to', { id });
			for (const signatory of data.signatories ?? []) add(signatory, 'Signed', { id });
			add(data.place, 'Signed here', { id });
		}
		if (collection === 'organizations') {
			for (const m of data.members ?? []) add(m.ref, 'Member of', { id, note: period(m.from, m.to) });
			add(data.headquarters, 'Headquarters of', { id });
			add(data.predecessor, 'Succeeded by', { id });
			add(data.successor, 'Preceded by', { id });
		}
		if (collection === 'events') {
			for (const p of data.participants ?? []) add(p, 'Took part in', { id });
			for (const o of data.organizations ?? []) add(o, 'Took part in', { id });
			for (const p of data.places ?? []) add(p, 'Events here', { id });
			for (const t of data.treaties ?? []) add(t, 'Events', { id });
		}
		for (const role of data.roles ?? []) add(role.of, 'Office holders', { id, note: [role.title, period(role.from, role.to)].filter(Boolean).join(', ') });
		if (collection === 'actors' && data.country) add(data.country, data.kind === 'person' ? 'People' : 'Groups', { id });
		if (collection === 'places' && data.country) add(data.country, 'Places', { id });
	}

	const result = new Map<string, RelationGroup[]>();
	for (const [target, byLabel] of groups) {
		result.set(target, [...byLabel].map(([label, items]) => ({ label, items })));
	}
	return result;
}
