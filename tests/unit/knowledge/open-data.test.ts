import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionCsv, csvField, toCsv } from '../../../src/knowledge/csv';
import { exportJsonSchema, exportSchema } from '../../../src/knowledge/export-schema';
import { ENTITY_COLLECTIONS } from '../../../src/schemas';
import { parsePartialDate } from '../../../src/schemas/date';

describe('CSV (RFC 4180)', () => {
	it('quotes only fields that need it, doubling inner quotes, CRLF between records', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(' padded')).toBe('" padded"');
		expect(toCsv([['id', 'name'], ['x', 'Один, два']])).toBe('\uFEFFid,name\r\nx,"Один, два"\r\n');
	});

	it('lists each used fact field with a column of its citations', () => {
		const cite = [{ article: 'a', anchor: 'p-x' }];
		const csv = collectionCsv(
			[{ id: 't', data: { title: 'T', kind: 'treaty', aliases: ['A', 'B'], native: {}, description: 'D', signed: parsePartialDate('1998-07'), parties: ['russia', 'kazakhstan'], cite: { signed: cite, parties: cite } } }],
			['title', 'parties', 'signed', 'place'],
			(id) => `https://kb.example/treaties/${id}/`,
		);
		expect(csv.split('\r\n')[0]).toBe('\uFEFFid,name,type,aliases,name_ru,name_kk,description,url,parties,parties_citations,signed,signed_citations');
		expect(csv.split('\r\n')[1]).toBe('t,T,treaty,A; B,,,D,https://kb.example/treaties/t/,russia; kazakhstan,a#p-x,1998-07,a#p-x');
	});

	it('writes coordinates as two numeric columns, lat and lon, empty where a place has none', () => {
		const csv = collectionCsv(
			[
				{ id: 'almaty', data: { name: 'Almaty', kind: 'city', aliases: [], native: {}, description: 'D', coordinates: { lat: 43.24, lon: 76.89 }, coordinatesSource: 'GeoNames' } },
				{ id: 'route', data: { name: 'Route', kind: 'corridor', aliases: [], native: {}, description: 'D' } },
			],
			['name', 'coordinates', 'coordinatesSource'],
			(id) => `https://kb.example/places/${id}/`,
		);
		const [header, almaty, route] = csv.replace('\uFEFF', '').split('\r\n');
		expect(header).toBe('id,name,type,aliases,name_ru,name_kk,description,url,lat,lon,coordinatesSource,coordinatesSource_citations');
		expect(almaty).toBe('almaty,Almaty,city,,,,D,https://kb.example/places/almaty/,43.24,76.89,GeoNames,');
		expect(route).toBe('route,Route,corridor,,,,D,https://kb.example/places/route/,,,,');
	});
});

describe('the export schema', () => {
	it('has one entity shape per entity collection, from the collections list', () => {
		const json = exportJsonSchema('https://kb.example/data/knowledge-base.schema.json') as any;
		const shapes = json.properties.entities.items.oneOf;
		expect(shapes.map((s: any) => s.properties.collection.const)).toEqual(ENTITY_COLLECTIONS);
		expect(json.$id).toBe('https://kb.example/data/knowledge-base.schema.json');
	});

	it('describes dates as strings at their precision', () => {
		const json = exportJsonSchema('x') as any;
		// A publication date is a date, or `undated` for a source that gives none.
		const { anyOf } = json.properties.articles.items.properties.published;
		expect(anyOf).toContainEqual(expect.objectContaining({ const: 'undated' }));
		const published = anyOf.find((s: any) => s.pattern);
		expect(published).toMatchObject({ type: 'string' });
		expect(new RegExp(published.pattern).test('2010-11')).toBe(true);
		expect(new RegExp(published.pattern).test('11/2010')).toBe(false);
	});

	it('is a zod schema that rejects an entity of an unknown collection', () => {
		const result = exportSchema().safeParse({ $schema: 'https://x.example/s.json', about: '', articles: [], entities: [{ id: 'x', collection: 'nope', url: 'https://x.example/' }] });
		expect(result.success).toBe(false);
		expect(z.toJSONSchema(exportSchema(), { io: 'input', unrepresentable: 'any' })).toBeTruthy();
	});
});
