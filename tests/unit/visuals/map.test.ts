import { describe, expect, it } from 'vitest';
import { countryAt, countryFeature, frame, KAZAKHSTAN, MAP_DATA, RUSSIA } from '../../../src/visuals/geo';
import { overlappingPairs } from '../../../src/visuals/labels';
import { kazakhstanMap, locatorMap, markerShape, placeRole, placesByCountry, regionMap, routePoints, type MapPicture, type MapPlace } from '../../../src/visuals/map';

const PLACES: MapPlace[] = [
	{ id: 'astana', name: 'Astana', kind: 'capital', coordinates: { lat: 51.17, lon: 71.45 }, country: 'kazakhstan' },
	{ id: 'moscow', name: 'Moscow', kind: 'capital', coordinates: { lat: 55.76, lon: 37.62 }, country: 'russia' },
	{ id: 'baikonur', name: 'Baikonur Cosmodrome', kind: 'cosmodrome', coordinates: { lat: 45.965, lon: 63.305 } },
	{ id: 'aktau', name: 'Aktau', kind: 'city', coordinates: { lat: 43.65, lon: 51.16 } },
	{ id: 'siberia', name: 'Siberia', kind: 'region', coordinates: { lat: 60, lon: 100 }, country: 'russia' },
	{ id: 'washington', name: 'Washington', kind: 'capital', coordinates: { lat: 38.9, lon: -77.04 } },
	{ id: 'line', name: 'Line', kind: 'pipeline', route: ['moscow', { lat: 50, lon: 60 }, 'astana'] },
];
// A route that runs south beyond the map's edge, its far end named; a broad region; a sea; a border.
const MORE: MapPlace[] = [
	{ id: 'corridor', name: 'Corridor', kind: 'corridor', route: ['moscow', { lat: 46.35, lon: 48.04 }, { lat: 19.08, lon: 72.88, name: 'Mumbai' }] },
	{ id: 'europe', name: 'Europe', kind: 'region', coordinates: { lat: 54.9, lon: 25.32 } },
	{ id: 'caspian-sea', name: 'Caspian Sea', kind: 'sea', coordinates: { lat: 41.67, lon: 50.67 } },
	{ id: 'kz-cn', name: 'Kazakhstan–China border', kind: 'border', coordinates: { lat: 44.21, lon: 80.41 } },
	{ id: 'aktobe', name: 'Aktobe', kind: 'city', coordinates: { lat: 50.28, lon: 57.17 }, country: 'kazakhstan' },
	{ id: 'karaganda', name: 'Karaganda', kind: 'region', coordinates: { lat: 49.8, lon: 73.1 }, country: 'kazakhstan' },
	{ id: 'crimea', name: 'Crimea', kind: 'region', coordinates: { lat: 45.3, lon: 34.4 } },
];

/** Every visible name's box, from the picture's data. */
const boxes = (m: MapPicture) => m.labels.map((l) => ({ id: l.id, box: l.box }));

describe('site map', () => {
	const map = regionMap(PLACES);

	it('places every point inside the frame as a marker, and lists the rest as off the map', () => {
		expect(map.markers.map((m) => m.id).sort()).toEqual(['aktau', 'astana', 'baikonur', 'moscow']);
		expect(map.areas.map((m) => m.id)).toEqual(['siberia']);
		expect(map.offMap).toEqual(['washington']);
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThanOrEqual(0);
			expect(m.x).toBeLessThanOrEqual(map.width);
			expect(m.y).toBeGreaterThanOrEqual(0);
			expect(m.y).toBeLessThanOrEqual(map.height);
		}
	});

	it('names every point where its name fits, capitals first, and no two names overlap', () => {
		const named = map.labels.filter((l) => l.role === 'place').map((l) => l.lines.join(' ')).sort();
		expect(named).toEqual(['Aktau', 'Astana', 'Baikonur', 'Moscow']);
		expect(map.labels.filter((l) => l.role === 'area').map((l) => l.lines.join(' '))).toEqual(['Siberia']);
		expect(overlappingPairs(boxes(map))).toEqual([]);
		for (const l of map.labels) {
			expect(l.box.minX, l.id).toBeGreaterThanOrEqual(0);
			expect(l.box.maxX, l.id).toBeLessThanOrEqual(map.width);
			expect(l.box.minY, l.id).toBeGreaterThanOrEqual(0);
			expect(l.box.maxY, l.id).toBeLessThanOrEqual(map.height);
		}
	});

	it('names the states, the seas, and draws a graticule and a scale bar', () => {
		const countries = map.labels.filter((l) => l.role === 'country').map((l) => l.lines.join(' '));
		expect(countries).toEqual(expect.arrayContaining(['RUSSIA', 'KAZAKHSTAN', 'CHINA', 'MONGOLIA']));
		const water = map.labels.filter((l) => l.role === 'water').map((l) => l.lines.join(' '));
		expect(water).toEqual(expect.arrayContaining(['Caspian Sea', 'Black Sea']));
		expect(map.graticule).toMatch(/^M/);
		expect(map.scale!.km).toBe(1000);
		// 1,000 km is about a ninth of the 9,000 km the map spans from the Baltic to the Pacific.
		expect(map.scale!.length).toBeGreaterThan(map.width / 14);
		expect(map.scale!.length).toBeLessThan(map.width / 5);
	});

	it('draws a broad region nowhere but lists it, a region inside a state as its name, a sea as water, a border as its line, Crimea hatched', () => {
		const m = regionMap([...PLACES, ...MORE]);
		expect(m.listed).toEqual(['europe']);
		expect(placeRole(MORE[1]!)).toBe('listed');
		expect(m.areas.map((a) => a.id)).toEqual(['caspian-sea', 'crimea', 'karaganda', 'siberia']);
		expect(m.markers.map((x) => x.id)).not.toContain('karaganda');
		expect(m.lines.map((l) => l.id)).toEqual(['kz-cn']);
		expect(m.lines[0]!.d.length).toBeGreaterThan(50);
		expect(m.disputed.map((d) => d.id)).toEqual(['crimea']);
		expect(m.disputed[0]!.note).toMatch(/does not recognise/);
	});

	it('marks a route that leaves the frame with an arrow at the edge, named by where it ends', () => {
		const m = regionMap([...PLACES, ...MORE]);
		const corridor = m.routes.find((r) => r.id === 'corridor')!;
		expect(corridor.kind).toBe('corridor');
		expect(corridor.ends).toHaveLength(1);
		const end = corridor.ends[0]!;
		expect(end.name).toBe('to Mumbai');
		expect(end.x).toBeGreaterThanOrEqual(0);
		expect(end.x).toBeLessThanOrEqual(m.width);
		expect(end.y).toBeGreaterThan(m.height - 20);
		expect(m.routes.find((r) => r.id === 'line')!.ends).toEqual([]);
	});

	it('names every place in Kazakhstan on the Kazakhstan map, wide and on a phone', () => {
		const kzPlaces = [...PLACES, ...MORE];
		for (const m of [kazakhstanMap(kzPlaces), kazakhstanMap(kzPlaces, 300, 330, 12.5)]) {
			const named = new Set(m.labels.map((l) => l.place));
			for (const id of ['astana', 'aktobe', 'aktau', 'baikonur', 'karaganda']) expect(named, `${m.width}: ${id}`).toContain(id);
			expect(overlappingPairs(boxes(m))).toEqual([]);
		}
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
	it('shows the whole state around the place, both named, like an encyclopedia locator', () => {
		const loc = locatorMap(MORE[4]!, [...PLACES, ...MORE])!;
		expect(loc.width).toBe(320);
		expect(loc.markers.map((m) => m.id)).toEqual(['aktobe']);
		expect(loc.labels.filter((l) => l.role === 'place').map((l) => l.lines.join(' '))).toEqual(['Aktobe']);
		expect(loc.labels.filter((l) => l.role === 'country').map((l) => l.lines.join(' '))).toContain('KAZAKHSTAN');
		expect(loc.countries.find((c) => c.name === 'Kazakhstan')!.focus).toBe(true);
		// All of Kazakhstan is in the frame: its westernmost (Caspian) and easternmost (Altai) points.
		const f = loc.countries.find((c) => c.name === 'Kazakhstan')!.d;
		const xs = [...f.matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeGreaterThan(1);
		expect(Math.max(...xs)).toBeLessThan(loc.width - 1);
		expect(overlappingPairs(boxes(loc))).toEqual([]);
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
		expect(by.Russia).toEqual(['moscow', 'siberia']);
		expect(by['Routes, regions and seas across borders']).toEqual(['line']);
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
