import type { Coordinates, RouteStop } from '../schemas/place';
import { countryAt, countryShapes, frame, KAZAKHSTAN, RUSSIA, type CountryShapes, type Frame } from './geo';

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

/** How a place is drawn: a point symbol, an area's approximate centre, or a line. */
export type MarkerShape = 'capital' | 'city' | 'cosmodrome' | 'area' | 'site';

export interface Marker {
	id: string;
	name: string;
	shape: MarkerShape;
	x: number;
	y: number;
	/** Capitals and cosmodromes carry their name on the map. */
	label?: { text: string; anchor: 'start' | 'end' };
}

export interface RouteLine {
	id: string;
	name: string;
	d: string;
}

export interface MapPicture extends CountryShapes {
	width: number;
	height: number;
	markers: Marker[];
	routes: RouteLine[];
	/** Places with coordinates that lie outside the frame, listed instead of drawn. */
	offMap: string[];
}

const AREA_KINDS = new Set(['region', 'sea', 'border', 'river', 'other']);

export function markerShape(kind: string): MarkerShape {
	if (kind === 'capital') return 'capital';
	if (kind === 'city') return 'city';
	if (kind === 'cosmodrome') return 'cosmodrome';
	if (AREA_KINDS.has(kind)) return 'area';
	return 'site';
}

/** The points of a route, its named stops looked up among the places. */
export function routePoints(route: RouteStop[], places: Map<string, MapPlace>): Coordinates[] {
	return route.map((stop) => (typeof stop === 'string' ? places.get(stop)?.coordinates : stop)).filter((c): c is Coordinates => c !== undefined);
}

/** A route as a GeoJSON line, so the projection bends and clips it like any other shape. */
function routeLine(points: Coordinates[]) {
	return { type: 'LineString' as const, coordinates: points.map((p) => [p.lon, p.lat]) };
}

function draw(f: Frame, places: MapPlace[], byId: Map<string, MapPlace>, focus: string[]): MapPicture {
	const markers: Marker[] = [];
	const routes: RouteLine[] = [];
	const offMap: string[] = [];
	for (const place of places) {
		if (place.route) {
			const d = f.path(routeLine(routePoints(place.route, byId)));
			if (d) routes.push({ id: place.id, name: place.name, d });
			else offMap.push(place.id);
			continue;
		}
		if (!place.coordinates) continue;
		const at = f.point(place.coordinates.lon, place.coordinates.lat);
		if (!at) {
			offMap.push(place.id);
			continue;
		}
		const shape = markerShape(place.kind);
		const labelled = shape === 'capital' || shape === 'cosmodrome';
		// Labels go to the side with more room, so none runs off the frame.
		const label = labelled ? { text: place.name.replace(/ Cosmodrome$/, ''), anchor: at[0] > f.width * 0.75 ? ('end' as const) : ('start' as const) } : undefined;
		markers.push({ id: place.id, name: place.name, shape, x: at[0], y: at[1], ...(label ? { label } : {}) });
	}
	// Areas under points, points in a stable order: the SVG is the same on every build.
	const order: MarkerShape[] = ['area', 'site', 'city', 'cosmodrome', 'capital'];
	markers.sort((a, b) => order.indexOf(a.shape) - order.indexOf(b.shape) || a.id.localeCompare(b.id));
	routes.sort((a, b) => a.id.localeCompare(b.id));
	return { width: f.width, height: f.height, ...countryShapes(f, focus), markers, routes, offMap: offMap.sort() };
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
export function regionMap(places: MapPlace[], width = 960): MapPicture {
	const f = frame({ width, fit: REGION_BAND, rotate: 90, parallels: [45, 65], padding: 4, minStep: 2 });
	return draw(f, places, new Map(places.map((p) => [p.id, p])), [RUSSIA, KAZAKHSTAN]);
}

/** Degrees of latitude/longitude shown around a point on a locator map. */
const LOCATOR_SPAN = { lat: 9, lon: 14 };

/**
 * A locator inset for one place: the place (or its route) in its region, from the same
 * renderer as the site map. Returns undefined when the place has nothing to locate.
 */
export function locatorMap(place: MapPlace, places: MapPlace[], width = 320): MapPicture | undefined {
	const byId = new Map(places.map((p) => [p.id, p]));
	const points = place.route ? routePoints(place.route, byId) : place.coordinates ? [place.coordinates] : [];
	if (points.length === 0) return undefined;
	const lats = points.map((p) => p.lat);
	const lons = points.map((p) => p.lon);
	const [south, north] = [Math.min(...lats) - LOCATOR_SPAN.lat / 2, Math.max(...lats) + LOCATOR_SPAN.lat / 2];
	const [west, east] = [Math.min(...lons) - LOCATOR_SPAN.lon / 2, Math.max(...lons) + LOCATOR_SPAN.lon / 2];
	const box = {
		type: 'MultiPoint' as const,
		coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]],
	};
	const centre = (west + east) / 2;
	const f = frame({ width, height: Math.round(width * 0.62), fit: box, rotate: centre, parallels: [south + (north - south) / 4, north - (north - south) / 4], padding: 10, minStep: 1 });
	// The locator shows only this place, unlabelled: the page around it says what it is.
	const picture = draw(f, [place], byId, [RUSSIA, KAZAKHSTAN]);
	return { ...picture, markers: picture.markers.map(({ label: _label, ...m }) => m) };
}

/** The places that have a point, grouped under the state they lie in (cited, else by the map data). */
export function placesByCountry(places: MapPlace[], countryName: (id: string) => string): Array<{ country: string; places: MapPlace[] }> {
	const groups = new Map<string, MapPlace[]>();
	const SPANNING = 'Routes, regions and seas across borders';
	for (const place of places) {
		if (!place.coordinates && !place.route) continue;
		let group: string;
		if (place.country) group = countryName(place.country);
		else if (place.route || AREA_KINDS.has(place.kind)) group = SPANNING;
		else group = countryAt(place.coordinates!.lon, place.coordinates!.lat) ?? SPANNING;
		groups.set(group, [...(groups.get(group) ?? []), place]);
	}
	const rank = (g: string) => (g === 'Kazakhstan' ? 0 : g === 'Russia' ? 1 : g === SPANNING ? 3 : 2);
	return [...groups]
		.map(([country, list]) => ({ country, places: list.sort((a, b) => a.name.localeCompare(b.name, 'en')) }))
		.sort((a, b) => rank(a.country) - rank(b.country) || a.country.localeCompare(b.country, 'en'));
}
