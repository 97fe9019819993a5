import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { labelBox, overlappingPairs, textWidth, type Anchor, type Box } from '../../src/visuals/labels';
import { DIST, ROOT } from '../helpers/build';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// The pictures drawn at build time (map, locators, graph, connections, timeline strip), checked
// in the built pages: every link lands on a page, nothing is missing, sizes stay within budget.
const KB = 1024;
const page = (path: string) => readPage(DIST, path);
const svgSource = (path: string, visual: string, variant?: string) => {
	const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
	return new RegExp(`<svg[^>]*data-visual="${visual}"${variant ? `[^>]*data-variant="${variant}"` : ''}[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
};
const linksIn = (tree: ReturnType<typeof page>, selector: string) => (selectAll(`${selector} a`, tree) as Element[]).map((a) => attr(a, 'href')!);
const pageExists = (href: string) => existsSync(join(DIST, href, 'index.html'));

/**
 * The box of every visible name in a built picture, worked out from the SVG itself (position,
 * anchor, font size, text and its lines) with the same width estimate the placer used: the check
 * reads what was drawn, not the data it was drawn from.
 */
function textBoxes(svg: Element): Array<{ id: string; box: Box }> {
	return (selectAll('text', svg) as Element[])
		.filter((t) => !(t.properties.className as string[] | undefined)?.includes('graph__label--extra'))
		.map((t, i) => {
			const spans = selectAll('tspan', t) as Element[];
			const lines = spans.length ? spans.map((s) => toString(s)) : [toString(t)];
			const size = Number(attr(t, 'fontSize'));
			expect(size, `font-size of "${lines.join(' ')}"`).toBeGreaterThan(0);
			const width = Math.max(...lines.map((l) => textWidth(l, size)));
			return { id: `${i}:${lines.join(' ')}`, box: labelBox(Number(attr(t, 'x')), Number(attr(t, 'y')), (attr(t, 'textAnchor') ?? 'start') as Anchor, width, size, lines.length) };
		});
}
/** A text element's words, its lines (tspans) joined by a space. */
const textOf = (t: Element) => {
	const spans = selectAll('tspan', t) as Element[];
	return (spans.length ? spans.map((s) => toString(s)).join(' ') : toString(t)).replace(/\s+/g, ' ').trim();
};
const svgsIn = (tree: ReturnType<typeof page>, selector: string) => selectAll(selector, tree) as Element[];
/** The numbers of a path's points, pairwise. */
const pathPoints = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

const places = readdirSync(join(ROOT, 'content/places'))
	.sort()
	.map((f) => ({ id: f.replace(/\.mdx$/, ''), data: parse(readFileSync(join(ROOT, 'content/places', f), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown> }));
const located = places.filter((p) => p.data.coordinates || p.data.route);

describe('map page', () => {
	const tree = page('map/');
	const links = linksIn(tree, 'svg[data-visual="map"]');

	it('every marker and route links to an existing place page', () => {
		expect(links.length).toBeGreaterThan(30);
		expect(links.filter((href) => !href.startsWith('/places/') || !pageExists(href))).toEqual([]);
	});

	it('every place with coordinates or a route is on the map or listed as beyond its edge', () => {
		const list = linksIn(tree, '#places-by-country ~ ul');
		const onMap = new Set(links);
		for (const p of located) expect(list, p.id).toContain(`/places/${p.id}/`);
		const broad = new Set(linksIn(tree, '#broad-regions ~ ul'));
		const offMap = located.filter((p) => !onMap.has(`/places/${p.id}/`) && !broad.has(`/places/${p.id}/`)).map((p) => p.id);
		const text = toString(select('main', tree)!);
		for (const id of offMap) expect(text).toMatch(new RegExp(`${places.find((p) => p.id === id)!.data.name}\\s*\\([^)]*beyond the map’s edge`));
		expect(offMap.length).toBeLessThan(5);
	});

	it('labels capitals and cosmodromes, names every marker, and says what the data and its conventions are', () => {
		const labels = (selectAll('svg[data-visual="map"][data-variant="wide"] text', tree) as Element[]).map(textOf);
		expect(labels).toEqual(expect.arrayContaining(['Astana', 'Moscow', 'Baikonur', 'Vostochny', 'RUSSIA', 'KAZAKHSTAN', 'Caspian Sea', 'Black Sea', 'Aral Sea']));
		for (const a of selectAll('svg[data-visual^="map"] a', tree) as Element[]) {
			expect(attr(a, 'ariaLabel')).toBeTruthy();
			expect(toString(select('title', a)!)).toBeTruthy();
		}
		const text = toString(select('main', tree)!);
		expect(text).toMatch(/schematic/i);
		expect(text).toMatch(/Natural Earth/);
		expect(text).toMatch(/Crimea is drawn as part of Russia/);
		expect(text).toMatch(/Crimea \(hatched\)/);
		expect(select('svg[data-visual="map"] .geo-map__ru-kz', tree)).toBeTruthy();
		for (const svg of svgsIn(tree, 'svg[data-visual="map"]')) expect(attr(select('.geo-map__disputed', svg) as Element, 'fill')).toMatch(/^url\(#hatch-/);
		expect(select('svg[data-visual="map"] .geo-map__scale', tree)).toBeTruthy();
		expect(select('svg[data-visual="map"] .geo-map__graticule', tree)).toBeTruthy();
	});

	it('no two visible names overlap, on either map, wide or narrow', () => {
		const svgs = svgsIn(tree, 'svg[data-visual="map"], svg[data-visual="map-kz"]');
		expect(svgs).toHaveLength(4);
		for (const svg of svgs) {
			const boxes = textBoxes(svg);
			expect(boxes.length, attr(svg, 'dataVariant')).toBeGreaterThan(8);
			expect(overlappingPairs(boxes), `${attr(svg, 'dataVisual')} ${attr(svg, 'dataVariant')}`).toEqual([]);
			const [, , w, h] = attr(svg, 'viewBox')!.split(' ').map(Number);
			for (const { id, box } of boxes) expect(box.minX >= 0 && box.maxX <= w! && box.minY >= 0 && box.maxY <= h!, id).toBe(true);
		}
	});

	it('names every place inside Kazakhstan on the wide Kazakhstan map', () => {
		const kz = readdirSync(join(ROOT, 'content/places')).map((f) => f.replace(/\.mdx$/, '')).filter((id) => places.find((p) => p.id === id)!.data.country === 'kazakhstan' && places.find((p) => p.id === id)!.data.coordinates);
		expect(kz.length).toBeGreaterThan(10);
		const svg = select('svg[data-visual="map-kz"][data-variant="wide"]', tree)!;
		const names = (selectAll('text', svg) as Element[]).map(textOf);
		for (const id of kz) {
			const name = String(places.find((p) => p.id === id)!.data.name).replace(/ Cosmodrome$/, '');
			expect(names.some((n) => n.replace(/ /g, '') === name.replace(/ /g, '')), name).toBe(true);
		}
	});

	it('styles and names routes by kind, and marks with an arrow every route end at the frame’s edge', () => {
		for (const svg of svgsIn(tree, 'svg[data-visual="map"], svg[data-visual="map-kz"]')) {
			const [, , w, h] = attr(svg, 'viewBox')!.split(' ').map(Number);
			const routes = (selectAll('a', svg) as Element[]).filter((a) => select('.geo-map__route', a));
			expect(routes.length).toBeGreaterThan(3);
			for (const a of routes) {
				const path = select('.geo-map__route', a) as Element;
				expect((path.properties.className as string[]).join(' ')).toMatch(/geo-map__route--(pipeline|railway|corridor)/);
				expect(attr(a, 'ariaLabel')).toMatch(/\((pipeline|railway|transport corridor), schematic/);
				const points = pathPoints(attr(path, 'd')!);
				const ends = [points[0]!, points.at(-1)!];
				const arrows = (selectAll('.geo-map__arrow', a) as Element[]).length;
				const atEdge = ends.filter(([x, y]) => x < 12 || y < 12 || x > w! - 12 || y > h! - 12).length;
				expect(arrows, `${attr(a, 'ariaLabel')} in ${attr(svg, 'dataVisual')} ${attr(svg, 'dataVariant')}`).toBeGreaterThanOrEqual(atEdge);
				if (arrows) expect(attr(a, 'ariaLabel')).toMatch(/continues to \S/);
			}
		}
		const legend = toString(select('.map-legend--routes', tree)!);
		expect(legend).toMatch(/Pipeline/);
		expect(legend).toMatch(/Railway/);
		expect(legend).toMatch(/Transport corridor/);
		expect(legend).toMatch(/continues to Mumbai/);
	});

	it('draws no region as a point: broad regions are listed beside the map', () => {
		const listed = linksIn(tree, '#broad-regions ~ ul');
		expect(listed).toEqual(expect.arrayContaining(['/places/europe/', '/places/post-soviet-space/', '/places/central-asia/']));
		const onMap = new Set(linksIn(tree, 'svg[data-visual="map"]'));
		for (const href of listed) expect(onMap.has(href), href).toBe(false);
	});

	it('is linked from the header navigation', () => {
		expect(linksIn(page(''), 'header nav')).toEqual(expect.arrayContaining(['/map/', '/graph/']));
	});
});

describe('locator maps', () => {
	it.each(located.map((p) => p.id))('/places/%s/ has a locator inset naming its source', (id) => {
		const tree = page(`places/${id}/`);
		const svg = select('svg[data-visual="locator"]', tree);
		expect(svg).toBeTruthy();
		expect(attr(svg as Element, 'ariaLabel')).toMatch(/map/);
		expect(selectAll('.geo-map__marker, .geo-map__route, .geo-map__area, .geo-map__water, .geo-map__line', svg!).length).toBeGreaterThan(0);
		expect(toString(select('.locator figcaption', tree)!)).toContain(String(places.find((p) => p.id === id)!.data.coordinatesSource));
		// The region around it is named, and so is the place, with no two names overlapping.
		const names = (selectAll('text', svg!) as Element[]).map((t) => toString(t));
		expect(names.some((n) => /^[A-Z ]{4,}$/.test(n)), `a country name on ${id}`).toBe(true);
		expect(overlappingPairs(textBoxes(svg as Element))).toEqual([]);
	});

	it.each(['aktobe', 'baikonur-cosmodrome', 'astana'])('/places/%s/: the locator shows Kazakhstan whole, named, and the place named', (id) => {
		const svg = select('svg[data-visual="locator"]', page(`places/${id}/`)) as Element;
		const names = (selectAll('text', svg) as Element[]).map((t) => toString(t));
		expect(names).toContain('KAZAKHSTAN');
		expect(names).toContain(String(places.find((p) => p.id === id)!.data.name).replace(/ Cosmodrome$/, ''));
		expect(attr(svg, 'ariaLabel')).toMatch(/in Kazakhstan/);
	});
});

describe('relations graph', () => {
	const tree = page('graph/');
	const nodes = selectAll('svg[data-visual="graph"] .graph__nodes a', tree) as Element[];

	const wide = select('svg[data-visual="graph"][data-variant="wide"]', tree) as Element;

	it('has one node per entity and article page, drawn or listed apart, each a link to an existing page', () => {
		const entityPages = ['actors', 'treaties', 'organizations', 'places', 'articles'].flatMap((c) =>
			readdirSync(join(ROOT, 'content', c)).filter((f) => f.endsWith('.mdx')).map((f) => `/${c}/${f.replace(/\.mdx$/, '')}/`),
		);
		const hrefs = (selectAll('.graph__nodes a', wide) as Element[]).map((a) => attr(a, 'href')!);
		const apart = linksIn(tree, '#graph-isolated ~ ul');
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect([...hrefs, ...apart].filter((h) => !pageExists(h))).toEqual([]);
		for (const p of entityPages) expect([...hrefs, ...apart]).toContain(p);
		for (const p of apart) expect(hrefs).not.toContain(p);
	});

	it('draws no isolated node: every drawn node has a line, and the phone layout draws the same nodes', () => {
		const linked = new Set((selectAll('line', wide) as Element[]).flatMap((l) => [attr(l, 'dataSource'), attr(l, 'dataTarget')]));
		const ids = (selectAll('.graph__nodes a', wide) as Element[]).map((a) => attr(a, 'dataId')!);
		expect(ids.filter((id) => !linked.has(id))).toEqual([]);
		const narrowIds = (selectAll('svg[data-variant="narrow"] .graph__nodes a', tree) as Element[]).map((a) => attr(a, 'dataId')!);
		expect(narrowIds.sort()).toEqual([...ids].sort());
	});

	it('names every node: an accessible name with a correct plural and a title, a visible name where it fits, Russia and Kazakhstan always', () => {
		for (const a of nodes) {
			expect(attr(a, 'ariaLabel')).toMatch(/\(.+, named in (1 paragraph|\d+ paragraphs)\)$/);
			expect(attr(a, 'ariaLabel')).not.toMatch(/\b1 paragraphs/);
			expect(toString(select('title', a)!)).toBeTruthy();
		}
		for (const svg of svgsIn(tree, 'svg[data-visual="graph"]')) {
			const names = (selectAll('text', svg) as Element[]).map((t) => toString(t));
			expect(names).toEqual(expect.arrayContaining(['Russia', 'Kazakhstan']));
			const boxes = textBoxes(svg);
			expect(overlappingPairs(boxes), attr(svg, 'dataVariant')).toEqual([]);
		}
		expect((selectAll('text', wide) as Element[]).length).toBeGreaterThan(40);
	});

	it('lists the same relations as text, with links, and keys the relation colours', () => {
		const edges = selectAll('line', wide).length;
		const items = selectAll('#graph-relations ~ ul > li', tree).length;
		expect(edges).toBeGreaterThan(100);
		expect(items).toBe(edges);
		expect(toString(select('.graph-key--edges', tree)!)).toMatch(/Party to.*Member of|Member of.*Party to/s);
	});
});

describe('connections diagram and timeline strip on entity pages', () => {
	it('an entity page shows its direct relations as linked nodes, above the relation lists, names whole and Russia included', () => {
		const html = readFileSync(join(DIST, 'actors/kazakhstan/index.html'), 'utf8');
		const tree = page('actors/kazakhstan/');
		const links = linksIn(tree, 'svg[data-visual="connections"]');
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((h) => !pageExists(h))).toEqual([]);
		expect(links).toContain('/actors/russia/');
		expect(html.indexOf('data-visual="connections"')).toBeLessThan(html.indexOf('id="relations-heading"'));
		const names = (selectAll('svg[data-visual="connections"] .connections__name', tree) as Element[]).map((t) => toString(t));
		expect(names.filter((n) => n.includes('…'))).toEqual([]);
	});

	it('every entity page with relations or co-mentions has a connections diagram, wide and narrow', () => {
		let checked = 0;
		for (const c of ['actors', 'treaties', 'organizations', 'places', 'events']) {
			if (!existsSync(join(DIST, c))) continue;
			for (const id of readdirSync(join(DIST, c))) {
				if (!existsSync(join(DIST, c, id, 'index.html'))) continue;
				const html = readFileSync(join(DIST, c, id, 'index.html'), 'utf8');
				if (html.includes('http-equiv="refresh"')) continue; // an alias redirect
				const has = html.includes('id="relations-heading"') || html.includes('id="related-heading"');
				if (!has) continue;
				checked++;
				expect(html.match(/data-visual="connections"/g)?.length, `/${c}/${id}/`).toBe(2);
			}
		}
		expect(checked).toBeGreaterThan(100);
	});

	it.each(['timeline/', 'actors/kazakhstan/'])('/%s: every strip mark jumps to an item of the list, and the marks count every item', (path) => {
		const tree = page(path);
		const marks = selectAll('svg[data-visual="timeline"][data-variant="wide"] a', tree) as Element[];
		expect(marks.length).toBeGreaterThan(0);
		const ids = new Set((selectAll('ol.timeline > li[id]', tree) as Element[]).map((li) => attr(li, 'id')));
		for (const a of marks) expect(ids).toContain(attr(a, 'href')!.slice(1));
		const counted = marks.reduce((n, a) => n + Number(/: (\d+) ×/.exec(attr(a, 'ariaLabel')!)![1]), 0);
		expect(counted).toBe(selectAll('ol.timeline > li', tree).length);
		// The phone's strip counts the same items and names the last year.
		const narrow = selectAll('svg[data-visual="timeline"][data-variant="narrow"] a', tree) as Element[];
		expect(narrow.reduce((n, a) => n + Number(/: (\d+) ×/.exec(attr(a, 'ariaLabel')!)![1]), 0)).toBe(counted);
		const lastYear = Math.max(...marks.map((a) => Number(/^(\d+):/.exec(attr(a, 'ariaLabel')!)![1])));
		for (const v of ['wide', 'narrow']) expect((selectAll(`svg[data-visual="timeline"][data-variant="${v}"] text`, tree) as Element[]).map((t) => toString(t).trim()).at(-1)).toBe(String(lastYear));
	});
});

describe('picture sizes (gzip, inline SVG)', () => {
	it('map ≤ 40 KB, graph ≤ 25 KB, each locator ≤ 24 KB (each layout)', () => {
		// Each layout on its own: a page carries the wide and the phone layout, and CSS shows one.
		for (const variant of ['wide', 'narrow']) {
			expect(gzipSync(svgSource('map/', 'map', variant)).length, `map ${variant}`).toBeLessThanOrEqual(40 * KB);
			expect(gzipSync(svgSource('map/', 'map-kz', variant)).length, `map-kz ${variant}`).toBeLessThanOrEqual(40 * KB);
			expect(gzipSync(svgSource('graph/', 'graph', variant)).length, `graph ${variant}`).toBeLessThanOrEqual(25 * KB);
		}
		for (const p of located) expect(gzipSync(svgSource(`places/${p.id}/`, 'locator')).length, p.id).toBeLessThanOrEqual(24 * KB);
	});
});
