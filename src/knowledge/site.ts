import { getCollection, type CollectionEntry } from 'astro:content';
import type { EntityCollectionName } from '../schemas';
import { ENTITY_COLLECTIONS } from '../schemas';
import { compareOptionalDates } from '../schemas/date';
import { AliasMatcher } from './alias-matcher';
import { buildMentionIndex, coMentionIndex, type Mention } from './mentions';
import { entityNameEntries } from './names';
import { noLinkIndex } from './no-link';
import { bilateralTies, reverseRelations, type RelationGroup, type Tie } from './relations';
import { timeline, type TimelineItem } from './timeline';
import { anchoredBlocks } from '../utils/anchored-blocks';
import { parseArticleMarkdown } from '../utils/markdown-tree';

export type Article = CollectionEntry<'articles'>;
export type Entity = CollectionEntry<EntityCollectionName>;

/** Everything a page needs from the collections, loaded once per build and shared by all pages. */
export interface Site {
	articles: Article[];
	entities: Entity[];
	byId: Map<string, Entity>;
	articleById: Map<string, Article>;
	/** For each entity, the article paragraphs that name it. */
	mentions: Map<string, Mention[]>;
	/** For each entity, the references other entities make to it. */
	relations: Map<string, RelationGroup[]>;
	/** For each actor with a characterised tie, the tie seen from its end (both ends get it). */
	ties: Map<string, Tie[]>;
	/** For each author or venue entity, the articles it wrote or published. */
	articlesOf: Map<string, Array<{ article: Article; role: 'Wrote' | 'Published' }>>;
	/** Every dated item across the collections, in date order. */
	timeline: TimelineItem[];
	/** For each entity, the timeline items about it or naming it. */
	timelineOf: Map<string, TimelineItem[]>;
	/** For each entity, the entities most often named in the same paragraphs. */
	coMentions: Map<string, Array<{ entity: string; count: number }>>;
	/** Position of each paragraph in its article, keyed `article#anchor`, for "¶12" in citations. */
	paragraphNumbers: Map<string, number>;
	/** Plain text of each paragraph, keyed `article#anchor`, for citation previews. */
	paragraphTexts: Map<string, string>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const articles = await getCollection('articles');
	// getCollection's order is not guaranteed; everything derived from these lists (relations,
	// exports) must come out the same on every build, so fix the order here once.
	const entities = (await Promise.all(ENTITY_COLLECTIONS.map((c) => getCollection(c))))
		.flat()
		.sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id)) as Entity[];
	// Undated articles come after every dated one.
	articles.sort((a, b) => compareOptionalDates(a.data.published, b.data.published) || a.id.localeCompare(b.id));
	const matcher = new AliasMatcher(entityNameEntries(entities));
	const articlesOf = new Map<string, Array<{ article: Article; role: 'Wrote' | 'Published' }>>();
	const credit = (id: string | undefined, article: Article, role: 'Wrote' | 'Published') => {
		if (id) articlesOf.set(id, [...(articlesOf.get(id) ?? []), { article, role }]);
	};
	for (const article of articles) {
		for (const author of article.data.authors) credit(author.actor ?? author.organization, article, 'Wrote');
		credit(article.data.publication.organization, article, 'Published');
	}
	// Each article is parsed once; its paragraphs feed both the numbering and the mention index.
	const blocks = articles.map((a) => ({ id: a.id, blocks: anchoredBlocks(parseArticleMarkdown(a.body ?? '')) }));
	const paragraphNumbers = new Map<string, number>();
	const paragraphTexts = new Map<string, string>();
	for (const article of blocks) {
		article.blocks.forEach((block, i) => {
			paragraphNumbers.set(`${article.id}#${block.anchor}`, i + 1);
			paragraphTexts.set(`${article.id}#${block.anchor}`, block.text);
		});
	}
	// An event's name names what it happened to ("annexation of Crimea"): those count as mentions.
	const events = new Set(entities.filter((e) => e.collection === 'events').map((e) => e.id));
	const mentions = buildMentionIndex(blocks, matcher, noLinkIndex(articles), (id) => events.has(id));
	const items = timeline(entities);
	const timelineOf = new Map<string, TimelineItem[]>();
	for (const item of items) {
		for (const id of new Set([item.entity, ...item.others])) timelineOf.set(id, [...(timelineOf.get(id) ?? []), item]);
	}
	return {
		articles,
		entities,
		byId: new Map(entities.map((e) => [e.id, e])),
		articleById: new Map(articles.map((a) => [a.id, a])),
		mentions,
		coMentions: coMentionIndex(mentions),
		relations: reverseRelations(entities),
		ties: bilateralTies(entities),
		articlesOf,
		timeline: items,
		timelineOf,
		paragraphNumbers,
		paragraphTexts,
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
