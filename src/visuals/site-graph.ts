import { entityName, type Site } from '../knowledge/site';
import { egoDiagram, graphEdges, layoutGraph, relationPalette, type GraphEdge, type GraphNodeInput, type GraphPicture } from './graph';

/** What the site is about: the graph is drawn around these two, and its rings count links from them. */
export const GRAPH_CENTRE = ['russia', 'kazakhstan'];

export interface SiteGraph {
	nodes: GraphNodeInput[];
	edges: GraphEdge[];
	picture: GraphPicture;
	/** The same network laid out for a phone (300 units wide, text at least 11 px). */
	narrow: GraphPicture;
	/** The relation labels with a colour of their own, most used first. */
	palette: string[];
	/** Where each node's page is: collection and id. */
	types: string[];
}

let cached: SiteGraph | undefined;

/**
 * The whole knowledge base as a network: every entity of every entity collection (a collection
 * added later joins by itself), plus the articles, which link to their authors and publishers.
 * Laid out once per build.
 */
export function siteGraph(site: Site): SiteGraph {
	if (cached) return cached;
	const namedIn = new Map<string, Set<string>>();
	for (const [entity, mentions] of site.mentions) for (const m of mentions) namedIn.set(m.article, (namedIn.get(m.article) ?? new Set()).add(entity));
	const nodes: GraphNodeInput[] = [
		...site.entities.map((e) => ({ id: e.id, type: e.collection, name: entityName(e), mentions: site.mentions.get(e.id)?.length ?? 0 })),
		...site.articles.map((a) => ({ id: a.id, type: 'articles', name: a.data.title, mentions: namedIn.get(a.id)?.size ?? 0 })),
	];
	const authorship = [...site.articlesOf].map(([id, list]) => ({ id, list }));
	const relations = new Map(site.relations);
	for (const { id, list } of authorship) {
		const groups = [...(relations.get(id) ?? [])];
		for (const role of ['Wrote', 'Published'] as const) {
			const items = list.filter((x) => x.role === role).map((x) => ({ id: x.article.id }));
			if (items.length) groups.push({ label: role, items });
		}
		relations.set(id, groups);
	}
	const edges = graphEdges(relations, site.coMentions);
	const picture = layoutGraph(nodes, edges, { centre: GRAPH_CENTRE });
	const narrow = layoutGraph(nodes, edges, { centre: GRAPH_CENTRE, width: 300, height: 460, fontSize: 12, radiusScale: 0.55, ticks: 300 });
	const types = [...new Set(nodes.map((n) => n.type))];
	cached = { nodes, edges, picture, narrow, palette: relationPalette(edges), types };
	return cached;
}

/** One entity's connections diagram, from the same edges as the site graph. */
export function siteEgo(site: Site, id: string, width = 640) {
	const graph = siteGraph(site);
	const fontSize = width < 480 ? 13 : 13;
	return egoDiagram(id, graph.edges, new Map(graph.nodes.map((n) => [n.id, n])), { width, fontSize, coMentions: site.coMentions.get(id) ?? [] });
}
