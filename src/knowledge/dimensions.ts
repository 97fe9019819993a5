import type { Citation } from '../schemas/citation';
import { citationGroups } from '../utils/body-citations';
import type { Mention } from './mentions';
import type { TimelineItem } from './timeline';

/**
 * The dimensions of the relationship as data, derived from what each dimension declares (its
 * article topics, its entities, its citations): pure functions, computed once per build by
 * src/knowledge/relationship.ts and asked by the pages.
 */

export interface DimensionInput {
	id: string;
	data: { title: string; shortTitle: string; order: number; topics: string[]; entities: string[]; contested: string[]; lead: string };
	body?: string;
}

type ArticleInput = { id: string; data: { topics?: string[] } };

/** Dimensions in reading order: by `order`, then id. */
export function sortDimensions<T extends DimensionInput>(dimensions: T[]): T[] {
	return [...dimensions].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The topic → dimensions table the dimension pages declare: each article topic and the dimensions covering it. */
export function topicTable(dimensions: DimensionInput[]): Map<string, string[]> {
	const table = new Map<string, string[]>();
	for (const d of sortDimensions(dimensions)) for (const topic of d.data.topics) table.set(topic, [...(table.get(topic) ?? []), d.id]);
	return table;
}

/**
 * Article topics that no dimension covers, with the articles that use them: a new source's
 * new topics show up here (a listing to act on, never a build failure).
 */
export function unmappedTopics(articles: ArticleInput[], dimensions: DimensionInput[]): Array<{ topic: string; articles: string[] }> {
	const table = topicTable(dimensions);
	const out = new Map<string, string[]>();
	for (const a of articles) for (const topic of a.data.topics ?? []) if (!table.has(topic)) out.set(topic, [...(out.get(topic) ?? []), a.id]);
	return [...out].map(([topic, list]) => ({ topic, articles: list })).sort((a, b) => a.topic.localeCompare(b.topic));
}

/** For each entity, the dimensions that declare it central, in reading order: the entity page lists them. */
export function dimensionsOfEntities(dimensions: DimensionInput[]): Map<string, string[]> {
	const of = new Map<string, string[]>();
	for (const d of sortDimensions(dimensions)) for (const id of new Set(d.data.entities)) of.set(id, [...(of.get(id) ?? []), d.id]);
	return of;
}

/** Every citation written `[@article#p-anchor]` in a piece of prose, in order, each once. */
export function proseCitations(text: string): Citation[] {
	const seen = new Map<string, Citation>();
	for (const group of citationGroups(text)) {
		for (const { citation } of group.items) seen.set(`${citation.article}#${citation.anchor}`, citation);
	}
	return [...seen.values()];
}

/** Paragraph keys (`article#anchor`) a dimension cites in its lead and body. */
export function citedKeys(dimension: DimensionInput): Set<string> {
	return new Set(proseCitations(`${dimension.data.lead}\n${dimension.body ?? ''}`).map((c) => `${c.article}#${c.anchor}`));
}

/**
 * Entities named in so large a share of the paragraphs that they tell no dimension apart (the two
 * states): they stay on a dimension's entity list but neither rank its paragraphs nor pull the
 * whole timeline into its slice.
 */
export function generalEntities(mentions: Map<string, Mention[]>, paragraphCount: number, share = 0.25): Set<string> {
	const general = new Set<string>();
	for (const [id, list] of mentions) if (new Set(list.map((m) => `${m.article}#${m.anchor}`)).size > paragraphCount * share) general.add(id);
	return general;
}

/** One article paragraph that discusses a dimension, with why it ranks where it does. */
export interface RankedParagraph {
	article: string;
	anchor: string;
	score: number;
	/** The dimension cites this paragraph itself. */
	cited: boolean;
	/** Its article has at least one of the dimension's topics. */
	topicMatch: boolean;
	/** The dimension's (specific) entities the paragraph names. */
	entities: string[];
}

/**
 * Weights of the ranking: a paragraph the dimension cites (more than topic and entities can add up
 * to, so the paragraphs the page rests on come first), its article's topic, each specific entity it
 * names (up to four).
 */
export const RANK_WEIGHTS = { cited: 8, topic: 2, entity: 1, maxEntities: 4 } as const;

/**
 * The article paragraphs that discuss a dimension, best first. A paragraph is a candidate when
 * the dimension cites it or it names one of the dimension's specific entities; it scores for
 * being cited, for its article's topics matching the dimension's, and for each specific entity
 * it names. A single entity named in an article on other topics is too thin and is left out.
 */
export function rankParagraphs(input: {
	dimension: DimensionInput;
	articles: ArticleInput[];
	mentions: Map<string, Mention[]>;
	general: Set<string>;
	/** Position of each paragraph in its article (`article#anchor` → n), for a stable order. */
	paragraphNumbers: Map<string, number>;
}): RankedParagraph[] {
	const { dimension, articles, mentions, general, paragraphNumbers } = input;
	const topics = new Set(dimension.data.topics);
	const articleTopic = new Map(articles.map((a) => [a.id, (a.data.topics ?? []).some((t) => topics.has(t))]));
	const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
	const cited = citedKeys(dimension);
	const named = new Map<string, Set<string>>();
	for (const id of dimension.data.entities) {
		if (general.has(id)) continue;
		for (const m of mentions.get(id) ?? []) {
			const key = `${m.article}#${m.anchor}`;
			named.set(key, (named.get(key) ?? new Set()).add(id));
		}
	}
	const ranked: RankedParagraph[] = [];
	for (const key of new Set([...cited, ...named.keys()])) {
		if (!paragraphNumbers.has(key)) continue;
		const [article, anchor] = key.split('#') as [string, string];
		const entities = [...(named.get(key) ?? [])].sort();
		const isCited = cited.has(key);
		const topicMatch = articleTopic.get(article) ?? false;
		if (!isCited && !topicMatch && entities.length < 2) continue;
		const score = (isCited ? RANK_WEIGHTS.cited : 0) + (topicMatch ? RANK_WEIGHTS.topic : 0) + Math.min(entities.length, RANK_WEIGHTS.maxEntities) * RANK_WEIGHTS.entity;
		ranked.push({ article, anchor, score, cited: isCited, topicMatch, entities });
	}
	return ranked.sort(
		(a, b) =>
			b.score - a.score ||
			(articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0) ||
			(paragraphNumbers.get(`${a.article}#${a.anchor}`) ?? 0) - (paragraphNumbers.get(`${b.article}#${b.anchor}`) ?? 0),
	);
}

/**
 * A dimension's slice of the site timeline: items about or naming one of its specific entities,
 * and items resting on a paragraph the dimension cites. Kept in the timeline's own order.
 */
export function dimensionTimeline(dimension: DimensionInput, timeline: TimelineItem[], general: Set<string>): TimelineItem[] {
	const specific = new Set(dimension.data.entities.filter((id) => !general.has(id)));
	const cited = citedKeys(dimension);
	return timeline.filter((item) => specific.has(item.entity) || item.others.some((id) => specific.has(id)) || item.cite.some((c) => cited.has(`${c.article}#${c.anchor}`)));
}

/** A paragraph's opening, cut at a word boundary: the excerpt under a ranked paragraph. */
export function excerpt(text: string, max = 260): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).replace(/[\s,;:.–-]+$/, '')}…`;
}
