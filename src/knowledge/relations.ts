import type { Citation } from '../schemas/citation';
import { compareOptionalDates, formatPeriod, type PartialDate } from '../schemas/date';

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

/** The label of a characterised relation between two actors, read the same from both ends. */
export const BILATERAL = 'Bilateral relations';

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
		if (collection === 'places') {
			add(data.leaseholder, 'Leases', { id });
			add(data.operator, 'Operates', { id });
		}
		// A characterised relation is written at one end; the other end gets it here, once per counterpart.
		for (const r of data.relations ?? []) add(r.with, BILATERAL, { id });
	}

	const result = new Map<string, RelationGroup[]>();
	for (const [target, byLabel] of groups) {
		result.set(target, [...byLabel].map(([label, items]) => ({ label, items })));
	}
	return result;
}

/** One source's characterisation of a tie, from whichever end it is written on. */
export interface Characterisation {
	type: string;
	quote: string;
	from?: PartialDate;
	to?: PartialDate;
	cite: Citation[];
}

/**
 * The tie between two actors as the data holds it: the sources' characterisations (written on
 * one end), the treaties both are party to (bilateral first), the organizations both belong to
 * (with each side's citation) and the events both took part in. Each end sees the same tie.
 */
export interface Tie {
	counterpart: string;
	characterisations: Characterisation[];
	/** Treaties whose parties are exactly the two. */
	bilateralTreaties: string[];
	/** Treaties both are party to among others. */
	sharedTreaties: string[];
	/** Organizations both are members of, with the membership citations of both. */
	sharedOrganizations: Array<{ id: string; cite: Citation[] }>;
	/** Events both took part in. */
	sharedEvents: string[];
}

/** Each paragraph once: both memberships often rest on the same one. */
const uniqueCitations = (list: Citation[]) => [...new Map(list.map((c) => [`${c.article}#${c.anchor}`, c])).values()];

const dateOf = (e: EntityInput | undefined): PartialDate | undefined => e?.data.signed ?? e?.data.date ?? e?.data.start ?? e?.data.founded;

/**
 * Every tie between actors that the sources characterise (an actor's `relations`), seen from both
 * ends: the key is each end's id. The shared treaties, alliances and events are derived from the
 * treaties' parties, the organizations' members and the events' participants, never typed again.
 */
export function bilateralTies(entities: EntityInput[]): Map<string, Tie[]> {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const pairs = new Map<string, { a: string; b: string; characterisations: Characterisation[] }>();
	for (const { id, collection, data } of entities) {
		if (collection !== 'actors') continue;
		for (const r of data.relations ?? []) {
			const [a, b] = [id, r.with as string].sort() as [string, string];
			const pair = pairs.get(`${a} ${b}`) ?? { a, b, characterisations: [] };
			pair.characterisations.push({ type: r.type, quote: r.quote, from: r.from, to: r.to, cite: r.cite });
			pairs.set(`${a} ${b}`, pair);
		}
	}
	const byDate = (x: string, y: string) => compareOptionalDates(dateOf(byId.get(x)), dateOf(byId.get(y))) || x.localeCompare(y);
	const ties = new Map<string, Tie[]>();
	for (const { a, b, characterisations } of [...pairs.values()].sort((x, y) => `${x.a} ${x.b}`.localeCompare(`${y.a} ${y.b}`))) {
		const both = (list: string[]) => list.includes(a) && list.includes(b);
		const treaties = entities.filter((e) => e.collection === 'treaties' && both(e.data.parties ?? []));
		const bilateralTreaties = treaties.filter((t) => t.data.parties.length === 2).map((t) => t.id).sort(byDate);
		const sharedTreaties = treaties.filter((t) => t.data.parties.length > 2).map((t) => t.id).sort(byDate);
		const sharedOrganizations = entities
			.filter((e) => e.collection === 'organizations' && both((e.data.members ?? []).map((m: { ref: string }) => m.ref)))
			.map((e) => ({ id: e.id, cite: uniqueCitations((e.data.members as Array<{ ref: string; cite: Citation[] }>).filter((m) => m.ref === a || m.ref === b).flatMap((m) => m.cite)) }));
		const sharedEvents = entities.filter((e) => e.collection === 'events' && both(e.data.participants ?? [])).map((e) => e.id).sort(byDate);
		const sorted = [...characterisations].sort((x, y) => compareOptionalDates(x.from, y.from));
		const tie = { characterisations: sorted, bilateralTreaties, sharedTreaties, sharedOrganizations, sharedEvents };
		ties.set(a, [...(ties.get(a) ?? []), { counterpart: b, ...tie }]);
		ties.set(b, [...(ties.get(b) ?? []), { counterpart: a, ...tie }]);
	}
	return ties;
}
