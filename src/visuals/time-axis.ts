/** What the strip needs of a timeline item. */
export interface AxisItem {
	date: { year: number };
	kind: string;
}

export interface AxisMark {
	year: number;
	kind: string;
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The list item this mark jumps to: the first of its year and kind. */
	anchor: string;
}

export interface TimeAxis {
	width: number;
	height: number;
	/** Baseline of the bars. */
	base: number;
	marks: AxisMark[];
	ticks: Array<{ year: number; x: number; anchor: 'start' | 'middle' | 'end' }>;
	/** Where a long empty stretch of years was cut out of the axis. */
	breaks: number[];
	/** For each input item, in order, the id it carries in the list (only the first of a year and kind has one). */
	anchors: Array<string | undefined>;
}

/** The anchor of a year and kind in a timeline list. */
export const axisAnchor = (year: number, kind: string) => `tl-${year}-${kind}`;

/** A run of years drawn to scale; runs are separated by a break where no item falls for a long time. */
interface Run {
	from: number;
	to: number;
}

/** Years with items, grouped into runs wherever the gap between two is at most `maxGap` years. */
export function yearRuns(years: number[], maxGap = 12): Run[] {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const runs: Run[] = [];
	for (const year of sorted) {
		const last = runs.at(-1);
		if (last && year - last.to <= maxGap) last.to = year;
		else runs.push({ from: year, to: year });
	}
	return runs;
}

/**
 * Items per year, stacked by kind: a strip a reader scans before the long list. Years run to
 * scale, except that a long stretch with no item (the Kazakh Khanate to the 20th century, say)
 * is cut to a short break, so a few early dates do not squeeze the rest into a corner. Every
 * mark links to the first item it counts.
 */
export function timeAxis(items: AxisItem[], kinds: readonly string[], options: { width?: number; unit?: number } = {}): TimeAxis | undefined {
	if (items.length === 0) return undefined;
	const { width = 720, unit = 7 } = options;
	const runs = yearRuns(items.map((i) => i.date.year));
	const margin = 14;
	const BREAK = 3; // a break takes the room of three years
	const slots = runs.reduce((n, r) => n + (r.to - r.from + 1), 0) + BREAK * (runs.length - 1);
	const step = (width - 2 * margin) / slots;
	const offset = new Map<number, number>();
	let slot = 0;
	for (const run of runs) {
		offset.set(run.from, slot);
		slot += run.to - run.from + 1 + BREAK;
	}
	const xOf = (year: number) => {
		const run = runs.find((r) => year >= r.from && year <= r.to)!;
		return margin + (offset.get(run.from)! + year - run.from) * step;
	};
	const counts = new Map<string, number>();
	const anchors = items.map((item) => {
		const key = axisAnchor(item.date.year, item.kind);
		const seen = counts.get(key) ?? 0;
		counts.set(key, seen + 1);
		return seen === 0 ? key : undefined;
	});
	const years = runs.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i));
	const tallest = Math.max(...years.map((year) => kinds.reduce((n, k) => n + (counts.get(axisAnchor(year, k)) ?? 0), 0)));
	const base = 8 + tallest * unit;
	const r1 = (v: number) => Math.round(v * 10) / 10;
	const marks: AxisMark[] = [];
	for (const year of years) {
		let y = base;
		for (const kind of kinds) {
			const count = counts.get(axisAnchor(year, kind)) ?? 0;
			if (count === 0) continue;
			y -= count * unit;
			marks.push({ year, kind, count, x: r1(xOf(year) + 0.5), y, width: Math.max(2, r1(step - 1)), height: count * unit, anchor: axisAnchor(year, kind) });
		}
	}
	// Ticks: each run's first year, then round years inside it, never closer than 44 px.
	const ticks: TimeAxis['ticks'] = [];
	const every = step * 5 >= 44 ? 5 : step * 10 >= 44 ? 10 : 25;
	for (const run of runs) {
		for (let year = run.from; year <= run.to; year++) {
			if (year !== run.from && year % every !== 0) continue;
			const x = r1(xOf(year) + step / 2);
			if (ticks.length && x - ticks.at(-1)!.x < 44) continue;
			ticks.push({ year, x, anchor: 'middle' });
		}
	}
	// The last year always has its label, so the axis says where it ends; it gives way to no other.
	const lastYear = runs.at(-1)!.to;
	if (ticks.at(-1)?.year !== lastYear) {
		const x = r1(xOf(lastYear) + step / 2);
		while (ticks.length > 1 && x - ticks.at(-1)!.x < 44) ticks.pop();
		ticks.push({ year: lastYear, x, anchor: 'middle' });
	}
	// Labels at the ends are anchored inward, so none is cut at the edge.
	for (const t of ticks) t.anchor = t.x < 20 ? 'start' : t.x > width - 20 ? 'end' : 'middle';
	const breaks = runs.slice(1).map((run) => r1(xOf(run.from) - (BREAK * step) / 2));
	return { width, height: base + 22, base, marks, ticks, anchors, breaks };
}
