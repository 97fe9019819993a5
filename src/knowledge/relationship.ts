import { getCollection, type CollectionEntry } from 'astro:content';
import { ENTITY_COLLECTIONS, type EntityCollectionName } from '../schemas';
import { compareOptionalDates, type PartialDate } from '../schemas/date';
import {
	citedKeys,
	dimensionsOfEntities,
	dimensionTimeline,
	generalEntities,
	rankParagraphs,
	sortDimensions,
	topicTable,
	unmappedTopics,
	type RankedParagraph,
} from './dimensions';
import { contestedFigures, isContested, type ContestedFigure } from './figures';
import { entityName, getSite, type Entity } from './site';
import type { TimelineItem } from './timeline';

export type Dimension = CollectionEntry<'dimensions'>;
export type Overview = CollectionEntry<'overview'>;

/** What a dimension page shows, computed once per build. */
export interface DimensionView {
	entry: Dimension;
	/** Its declared entities, grouped by collection in the site's collection order, by name within. */
	entities: Array<{ collection: EntityCollectionName; ids: string[] }>;
	/** The article paragraphs that discuss it, best first. */
	paragraphs: RankedParagraph[];
	/** Its slice of the site timeline. */
	timeline: TimelineItem[];
	/**
	 * The figures it discusses (declared in `contested`), each with whether the sources disagree on
	 * it: only those are on /contested-figures/; a figure one source alone gives links to its entity.
	 */
	contested: Array<ContestedFigure & { disputed: boolean }>;
	/** The articles its lead and body cite, in the site's article order. */
	citedArticles: string[];
}

/** The relationship as a whole: the overview, the dimensions, and what they share. */
export interface Relationship {
	overview: Overview | undefined;
	dimensions: DimensionView[];
	byId: Map<string, DimensionView>;
	/** For each entity, the dimensions that declare it, in reading order. */
	dimensionsOf: Map<string, string[]>;
	/** Article topic → the dimensions covering it. */
	topics: Map<string, string[]>;
	/** Article topics no dimension covers. */
	unmapped: Array<{ topic: string; articles: string[] }>;
	/** Events from 1991 on, in date order: the turning points of the relationship since independence. */
	turningPoints: Entity[];
	/** Every figure the sources disagree on, with the dimensions that discuss it. */
	keyFigures: Array<ContestedFigure & { dimensions: string[] }>;
}

/** The year from which the overview's turning points run: the end of the Soviet Union, both states' independence. */
export const TURNING_POINTS_FROM = 1991;

const eventDate = (e: Entity): PartialDate | undefined => (e.data as { date?: PartialDate; start?: PartialDate }).date ?? (e.data as { start?: PartialDate }).start;

let cached: Promise<Relationship> | undefined;

async function load(): Promise<Relationship> {
	const site = await getSite();
	const dimensions = sortDimensions(await getCollection('dimensions'));
	const [overview] = (await getCollection('overview')).sort((a, b) => a.id.localeCompare(b.id));
	const general = generalEntities(site.mentions, site.paragraphNumbers.size);
	const figures = contestedFigures(site.entities.map((e) => ({ collection: e.collection, id: e.id, name: entityName(e), figures: e.data.figures })));
	const articleOrder = new Map(site.articles.map((a, i) => [a.id, i]));
	const views = dimensions.map((entry): DimensionView => {
		const input = { id: entry.id, data: entry.data, body: entry.body };
		const ids = [...new Set(entry.data.entities)];
		return {
			entry,
			entities: ENTITY_COLLECTIONS.map((collection) => ({
				collection,
				ids: ids.filter((id) => site.byId.get(id)?.collection === collection).sort((a, b) => entityName(site.byId.get(a)!).localeCompare(entityName(site.byId.get(b)!), 'en')),
			})).filter((g) => g.ids.length > 0),
			paragraphs: rankParagraphs({ dimension: input, articles: site.articles, mentions: site.mentions, general, paragraphNumbers: site.paragraphNumbers }),
			timeline: dimensionTimeline(input, site.timeline, general),
			contested: entry.data.contested.flatMap((topic) => {
				const owner = site.entities.find((e) => e.data.figures.some((f) => f.topic === topic));
				const figure = owner?.data.figures.find((f) => f.topic === topic);
				return owner && figure ? [{ collection: owner.collection, id: owner.id, name: entityName(owner), topic, claims: figure.claims, disputed: isContested(figure.claims) }] : [];
			}),
			citedArticles: [...new Set([...citedKeys(input)].map((k) => k.split('#')[0]!))].sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0)),
		};
	});
	const turningPoints = site.entities
		.filter((e) => e.collection === 'events' && (eventDate(e)?.year ?? 0) >= TURNING_POINTS_FROM)
		.sort((a, b) => compareOptionalDates(eventDate(a), eventDate(b)) || a.id.localeCompare(b.id));
	return {
		overview,
		dimensions: views,
		byId: new Map(views.map((v) => [v.entry.id, v])),
		dimensionsOf: dimensionsOfEntities(dimensions),
		topics: topicTable(dimensions),
		unmapped: unmappedTopics(site.articles, dimensions),
		turningPoints,
		keyFigures: figures.map((f) => ({ ...f, dimensions: dimensions.filter((d) => d.data.contested.includes(f.topic)).map((d) => d.id) })),
	};
}

/** The overview and the dimensions, read and derived once per build: pages ask, never re-scan. */
export function getRelationship(): Promise<Relationship> {
	return (cached ??= load());
}

