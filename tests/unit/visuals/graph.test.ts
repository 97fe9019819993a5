import { describe, expect, it } from 'vitest';
import { egoDiagram, graphEdges, inverseLabel, layoutGraph, lcg, nodeRadius, type GraphNodeInput } from '../../../src/visuals/graph';

const NODES: GraphNodeInput[] = [
	{ id: 'kazakhstan', type: 'actors', name: 'Kazakhstan', mentions: 100 },
	{ id: 'russia', type: 'actors', name: 'Russia', mentions: 90 },
	{ id: 'treaty', type: 'treaties', name: 'A treaty', mentions: 5 },
	{ id: 'csto', type: 'organizations', name: 'CSTO', mentions: 20 },
	{ id: 'astana', type: 'places', name: 'Astana', mentions: 10 },
	{ id: 'loner', type: 'events', name: 'A later collection', mentions: 1 },
];
const RELATIONS = new Map([
	['kazakhstan', [{ label: 'Party to', items: [{ id: 'treaty' }] }, { label: 'Member of', items: [{ id: 'csto' }] }, { label: 'Places', items: [{ id: 'astana' }] }]],
	['russia', [{ label: 'Party to', items: [{ id: 'treaty' }] }, { label: 'Member of', items: [{ id: 'csto' }] }]],
]);
const CO = new Map([
	['astana', [{ entity: 'russia', count: 5 }]],
	['russia', [{ entity: 'astana', count: 5 }, { entity: 'kazakhstan', count: 50 }]],
	['loner', [{ entity: 'csto', count: 2 }]],
]);

describe('graph edges', () => {
	const edges = graphEdges(RELATIONS, CO);
	it('has every typed relation once, read as the relation index states it', () => {
		expect(edges.filter((e) => e.kind === 'relation').map((e) => `${e.source} ${e.label} ${e.target}`)).toEqual([
			'kazakhstan Member of csto',
			'kazakhstan Party to treaty',
			'kazakhstan Places astana',
			'russia Member of csto',
			'russia Party to treaty',
		]);
	});
	it('adds strong co-mentions between otherwise unlinked entities, and links a loner to its closest entity', () => {
		expect(edges.filter((e) => e.kind === 'co-mention').map((e) => `${e.source}-${e.target}:${e.count}`)).toEqual(['astana-russia:5', 'csto-loner:2', 'kazakhstan-russia:50']);
	});
});

describe('graph layout', () => {
	const edges = graphEdges(RELATIONS, CO);
	const picture = layoutGraph(NODES, edges, { width: 400, height: 300 });
	it('puts every node inside the frame, sized by mentions', () => {
		expect(picture.nodes).toHaveLength(NODES.length);
		for (const n of picture.nodes) {
			expect(n.x - n.r).toBeGreaterThanOrEqual(0);
			expect(n.x + n.r).toBeLessThanOrEqual(400);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeLessThanOrEqual(300);
		}
		expect(nodeRadius(100)).toBeGreaterThan(nodeRadius(5));
		expect(picture.edges).toHaveLength(edges.length);
	});
	it('is the same on every run, whatever the input order (seeded, synchronous)', () => {
		const again = layoutGraph([...NODES].reverse(), edges, { width: 400, height: 300 });
		expect(JSON.stringify(again)).toBe(JSON.stringify(picture));
	});
	it('uses a deterministic random source', () => {
		const a = lcg(1);
		const b = lcg(1);
		const values = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(values);
		for (const v of values) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThan(1);
	});
});

describe('connections diagram', () => {
	const edges = graphEdges(RELATIONS, CO);
	const nodes = new Map(NODES.map((n) => [n.id, n]));
	it('shows direct typed relations in both directions, read from the entity', () => {
		const ego = egoDiagram('treaty', edges, nodes)!;
		expect(ego.neighbours.map((n) => `${n.labels.join()}: ${n.id}`)).toEqual(['Parties: kazakhstan', 'Parties: russia']);
		expect(egoDiagram('kazakhstan', edges, nodes)!.neighbours.map((n) => n.labels[0])).toEqual(['Member of', 'Party to', 'Places']);
		expect(inverseLabel('Member of')).toBe('Members');
	});
	it('leaves out co-mentions and says how many relations did not fit', () => {
		expect(egoDiagram('loner', edges, nodes)).toBeUndefined();
		const ego = egoDiagram('kazakhstan', edges, nodes, 2)!;
		expect(ego.neighbours).toHaveLength(2);
		expect(ego.more).toBe(1);
	});
});
