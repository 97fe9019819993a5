import { describe, expect, it } from 'vitest';
import { overlappingPairs, textWidth } from '../../../src/visuals/labels';
import { egoDiagram, graphEdges, hops, inverseLabel, layoutGraph, lcg, nodeRadius, relationPalette, wrapText, type GraphNodeInput } from '../../../src/visuals/graph';

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
	it('draws a symmetric tie (each side lists the other under one label) once', () => {
		const both = new Map([...RELATIONS, ['treaty', [{ label: 'Bilateral relations', items: [{ id: 'csto' }] }]], ['csto', [{ label: 'Bilateral relations', items: [{ id: 'treaty' }] }]]]);
		const ties = graphEdges(both, new Map()).filter((e) => e.label === 'Bilateral relations');
		expect(ties.map((e) => `${e.source}-${e.target}`)).toEqual(['treaty-csto']);
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

describe('graph around the centre', () => {
	const ISOLATED: GraphNodeInput[] = [...NODES, { id: 'alone', type: 'places', name: 'Nowhere', mentions: 1 }];
	const edges = graphEdges(RELATIONS, CO);
	const picture = layoutGraph(ISOLATED, edges, { width: 400, height: 300, centre: ['russia', 'kazakhstan'] });

	it('leaves out entities with no edge and lists them apart', () => {
		expect(picture.isolated).toEqual(['alone']);
		expect(picture.nodes.map((n) => n.id)).not.toContain('alone');
		const linked = new Set(picture.edges.flatMap((e) => [e.source, e.target]));
		for (const n of picture.nodes) expect(linked, n.id).toContain(n.id);
	});

	it('puts the centre in the middle and rings by links from it', () => {
		const at = (id: string) => picture.nodes.find((n) => n.id === id)!;
		expect(at('russia').hop).toBe(0);
		expect(at('kazakhstan').hop).toBe(0);
		expect(at('treaty').hop).toBe(1);
		expect(at('loner').hop).toBe(2);
		const dist = (id: string) => Math.hypot(at(id).x - 200, at(id).y - 150);
		expect(dist('russia')).toBeLessThan(40);
		expect(dist('loner')).toBeGreaterThan(dist('treaty'));
		expect(hops(['a', 'b', 'c'], [{ source: 'a', target: 'b', label: 'x', kind: 'relation' }], ['a']).get('c')).toBe(3);
	});

	it('names the centre and places the other names without overlap, each beside its own node and clear of the others', () => {
		const named = picture.labels.map((l) => l.id);
		expect(named).toEqual(expect.arrayContaining(['kazakhstan', 'russia']));
		expect(overlappingPairs(picture.labels.map((l) => ({ id: l.id, box: l.box })))).toEqual([]);
		for (const l of picture.labels) {
			for (const n of picture.nodes) {
				if (n.id === l.id) continue;
				const hit = l.box.minX < n.x + n.r && l.box.maxX > n.x - n.r && l.box.minY < n.y + n.r && l.box.maxY > n.y - n.r;
				expect(hit, `${l.id} covers ${n.id}`).toBe(false);
			}
		}
	});

	it('gives the most used relation labels a colour each', () => {
		expect(relationPalette(edges, 2)).toEqual(['Member of', 'Party to']);
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
	it('says how many relations did not fit, and shows an entity with only co-mentions by its co-mentions', () => {
		expect(egoDiagram('loner', edges, nodes)).toBeUndefined();
		const ego = egoDiagram('kazakhstan', edges, nodes, 2)!;
		expect(ego.neighbours).toHaveLength(2);
		expect(ego.more).toBe(1);
		const loner = egoDiagram('loner', edges, nodes, { coMentions: CO.get('loner')! })!;
		expect(loner.neighbours.map((n) => `${n.kind}: ${n.id}: ${n.labels[0]}`)).toEqual(['co-mention: csto: Named with it in 2 paragraphs']);
		const one = egoDiagram('loner', edges, nodes, { coMentions: [{ entity: 'csto', count: 1 }] })!;
		expect(one.neighbours[0]!.labels[0]).toBe('Named with it in 1 paragraph');
	});

	it('shows the counterpart state named with it after the relations, so Russia appears in Kazakhstan’s diagram', () => {
		const ego = egoDiagram('kazakhstan', edges, nodes, { coMentions: CO.get('russia')!.map((c) => (c.entity === 'kazakhstan' ? { ...c, entity: 'russia' } : c)) })!;
		expect(ego.neighbours.filter((n) => n.kind === 'co-mention').map((n) => n.id)).toContain('russia');
	});

	it('wraps long names to the room they have and never cuts them, in two columns or in one for a phone', () => {
		const long = new Map(nodes).set('csto', { id: 'csto', name: 'Joint Task Committee on Military and Technology Cooperation', type: 'organizations', mentions: 3 });
		for (const width of [640, 300]) {
			const ego = egoDiagram('kazakhstan', edges, long, { width })!;
			const n = ego.neighbours.find((x) => x.id === 'csto')!;
			expect(n.nameLines.join(' ')).toBe('Joint Task Committee on Military and Technology Cooperation');
			expect(n.nameLines.length).toBeGreaterThan(1);
			for (const line of n.nameLines) {
				const w = textWidth(line, ego.fontSize);
				const [from, to] = n.anchor === 'start' ? [n.tx, n.tx + w] : [n.tx - w, n.tx];
				expect(from).toBeGreaterThanOrEqual(0);
				expect(to).toBeLessThanOrEqual(ego.width);
			}
			if (width === 300) expect(ego.spine).toBeDefined();
		}
		expect(wrapText('Supercalifragilistic word', 30, 12)).toEqual(['Supercalifragilistic', 'word']);
	});
});
