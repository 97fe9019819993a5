import RBush from 'rbush';

/** An axis-aligned box in picture units, as rbush stores it. */
export interface Box {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/**
 * Width of a line of text in the site's UI font, estimated from character classes. The pictures
 * are computed at build time, where no font can be measured; the estimate errs wide (600 weight,
 * a generous average), so a label placed with it never collides in the browser. Tests use the
 * same function on the built SVG.
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		// Measured against DejaVu Sans Bold, the widest common fallback (Linux's system-ui).
		if (/[iljtfrI.,:;'’|!() -]/.test(ch)) em += ch === ' ' ? 0.35 : 0.42;
		else if (/[mwMW@–—]/.test(ch)) em += 1.02;
		else if (/[A-Z]/.test(ch)) em += 0.8;
		else if (/[0-9]/.test(ch)) em += 0.7;
		else em += 0.68;
	}
	return Math.ceil(em * fontSize);
}

export type Anchor = 'start' | 'middle' | 'end';

/** A label to place: a point (or an area's middle) with a name, a priority and a font size. */
export interface LabelRequest {
	id: string;
	text: string;
	/** The point the label names. */
	x: number;
	y: number;
	/** Half the marker's size: labels keep clear of it. 0 for an area's name, which sits on its point. */
	r: number;
	/** Lower places first: capitals before cities before facilities. */
	priority: number;
	fontSize: number;
	/** `area` labels are centred on their point (countries, seas, regions); `point` labels sit beside a marker. */
	kind?: 'point' | 'area';
	/** A line of text too long for one row may wrap to two; for area labels only. */
	wrap?: boolean;
	/** Try the left side before the right. */
	left?: boolean;
	/** Only beside its point, never away from it on a leader line (an arrow's name). */
	near?: boolean;
	/** A test a candidate's point must pass (say, "still inside the country"), run only for candidates that are otherwise free. */
	accept?: (x: number, y: number) => boolean;
	/** Other points the label may be centred on, tried in order after the first (along a route, around a country's middle). */
	alternatives?: Array<{ x: number; y: number }>;
}

/** A placed label: where its text goes (baseline of the first line), its box, and a leader line when it was moved away from its point. */
export interface PlacedLabel {
	id: string;
	lines: string[];
	x: number;
	y: number;
	anchor: Anchor;
	fontSize: number;
	box: Box;
	leader?: { x1: number; y1: number; x2: number; y2: number };
	kind: 'point' | 'area';
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The box a label's text covers, from its anchor point and baseline. */
export function labelBox(x: number, baseline: number, anchor: Anchor, width: number, fontSize: number, lines = 1): Box {
	const minX = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	// Ascenders reach about 0.8 em above the baseline, descenders 0.25 em below it.
	const top = baseline - fontSize * 0.8;
	return { minX: r1(minX), minY: r1(top), maxX: r1(minX + width), maxY: r1(baseline + fontSize * 0.25 + (lines - 1) * fontSize * 1.15) };
}

export const overlaps = (a: Box, b: Box) => a.minX < b.maxX && a.maxX > b.minX && a.minY < b.maxY && a.maxY > b.minY;

/** Splits a long name into two lines at the space nearest its middle. */
function split(text: string): string[] {
	const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
	if (spaces.length === 0) return [text];
	const mid = text.length / 2;
	const at = spaces.reduce((best, i) => (Math.abs(i - mid) < Math.abs(best - mid) ? i : best));
	return [text.slice(0, at), text.slice(at + 1)];
}

interface Candidate {
	/** The point the candidate was made for (the label's own, or one of its alternatives). */
	px: number;
	py: number;
	x: number;
	baseline: number;
	anchor: Anchor;
	lines: string[];
	leader: boolean;
}

/**
 * Where a label may go, best first: beside its marker (right, left, above, below, then the
 * diagonals), then further out with a leader line back to the point, for dense clusters.
 * An area's name sits on its point, or a little above or below it.
 */
function candidates(req: LabelRequest, leaders: boolean): Candidate[] {
	const at = [{ x: req.x, y: req.y }, ...(req.alternatives ?? [])];
	const all = at.map((p) => around({ ...req, ...p }, leaders && !req.near).map((c) => ({ ...c, px: p.x, py: p.y })));
	// Every point's near positions before any point's far ones.
	const near = all.flatMap((list) => list.filter((c) => !c.leader));
	return [...near, ...all.flatMap((list) => list.filter((c) => c.leader))];
}

function around(req: LabelRequest, leaders: boolean): Array<Omit<Candidate, 'px' | 'py'>> {
	const { x, y, r, fontSize: f } = req;
	const kind = req.kind ?? 'point';
	const one = [req.text];
	if (kind === 'area') {
		const forms = req.wrap && req.text.includes(' ') ? [one, split(req.text)] : [one];
		return forms.flatMap((lines) => {
			const h = lines.length * f * 1.15;
			const base = y - h / 2 + f * 0.8;
			return [0, -0.6, 0.6, -1.2, 1.2].map((dy) => ({ x, baseline: base + dy * f, anchor: 'middle' as const, lines, leader: false }));
		});
	}
	const gap = r + 3;
	const mid = y + f * 0.32; // baseline that centres a line of text on the point
	const near: Array<Omit<Candidate, 'px' | 'py'>> = [
		{ x: x + gap, baseline: mid, anchor: 'start', lines: one, leader: false },
		{ x: x - gap, baseline: mid, anchor: 'end', lines: one, leader: false },
		{ x, baseline: y - gap - f * 0.25, anchor: 'middle', lines: one, leader: false },
		{ x, baseline: y + gap + f * 0.8, anchor: 'middle', lines: one, leader: false },
		{ x: x + gap * 0.7, baseline: y - gap * 0.7 - f * 0.1, anchor: 'start', lines: one, leader: false },
		{ x: x + gap * 0.7, baseline: y + gap * 0.7 + f * 0.7, anchor: 'start', lines: one, leader: false },
		{ x: x - gap * 0.7, baseline: y - gap * 0.7 - f * 0.1, anchor: 'end', lines: one, leader: false },
		{ x: x - gap * 0.7, baseline: y + gap * 0.7 + f * 0.7, anchor: 'end', lines: one, leader: false },
	];
	if (req.left) near.unshift(near.splice(1, 1)[0]!);
	if (!leaders) return near;
	// Further out, in eight directions at two distances, joined to the point by a leader line.
	const far: Array<Omit<Candidate, 'px' | 'py'>> = [];
	for (const d of [2.2, 3.6, 5]) {
		for (const [dx, dy] of [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]] as const) {
			const dist = d * f;
			const px = x + dx * dist * (dy === 0 ? 1 : 0.8);
			const py = y + dy * dist * 0.8;
			const anchor: Anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
			far.push({ x: px, baseline: py + f * 0.32, anchor, lines: one, leader: true });
		}
	}
	return [...near, ...far];
}

/** Where a leader line leaves the label box: its nearest point to the marker. */
function leaderEnd(box: Box, x: number, y: number): [number, number] {
	return [Math.min(Math.max(x, box.minX), box.maxX), Math.min(Math.max(y, box.minY), box.maxY)];
}

/** True when segment a–b passes through box. */
function segmentHits(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
	for (let t = 0.08; t < 0.95; t += 0.08) {
		const px = ax + (bx - ax) * t;
		const py = ay + (by - ay) * t;
		if (px > box.minX && px < box.maxX && py > box.minY && py < box.maxY) return true;
	}
	return false;
}

export interface PlacementOptions {
	width: number;
	height: number;
	/** Marker boxes and anything else labels must not cover (a label never covers another point). */
	obstacles?: Array<Box & { id?: string }>;
	/** Allow labels away from their point, with a leader line. */
	leaders?: boolean;
	/** Space kept free around every label. */
	margin?: number;
}

/**
 * Greedy label placement: labels in priority order each take the first candidate position that
 * stays inside the frame and overlaps no label already placed and no other marker. rbush keeps
 * the placed boxes in an R-tree, so each test is a box query rather than a scan of every label.
 * Labels with no free position are returned as `unplaced`; the picture names those by a
 * `<title>` and the page's hover preview instead.
 */
export function placeLabels(requests: LabelRequest[], options: PlacementOptions): { placed: PlacedLabel[]; unplaced: string[] } {
	const { width, height, obstacles = [], leaders = false, margin = 1.5 } = options;
	const tree = new RBush<Box & { id?: string }>();
	tree.load(obstacles.map((o) => ({ ...o })));
	const placed: PlacedLabel[] = [];
	const unplaced: string[] = [];
	const order = [...requests].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
	for (const req of order) {
		let done = false;
		for (const c of candidates(req, leaders)) {
			const w = Math.max(...c.lines.map((l) => textWidth(l, req.fontSize)));
			const box = labelBox(c.x, c.baseline, c.anchor, w, req.fontSize, c.lines.length);
			if (box.minX < 2 || box.minY < 2 || box.maxX > width - 2 || box.maxY > height - 2) continue;
			const padded = { minX: box.minX - margin, minY: box.minY - margin, maxX: box.maxX + margin, maxY: box.maxY + margin };
			if (tree.search(padded).some((o) => o.id !== req.id)) continue;
			if (req.accept && !req.accept(c.px, c.py)) continue;
			let leader: PlacedLabel['leader'];
			if (c.leader) {
				const [lx, ly] = leaderEnd(box, req.x, req.y);
				// A leader crossing another label would point to the wrong name.
				if (placed.some((p) => segmentHits(req.x, req.y, lx, ly, p.box))) continue;
				leader = { x1: r1(req.x), y1: r1(req.y), x2: r1(lx), y2: r1(ly) };
			}
			tree.insert({ ...box, id: `label:${req.id}` });
			placed.push({ id: req.id, lines: c.lines, x: r1(c.x), y: r1(c.baseline), anchor: c.anchor, fontSize: req.fontSize, box, kind: req.kind ?? 'point', ...(leader ? { leader } : {}) });
			done = true;
			break;
		}
		if (!done) unplaced.push(req.id);
	}
	return { placed: placed.sort((a, b) => a.id.localeCompare(b.id)), unplaced: unplaced.sort() };
}

/** Any two boxes that overlap, as pairs of ids: empty when the placement is clean. */
export function overlappingPairs(boxes: Array<{ id: string; box: Box }>): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) pairs.push([boxes[i]!.id, boxes[j]!.id]);
	return pairs;
}
