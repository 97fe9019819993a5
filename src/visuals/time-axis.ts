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
	ticks: Array<{ year: number; x: number }>;
	/** For each input item, in order, the id it carries in the list (only the first of a year and kind has one). */
	anchors: Array<string | undefined>;
}

/** The anchor of a year and kind in a timeline list. */
export const axisAnchor = (year: number, kind: string) => `tl-${year}-${kind}`;

/**
 * Items per year, stacked by kind, on one axis from the first year to the last: a strip a reader
 * scans before the long list. Every mark links to the first item it counts.
 */
export function timeAxis(items: AxisItem[], kinds: readonly string[], options: { width?: number; unit?: number } = {}): TimeAxis | undefined {
	if (items.length === 0) return undefined;
	const { width = 720, unit = 7 } = options;
	const years = items.map((i) => i.date.year);
	const [first, last] = [Math.min(...years), Math.max(...years)];
	const span = last - first + 1;
	const margin = 14;
	const step = (width - 2 * margin) / span;
	const counts = new Map<string, number>();
	const anchors = items.map((item) => {
		const key = axisAnchor(item.date.year, item.kind);
		const seen = counts.get(key) ?? 0;
		counts.set(key, seen + 1);
		return seen === 0 ? key : undefined;
	});
	let tallest = 0;
	for (let year = first; year <= last; year++) {
		tallest = Math.max(tallest, kinds.reduce((n, k) => n + (counts.get(axisAnchor(year, k)) ?? 0), 0));
	}
	const base = 8 + tallest * unit;
	const marks: AxisMark[] = [];
	for (let year = first; year <= last; year++) {
		let y = base;
		for (const kind of kinds) {
			const count = counts.get(axisAnchor(year, kind)) ?? 0;
			if (count === 0) continue;
			y -= count * unit;
			const x = margin + (year - first) * step;
			marks.push({ year, kind, count, x: Math.round(x * 10) / 10 + 1, y, width: Math.max(2, Math.round((step - 2) * 10) / 10), height: count * unit, anchor: axisAnchor(year, kind) });
		}
	}
	// A tick every 5 or 10 years, whichever leaves the labels room.
	const every = span > 25 ? 10 : 5;
	const ticks: TimeAxis['ticks'] = [];
	for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push({ year, x: Math.round((margin + (year - first + 0.5) * step) * 10) / 10 });
	return { width, height: base + 22, base, marks, ticks, anchors };
}
