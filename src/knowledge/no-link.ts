/**
 * The manifest's per-paragraph `noLink` lists (copied by the ingest into each article's
 * frontmatter), indexed for the two places that find mentions: the entity-link plugin that
 * writes the links and the mention index behind "Mentioned in". Both must skip the same names.
 */

/** Article id → paragraph anchor → names (lower-cased) not to link there. */
export type NoLinkIndex = Map<string, Map<string, Set<string>>>;

type ArticleLike = { id: string; data: { noLink?: ReadonlyArray<{ paragraph: string; names: readonly string[] }> } };

const fold = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

/** Builds the index from articles (raw entries or collection entries). */
export function noLinkIndex(articles: Iterable<ArticleLike>): NoLinkIndex {
	const index: NoLinkIndex = new Map();
	for (const article of articles) {
		for (const { paragraph, names } of article.data.noLink ?? []) {
			const byParagraph = index.get(article.id) ?? new Map<string, Set<string>>();
			index.set(article.id, byParagraph);
			const set = byParagraph.get(paragraph) ?? new Set<string>();
			byParagraph.set(paragraph, set);
			for (const name of names) set.add(fold(name));
		}
	}
	return index;
}

/** A test for matched text in one paragraph: false for a name its `noLink` lists. */
export function noLinkFilter(index: NoLinkIndex, article: string, anchor: string): (matchedText: string) => boolean {
	const names = index.get(article)?.get(anchor);
	return names ? (text) => !names.has(fold(text)) : () => true;
}
