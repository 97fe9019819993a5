import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/** An entity as the graph draws it. */
export interface GraphNodeInput {
	id: string;
	/** Its collection ("actors", "treaties", … or any collection added later): the node's colour. */
	type: string;
	name: string;
	/** How many article paragraphs name it: the node's size. */
	mentions: number;
}

/** A typed relation ("Party to", read source → label → target) or a co-mention between two entities. */
export interface GraphEdge {
	source: string;
	target: string;
	label: string;
	kind: 'relation' | 'co-mention';
	/** Shared paragraphs, for co-mentions. */
	count?: number;
}

type RelationGroups = Map<string, Array<{ label: string; items: Array<{ id: string }> }>>;

/**
 * The edges of the graph: every typed relation once (as the reverse-relation index states it,
 * "Kazakhstan · Party to · Treaty"), and co-mentions of at least `minShared` paragraphs between
 * entities that no typed relation links already. Sorted, so the picture is the same on every build.
 */
export function graphEdges(relations: RelationGroups, coMentions: Map<string, Array<{ entity: string; count: number }>>, minShared = 3): GraphEdge[] {
	const edges: GraphEdge[] = [];
	const linked = new Set<string>();
	const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
	for (const [target, groups] of relations) {
		for (const group of groups) {
			for (const item of group.items) {
				if (item.id === target) continue;
				const key = `${target} ${group.label} ${item.id}`;
				if (linked.has(key)) continue;
				linked.add(key);
				linked.add(pair(target, item.id));
				edges.push({ source: target, target: item.id, label: group.label, kind: 'relation' });
			}
		}
	}
	const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
	const coMention = (a: string, b: string, count: number) => {
		if (linked.has(pair(a, b))) return;
		linked.add(pair(a, b));
		touched.add(a).add(b);
		edges.push({ source: a < b ? a : b, target: a < b ? b : a, label: 'Often mentioned with', kind: 'co-mention', count });
	};
	for (const [a, list] of [...coMentions].sort((x, y) => x[0].localeCompare(y[0]))) {
		for (const { entity: b, count } of list) if (count >= minShared) coMention(a, b, count);
	}
	// An entity with no relation and no strong co-mention still joins the entity it shares most
	// paragraphs with (at least two), rather than floating alone at the edge of the picture.
	for (const [a, list] of [...coMentions].sort((x, y) => x[0].localeCompare(y[0]))) {
		const best = list[0];
		if (!touched.has(a) && best && best.count >= 2) coMention(a, best.entity, best.count);
	}
	return edges.sort((x, y) => x.kind.localeCompare(y.kind) || x.source.localeCompare(y.source) || x.label.localeCompare(y.label) || x.target.localeCompare(y.target));
}

/** A small linear congruential generator: the layout's only randomness, seeded so builds agree. */
export function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => (state = (Math.imul(1664525, state) + 1013904223) >>> 0) / 4294967296;
}

export interface LaidOutNode extends GraphNodeInput {
	x: number;
	y: number;
	r: number;
	/** The most mentioned entities carry their name on the picture. */
	labelled: boolean;
}

export interface GraphPicture {
	width: number;
	height: number;
	nodes: LaidOutNode[];
	edges: Array<GraphEdge & { x1: number; y1: number; x2: number; y2: number }>;
}

/** Node radius from mentions: area grows with mentions, within bounds a reader can click. */
export function nodeRadius(mentions: number): number {
	return Math.min(18, 3.5 + Math.sqrt(mentions) * 1.1);
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Lays the graph out with d3-force, synchronously and with a seeded random source, then scales it
 * into the frame: the same input always gives the same coordinates.
 */
export function layoutGraph(input: GraphNodeInput[], edges: GraphEdge[], options: { width?: number; height?: number; seed?: number; ticks?: number; labels?: number } = {}): GraphPicture {
	const { width = 1000, height = 820, seed = 42, ticks = 400, labels = 24 } = options;
	type SimNode = SimulationNodeDatum & LaidOutNode;
	const nodes: SimNode[] = [...input].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ ...n, x: 0, y: 0, r: nodeRadius(n.mentions), labelled: false }));
	// d3 places nodes without a position on a phyllotaxis spiral; clearing x/y keeps that deterministic start.
	for (const n of nodes) {
		delete (n as Partial<SimNode>).x;
		delete (n as Partial<SimNode>).y;
	}
	const ids = new Set(nodes.map((n) => n.id));
	const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ source: e.source, target: e.target, strength: e.kind === 'relation' ? 0.5 : 0.15 }));
	const simulation = forceSimulation(nodes)
		.randomSource(lcg(seed))
		.force('link', forceLink<SimNode, (typeof links)[number]>(links).id((d) => d.id).distance(50).strength((l) => l.strength))
		.force('charge', forceManyBody<SimNode>().strength(-110).distanceMax(500))
		.force('x', forceX<SimNode>(0).strength(0.05))
		.force('y', forceY<SimNode>(0).strength(0.07))
		.force('collide', forceCollide<SimNode>((d) => d.r + 5))
		.stop();
	for (let i = 0; i < ticks; i++) simulation.tick();

	// Scale uniformly into the frame, leaving room for labels at the edges.
	const pad = 24;
	const xs = nodes.map((n) => n.x!);
	const ys = nodes.map((n) => n.y!);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const scale = Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1));
	const offX = (width - (maxX - minX) * scale) / 2;
	const offY = (height - (maxY - minY) * scale) / 2;
	const out: LaidOutNode[] = nodes.map((n) => ({
		id: n.id,
		type: n.type,
		name: n.name,
		mentions: n.mentions,
		r: round(n.r),
		x: round(offX + (n.x! - minX) * scale),
		y: round(offY + (n.y! - minY) * scale),
		labelled: false,
	}));
	// Name the most mentioned nodes, skipping any whose label would overlap one already placed.
	const placed: Array<[number, number, number, number]> = [];
	for (const n of [...out].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))) {
		if (placed.length >= labels) break;
		const w = Math.min(n.name.length, 26) * 6.8;
		const box: [number, number, number, number] = [n.x - w / 2, n.y - n.r - 16, n.x + w / 2, n.y - n.r - 1];
		if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
		placed.push(box);
		n.labelled = true;
	}
	const at = new Map(out.map((n) => [n.id, n]));
	return {
		width,
		height,
		nodes: out,
		edges: edges
			.filter((e) => at.has(e.source) && at.has(e.target))
			.map((e) => ({ ...e, x1: at.get(e.source)!.x, y1: at.get(e.source)!.y, x2: at.get(e.target)!.x, y2: at.get(e.target)!.y })),
	};
}

/** How a relation reads from its other end: a treaty's view of "Kazakhstan · Party to" is "Parties". */
const INVERSE: Record<string, string> = {
	'Party to': 'Parties',
	Signed: 'Signatories',
	'Signed here': 'Place of signature',
	'Member of': 'Members',
	'Headquarters of': 'Headquarters',
	'Succeeded by': 'Predecessor',
	'Preceded by': 'Successor',
	'Office holders': 'Office in',
	People: 'Country',
	Groups: 'Country',
	Places: 'Country',
	Wrote: 'Written by',
	Published: 'Published by',
	// A characterised tie between two actors reads the same from both ends.
	'Bilateral relations': 'Bilateral relations',
	Leases: 'Leaseholder',
	Operates: 'Operator',
};

export function inverseLabel(label: string): string {
	return INVERSE[label] ?? `${label} (other end)`;
}

export interface EgoPicture {
	width: number;
	height: number;
	centre: { x: number; y: number; name: string; type: string };
	neighbours: Array<{ id: string; name: string; type: string; labels: string[]; x: number; y: number; anchor: 'start' | 'end' | 'middle' }>;
	/** Relations left out of the picture (they stay in the lists below it). */
	more: number;
}

/**
 * One entity's direct relations as a small radial diagram: the entity in the middle, each
 * related entity around it (in the order of their labels), named with how it relates.
 */
export function egoDiagram(id: string, edges: GraphEdge[], nodes: Map<string, { name: string; type: string }>, max = 12): EgoPicture | undefined {
	const byNeighbour = new Map<string, string[]>();
	for (const e of edges) {
		if (e.kind !== 'relation') continue;
		const [other, label] = e.source === id ? [e.target, e.label] : e.target === id ? [e.source, inverseLabel(e.label)] : [undefined, ''];
		if (!other || !nodes.has(other)) continue;
		const labels = byNeighbour.get(other) ?? [];
		if (!labels.includes(label)) labels.push(label);
		byNeighbour.set(other, labels);
	}
	const self = nodes.get(id);
	if (!self || byNeighbour.size === 0) return undefined;
	const all = [...byNeighbour].sort((a, b) => a[1][0]!.localeCompare(b[1][0]!) || nodes.get(a[0])!.name.localeCompare(nodes.get(b[0])!.name, 'en'));
	const shown = all.slice(0, max);
	const rows = Math.ceil(shown.length / 2);
	const height = Math.max(120, rows * 44 + 24);
	const width = 640;
	const cx = width / 2;
	const cy = height / 2;
	// Two columns, left and right of the entity, so names have room to be read.
	const neighbours = shown.map(([other, labels], i) => {
		const left = i % 2 === 1;
		const row = Math.floor(i / 2);
		const count = left ? Math.floor(shown.length / 2) : Math.ceil(shown.length / 2);
		const y = round(height / 2 + (row - (count - 1) / 2) * 44);
		const x = left ? 175 : width - 175;
		const n = nodes.get(other)!;
		return { id: other, name: n.name, type: n.type, labels, x, y, anchor: left ? ('end' as const) : ('start' as const) };
	});
	return { width, height, centre: { x: cx, y: cy, name: self.name, type: self.type }, neighbours, more: all.length - shown.length };
}
