import { geoArea, geoBounds, geoCentroid, geoConicEqualArea, geoContains, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

/** The map data and its convention, stated on the map page. */
export const MAP_DATA = {
	name: 'Natural Earth 1:50m admin-0 countries (public domain), via world-atlas 2.0.2',
	convention:
		'Natural Earth draws boundaries as they are controlled on the ground (de facto). In this data Crimea is drawn as part of Russia; most states, Kazakhstan among them, do not recognise its annexation.',
} as const;

type CountryProps = { name: string };
const topology = world as unknown as Topology<{ countries: GeometryObject<CountryProps>; land: GeometryObject }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;

/** Natural Earth's ISO 3166 numeric ids of the two states the site is about. */
export const RUSSIA = '643';
export const KAZAKHSTAN = '398';

/** A country shape by id. */
export function countryFeature(id: string): Feature<Geometry, CountryProps> {
	const found = countries.features.find((f) => String(f.id) === id);
	if (!found) throw new Error(`No country ${id} in world-atlas`);
	return found;
}

const featureBounds = new Map<Feature, [[number, number], [number, number]]>();

/** A shape's lon/lat box, computed once. */
export function boxOf(f: Feature | Polygon): [[number, number], [number, number]] {
	let b = featureBounds.get(f as Feature);
	if (!b) featureBounds.set(f as Feature, (b = geoBounds(f as never) as [[number, number], [number, number]]));
	return b;
}

/** Whether a point lies in a country's lon/lat box: a cheap test before the exact (and costly) geoContains. */
export function inBox(f: Feature | Polygon, lon: number, lat: number): boolean {
	const [[w, s], [e, n]] = boxOf(f);
	if (lat < s || lat > n) return false;
	return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

/** The name of the country a point lies in, by the map data; undefined at sea. */
export function countryAt(lon: number, lat: number): string | undefined {
	return countries.features.find((f) => inBox(f, lon, lat) && geoContains(f, [lon, lat]))?.properties.name;
}

/**
 * A d3-geo path context that writes SVG path data with whole-pixel coordinates (in a viewBox
 * scaled to its box) and drops points closer than `minStep` to the last one kept. Natural
 * Earth's 50m lines carry far more detail than a page-wide map can show: this rounding is the
 * simplification, and it keeps the inline SVG a few tens of KB instead of hundreds.
 */
class RoundingContext {
	private parts: string[] = [];
	private last: [number, number] | undefined;
	private pending: [number, number] | undefined;
	private ringStart = 0;
	constructor(private readonly precision: number, private readonly minStep: number) {}
	private fmt(v: number): string {
		return String(Math.round(v * this.precision) / this.precision);
	}
	moveTo(x: number, y: number): void {
		this.flush();
		this.ringStart = this.parts.length;
		this.parts.push(`M${this.fmt(x)} ${this.fmt(y)}`);
		this.last = [x, y];
	}
	lineTo(x: number, y: number): void {
		const [lx, ly] = this.last!;
		if (Math.hypot(x - lx, y - ly) < this.minStep) {
			this.pending = [x, y]; // keep the last skipped point, so a line still ends where it should
			return;
		}
		this.pending = undefined;
		this.parts.push(`L${this.fmt(x)} ${this.fmt(y)}`);
		this.last = [x, y];
	}
	closePath(): void {
		this.pending = undefined;
		// A ring that shrank to a dot or a sliver at this scale is not drawn at all.
		if (this.parts.length - this.ringStart < 3) this.parts.length = this.ringStart;
		else this.parts.push('Z');
	}
	arc(): void {}
	private flush(): void {
		if (this.pending) this.parts.push(`L${this.fmt(this.pending[0])} ${this.fmt(this.pending[1])}`);
		this.pending = undefined;
	}
	result(): string {
		this.flush();
		const d = this.parts.join('');
		this.parts = [];
		return d;
	}
}

/** A projected frame: size, how to place a point, and how to draw a shape as compact path data. */
export interface Frame {
	width: number;
	height: number;
	/** Screen position of [lon, lat], or undefined outside the frame. */
	point(lon: number, lat: number): [number, number] | undefined;
	/** Screen position of [lon, lat] even outside the frame (for a route leaving it). */
	project(lon: number, lat: number): [number, number];
	/** The [lon, lat] at a screen position. */
	invert(x: number, y: number): [number, number];
	/** Whether a longitude/latitude box may show in the frame (a quick test before any drawing). */
	mayShow(bounds: [[number, number], [number, number]]): boolean;
	/** Screen area and middle of a shape, for its name. */
	measure(object: Feature | Geometry): { area: number; centroid: [number, number]; bounds: [[number, number], [number, number]] };
	/** SVG path data of a shape, clipped to the frame and simplified to its scale. */
	path(object: Feature | FeatureCollection | Geometry): string;
}

export interface FrameOptions {
	width: number;
	/** What the frame must show; its height follows from the shape. */
	fit: Feature | FeatureCollection | Geometry;
	/** Centre meridian and standard parallels of the conic projection. */
	rotate: number;
	parallels: [number, number];
	padding?: number;
	/** Decimal places kept (1 = whole pixels) and the smallest step kept, in pixels. */
	precision?: number;
	minStep?: number;
	/** Fixed height instead of the fitted shape's. */
	height?: number;
}

/**
 * An equal-area conic projection fitted to a shape: Russia spans 170 degrees of longitude, so a
 * conic keeps its far east from the stretching a cylindrical map would give it.
 */
export function frame(options: FrameOptions): Frame {
	const { width, fit, rotate, parallels, padding = 8, precision = 1, minStep = 1.5 } = options;
	const projection: GeoProjection = geoConicEqualArea().rotate([-rotate, 0]).parallels(parallels).precision(0.5);
	if (options.height) projection.fitExtent([[padding, padding], [width - padding, options.height - padding]], fit);
	else projection.fitWidth(width - 2 * padding, fit).translate(projection.translate().map((v) => v + padding) as [number, number]);
	const height = options.height ?? Math.ceil(geoPath(projection).bounds(fit)[1][1] + padding);
	projection.clipExtent([[0, 0], [width, height]]);
	const context = new RoundingContext(precision, minStep);
	const draw = geoPath(projection, context as never);
	let extent: { s: number; n: number; w: number; e: number } | undefined;
	return {
		width,
		height,
		point(lon, lat) {
			const p = projection([lon, lat]);
			if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return undefined;
			return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
		},
		project(lon, lat) {
			const p = projection([lon, lat])!;
			return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
		},
		invert(x, y) {
			return projection.invert!([x, y])!;
		},
		mayShow([[w, s], [e, n]]) {
			// The frame's edge, sampled and turned back into degrees, bounds what it can show.
			extent ??= (() => {
				const pts: Array<[number, number]> = [];
				for (let i = 0; i <= 20; i++) {
					for (const [x, y] of [[(width * i) / 20, 0], [(width * i) / 20, height], [0, (height * i) / 20], [width, (height * i) / 20]] as const) pts.push(projection.invert!([x, y])!);
				}
				const lats = pts.map((p) => p[1]);
				const lons = pts.map((p) => p[0]);
				return { s: Math.min(...lats) - 2, n: Math.max(...lats) + 2, w: Math.min(...lons) - 2, e: Math.max(...lons) + 2 };
			})();
			if (n < extent.s || s > extent.n) return false;
			// A box across the antimeridian, or a frame wider than half the globe: no cheap answer.
			if (w > e || extent.e - extent.w > 180) return true;
			return !(e < extent.w || w > extent.e);
		},
		measure(object) {
			const plain = geoPath(projection);
			return { area: plain.area(object as never), centroid: plain.centroid(object as never), bounds: plain.bounds(object as never) };
		},
		path(object) {
			draw(object as never);
			return context.result();
		},
	};
}

/** Country shapes for a frame: each state's fill, the lines between states, and the Russia–Kazakhstan border on its own. */
export interface CountryShapes {
	countries: Array<{ id: string; name: string; d: string; focus: boolean }>;
	/** Borders between states (all but Russia–Kazakhstan). */
	borders: string;
	/** The Russia–Kazakhstan border. */
	ruKz: string;
}

/** The lines between states, computed once from the topology (they do not depend on the frame). */
let meshes: { borders: MultiLineString; ruKz: MultiLineString } | undefined;

export function countryShapes(f: Frame, focus: string[] = [RUSSIA, KAZAKHSTAN]): CountryShapes {
	const list = countries.features
		.filter((c) => f.mayShow(boxOf(c)))
		.map((c) => ({ id: String(c.id), name: c.properties.name, d: f.path(c), focus: focus.includes(String(c.id)) }))
		.filter((c) => c.d !== '')
		.sort((a, b) => a.id.localeCompare(b.id));
	const isRuKz = (a: { id?: string | number }, b: { id?: string | number }) => {
		const pair = [String(a.id), String(b.id)].sort().join();
		return pair === [KAZAKHSTAN, RUSSIA].sort().join();
	};
	meshes ??= {
		borders: mesh(topology, topology.objects.countries, (a, b) => a !== b && !isRuKz(a, b)) as MultiLineString,
		ruKz: mesh(topology, topology.objects.countries, (a, b) => isRuKz(a, b)) as MultiLineString,
	};
	const { borders, ruKz } = meshes;
	return { countries: list, borders: f.path(borders), ruKz: f.path(ruKz) };
}

/** A shape made of the given countries, to fit a frame to. */
export function countriesCollection(ids: string[]): FeatureCollection<Geometry, CountryProps> {
	return { type: 'FeatureCollection', features: ids.map(countryFeature) };
}

/** Every country of the map data, for labelling the ones a frame shows. */
export function allCountries(): Array<Feature<Geometry, CountryProps>> {
	return countries.features;
}

const mainPolygons = new Map<string, Polygon>();

/** The largest polygon of a country: where its name goes (Russia's mainland, not Kaliningrad). Computed once per country. */
export function mainPolygon(f: Feature<Geometry, CountryProps>): Polygon {
	const key = String(f.id ?? f.properties.name);
	const known = mainPolygons.get(key);
	if (known) return known;
	const found = largestPolygon(f);
	mainPolygons.set(key, found);
	return found;
}

const polygonBounds = new Map<Polygon, [[number, number], [number, number]]>();

/** A polygon's longitude/latitude box, computed once. */
export function boundsOf(poly: Polygon): [[number, number], [number, number]] {
	let b = polygonBounds.get(poly);
	if (!b) polygonBounds.set(poly, (b = geoBounds(poly as never) as [[number, number], [number, number]]));
	return b;
}

function largestPolygon(f: Feature<Geometry, CountryProps>): Polygon {
	const g = f.geometry;
	if (g.type === 'Polygon') return g;
	if (g.type !== 'MultiPolygon') throw new Error(`Country ${f.id} is not a polygon`);
	const polys = g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
	return polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** A light graticule, every `step` degrees. */
export function graticule(step = 10) {
	return geoGraticule().step([step, step]).extentMajor([[-180, -80], [180, 85]])();
}

/**
 * Territory the map data assigns to one state while most states do not recognise it as such:
 * drawn hatched, with the note beside the map. Found in the data by a point inside it, so the
 * hatching is exactly the shape the data draws.
 */
export const DISPUTED = [
	{
		place: 'crimea',
		name: 'Crimea',
		point: [34.4, 45.3] as [number, number],
		note: 'Crimea (hatched) is drawn as Natural Earth draws it, under Russian control since 2014; Kazakhstan, like most states, does not recognise its annexation.',
	},
];

/** The polygon of the map data that holds a point (a peninsula, an island), if any. */
const polygonsAt = new Map<string, Polygon | undefined>();
export function polygonAt(lon: number, lat: number): Polygon | undefined {
	const key = `${lon} ${lat}`;
	if (!polygonsAt.has(key)) polygonsAt.set(key, findPolygonAt(lon, lat));
	return polygonsAt.get(key);
}

function findPolygonAt(lon: number, lat: number): Polygon | undefined {
	for (const f of countries.features) {
		const g = f.geometry;
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const coordinates of polys) {
			const poly = { type: 'Polygon' as const, coordinates };
			if (inBox(poly, lon, lat) && geoContains(poly, [lon, lat])) return poly;
		}
	}
	return undefined;
}

/** The countries on both sides of a border crossing, found within a quarter degree of it. */
export function countriesAround(lon: number, lat: number): string[] {
	const ids = new Set<string>();
	for (const [dx, dy] of [[0, 0], [0.25, 0], [-0.25, 0], [0, 0.25], [0, -0.25], [0.2, 0.2], [-0.2, -0.2], [0.2, -0.2], [-0.2, 0.2]]) {
		const f = countries.features.find((c) => inBox(c, lon + dx!, lat + dy!) && geoContains(c, [lon + dx!, lat + dy!]));
		if (f) ids.add(String(f.id));
	}
	return [...ids].sort();
}

/** The line between two states, as the map data draws it. */
const bordersBetween = new Map<string, MultiLineString>();
export function borderBetween(a: string, b: string): MultiLineString {
	const key = [a, b].sort().join();
	if (!bordersBetween.has(key)) bordersBetween.set(key, meshBetween(a, b));
	return bordersBetween.get(key)!;
}

function meshBetween(a: string, b: string): MultiLineString {
	const obj = topology.objects.countries;
	return mesh(topology, obj, (x, y) => [String(x.id), String(y.id)].sort().join() === [a, b].sort().join()) as MultiLineString;
}

export { geoBounds, geoCentroid };
