import { getCollection, type CollectionEntry } from 'astro:content';
import type { EntityCollectionName } from '../schemas';
import { ENTITY_COLLECTIONS } from '../schemas';

export type Article = CollectionEntry<'articles'>;
export type Entity = CollectionEntry<EntityCollectionName>;

/** Everything a page needs from the collections, loaded once per build and shared by all pages. */
export interface Site {
	articles: Article[];
	entities: Entity[];
	byId: Map<string, Entity>;
	articleById: Map<string, Article>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const articles = await getCollection('articles');
	const entities = (await Promise.all(ENTITY_COLLECTIONS.map((c) => getCollection(c)))).flat() as Entity[];
	articles.sort((a, b) => a.data.published.iso.localeCompare(b.data.published.iso) || a.id.localeCompare(b.id));
	return {
		articles,
		entities,
		byId: new Map(entities.map((e) => [e.id, e])),
		articleById: new Map(articles.map((a) => [a.id, a])),
	};
}

/** The collections, read once per build: pages never re-scan them. */
export function getSite(): Promise<Site> {
	return (cached ??= load());
}

/** Display name of an entity: a treaty's short title, else its name. */
export function entityName(entity: Entity): string {
	return 'title' in entity.data ? (entity.data.shortTitle ?? entity.data.title) : entity.data.name;
}
