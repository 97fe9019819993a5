import { actorSchema } from './actor';
import { articleSchema } from './article';
import { eventSchema } from './event';
import { organizationSchema } from './organization';
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
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
export type EntityCollectionName = Exclude<CollectionName, 'articles'>;
export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];
export const ENTITY_COLLECTIONS: EntityCollectionName[] = ['actors', 'treaties', 'organizations', 'places', 'events'];
