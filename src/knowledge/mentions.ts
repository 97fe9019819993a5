import type { AnchoredBlock } from '../markdown/paragraph-anchors';
import { outsideQuotedTitles } from '../utils/linkable';
import type { AliasMatcher } from './alias-matcher';

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

/**
 * Every entity named in an article, one mention per entity per paragraph (the first). Names in
 * bibliography entries and inside quoted titles are not mentions (the same rule as the links).
 */
export function mentionsInArticle(article: string, blocks: AnchoredBlock[], matcher: AliasMatcher): Mention[] {
	const mentions: Mention[] = [];
	for (const block of blocks) {
		if (block.bibliography) continue;
		const seen = new Set<string>();
		for (const match of outsideQuotedTitles(block.text, matcher.match(block.text))) {
			if (seen.has(match.entity)) continue;
			seen.add(match.entity);
			const { sentence, offset } = sentenceAround(block.text, match.start);
			mentions.push({ entity: match.entity, article, anchor: block.anchor, context: sentence, highlight: [offset, offset + match.end - match.start] });
		}
	}
	return mentions;
}

/** The mention index: for every entity, the paragraphs that name it, in article order. Built once per build. */
export function buildMentionIndex(articles: Array<{ id: string; blocks: AnchoredBlock[] }>, matcher: AliasMatcher): Map<string, Mention[]> {
	const index = new Map<string, Mention[]>();
	for (const article of articles) {
		for (const mention of mentionsInArticle(article.id, article.blocks, matcher)) {
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
