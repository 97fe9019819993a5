import { reverseRelations } from './relations';

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/** A reference in an entity's prose that its facts leave out, unexplained. */
export interface UncoveredReference {
	entity: string;
	ref: string;
}

/** Fields that are not facts about other entities. */
const NOT_FACTS = new Set(['cite', 'events', 'figures', 'description', 'unrelatedMentions', 'aliases', 'native', 'formerNames']);

/** Every entity id an entity's fact fields name (parties, members, roles, country, …). */
export function factRefs(data: Record<string, any>, ids: Set<string>): Set<string> {
	const out = new Set<string>();
	const walk = (value: unknown) => {
		if (typeof value === 'string') {
			if (ids.has(value)) out.add(value);
		} else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'cite') walk(v);
	};
	for (const [field, value] of Object.entries(data)) if (!NOT_FACTS.has(field)) walk(value);
	return out;
}

const kind = (e: EntityInput) => `${e.collection}:${String(e.data.kind)}`;
const BODIES = new Set(['organizations:intergovernmental', 'organizations:military']);

/**
 * Which prose references an infobox is expected to hold: the facts the issue names, members
 * and parties. An alliance or union that names a state (member?), a treaty that names a state
 * (party?), a state that names an alliance or union (membership?). Other references (authors,
 * places where things happened, people quoted) are context and need no infobox line.
 */
export function expectsFact(source: EntityInput, target: EntityInput): boolean {
	const s = kind(source);
	const t = kind(target);
	if (BODIES.has(s) || source.collection === 'treaties') return t === 'actors:state';
	if (s === 'actors:state') return BODIES.has(t);
	return false;
}

/**
 * The check behind "infoboxes true to the text": for each entity, the entities its prose names
 * (as the entity-link plugin finds them) that the infobox should hold but neither its facts,
 * the facts of others pointing back at it (relations), nor its `unrelatedMentions` account for.
 */
export function uncoveredReferences(entities: EntityInput[], proseRefs: Map<string, Set<string>>): UncoveredReference[] {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const ids = new Set(byId.keys());
	const back = reverseRelations(entities);
	const out: UncoveredReference[] = [];
	for (const entity of entities) {
		const covered = factRefs(entity.data, ids);
		for (const group of back.get(entity.id) ?? []) for (const item of group.items) covered.add(item.id);
		for (const m of entity.data.unrelatedMentions ?? []) covered.add(m.ref);
		for (const ref of proseRefs.get(entity.id) ?? []) {
			const target = byId.get(ref);
			if (ref !== entity.id && target && !covered.has(ref) && expectsFact(entity, target)) out.push({ entity: entity.id, ref });
		}
	}
	return out;
}
