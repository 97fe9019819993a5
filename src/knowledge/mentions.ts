import type { Root } from 'mdast';
import { anchoredBlocks } from '../markdown/paragraph-anchors';
import { parseArticleMarkdown } from '../utils/markdown-tree';
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

/** Every entity named in an article, one mention per entity per paragraph (the first). */
export function mentionsInArticle(article: string, tree: Root, matcher: AliasMatcher): Mention[] {
	const mentions: Mention[] = [];
	for (const block of anchoredBlocks(tree)) {
		const seen = new Set<string>();
		for (const match of matcher.match(block.text)) {
			if (seen.has(match.entity)) continue;
			seen.add(match.entity);
			const { sentence, offset } = sentenceAround(block.text, match.start);
			mentions.push({ entity: match.entity, article, anchor: block.anchor, context: sentence, highlight: [offset, offset + match.end - match.start] });
		}
	}
	return mentions;
}

/** The mention index: for every entity, the paragraphs that name it, in article order. Built once per build. */
export function buildMentionIndex(articles: Array<{ id: string; body: string }>, matcher: AliasMatcher): Map<string, Mention[]> {
	const index = new Map<string, Mention[]>();
	for (const article of articles) {
		for (const mention of mentionsInArticle(article.id, parseArticleMarkdown(article.body), matcher)) {
			const list = index.get(mention.entity);
			if (list) list.push(mention);
			else index.set(mention.entity, [mention]);
		}
	}
	return index;
}

/**
 * Entities named in the same paragraphs as `entity`, most shared paragraphs first: a cheap,
 * honest measure of relatedness that needs no hand-made links.
 */
export function coMentions(entity: string, index: Map<string, Mention[]>, limit = 10): Array<{ entity: string; count: number }> {
	const mine = new Set((index.get(entity) ?? []).map((m) => `${m.article}#${m.anchor}`));
	const counts: Array<{ entity: string; count: number }> = [];
	for (const [other, mentions] of index) {
		if (other === entity) continue;
		const count = mentions.filter((m) => mine.has(`${m.article}#${m.anchor}`)).length;
		if (count > 0) counts.push({ entity: other, count });
	}
	return counts.sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity)).slice(0, limit);
}
