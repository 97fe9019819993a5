import { actorSchema } from './actor';
import { articleSchema } from './article';
import { dimensionSchema } from './dimension';
import { eventSchema } from './event';
import { organizationSchema } from './organization';
import { overviewSchema } from './overview';
import { placeSchema } from './place';
import { treatySchema } from './treaty';

/** Every collection and its schema: the one list that the config, the integrity check and tests share. */
export const COLLECTION_SCHEMAS = {
	articles: articleSchema,
	actors: actorSchema,
	treaties: treatySchema,
	organizations: organizationSchema,
	places: placeSchema,
	events: eventSchema,
	dimensions: dimensionSchema,
	overview: overviewSchema,
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
/** Collections of our own prose about the relationship as a whole: no entity, no alias, no infobox. */
export const PROSE_COLLECTIONS = ['dimensions', 'overview'] as const;
export type ProseCollectionName = (typeof PROSE_COLLECTIONS)[number];
export type EntityCollectionName = Exclude<CollectionName, 'articles' | ProseCollectionName>;
export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];
export const ENTITY_COLLECTIONS: EntityCollectionName[] = ['actors', 'treaties', 'organizations', 'places', 'events'];

/** True for the five collections of entities (actors … events): pages with names, facts and aliases. */
export function isEntityCollection(collection: string): collection is EntityCollectionName {
	return (ENTITY_COLLECTIONS as string[]).includes(collection);
}
