import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/build';
import { attr, readPage, select, selectAll, toString } from '../helpers/html';

// The pictures drawn at build time (map, locators, graph, connections, timeline strip), checked
// in the built pages: every link lands on a page, nothing is missing, sizes stay within budget.
const KB = 1024;
const page = (path: string) => readPage(DIST, path);
const svgSource = (path: string, visual: string) => {
	const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
	return new RegExp(`<svg[^>]*data-visual="${visual}"[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
};
const linksIn = (tree: ReturnType<typeof page>, selector: string) => (selectAll(`${selector} a`, tree) as Element[]).map((a) => attr(a, 'href')!);
const pageExists = (href: string) => existsSync(join(DIST, href, 'index.html'));

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
		const offMap = located.filter((p) => !onMap.has(`/places/${p.id}/`)).map((p) => p.id);
		const text = toString(select('main', tree)!);
		for (const id of offMap) expect(text).toMatch(new RegExp(`${places.find((p) => p.id === id)!.data.name}\\s*\\([^)]*beyond the map’s edge`));
		expect(offMap.length).toBeLessThan(5);
	});

	it('labels capitals and cosmodromes, names every marker, and says what the data and its conventions are', () => {
		const labels = (selectAll('svg[data-visual="map"] text', tree) as Element[]).map((t) => toString(t));
		expect(labels).toEqual(expect.arrayContaining(['Astana', 'Moscow', 'Baikonur', 'Vostochny']));
		for (const a of selectAll('svg[data-visual="map"] a', tree) as Element[]) expect(attr(a, 'ariaLabel')).toBeTruthy();
		const text = toString(select('main', tree)!);
		expect(text).toMatch(/schematic/i);
		expect(text).toMatch(/Natural Earth/);
		expect(text).toMatch(/Crimea is drawn as part of Russia/);
		expect(select('svg[data-visual="map"] .geo-map__ru-kz', tree)).toBeTruthy();
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
		expect(selectAll('.geo-map__marker, .geo-map__route', svg!).length).toBeGreaterThan(0);
		expect(toString(select('.locator figcaption', tree)!)).toContain(String(places.find((p) => p.id === id)!.data.coordinatesSource));
	});
});

describe('relations graph', () => {
	const tree = page('graph/');
	const nodes = selectAll('svg[data-visual="graph"] .graph__nodes a', tree) as Element[];

	it('has one node per entity and article page, each a link to an existing page', () => {
		const entityPages = ['actors', 'treaties', 'organizations', 'places', 'articles'].flatMap((c) =>
			readdirSync(join(ROOT, 'content', c)).filter((f) => f.endsWith('.mdx')).map((f) => `/${c}/${f.replace(/\.mdx$/, '')}/`),
		);
		const hrefs = nodes.map((a) => attr(a, 'href')!);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(hrefs.filter((h) => !pageExists(h))).toEqual([]);
		for (const p of entityPages) expect(hrefs).toContain(p);
	});

	it('lists the same relations as text, with links', () => {
		const edges = selectAll('svg[data-visual="graph"] line', tree).length;
		const items = selectAll('#graph-relations ~ ul > li', tree).length;
		expect(edges).toBeGreaterThan(100);
		expect(items).toBe(edges);
	});
});

describe('connections diagram and timeline strip on entity pages', () => {
	it('an entity page shows its direct relations as linked nodes, above the relation lists', () => {
		const html = readFileSync(join(DIST, 'actors/kazakhstan/index.html'), 'utf8');
		const tree = page('actors/kazakhstan/');
		const links = linksIn(tree, 'svg[data-visual="connections"]');
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((h) => !pageExists(h))).toEqual([]);
		expect(html.indexOf('data-visual="connections"')).toBeLessThan(html.indexOf('id="relations-heading"'));
	});

	it.each(['timeline/', 'actors/kazakhstan/'])('/%s: every strip mark jumps to an item of the list, and the marks count every item', (path) => {
		const tree = page(path);
		const marks = selectAll('svg[data-visual="timeline"] a', tree) as Element[];
		expect(marks.length).toBeGreaterThan(0);
		const ids = new Set((selectAll('ol.timeline > li[id]', tree) as Element[]).map((li) => attr(li, 'id')));
		for (const a of marks) expect(ids).toContain(attr(a, 'href')!.slice(1));
		const counted = marks.reduce((n, a) => n + Number(/: (\d+) ×/.exec(attr(a, 'ariaLabel')!)![1]), 0);
		expect(counted).toBe(selectAll('ol.timeline > li', tree).length);
	});
});

describe('picture sizes (gzip, inline SVG)', () => {
	it('map ≤ 40 KB, graph ≤ 25 KB, each locator ≤ 24 KB', () => {
		expect(gzipSync(svgSource('map/', 'map')).length).toBeLessThanOrEqual(40 * KB);
		expect(gzipSync(svgSource('graph/', 'graph')).length).toBeLessThanOrEqual(25 * KB);
		for (const p of located) expect(gzipSync(svgSource(`places/${p.id}/`, 'locator')).length, p.id).toBeLessThanOrEqual(24 * KB);
	});
});
