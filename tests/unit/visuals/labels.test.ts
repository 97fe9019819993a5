import { describe, expect, it } from 'vitest';
import { labelBox, overlappingPairs, placeLabels, textWidth, type LabelRequest } from '../../../src/visuals/labels';

const req = (id: string, x: number, y: number, priority = 10, text = id): LabelRequest => ({ id, text, x, y, r: 4, priority, fontSize: 12 });

describe('label placement', () => {
	it('estimates text width wide enough for a bold sans (about 0.7 em a letter)', () => {
		expect(textWidth('Kazakhstan', 12)).toBeGreaterThan(70);
		expect(textWidth('Kazakhstan', 12)).toBeLessThan(100);
		expect(textWidth('ill', 12)).toBeLessThan(textWidth('mmm', 12));
	});

	it('puts a lone label to the right of its point', () => {
		const { placed } = placeLabels([req('Astana', 100, 100)], { width: 400, height: 300 });
		expect(placed).toHaveLength(1);
		expect(placed[0]!.anchor).toBe('start');
		expect(placed[0]!.box.minX).toBeGreaterThan(100);
	});

	it('moves a label to another side rather than overlap, and never covers another point', () => {
		const requests = [req('Almaty', 100, 100, 20), req('Bishkek', 103, 108, 10)];
		const obstacles = requests.map((r) => ({ id: r.id, minX: r.x - 4, minY: r.y - 4, maxX: r.x + 4, maxY: r.y + 4 }));
		const { placed, unplaced } = placeLabels(requests, { width: 400, height: 300, obstacles });
		expect(unplaced).toEqual([]);
		expect(overlappingPairs(placed.map((p) => ({ id: p.id, box: p.box })))).toEqual([]);
		for (const p of placed) for (const o of obstacles) if (o.id !== p.id) expect(p.box.minX < o.maxX && p.box.maxX > o.minX && p.box.minY < o.maxY && p.box.maxY > o.minY, `${p.id} covers ${o.id}`).toBe(false);
	});

	it('places by priority: the capital keeps its best place, the lesser label moves or goes', () => {
		const { placed } = placeLabels([req('City', 100, 100, 20, 'Karaganda'), req('Capital', 100, 100, 10, 'Astana')], { width: 400, height: 300 });
		expect(placed.find((p) => p.id === 'Capital')!.anchor).toBe('start');
		expect(placed.find((p) => p.id === 'City')?.anchor ?? 'none').not.toBe('start');
	});

	it('uses leader lines in a dense cluster, and leaves unplaced what cannot fit', () => {
		const cluster = Array.from({ length: 12 }, (_, i) => req(`p${i}`, 200 + (i % 4) * 6, 150 + Math.floor(i / 4) * 6, i, `Place ${i}`));
		const obstacles = cluster.map((r) => ({ id: r.id, minX: r.x - 4, minY: r.y - 4, maxX: r.x + 4, maxY: r.y + 4 }));
		const { placed } = placeLabels(cluster, { width: 400, height: 300, obstacles, leaders: true });
		expect(placed.some((p) => p.leader)).toBe(true);
		expect(placed.length).toBeGreaterThanOrEqual(8);
		expect(overlappingPairs(placed.map((p) => ({ id: p.id, box: p.box })))).toEqual([]);
		const tiny = placeLabels(cluster, { width: 60, height: 40, obstacles });
		expect(tiny.unplaced.length).toBeGreaterThan(0);
		for (const p of tiny.placed) expect(p.box.maxX).toBeLessThanOrEqual(60);
	});

	it('keeps every label inside the frame', () => {
		const { placed } = placeLabels([req('Vladivostok', 395, 5)], { width: 400, height: 300 });
		expect(placed[0]!.box.maxX).toBeLessThanOrEqual(400);
		expect(placed[0]!.box.minY).toBeGreaterThanOrEqual(0);
		expect(labelBox(10, 20, 'end', 30, 12).minX).toBe(-20);
	});
});
