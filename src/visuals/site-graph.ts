import { entityName, type Site } from '../knowledge/site';
import { egoDiagram, graphEdges, layoutGraph, type GraphEdge, type GraphNodeInput, type GraphPicture } from './graph';

export interface SiteGraph {
	nodes: GraphNodeInput[];
	edges: GraphEdge[];
	picture: GraphPicture;
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
	const picture = layoutGraph(nodes, edges);
	const types = [...new Set(nodes.map((n) => n.type))];
	cached = { nodes, edges, picture, types };
	return cached;
}

/** One entity's connections diagram, from the same edges as the site graph. */
export function siteEgo(site: Site, id: string) {
	const graph = siteGraph(site);
	return egoDiagram(id, graph.edges, new Map(graph.nodes.map((n) => [n.id, n])));
}
