import type { Site } from './site';

/** One line of an entity page's contents list. */
export interface ContentsItem {
	/** Id of the heading it jumps to. */
	slug: string;
	text: string;
	depth: 2 | 3;
}

/**
 * The contents of an entity page: the headings of its own prose, then the sections the page
 * builds from the knowledge base, each only when the page shows it. The conditions mirror the
 * components' own (FiguresTable, EntityTimeline, RelatedList, Relations, MentionList), which
 * hide when empty; the order is the page's.
 */
export function entityContents(
	site: Pick<Site, 'timelineOf' | 'relations' | 'articlesOf' | 'coMentions' | 'mentions'>,
	id: string,
	prose: Array<{ depth: number; slug: string; text: string }>,
	figureCount: number,
): ContentsItem[] {
	const items: ContentsItem[] = prose
		.filter((h) => h.depth === 2 || h.depth === 3)
		.map((h) => ({ slug: h.slug, text: h.text, depth: h.depth as 2 | 3 }));
	const section = (show: boolean, slug: string, text: string) => show && items.push({ slug, text, depth: 2 });
	section(figureCount > 0, 'figures-heading', 'Figures in the sources');
	section((site.timelineOf.get(id) ?? []).length > 0, 'timeline-heading', 'Timeline');
	section((site.coMentions.get(id) ?? []).length > 0, 'related-heading', 'Often mentioned with');
	section((site.relations.get(id) ?? []).length > 0 || (site.articlesOf.get(id) ?? []).length > 0, 'relations-heading', 'Relations');
	section((site.mentions.get(id) ?? []).length > 0, 'mentions-heading', 'Mentioned in');
	return items;
}
