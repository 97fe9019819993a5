import { toSlug } from '../utils/names';
import { namesOf } from './names';

/** A URL made from another name of an entity, which redirects to its page. */
export interface AliasRoute {
	collection: string;
	slug: string;
	target: string;
	name: string;
}

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/**
 * Every name with a Latin-letter slug gets its own URL in the entity's collection
 * (`/actors/tokaev/` → `/actors/kassym-jomart-tokayev/`). A slug that is some entity's id,
 * or that two names of different entities share, gets no redirect: it would be ambiguous.
 */
export function aliasRoutes(entities: EntityInput[]): AliasRoute[] {
	const ids = new Set(entities.map((e) => e.id));
	const claims = new Map<string, AliasRoute[]>();
	for (const entity of entities) {
		for (const name of namesOf(entity)) {
			const slug = toSlug(name);
			if (!slug || slug === entity.id || ids.has(slug)) continue;
			const key = `${entity.collection}/${slug}`;
			const list = claims.get(key) ?? [];
			if (!list.some((r) => r.target === entity.id)) list.push({ collection: entity.collection, slug, target: entity.id, name });
			claims.set(key, list);
		}
	}
	return [...claims.values()].filter((list) => list.length === 1).map((list) => list[0]!).sort((a, b) => `${a.collection}/${a.slug}`.localeCompare(`${b.collection}/${b.slug}`));
}
