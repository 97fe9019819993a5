import { describe, expect, it } from 'vitest';
import { countryAt, countryFeature, frame, KAZAKHSTAN, MAP_DATA, RUSSIA } from '../../../src/visuals/geo';
import { locatorMap, markerShape, placesByCountry, regionMap, routePoints, type MapPlace } from '../../../src/visuals/map';

const PLACES: MapPlace[] = [
	{ id: 'astana', name: 'Astana', kind: 'capital', coordinates: { lat: 51.17, lon: 71.45 }, country: 'kazakhstan' },
	{ id: 'moscow', name: 'Moscow', kind: 'capital', coordinates: { lat: 55.76, lon: 37.62 }, country: 'russia' },
	{ id: 'baikonur', name: 'Baikonur Cosmodrome', kind: 'cosmodrome', coordinates: { lat: 45.965, lon: 63.305 } },
	{ id: 'aktau', name: 'Aktau', kind: 'city', coordinates: { lat: 43.65, lon: 51.16 } },
	{ id: 'siberia', name: 'Siberia', kind: 'region', coordinates: { lat: 60, lon: 100 } },
	{ id: 'washington', name: 'Washington', kind: 'capital', coordinates: { lat: 38.9, lon: -77.04 } },
	{ id: 'line', name: 'Line', kind: 'pipeline', route: ['moscow', { lat: 50, lon: 60 }, 'astana'] },
];

describe('site map', () => {
	const map = regionMap(PLACES);

	it('places every point inside the frame as a marker, and lists the rest as off the map', () => {
		expect(map.markers.map((m) => m.id).sort()).toEqual(['aktau', 'astana', 'baikonur', 'moscow', 'siberia']);
		expect(map.offMap).toEqual(['washington']);
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThanOrEqual(0);
			expect(m.x).toBeLessThanOrEqual(map.width);
			expect(m.y).toBeGreaterThanOrEqual(0);
			expect(m.y).toBeLessThanOrEqual(map.height);
		}
	});

	it('labels capitals and cosmodromes only', () => {
		expect(map.markers.filter((m) => m.label).map((m) => m.label!.text).sort()).toEqual(['Astana', 'Baikonur', 'Moscow']);
	});

	it('puts Moscow west (left) of Astana and Astana north (above) of Aktau', () => {
		const at = (id: string) => map.markers.find((m) => m.id === id)!;
		expect(at('moscow').x).toBeLessThan(at('astana').x);
		expect(at('astana').y).toBeLessThan(at('aktau').y);
	});

	it('draws a route through its named stops and points', () => {
		expect(routePoints(PLACES[6]!.route!, new Map(PLACES.map((p) => [p.id, p])))).toEqual([
			{ lat: 55.76, lon: 37.62 },
			{ lat: 50, lon: 60 },
			{ lat: 51.17, lon: 71.45 },
		]);
		expect(map.routes.map((r) => r.id)).toEqual(['line']);
		expect(map.routes[0]!.d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/);
	});

	it('draws Russia and Kazakhstan as focus shapes and their shared border on its own', () => {
		expect(map.countries.filter((c) => c.focus).map((c) => c.name).sort()).toEqual(['Kazakhstan', 'Russia']);
		expect(map.ruKz.length).toBeGreaterThan(100);
		expect(map.borders.length).toBeGreaterThan(map.ruKz.length);
	});

	it('is the same picture every time (no randomness, stable order)', () => {
		expect(JSON.stringify(regionMap([...PLACES].reverse()))).toBe(JSON.stringify(map));
	});

	it('keeps the country shapes small: whole pixels, short steps dropped', () => {
		const d = map.countries.map((c) => c.d).join('');
		expect(d).not.toMatch(/\d\.\d{2}/);
		expect(d.length).toBeLessThan(120_000);
	});
});

describe('locator map', () => {
	it('centres one place in a small frame, unlabelled', () => {
		const loc = locatorMap(PLACES[0]!, PLACES)!;
		expect(loc.width).toBe(320);
		expect(loc.markers).toHaveLength(1);
		expect(loc.markers[0]!.label).toBeUndefined();
		expect(Math.abs(loc.markers[0]!.x - loc.width / 2)).toBeLessThan(loc.width / 4);
	});

	it('shows a route as a line and nothing for a place without a point', () => {
		expect(locatorMap(PLACES[6]!, PLACES)!.routes).toHaveLength(1);
		expect(locatorMap({ id: 'x', name: 'X', kind: 'region' }, PLACES)).toBeUndefined();
	});
});

describe('grouping and geography', () => {
	it('finds the country a point lies in from the map data', () => {
		expect(countryAt(63.305, 45.965)).toBe('Kazakhstan');
		expect(countryAt(49.87, 40.41)).toBe('Azerbaijan');
		expect(countryAt(50.67, 41.67)).toBeUndefined(); // the Caspian Sea
	});

	it('groups places under their cited country, else the map data, with routes and areas apart', () => {
		const groups = placesByCountry(PLACES, (id) => id.charAt(0).toUpperCase() + id.slice(1));
		const by = Object.fromEntries(groups.map((g) => [g.country, g.places.map((p) => p.id)]));
		expect(by.Kazakhstan).toEqual(['aktau', 'astana', 'baikonur']);
		expect(by.Russia).toEqual(['moscow']);
		expect(by['Routes, regions and seas across borders']).toEqual(['line', 'siberia']);
		expect(groups[0]!.country).toBe('Kazakhstan');
	});

	it('states the data and the boundary convention, Crimea included', () => {
		expect(MAP_DATA.convention).toMatch(/Crimea/);
		// The convention stated on the page is the data's: Natural Earth puts Crimea in Russia.
		expect(countryAt(34.4, 45.3)).toBe('Russia');
	});

	it('clips shapes to the frame: Russia drawn in a frame fitted to Kazakhstan stays inside it', () => {
		const f = frame({ width: 200, fit: countryFeature(KAZAKHSTAN), rotate: 68, parallels: [42, 52] });
		const d = f.path(countryFeature(RUSSIA));
		const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
		expect(points.length).toBeGreaterThan(10);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(200);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(f.height);
		}
		expect(f.point(71.45, 51.17)).toBeDefined();
		expect(f.point(-77, 38.9)).toBeUndefined();
		expect(markerShape('pipeline')).toBe('site');
	});
});
