import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { placeLabels, textWidth, type LabelRequest, type PlacedLabel } from './labels';

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
				// A symmetric tie (each side lists the other under the same label) is one line, not two.
				if (linked.has(key) || linked.has(`${item.id} ${group.label} ${target}`)) continue;
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
	/** Links from the centre (Russia and Kazakhstan are 0): the ring the node is drawn on. */
	hop: number;
}

export interface GraphPicture {
	width: number;
	height: number;
	nodes: LaidOutNode[];
	edges: Array<GraphEdge & { x1: number; y1: number; x2: number; y2: number }>;
	/** Names placed beside their nodes without overlapping one another or any node. */
	labels: PlacedLabel[];
	/** Entities with no edge at all: listed under the picture rather than drawn as loose dots. */
	isolated: string[];
	/** The rings' radii and centre, drawn as faint guides. */
	rings: { cx: number; cy: number; radii: number[] };
}

/** Node radius from mentions: area grows with mentions, within bounds a reader can click. */
export function nodeRadius(mentions: number): number {
	return Math.min(18, 3.5 + Math.sqrt(mentions) * 1.1);
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Links from the centre nodes to every other node (breadth first); unreachable nodes get `max`. */
export function hops(ids: string[], edges: GraphEdge[], centre: string[], max = 3): Map<string, number> {
	const next = new Map<string, string[]>();
	for (const e of edges) {
		next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
		next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
	}
	const dist = new Map<string, number>();
	let frontier = centre.filter((c) => ids.includes(c));
	for (const c of frontier) dist.set(c, 0);
	for (let d = 1; frontier.length; d++) {
		const after: string[] = [];
		for (const id of frontier) for (const o of next.get(id) ?? []) if (!dist.has(o)) dist.set(o, Math.min(d, max)), after.push(o);
		frontier = after;
	}
	for (const id of ids) if (!dist.has(id)) dist.set(id, max);
	return dist;
}

export interface LayoutOptions {
	width?: number;
	height?: number;
	seed?: number;
	ticks?: number;
	/** The entities the picture is about, pinned in the middle: the rings count links from them. */
	centre?: string[];
	/** Label font size, in picture units. */
	fontSize?: number;
	/** Node sizes scaled for a small frame. */
	radiusScale?: number;
}

/**
 * A radial layout around the centre: Russia and Kazakhstan pinned in the middle, everything
 * tied to them directly on the inner ring, what is tied to those on the next, and so on, so
 * the distance from the middle reads as "how directly tied". d3-force (seeded, synchronous)
 * spreads the nodes along their rings and pulls linked nodes together. Entities with no edge
 * are left out and returned as `isolated`. Names are placed with the label placer: every label
 * that fits without covering another label or a node.
 */
export function layoutGraph(input: GraphNodeInput[], edges: GraphEdge[], options: LayoutOptions = {}): GraphPicture {
	const { width = 1000, height = 820, seed = 42, ticks = 400, centre = [], fontSize = 12, radiusScale = 1 } = options;
	type SimNode = SimulationNodeDatum & LaidOutNode;
	const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
	const isolated = input.filter((n) => !linked.has(n.id)).map((n) => n.id).sort();
	const drawn = [...input].filter((n) => linked.has(n.id)).sort((a, b) => a.id.localeCompare(b.id));
	const ids = new Set(drawn.map((n) => n.id));
	const usable = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
	const hop = hops([...ids], usable, centre);
	const R = Math.min(width, height) / 2 - fontSize * 2;
	const ringOf = (h: number) => (h === 0 ? 0 : R * [0, 0.42, 0.75, 1][Math.min(h, 3)]!);
	const aspect = width / height;
	const nodes = drawn.map((n) => ({ ...n, r: round(Math.max(2.5, nodeRadius(n.mentions) * radiusScale)), hop: hop.get(n.id)! }) as SimNode);
	const centres = nodes.filter((n) => n.hop === 0).sort((a, b) => centre.indexOf(a.id) - centre.indexOf(b.id));
	// The centre side by side on a wide frame, one above the other on a tall one; the room for
	// their names is kept free by a row of fixed, invisible bodies the other nodes cannot enter.
	const tall = width < height;
	const big = fontSize * 1.3;
	const reserved: SimNode[] = [];
	centres.forEach((n, i) => {
		const offset = (i - (centres.length - 1) / 2) * fontSize * 5;
		n.fx = tall ? 0 : offset;
		n.fy = tall ? offset : 0;
		const side = tall || i > 0 ? 1 : -1;
		const w = textWidth(n.name, big);
		for (let d = 0; d <= w; d += big * 0.8) {
			reserved.push({ id: `reserved:${n.id}:${d}`, type: '', name: '', mentions: 0, r: big * 0.6, hop: 0, fx: n.fx + side * (n.r + 4 + d), fy: n.fy, x: 0, y: 0 } as SimNode);
		}
	});
	const links = usable.map((e) => ({ source: e.source, target: e.target, strength: e.kind === 'relation' ? 0.3 : 0.08 }));
	const simulation = forceSimulation([...nodes, ...reserved])
		.randomSource(lcg(seed))
		.force('link', forceLink<SimNode, (typeof links)[number]>(links).id((d) => d.id).distance(R * 0.3).strength((l) => l.strength))
		.force('charge', forceManyBody<SimNode>().strength(-R * 0.12).distanceMax(R))
		.force('ring', forceRadial<SimNode>((d) => ringOf(d.hop), 0, 0).strength((d) => (d.id.startsWith('reserved:') ? 0 : 0.9)))
		.force('collide', forceCollide<SimNode>((d) => d.r + fontSize * 0.35))
		.stop();
	for (let i = 0; i < ticks; i++) simulation.tick();

	// Stretch the circle to the frame's shape (a phone's picture is tall), keeping the centre.
	const sx = aspect >= 1 ? aspect : 1;
	const sy = aspect >= 1 ? 1 : 1 / aspect;
	const cx = width / 2;
	const cy = height / 2;
	const out: LaidOutNode[] = nodes.map((n) => ({
		id: n.id,
		type: n.type,
		name: n.name,
		mentions: n.mentions,
		r: n.r,
		hop: n.hop,
		x: round(Math.min(width - n.r - 2, Math.max(n.r + 2, cx + n.x! * sx * 0.98))),
		y: round(Math.min(height - n.r - 2, Math.max(n.r + 2, cy + n.y! * sy * 0.98))),
	}));
	const obstacles = out.map((n) => ({ id: n.id, minX: n.x - n.r, minY: n.y - n.r, maxX: n.x + n.r, maxY: n.y + n.r }));
	const leftSide = new Set(tall ? [] : centres.slice(0, 1).map((n) => n.id));
	const requests: LabelRequest[] = out.map((n) => ({
		left: leftSide.has(n.id),
		id: n.id,
		text: n.name,
		x: n.x,
		y: n.y,
		r: n.r,
		// The centre first, then by how often the sources name the entity.
		priority: n.hop === 0 ? -1e6 : -n.mentions,
		fontSize: n.hop === 0 ? big : fontSize,
	}));
	const { placed } = placeLabels(requests, { width, height, obstacles, margin: 1 });
	const at = new Map(out.map((n) => [n.id, n]));
	return {
		width,
		height,
		nodes: out,
		edges: usable.map((e) => ({ ...e, x1: at.get(e.source)!.x, y1: at.get(e.source)!.y, x2: at.get(e.target)!.x, y2: at.get(e.target)!.y })),
		labels: placed,
		isolated,
		rings: { cx, cy, radii: [1, 2, 3].map((h) => round(ringOf(h))) },
	};
}

/**
 * The relation labels that get a colour of their own: the most common ones, in order of use.
 * Whatever relations the knowledge base holds are drawn; rarer labels share the "other" colour.
 */
export function relationPalette(edges: GraphEdge[], size = 7): string[] {
	const counts = new Map<string, number>();
	for (const e of edges) if (e.kind === 'relation') counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, size).map(([label]) => label);
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

/** Splits text into lines no wider than `max` at spaces; a word wider than a line keeps a line of its own, never cut. */
export function wrapText(text: string, max: number, fontSize: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export interface EgoNeighbour {
	id: string;
	name: string;
	type: string;
	/** How it relates, read from the entity ("Member of"), or "Named with … in n paragraphs". */
	labels: string[];
	kind: 'relation' | 'co-mention';
	/** The name and the relation, wrapped to the room beside the node. */
	nameLines: string[];
	labelLines: string[];
	/** The node, and where its text starts. */
	x: number;
	y: number;
	tx: number;
	ty: number;
	anchor: 'start' | 'end';
}

export interface EgoPicture {
	width: number;
	height: number;
	fontSize: number;
	centre: { x: number; y: number; name: string; type: string; lines: string[]; ty: number };
	neighbours: EgoNeighbour[];
	/** Relations left out of the picture (they stay in the lists below it). */
	more: number;
	/** The vertical spine of the one-column (phone) layout, if any. */
	spine?: { x: number; y1: number; y2: number };
}

export interface EgoOptions {
	max?: number;
	/** 640 draws two columns around the entity; a narrow width (phone) one column under it. */
	width?: number;
	fontSize?: number;
	/** Entities named in the same paragraphs, most shared first: shown when there is room after the relations. */
	coMentions?: Array<{ entity: string; count: number }>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One entity's direct ties as a small diagram: the entity, each related entity with how it
 * relates (typed relations first, in both directions), then the entities named with it most
 * often, up to `max`. Names are wrapped to the room they have, never cut. Two columns on a wide
 * screen; one column under the entity on a phone.
 */
export function egoDiagram(id: string, edges: GraphEdge[], nodes: Map<string, { name: string; type: string; mentions?: number }>, options: EgoOptions | number = {}): EgoPicture | undefined {
	const { max = 12, width = 640, fontSize = 13, coMentions = [] } = typeof options === 'number' ? { max: options } : options;
	const byNeighbour = new Map<string, string[]>();
	for (const e of edges) {
		if (e.kind !== 'relation') continue;
		const [other, label] = e.source === id ? [e.target, e.label] : e.target === id ? [e.source, inverseLabel(e.label)] : [undefined, ''];
		if (!other || !nodes.has(other) || other === id) continue;
		const labels = byNeighbour.get(other) ?? [];
		if (!labels.includes(label)) labels.push(label);
		byNeighbour.set(other, labels);
	}
	const self = nodes.get(id);
	if (!self) return undefined;
	const mentions = (other: string) => (nodes.get(other) as { mentions?: number }).mentions ?? 0;
	// Every kind of relation gets a place before any kind gets a second one, most named entities first.
	const byLabel = new Map<string, string[]>();
	for (const [other, labels] of [...byNeighbour].sort((a, b) => mentions(b[0]) - mentions(a[0]) || a[0].localeCompare(b[0]))) byLabel.set(labels[0]!, [...(byLabel.get(labels[0]!) ?? []), other]);
	const queues = [...byLabel].sort((a, b) => a[0].localeCompare(b[0])).map(([, ids]) => ids);
	const picked: string[] = [];
	while (picked.length < Math.min(max, byNeighbour.size)) for (const q of queues) if (q.length && picked.length < max) picked.push(q.shift()!);
	const related = picked.map((other) => [other, byNeighbour.get(other)!] as const).sort((a, b) => a[1][0]!.localeCompare(b[1][0]!) || nodes.get(a[0])!.name.localeCompare(nodes.get(b[0])!.name, 'en'));
	// The entities named with it most often, after the relations: the counterpart state among them.
	const named = coMentions.filter((c) => c.entity !== id && nodes.has(c.entity) && !byNeighbour.has(c.entity)).slice(0, Math.max(3, max - related.length));
	const shown: Array<{ id: string; labels: string[]; kind: EgoNeighbour['kind'] }> = [
		...related.map(([other, labels]) => ({ id: other, labels, kind: 'relation' as const })),
		...named.map((c) => ({ id: c.entity, labels: [`Named with it in ${plural(c.count, 'paragraph')}`], kind: 'co-mention' as const })),
	];
	if (shown.length === 0) return undefined;
	const more = byNeighbour.size - related.length;
	const f = fontSize;
	const line = f * 1.25;
	const small = f * 0.9;
	if (width < 480) {
		// One column: the entity on top, its ties listed under it along a spine.
		const textX = 34;
		const room = width - textX - 4;
		const selfLines = wrapText(self.name, width - 36, f * 1.15);
		let y = 14 + selfLines.length * f * 1.4 + 10;
		const neighbours = shown.map((s) => {
			const n = nodes.get(s.id)!;
			const nameLines = wrapText(n.name, room, f);
			const labelLines = wrapText(s.labels.join(', ').toLowerCase(), room, small);
			const top = y;
			y += (nameLines.length + labelLines.length) * line + 10;
			return { id: s.id, name: n.name, type: n.type, labels: s.labels, kind: s.kind, nameLines, labelLines, x: 22, y: round(top + f * 0.45), tx: textX, ty: round(top + f * 0.8), anchor: 'start' as const };
		});
		const height = Math.ceil(y + 4);
		return { width, height, fontSize: f, centre: { x: 12, y: 14 + f * 0.5, name: self.name, type: self.type, lines: selfLines, ty: round(14 + f * 0.9) }, neighbours, more, spine: { x: 12, y1: 14 + f, y2: neighbours.at(-1)!.y } };
	}
	// Two columns, right then left, each stacked top to bottom around the middle.
	const room = width / 2 - 140;
	const blocks = shown.map((s, i) => {
		const n = nodes.get(s.id)!;
		const nameLines = wrapText(n.name, room, f);
		const labelLines = wrapText(s.labels.join(', ').toLowerCase(), room, small);
		return { s, n, nameLines, labelLines, left: i % 2 === 1, h: (nameLines.length + labelLines.length) * line + 12 };
	});
	const colHeight = (left: boolean) => blocks.filter((b) => b.left === left).reduce((h, b) => h + b.h, 0);
	const selfLines = wrapText(self.name, 180, f * 1.15);
	const height = Math.ceil(Math.max(120, colHeight(false), colHeight(true), selfLines.length * f * 1.4 + 60) + 16);
	const tops = { true: (height - colHeight(true)) / 2, false: (height - colHeight(false)) / 2 };
	const neighbours = blocks.map((b) => {
		const key = String(b.left) as 'true' | 'false';
		const top = tops[key];
		tops[key] += b.h;
		const x = b.left ? width / 2 - 120 : width / 2 + 120;
		const y = round(top + b.h / 2 - 4);
		const textTop = y - ((b.nameLines.length + b.labelLines.length) * line) / 2 + f * 0.8;
		return { id: b.s.id, name: b.n.name, type: b.n.type, labels: b.s.labels, kind: b.s.kind, nameLines: b.nameLines, labelLines: b.labelLines, x, y, tx: b.left ? x - 12 : x + 12, ty: round(textTop), anchor: b.left ? ('end' as const) : ('start' as const) };
	});
	const cy = height / 2;
	return { width, height, fontSize: f, centre: { x: width / 2, y: cy, name: self.name, type: self.type, lines: selfLines, ty: round(cy + 26) }, neighbours, more };
}
