import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { ENTITY_COLLECTIONS } from '../../src/schemas';
import { DIST } from '../helpers/build';
import { parseCsv } from '../helpers/csv';
import { attr, readPage, selectAll } from '../helpers/html';

const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const schema = json('data/knowledge-base.schema.json');
const data = json('data/knowledge-base.json');
// Formats ("uri") are annotations here: ajv checks them only with an extra package we do not need.
const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);

describe('the published JSON Schema of the export', () => {
	it('is a draft 2020-12 schema that names itself, and the export points to it', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toMatch(/\/data\/knowledge-base\.schema\.json$/);
		expect(data.$schema).toBe(schema.$id);
	});

	it('validates the export', () => {
		const valid = validate(data);
		expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toEqual([]);
		expect(valid).toBe(true);
		expect(data.entities.length).toBeGreaterThan(100);
	});

	it.each([
		[
			'a citation that is not article-id#p-anchor',
			(d: any) => {
				const entity = d.entities.find((e: any) => Object.keys(e.cite).length > 0);
				entity.cite[Object.keys(entity.cite)[0]!] = ['kukeyeva-strategic-partnership'];
			},
		],
		['a date not at a known precision', (d: any) => (d.articles[0].published = '19/11/2010')],
		['an entity of an unknown collection', (d: any) => (d.entities[0].collection = 'events-typo')],
		['a field no schema defines', (d: any) => (d.entities[0].populationEstimate = 5)],
		['an article without authors', (d: any) => (d.articles[0].authors = [])],
		['an unknown kind of article', (d: any) => (d.articles[0].kind = 'tweet')],
	])('rejects a broken export: %s', (_, breakIt) => {
		const broken = structuredClone(data);
		breakIt(broken);
		expect(validate(broken)).toBe(false);
		expect(validate.errors!.length).toBeGreaterThan(0);
	});
});

describe('CSV per collection', () => {
	const pages = new Map<string, Set<string>>();
	const anchorsOf = (article: string) => {
		if (!pages.has(article)) pages.set(article, new Set((selectAll('[id^="p-"]', readPage(DIST, `articles/${article}/`)) as Element[]).map((p) => attr(p, 'id')!)));
		return pages.get(article)!;
	};

	it.each(ENTITY_COLLECTIONS)('%s.csv: valid RFC 4180, one row per entity of the export, citations that open a paragraph', (collection) => {
		const text = readFileSync(join(DIST, 'data', `${collection}.csv`), 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseCsv(text.slice(1));
		expect(header!.slice(0, 8)).toEqual(['id', 'name', 'type', 'aliases', 'name_ru', 'name_kk', 'description', 'url']);
		for (const row of rows) expect(row).toHaveLength(header!.length);
		const exported = data.entities.filter((e: any) => e.collection === collection);
		expect(rows.map((r) => r[0])).toEqual(exported.map((e: any) => e.id));
		expect(rows.map((r) => r[1])).toEqual(exported.map((e: any) => e.name ?? e.title));
		expect(rows.map((r) => r[3])).toEqual(exported.map((e: any) => e.aliases.join('; ')));
		const citeColumns = header!.flatMap((h, i) => (h.endsWith('_citations') ? [i] : []));
		expect(citeColumns.length).toBeGreaterThan(0);
		let cited = 0;
		for (const row of rows) {
			for (const i of citeColumns) {
				for (const key of row[i]!.split(' ').filter(Boolean)) {
					const [article, anchor] = key.split('#') as [string, string];
					expect(anchorsOf(article).has(anchor), `${row[0]} ${header![i]}: ${key}`).toBe(true);
					cited++;
				}
			}
		}
		expect(cited).toBeGreaterThan(0);
	});
});

describe('alternate formats in the head', () => {
	it.each(['', 'about/', 'actors/', 'articles/kusznir-long-alliance/'])('/%s links the feed and the export, and its own formats', (path) => {
		const links = (selectAll('link[rel=alternate]', readPage(DIST, path)) as Element[]).map((l) => [attr(l, 'type'), attr(l, 'href')]);
		expect(links).toContainEqual(['application/atom+xml', '/articles/feed.xml']);
		expect(links).toContainEqual(['application/json', '/data/knowledge-base.json']);
		if (path === 'actors/') expect(links).toContainEqual(['text/csv', '/data/actors.csv']);
	});

	it('the About page lists every format under "Data and citations"', () => {
		const tree = readPage(DIST, 'about/');
		const hrefs = (selectAll('a', tree) as Element[]).map((a) => attr(a, 'href'));
		for (const href of ['/data/knowledge-base.json', '/data/knowledge-base.schema.json', '/articles/feed.xml', '/data/bibliography.bib', '/data/bibliography.ris', '/data/bibliography.json', ...ENTITY_COLLECTIONS.map((c) => `/data/${c}.csv`)]) {
			expect(hrefs).toContain(href);
		}
	});
});
