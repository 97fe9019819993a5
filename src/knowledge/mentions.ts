import type { AnchoredBlock } from '../utils/anchored-blocks';
import { outsideQuotedTitles } from '../utils/linkable';
import type { AliasMatcher, NameMatch } from './alias-matcher';
import { noLinkFilter, type NoLinkIndex } from './no-link';

/** One paragraph of an article that names an entity. */
export interface Mention {
	entity: string;
	article: string;
	anchor: string;
	/** The sentence around the first mention in the paragraph. */
	context: string;
	/** Where the name stands in `context`, to highlight it. */
	highlight: [number, number];
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of `text` that contains offset `at`, with the offset made relative to it. */
export function sentenceAround(text: string, at: number): { sentence: string; offset: number } {
	for (const { segment, index } of sentences.segment(text)) {
		if (at >= index && at < index + segment.length) {
			const trimmed = segment.trimEnd();
			return { sentence: trimmed, offset: at - index };
		}
	}
	return { sentence: text, offset: at };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Names inside a longer name: "Crimea" in "annexation of Crimea", "Seliger" in "Seliger
 * National Youth Forum". Every word boundary inside the span is tried as a start, and the span
 * without its last word, so that a name at either end is found.
 */
function namesWithin(text: string, outer: NameMatch, matcher: AliasMatcher): NameMatch[] {
	const span = text.slice(outer.start, outer.end);
	const words = [...span.matchAll(WORD)];
	if (words.length < 2) return [];
	const pieces = words.slice(1).map((w) => [w.index!, span.length] as const);
	pieces.push([0, words.at(-2)!.index! + words.at(-2)![0].length]);
	return pieces.flatMap(([from, to]) =>
		matcher.match(span.slice(from, to), { insideKnownName: true }).map((m) => ({ entity: m.entity, start: outer.start + from + m.start, end: outer.start + from + m.end })),
	);
}

/**
 * Every entity named in an article, one mention per entity per paragraph (the first). Names
 * inside the name of an entity that `nests` (an event: "annexation of Crimea") count as
 * mentions too, though only the outer name is linked; other long names ("Collective Security
 * Treaty Organization") do not mention the shorter names they contain. A name the article's
 * `noLink` lists for the paragraph is no mention, nor is a name in a bibliography entry or inside
 * a quoted title (the same rule as the links).
 */
export function mentionsInArticle(article: string, blocks: AnchoredBlock[], matcher: AliasMatcher, noLink: NoLinkIndex = new Map(), nests: (entity: string) => boolean = () => false): Mention[] {
	const mentions: Mention[] = [];
	for (const block of blocks) {
		if (block.bibliography) continue;
		const seen = new Set<string>();
		const allowed = noLinkFilter(noLink, article, block.anchor);
		const found = outsideQuotedTitles(block.text, matcher.match(block.text)).flatMap((m) => (nests(m.entity) ? [m, ...namesWithin(block.text, m, matcher).filter((n) => n.entity !== m.entity)] : [m]));
		for (const match of found) {
			if (seen.has(match.entity) || !allowed(block.text.slice(match.start, match.end))) continue;
			seen.add(match.entity);
			const { sentence, offset } = sentenceAround(block.text, match.start);
			mentions.push({ entity: match.entity, article, anchor: block.anchor, context: sentence, highlight: [offset, offset + match.end - match.start] });
		}
	}
	return mentions;
}

/** The mention index: for every entity, the paragraphs that name it, in article order. Built once per build. */
export function buildMentionIndex(
	articles: Array<{ id: string; blocks: AnchoredBlock[] }>,
	matcher: AliasMatcher,
	noLink: NoLinkIndex = new Map(),
	nests?: (entity: string) => boolean,
): Map<string, Mention[]> {
	const index = new Map<string, Mention[]>();
	for (const article of articles) {
		for (const mention of mentionsInArticle(article.id, article.blocks, matcher, noLink, nests)) {
			const list = index.get(mention.entity);
			if (list) list.push(mention);
			else index.set(mention.entity, [mention]);
		}
	}
	return index;
}

/**
 * For every entity, the entities named in the same paragraphs, most shared paragraphs first:
 * a cheap, honest measure of relatedness that needs no hand-made links. Built once per build
 * from the paragraphs, so its cost grows with the corpus, not with entities × mentions.
 */
export function coMentionIndex(index: Map<string, Mention[]>, limit = 12): Map<string, Array<{ entity: string; count: number }>> {
	const byParagraph = new Map<string, string[]>();
	for (const [entity, mentions] of index) {
		for (const m of mentions) {
			const key = `${m.article}#${m.anchor}`;
			const list = byParagraph.get(key);
			if (list) list.push(entity);
			else byParagraph.set(key, [entity]);
		}
	}
	const counts = new Map<string, Map<string, number>>();
	for (const entities of byParagraph.values()) {
		for (const a of entities) {
			const mine = counts.get(a) ?? new Map<string, number>();
			counts.set(a, mine);
			for (const b of entities) if (a !== b) mine.set(b, (mine.get(b) ?? 0) + 1);
		}
	}
	const result = new Map<string, Array<{ entity: string; count: number }>>();
	for (const [entity, others] of counts) {
		const list = [...others].map(([other, count]) => ({ entity: other, count }));
		result.set(entity, list.sort((x, y) => y.count - x.count || x.entity.localeCompare(y.entity)).slice(0, limit));
	}
	return result;
}
