import { describe, expect, it } from 'vitest';
import { aliasRoutes } from '../../../src/knowledge/aliases';
import { aliasSlug, invisibleCharacters, MAX_SLUG, normalizeName, toSlug } from '../../../src/utils/names';

describe('the name space', () => {
	it('folds case, accents, compatibility forms, every dash and quote, dots and invisible characters', () => {
		expect(normalizeName('ÁSTANA')).toBe(normalizeName('Astana'));
		expect(normalizeName('Euro–Maidan protests')).toBe(normalizeName('Euro-Maidan protests'));
		expect(normalizeName('Euro—Maidan')).toBe(normalizeName('Euro‐Maidan'));
		expect(normalizeName('Euro−Maidan')).toBe('euro maidan');
		expect(normalizeName('Kazakhstan\u200b')).toBe('kazakhstan');
		expect(normalizeName('Ｋａｚａｋｈｓｔａｎ')).toBe('kazakhstan');
		expect(normalizeName('O’Neil')).toBe(normalizeName("O'Neil"));
		expect(normalizeName('U.S.')).toBe('us');
		expect(normalizeName('Назарба\u0301ев')).toBe('назарбаев');
	});

	it('names the invisible characters it finds', () => {
		expect(invisibleCharacters('Kazakh\u00adstan\u200b')).toEqual(['U+00AD', 'U+200B']);
		expect(invisibleCharacters('Kazakhstan')).toEqual([]);
	});

	it('gives a long name a bounded slug cut at a word boundary', () => {
		const title = `Agreement between the Government of the Republic of Kazakhstan and the Government of the Russian Federation ${'on cooperation '.repeat(15)}`;
		const slug = toSlug(title);
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
		// The first whole words that fit: a prefix of the full slug that stops before a hyphen.
		const full = normalizeName(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
		expect(full.length).toBeGreaterThan(MAX_SLUG);
		expect(full.startsWith(`${slug}-`)).toBe(true);
		expect(slug.length).toBeGreaterThan(MAX_SLUG - 'cooperation'.length - 1);
		expect(slug).toBe('agreement-between-the-government-of-the-republic-of-kazakhstan-and-the-government-of-the-russian-federation-on');
		expect(toSlug('Nur–Sultan')).toBe('nur-sultan');
	});

	it('makes redirects only from names in Latin letters', () => {
		expect(aliasSlug('Договор о добрососедстве в XXI веке')).toBeUndefined();
		expect(aliasSlug('Société Générale')).toBe('societe-generale');
	});

	it('bounds the alias routes of a 300-character official title', () => {
		const name = `Agreement ${'between the parties '.repeat(16)}`;
		const routes = aliasRoutes([{ id: 'sample-treaty', collection: 'treaties', data: { title: 'Sample', aliases: [name] } }]);
		expect(name.length).toBeGreaterThan(300);
		expect(routes.map((r) => r.slug)).toEqual([toSlug(name), 'sample']);
		expect(toSlug(name)).toMatch(/^agreement(?:-between-the-parties)+(?:-between(?:-the)?)?$/);
		expect(Math.max(...routes.map((r) => r.slug.length))).toBeLessThanOrEqual(MAX_SLUG);
	});
});
