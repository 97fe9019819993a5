import { aliasSlug } from '../utils/names';
import { namesOf } from './names';

/** A URL made from another name of an entity, which redirects to its page. */
export interface AliasRoute {
	collection: string;
	slug: string;
	target: string;
	name: string;
	/** Set when the URL is a former address of the page (it moved), not another name. */
	moved?: boolean;
}

type EntityInput = { id: string; collection: string; data: Record<string, any> };

/**
 * Every name written in Latin letters (see aliasSlug) gets its own URL in the entity's collection
 * (`/actors/tokaev/` → `/actors/kassym-jomart-tokayev/`). A slug that is some entity's id,
 * or that two names of different entities share, gets no redirect: it would be ambiguous.
 */
export function aliasRoutes(entities: EntityInput[]): AliasRoute[] {
	const ids = new Set(entities.map((e) => e.id));
	const claims = new Map<string, AliasRoute[]>();
	for (const entity of entities) {
		for (const name of namesOf(entity)) {
			const slug = aliasSlug(name);
			if (!slug || slug === entity.id || ids.has(slug)) continue;
			const key = `${entity.collection}/${slug}`;
			const list = claims.get(key) ?? [];
			if (!list.some((r) => r.target === entity.id)) list.push({ collection: entity.collection, slug, target: entity.id, name });
			claims.set(key, list);
		}
	}
	// A page that moved keeps its old addresses (`formerPaths`); the integrity check makes sure
	// no live page has one of them, and they win over an alias that happens to share the slug.
	const moved = entities.flatMap((entity) =>
		((entity.data.formerPaths as string[] | undefined) ?? []).map((path) => {
			const [collection, slug] = path.split('/') as [string, string];
			return { collection, slug, target: entity.id, name: String(entity.data.name ?? entity.data.title), moved: true };
		}),
	);
	const taken = new Set(moved.map((r) => `${r.collection}/${r.slug}`));
	const named = [...claims.values()].filter((list) => list.length === 1 && !taken.has(`${list[0]!.collection}/${list[0]!.slug}`)).map((list) => list[0]!);
	return [...named, ...moved].sort((a, b) => `${a.collection}/${a.slug}`.localeCompare(`${b.collection}/${b.slug}`));
}
