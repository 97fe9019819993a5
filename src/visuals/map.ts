import { geoContains, geoInterpolate } from 'd3-geo';
import type { Coordinates, RouteStop } from '../schemas/place';
import {
	allCountries,
	borderBetween,
	boundsOf,
	inBox,
	countriesAround,
	countryAt,
	countryFeature,
	countryShapes,
	DISPUTED,
	frame,
	geoBounds,
	geoCentroid,
	graticule,
	KAZAKHSTAN,
	mainPolygon,
	polygonAt,
	RUSSIA,
	type CountryShapes,
	type Frame,
} from './geo';
import { placeLabels, textWidth, type Box, type LabelRequest, type PlacedLabel } from './labels';

/** The fields of a place the maps need. */
export interface MapPlace {
	id: string;
	name: string;
	kind: string;
	coordinates?: Coordinates;
	route?: RouteStop[];
	/** The state the place's page names (cited), if any. */
	country?: string;
}

/** How a point place is drawn. Regions, seas and borders are not points: see `placeRole`. */
export type MarkerShape = 'capital' | 'city' | 'cosmodrome' | 'site' | 'region';

export interface Marker {
	id: string;
	name: string;
	kind: string;
	shape: MarkerShape;
	x: number;
	y: number;
	/** Half the symbol's size, in picture units. */
	r: number;
}

export type RouteKind = 'pipeline' | 'railway' | 'corridor';

/** Where a route leaves the picture: an arrow at the edge, named by the stop it heads for. */
export interface RouteEnd {
	x: number;
	y: number;
	/** Direction of the arrow, degrees clockwise from east. */
	angle: number;
	name: string;
}

export interface RouteLine {
	id: string;
	name: string;
	kind: RouteKind;
	d: string;
	/** The ends that lie beyond the frame (an end inside it is simply where the line stops). */
	ends: RouteEnd[];
}

/** A place drawn as a line of the map data (a border). */
export interface PlaceLine {
	id: string;
	name: string;
	d: string;
}

/** A place named by its area rather than a point: a region inside one state, or a sea. */
export interface AreaPlace {
	id: string;
	name: string;
	kind: string;
	x: number;
	y: number;
}

/** What a label names, so the component knows how to draw and link it. */
export type LabelRole = 'place' | 'area' | 'country' | 'water' | 'route' | 'end';

export interface MapLabel extends PlacedLabel {
	role: LabelRole;
	/** The place page it names, if any. */
	place?: string;
}

export interface MapPicture extends CountryShapes {
	width: number;
	height: number;
	/** The labels' base font size, and the scale bar's, in picture units. */
	fontSize: number;
	scaleFont: number;
	markers: Marker[];
	areas: AreaPlace[];
	routes: RouteLine[];
	lines: PlaceLine[];
	disputed: Array<{ id: string; name: string; d: string; note: string }>;
	labels: MapLabel[];
	graticule: string;
	/** A scale bar: where it starts, its length in picture units and what that is in km. */
	scale?: { x: number; y: number; length: number; km: number };
	/** Places with coordinates that lie outside the frame, listed instead of drawn. */
	offMap: string[];
	/** Broad regions with no boundary to draw (Europe, Central Asia…), listed beside the map. */
	listed: string[];
	/** Places drawn without a visible label (named by their title and the hover preview). */
	unlabelled: string[];
}

const POINT_KINDS: Record<string, MarkerShape> = { capital: 'capital', city: 'city', cosmodrome: 'cosmodrome' };
const ROUTE_KINDS = new Set<string>(['pipeline', 'railway', 'corridor']);

/**
 * How a place appears on a map. A point is a marker with a label; a region inside one state (a
 * Kazakh oblast, Siberia) or a sea is named across its area, with no marker; a border is drawn
 * as the line the map data has; a route is a line; a broad region (Europe, Central Asia, the
 * post-Soviet space) has no boundary anyone could draw, so it is listed beside the map.
 */
export function placeRole(place: MapPlace): 'point' | 'area' | 'line' | 'route' | 'listed' {
	if (place.route) return 'route';
	if (place.kind === 'border') return 'line';
	if (place.kind === 'sea') return 'area';
	if (place.kind === 'region' || place.kind === 'river') {
		if (DISPUTED.some((d) => d.place === place.id)) return 'area';
		return place.country ? 'area' : 'listed';
	}
	return 'point';
}

export function markerShape(kind: string): MarkerShape {
	return POINT_KINDS[kind] ?? 'site';
}

/** The points of a route, its named stops looked up among the places. */
export function routePoints(route: RouteStop[], places: Map<string, MapPlace>): Coordinates[] {
	return route.map((stop) => (typeof stop === 'string' ? places.get(stop)?.coordinates : stop)).filter((c): c is Coordinates => c !== undefined);
}

/** The name of a route's stop: its place's name, or the name given with the point. */
function stopName(stop: RouteStop | undefined, places: Map<string, MapPlace>): string | undefined {
	if (stop === undefined) return undefined;
	return typeof stop === 'string' ? places.get(stop)?.name : (stop as { name?: string }).name;
}

/** A route as a GeoJSON line, so the projection bends and clips it like any other shape. */
function routeLine(points: Coordinates[]) {
	return { type: 'LineString' as const, coordinates: points.map((p) => [p.lon, p.lat]) };
}

const inside = (f: Frame, p: [number, number], margin = 0) => p[0] >= margin && p[1] >= margin && p[0] <= f.width - margin && p[1] <= f.height - margin;

/**
 * Where a route leaving the frame crosses its edge: walks the great circle from the last stop
 * inside to the first outside (the path the projection draws) and returns the last point in.
 */
function exitPoint(f: Frame, from: Coordinates, to: Coordinates): RouteEnd | undefined {
	const along = geoInterpolate([from.lon, from.lat], [to.lon, to.lat]);
	let last: [number, number] | undefined;
	for (let i = 0; i <= 400; i++) {
		const p = f.project(...along(i / 400));
		if (!inside(f, p, 6)) {
			last ??= f.project(from.lon, from.lat);
			const angle = Math.round((Math.atan2(p[1] - last[1], p[0] - last[0]) * 180) / Math.PI);
			return { x: last[0], y: last[1], angle, name: '' };
		}
		last = p;
	}
	return undefined;
}

/** The ends of a route beyond the frame, each named by the farthest stop it heads for. */
function routeEnds(f: Frame, place: MapPlace, byId: Map<string, MapPlace>): RouteEnd[] {
	const stops = place.route!.filter((s) => typeof s !== 'string' || byId.get(s)?.coordinates);
	const points = routePoints(stops, byId);
	const isIn = points.map((p) => inside(f, f.project(p.lon, p.lat)));
	const ends: RouteEnd[] = [];
	for (const dir of [1, -1] as const) {
		const order = dir === 1 ? points.map((_, i) => i) : points.map((_, i) => points.length - 1 - i);
		const endIdx = order.at(-1)!;
		if (isIn[endIdx]) continue;
		// The last stop inside the frame on the way to this end, and the first one past the edge.
		const lastIn = order.filter((i) => isIn[i]).at(-1);
		if (lastIn === undefined) continue;
		const next = order[order.indexOf(lastIn) + 1]!;
		const exit = exitPoint(f, points[lastIn]!, points[next]!);
		if (!exit) continue;
		const beyond = order.slice(order.indexOf(next)).map((i) => stopName(stops[i], byId)).filter((n): n is string => !!n);
		ends.push({ ...exit, name: beyond.length ? `to ${beyond.at(-1)}` : `${place.name} continues` });
	}
	return ends;
}

export interface DrawOptions {
	/** Label font size in picture units. */
	fontSize: number;
	/** Allow labels away from their point, joined by a leader line (dense clusters). */
	leaders?: boolean;
	/** The ids of the states whose shapes are highlighted. */
	focus?: string[];
	/** Length of the scale bar, km; none when 0. */
	scaleKm?: number;
	/** Priority of country names: high on the overview map, low on a detail map. */
	countryPriority?: number;
	/** Countries named only when their shape in the frame is at least this wide, in picture units. */
	minCountryWidth?: number;
	/** Names always shown even when the place lies in another state's label space. */
	graticuleStep?: number;
	/** Priority of sea names: after the countries on a locator, where the states are what it is about. */
	waterPriority?: number;
	/** No name smaller than this, in picture units: a phone's picture keeps every name at 11 CSS px or more. */
	minFont?: number;
	/** Drawing one place only (a locator): even a broad region is named on it. */
	only?: boolean;
	/** Extra names: seas and lakes without a page of their own. */
	water?: typeof WATER;
}

/**
 * The smallest name on a picture drawn for a phone, in picture units of a 300-unit-wide picture:
 * shown in a 288 px column (320 px less the page's margins) it is still 11.2 CSS px.
 */
export const PHONE_MIN_FONT = 11.7;

/** Seas and lakes named on the maps even when no page describes them. Positions: their middles (Wikipedia). */
export const WATER: Array<{ name: string; lon: number; lat: number; more?: Array<[number, number]> }> = [
	{ name: 'Caspian Sea', lon: 50.9, lat: 41.9, more: [[50.6, 44.2], [51.6, 39.6], [49.6, 45.6], [52.5, 41.5]] },
	{ name: 'Black Sea', lon: 34, lat: 43.4 },
	{ name: 'Aral Sea', lon: 59.6, lat: 45.2, more: [[59.8, 46.4], [60.6, 44.4], [58.6, 45.8], [61.5, 45.5]] },
	{ name: 'Baltic Sea', lon: 19.5, lat: 57.5 },
	{ name: 'Sea of Okhotsk', lon: 148, lat: 54 },
	{ name: 'Sea of Japan', lon: 135, lat: 40 },
];

/**
 * Waters the map data draws as land (Natural Earth's 50 m admin-0 shapes have no lakes): named on
 * the site maps, where the issue of where the Aral Sea is matters, but not on a small locator, where
 * a sea's name over land-coloured ground would only mislead.
 */
const LAND_DRAWN = new Set(['Aral Sea']);

const PRIORITY: Record<string, number> = { capital: 10, end: 12, city: 20, cosmodrome: 24, site: 30, water: 36, area: 40, route: 55 };

function draw(f: Frame, places: MapPlace[], byId: Map<string, MapPlace>, options: DrawOptions): MapPicture {
	const { fontSize, leaders = false, focus = [RUSSIA, KAZAKHSTAN], scaleKm = 0, countryPriority = 5, minCountryWidth = 0, graticuleStep = 10 } = options;
	const markers: Marker[] = [];
	const areas: AreaPlace[] = [];
	const routes: RouteLine[] = [];
	const lines: PlaceLine[] = [];
	const offMap: string[] = [];
	const listed: string[] = [];
	const requests: LabelRequest[] = [];
	const r = Math.max(4, Math.round(fontSize * 0.36 * 10) / 10);
	/** A name's size: a share of the base size, never under the floor. */
	const size = (share: number) => Math.round(Math.max(options.minFont ?? 0, fontSize * share) * 10) / 10;
	const shapes = countryShapes(f, focus);
	for (const place of places) {
		// On a locator the one place is always drawn: a broad region named across its middle.
		const role = options.only && placeRole(place) === 'listed' ? 'area' : placeRole(place);
		if (role === 'listed') {
			listed.push(place.id);
			continue;
		}
		if (role === 'route') {
			const points = routePoints(place.route!, byId);
			const d = f.path(routeLine(points));
			if (!d) {
				offMap.push(place.id);
				continue;
			}
			const kind = (ROUTE_KINDS.has(place.kind) ? place.kind : 'corridor') as RouteKind;
			const ends = routeEnds(f, place, byId);
			routes.push({ id: place.id, name: place.name, kind, d, ends });
			ends.forEach((e, i) => requests.push({ id: `end:${place.id}:${i}`, text: e.name, x: e.x, y: e.y, r: 6, priority: PRIORITY.end!, fontSize: size(0.9), near: true }));
			// The route's name goes along it, on the middle of one of its legs inside the frame.
			const mids = points
				.slice(1)
				.map((p, i) => f.project(...geoInterpolate([points[i]!.lon, points[i]!.lat], [p.lon, p.lat])(0.5)))
				.filter((p) => inside(f, p, 20));
			if (mids.length) {
				const order = mids.map((_, i) => i).sort((a, b) => Math.abs(a - (mids.length - 1) / 2) - Math.abs(b - (mids.length - 1) / 2));
				const [first, ...rest] = order.map((i) => mids[i]!);
				requests.push({ id: `route:${place.id}`, text: place.name, x: first![0], y: first![1] - fontSize * 0.7, r: 0, priority: PRIORITY.route!, fontSize: size(0.85), kind: 'area', alternatives: rest.map(([x, y]) => ({ x, y: y - fontSize * 0.7 })) });
			}
			continue;
		}
		if (role === 'line') {
			const c = place.coordinates;
			const states = c ? countriesAround(c.lon, c.lat) : [];
			const d = states.length === 2 ? f.path(borderBetween(states[0]!, states[1]!)) : '';
			if (d) lines.push({ id: place.id, name: place.name, d });
			else if (c) offMap.push(place.id);
			continue;
		}
		if (!place.coordinates) continue;
		const at = f.point(place.coordinates.lon, place.coordinates.lat);
		if (!at) {
			offMap.push(place.id);
			continue;
		}
		if (role === 'area') {
			areas.push({ id: place.id, name: place.name, kind: place.kind, x: at[0], y: at[1] });
			const water = place.kind === 'sea';
			const more = (WATER.find((w) => w.name === place.name)?.more ?? []).map(([lon, lat]) => f.point(lon, lat)).filter((p): p is [number, number] => !!p);
			requests.push({ id: `place:${place.id}`, text: place.name, x: at[0], y: at[1], r: 0, priority: water ? PRIORITY.water! : PRIORITY.area!, fontSize: size(water ? 0.95 : 0.9), kind: 'area', wrap: water || place.name.length > 12, alternatives: more.map(([x, y]) => ({ x, y })) });
			continue;
		}
		const shape = markerShape(place.kind);
		markers.push({ id: place.id, name: place.name, kind: place.kind, shape, x: at[0], y: at[1], r });
		requests.push({ id: `place:${place.id}`, text: place.name.replace(/ Cosmodrome$/, ''), x: at[0], y: at[1], r, priority: PRIORITY[shape] ?? 30, fontSize });
	}
	// Seas without a page of their own, unless a page already names that sea.
	const named = new Set(places.map((p) => p.name));
	for (const w of options.water ?? WATER) {
		const at = f.point(w.lon, w.lat);
		const more = (w.more ?? []).map(([lon, lat]) => f.point(lon, lat)).filter((p): p is [number, number] => !!p).map(([x, y]) => ({ x, y }));
		if (at && !named.has(w.name)) requests.push({ id: `water:${w.name}`, text: w.name, x: at[0], y: at[1], r: 0, priority: options.waterPriority ?? PRIORITY.water!, fontSize: size(0.9), kind: 'area', wrap: true, alternatives: more });
	}
	// Country names on their largest shape, where the shape in the frame is wide enough for them.
	for (const c of allCountries()) {
		const poly = mainPolygon(c);
		if (!f.mayShow(boundsOf(poly))) continue;
		const m = f.measure(poly);
		const [[x0, y0], [x1, y1]] = m.bounds;
		const vx0 = Math.max(0, x0), vx1 = Math.min(f.width, x1), vy0 = Math.max(0, y0), vy1 = Math.min(f.height, y1);
		if (vx1 - vx0 < 20 || vy1 - vy0 < 10) continue;
		const big = focus.includes(String(c.id));
		const cs = size(big ? 1.15 : 0.9);
		const text = c.properties.name.toUpperCase();
		if (vx1 - vx0 < Math.max(minCountryWidth, textWidth(text, cs) * 0.8)) continue;
		// The middle of the part inside the frame: a country half off the edge is named on the visible half.
		const cx = Math.min(Math.max(m.centroid[0], vx0 + textWidth(text, cs) / 2), vx1 - textWidth(text, cs) / 2);
		const cy = Math.min(Math.max(m.centroid[1], vy0 + cs), vy1 - cs);
		// Positions around the middle; one is used only where the name's middle is still inside the country.
		const grid = [0, -1, 1, -2, 2, -3, 3]
			.flatMap((dy) => [0, -1, 1, -2, 2].map((dx) => ({ x: cx + dx * cs * 2.5, y: cy + dy * cs * 1.3 })))
			.filter((p) => p.x > 0 && p.y > 0 && p.x < f.width && p.y < f.height);
		const accept = (x: number, y: number) => {
			const at = f.invert(x, y);
			return inBox(poly, ...at) && geoContains(poly, at);
		};
		const [first, ...rest] = grid;
		if (!first) continue;
		requests.push({ id: `country:${c.id}`, text, x: first!.x, y: first!.y, r: 0, priority: big ? countryPriority : countryPriority + 45, fontSize: cs, kind: 'area', wrap: true, alternatives: rest, accept });
	}
	// The scale bar in the lower left corner, measured along a meridian at the frame's middle.
	let scale: MapPicture['scale'];
	if (scaleKm > 0) {
		const [lon, lat] = f.invert(f.width / 2, f.height / 2);
		const a = f.project(lon, lat);
		const b = f.project(lon, lat + scaleKm / 111.2);
		scale = { x: 12, y: f.height - 14, length: Math.round(Math.hypot(b[0] - a[0], b[1] - a[1]) * 10) / 10, km: scaleKm };
	}
	const obstacles: Array<Box & { id: string }> = markers.map((m) => ({ id: `place:${m.id}`, minX: m.x - m.r - 1, minY: m.y - m.r - 1, maxX: m.x + m.r + 1, maxY: m.y + m.r + 1 }));
	for (const route of routes) for (const [i, e] of route.ends.entries()) obstacles.push({ id: `end:${route.id}:${i}`, minX: e.x - 7, minY: e.y - 7, maxX: e.x + 7, maxY: e.y + 7 });
	if (scale) obstacles.push({ id: 'scale', minX: scale.x - 4, minY: scale.y - fontSize - 6, maxX: scale.x + Math.max(scale.length, textWidth(`${scale.km.toLocaleString('en')} km`, size(0.85))) + 6, maxY: f.height });
	const { placed } = placeLabels(requests, { width: f.width, height: f.height, obstacles, leaders });
	const labels: MapLabel[] = placed.map((p) => {
		const [role, ...rest] = p.id.split(':') as [string, ...string[]];
		const id = rest.join(':');
		const place = role === 'place' ? id : role === 'route' ? id : undefined;
		const area = role === 'place' && areas.some((a) => a.id === id);
		const labelRole: LabelRole = role === 'place' ? (area ? (byId.get(id)?.kind === 'sea' ? 'water' : 'area') : 'place') : (role as LabelRole);
		return { ...p, role: labelRole, ...(place ? { place } : {}) };
	});
	const labelled = new Set(labels.filter((l) => l.place).map((l) => l.place!));
	const disputed = DISPUTED.flatMap((d) => {
		const poly = polygonAt(...d.point);
		const path = poly ? f.path(poly) : '';
		return path ? [{ id: d.place, name: d.name, d: path, note: d.note }] : [];
	});
	// Areas under points, points in a stable order: the SVG is the same on every build.
	const order: MarkerShape[] = ['site', 'city', 'cosmodrome', 'capital'];
	markers.sort((a, b) => order.indexOf(a.shape) - order.indexOf(b.shape) || a.id.localeCompare(b.id));
	routes.sort((a, b) => a.id.localeCompare(b.id));
	areas.sort((a, b) => a.id.localeCompare(b.id));
	return {
		width: f.width,
		height: f.height,
		fontSize,
		scaleFont: size(0.85),
		...shapes,
		markers,
		areas,
		routes,
		lines: lines.sort((a, b) => a.id.localeCompare(b.id)),
		disputed,
		labels,
		graticule: f.path(graticule(graticuleStep)),
		...(scale ? { scale } : {}),
		offMap: offMap.sort(),
		listed: listed.sort(),
		unlabelled: [...markers, ...areas, ...routes].map((m) => m.id).filter((id) => !labelled.has(id)).sort(),
	};
}

/**
 * The band the site map shows: from the Black Sea and Tehran (36° N) to Russia's Arctic coast
 * (77° N), from the Baltic (22° E) to Chukotka. Russia's high-Arctic islands fall outside it;
 * fitting the whole of Russia would spend half the picture on polar sea.
 */
export const REGION_BAND = {
	type: 'MultiPoint' as const,
	coordinates: Array.from({ length: 41 }, (_, i) => 22 + i * 4).flatMap((lon) => [[lon, 36], [lon, 77]]),
};

/** The site map: Russia and Kazakhstan filling the width, their neighbours around them. */
export function regionMap(places: MapPlace[], width = 960, fontSize = 13): MapPicture {
	const f = frame({ width, fit: REGION_BAND, rotate: 90, parallels: [45, 65], padding: 4, minStep: width < 500 ? 1.8 : 2 });
	return draw(f, places, new Map(places.map((p) => [p.id, p])), { fontSize, leaders: true, scaleKm: 1000, minCountryWidth: width < 500 ? 0 : 40, graticuleStep: 10, minFont: width < 500 ? PHONE_MIN_FONT : 0 });
}

/**
 * Kazakhstan in detail, where all its places can be named: the country with a margin of its
 * neighbours, so the names have room around it.
 */
export function kazakhstanMap(places: MapPlace[], width = 960, height = Math.round(width * 0.56), fontSize = 14): MapPicture {
	const kz = countryFeature(KAZAKHSTAN);
	const f = frame({ width, height, fit: kz, rotate: 67, parallels: [43, 53], padding: Math.round(width * 0.03), minStep: width < 500 ? 1.5 : 1.8 });
	return draw(f, places, new Map(places.map((p) => [p.id, p])), { fontSize, leaders: true, scaleKm: width < 500 ? 300 : 500, countryPriority: 60, graticuleStep: 5, minFont: width < 500 ? PHONE_MIN_FONT : 0 });
}

/** The state a place lies in, as the locator shows it: the one its page names, else the map data's. */
function homeCountry(place: MapPlace, byName: (name: string) => string | undefined): string | undefined {
	const c = place.coordinates;
	if (!c) return undefined;
	const name = countryAt(c.lon, c.lat);
	return name ? byName(name) : undefined;
}

/**
 * A locator inset for one place, like an encyclopedia's: the whole state the place lies in
 * (or the whole route, or the sea) with its neighbours around it, the state named and the place
 * marked and named. Returns undefined when the place has nothing to locate.
 */
export function locatorMap(place: MapPlace, places: MapPlace[], width = 320, fontSize = 13): MapPicture | undefined {
	const byId = new Map(places.map((p) => [p.id, p]));
	const points = place.route ? routePoints(place.route, byId) : place.coordinates ? [place.coordinates] : [];
	if (points.length === 0) return undefined;
	const idOf = (name: string) => allCountries().find((c) => c.properties.name === name)?.id;
	const home = place.route || place.kind === 'sea' || placeRole(place) === 'listed' ? undefined : homeCountry(place, (n) => (idOf(n) === undefined ? undefined : String(idOf(n))));
	let fit: Parameters<typeof frame>[0]['fit'];
	let rotate: number;
	let parallels: [number, number];
	if (home) {
		const feature = home === RUSSIA ? REGION_BAND : countryFeature(home);
		const [[w, s], [e, n]] = home === RUSSIA ? [[22, 36], [182, 77]] : geoBounds(feature as never);
		const span = Math.max(e - w, 8, (n - s) * 1.6);
		const centre = home === RUSSIA ? 90 : geoCentroid(feature as never)[0];
		// Small states are shown with room around them, so the region is recognisable too.
		fit = span < 16 ? box(centre - 8, centre + 8, (s + n) / 2 - 5, (s + n) / 2 + 5) : feature;
		rotate = centre;
		parallels = [s + (n - s) / 4, n - (n - s) / 4];
	} else {
		const lats = points.map((p) => p.lat);
		const lons = points.map((p) => p.lon);
		const [south, north] = [Math.min(...lats) - 4, Math.max(...lats) + 4];
		const [west, east] = [Math.min(...lons) - 7, Math.max(...lons) + 7];
		fit = box(west, east, south, north);
		rotate = (west + east) / 2;
		parallels = [south + (north - south) / 4, north - (north - south) / 4];
	}
	const f = frame({ width, height: Math.round(width * 0.7), fit, rotate, parallels, padding: Math.round(width * 0.05), minStep: 1 });
	const focus = home ? [home] : [RUSSIA, KAZAKHSTAN];
	return draw(f, [place], byId, { fontSize, leaders: true, focus, countryPriority: 20, only: true, waterPriority: 80, minFont: (PHONE_MIN_FONT * width) / 300, water: WATER.filter((w) => w.name !== place.name && !LAND_DRAWN.has(w.name)), graticuleStep: 10 });
}

function box(west: number, east: number, south: number, north: number) {
	const mid = (west + east) / 2;
	return { type: 'MultiPoint' as const, coordinates: [[west, south], [east, south], [east, north], [west, north], [mid, north], [mid, south]] };
}

/** The places that have a point, grouped under the state they lie in (cited, else by the map data). */
export function placesByCountry(places: MapPlace[], countryName: (id: string) => string): Array<{ country: string; places: MapPlace[] }> {
	const groups = new Map<string, MapPlace[]>();
	const SPANNING = 'Routes, regions and seas across borders';
	for (const place of places) {
		if (!place.coordinates && !place.route) continue;
		let group: string;
		if (place.country) group = countryName(place.country);
		else if (place.route || placeRole(place) !== 'point') group = SPANNING;
		else group = countryAt(place.coordinates!.lon, place.coordinates!.lat) ?? SPANNING;
		groups.set(group, [...(groups.get(group) ?? []), place]);
	}
	const rank = (g: string) => (g === 'Kazakhstan' ? 0 : g === 'Russia' ? 1 : g === SPANNING ? 3 : 2);
	return [...groups]
		.map(([country, list]) => ({ country, places: list.sort((a, b) => a.name.localeCompare(b.name, 'en')) }))
		.sort((a, b) => rank(a.country) - rank(b.country) || a.country.localeCompare(b.country, 'en'));
}
