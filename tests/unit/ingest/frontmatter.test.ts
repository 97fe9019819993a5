import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFrontmatter, serializeFrontmatter, validateFrontmatter } from '../../../src/ingest/frontmatter';
import { articleEntrySchema } from '../../../src/ingest/manifest';

const entry = articleEntrySchema.parse({
	id: 'doe-example',
	abstract: { from: 'lead', sentences: 1, why: 'none printed' },
	parts: [{ role: 'body', lines: [1, 2] }],
	frontmatter: {
		title: 'Example: A Title',
		authors: [{ name: 'Jane Doe', affiliation: 'Almaty' }],
		publication: { name: 'Digest', issue: 'No. 1', url: 'https://example.org/' },
		published: '2010',
		url: 'https://example.org/a',
		truncated: { note: 'Breaks off.' },
		topics: ['energy'],
		attribution: [{ field: 'published', note: 'From elsewhere.' }],
	},
});

describe('buildFrontmatter', () => {
	const data = buildFrontmatter({ entry, file: 'x.txt', abstract: 'An abstract.', repairs: ['One repair.'] });

	it('writes the keys in a stable order', () => {
		expect(Object.keys(data)).toEqual(['title', 'authors', 'publication', 'published', 'source', 'abstract', 'abstractSource', 'language', 'truncated', 'topics', 'attribution']);
		expect(Object.keys(data.source as object)).toEqual(['file', 'url', 'repairs']);
	});

	it('writes a declared kind after the publication, and none when it is not declared', () => {
		const report = articleEntrySchema.parse({ ...entry, frontmatter: { ...entry.frontmatter, published: '2010', kind: 'report' } });
		const keys = Object.keys(buildFrontmatter({ entry: report, file: 'x.txt', abstract: 'A.', repairs: [] }));
		expect(keys.slice(2, 5)).toEqual(['publication', 'kind', 'published']);
		expect(Object.keys(data)).not.toContain('kind');
	});

	it('validates against the site schema', () => {
		expect(() => validateFrontmatter('doe-example', data)).not.toThrow();
	});

	it('reports schema problems with the field path', () => {
		expect(() => validateFrontmatter('doe-example', { ...data, abstract: '' })).toThrow(/doe-example: frontmatter does not match[\s\S]*abstract/);
	});

	it('leaves out optional fields that are not set', () => {
		const bare = articleEntrySchema.parse({ ...entry, frontmatter: { ...entry.frontmatter, url: undefined, truncated: undefined } });
		const out = buildFrontmatter({ entry: bare, file: 'x.txt', abstract: 'A.', repairs: [] });
		expect(out).not.toHaveProperty('truncated');
		expect(out.source).toEqual({ file: 'x.txt', repairs: [] });
	});
});

describe('serializeFrontmatter', () => {
	it('quotes the date so that no YAML reader turns it into a number or a timestamp', () => {
		for (const published of ['2015', '2010-07', '2023-10-12']) {
			const text = serializeFrontmatter({ title: 'T', published });
			expect(text).toContain(`published: '${published}'`);
			expect(parse(text).published).toBe(published);
		}
	});

	it('round-trips text with colons, quotes and apostrophes, without folding long lines', () => {
		const title = 'Russia’s borders: Moscow’s "long" alliance';
		const long = 'word '.repeat(60).trim();
		const text = serializeFrontmatter({ title, abstract: long });
		expect(parse(text)).toEqual({ title, abstract: long });
		expect(text.split('\n').filter(Boolean)).toHaveLength(2);
	});
});
