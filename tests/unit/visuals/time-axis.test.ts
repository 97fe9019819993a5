import { describe, expect, it } from 'vitest';
import { axisAnchor, timeAxis } from '../../../src/visuals/time-axis';

const item = (year: number, kind: string) => ({ date: { year }, kind });
const ITEMS = [item(1991, 'treaty'), item(1991, 'treaty'), item(1991, 'event'), item(1994, 'membership'), item(2014, 'event')];

describe('time axis', () => {
	const axis = timeAxis(ITEMS, ['treaty', 'membership', 'event'])!;
	it('counts items per year and kind, and the counts add up to the items', () => {
		expect(axis.marks.map((m) => `${m.year} ${m.kind} ${m.count}`)).toEqual(['1991 treaty 2', '1991 event 1', '1994 membership 1', '2014 event 1']);
		expect(axis.marks.reduce((n, m) => n + m.count, 0)).toBe(ITEMS.length);
	});
	it('links each mark to the first item of its year and kind, and only that item carries the id', () => {
		expect(axis.anchors).toEqual(['tl-1991-treaty', undefined, 'tl-1991-event', 'tl-1994-membership', 'tl-2014-event']);
		for (const m of axis.marks) expect(axis.anchors).toContain(m.anchor);
		expect(axisAnchor(1991, 'treaty')).toBe('tl-1991-treaty');
	});
	it('orders years left to right, stacks kinds upward and stays inside its width', () => {
		const [a, , b, c] = axis.marks;
		expect(a!.x).toBeLessThan(b!.x);
		expect(b!.x).toBeLessThan(c!.x);
		expect(axis.marks[1]!.y + axis.marks[1]!.height).toBe(a!.y);
		for (const m of axis.marks) expect(m.x + m.width).toBeLessThanOrEqual(axis.width);
		expect(axis.ticks.map((t) => t.year)).toEqual([1991, 2014]);
		expect(axis.breaks).toHaveLength(1);
	});
	it('draws nothing for no items', () => {
		expect(timeAxis([], ['event'])).toBeUndefined();
	});
});

describe('time axis with a long empty stretch', () => {
	it('cuts the stretch to a break, so the dense years keep their room', () => {
		const items = [item(1465, 'event'), ...Array.from({ length: 30 }, (_, i) => item(1991 + i, 'treaty')), item(2050, 'treaty')];
		const axis = timeAxis(items, ['treaty', 'event'])!;
		expect(axis.breaks).toHaveLength(2);
		const x = (year: number) => axis.marks.find((m) => m.year === year)!.x;
		// 1991–2020 take most of the width, not a sliver of a 585-year axis.
		expect(x(2020) - x(1991)).toBeGreaterThan(axis.width * 0.6);
		expect(x(1465)).toBeLessThan(x(1991));
		expect(x(2050)).toBeGreaterThan(x(2020));
		for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i]!.x - axis.ticks[i - 1]!.x).toBeGreaterThanOrEqual(44);
		expect(axis.ticks[0]!.year).toBe(1465);
	});

	it('always labels the last year, on a phone’s 300-unit axis too, anchored so it is not cut at the edge', () => {
		const items = [item(1989, 'event'), ...Array.from({ length: 12 }, (_, i) => item(2004 + i * 1.5 | 0, 'event')), item(2022, 'event')];
		for (const width of [720, 300]) {
			const axis = timeAxis(items, ['event'], { width })!;
			const last = axis.ticks.at(-1)!;
			expect(last.year, String(width)).toBe(2022);
			if (last.anchor === 'middle') expect(last.x + 16).toBeLessThanOrEqual(width);
			for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i]!.x - axis.ticks[i - 1]!.x).toBeGreaterThanOrEqual(44);
		}
	});
});
