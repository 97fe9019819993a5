import type { CollectionName } from '../schemas';

/** How each collection is named in the interface. */
export const COLLECTION_LABELS: Record<CollectionName, { singular: string; plural: string; intro: string }> = {
	articles: { singular: 'Article', plural: 'Articles', intro: 'The source documents, whole and attributed, ordered by date.' },
	actors: { singular: 'Actor', plural: 'Actors', intro: 'States, people and groups that act in the sources.' },
	treaties: { singular: 'Treaty', plural: 'Treaties & documents', intro: 'Treaties, agreements, declarations, plans, doctrines and decrees, in order of signature.' },
	organizations: { singular: 'Organization', plural: 'Organizations', intro: 'Intergovernmental bodies, institutions, companies, think tanks and publishers.' },
	places: { singular: 'Place', plural: 'Places', intro: 'Capitals, regions, facilities, pipelines and corridors the relations turn on.' },
	events: { singular: 'Event', plural: 'Events', intro: 'Wars, crises, protests, attacks, summits, elections, speeches, exercises and campaigns the sources discuss, in date order.' },
	dimensions: { singular: 'Dimension', plural: 'Dimensions', intro: 'The relationship by subject: security, the economy, energy, space, people, borders, foreign policy and leadership, each summarised from the sources.' },
	overview: { singular: 'Overview', plural: 'Overview', intro: 'The relationship at a glance.' },
};

/** "think-tank" → "Think tank"; enum values are shown in sentence case. */
export function kindLabel(kind: string): string {
	const text = kind.replace(/-/g, ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}
