import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTOR_KINDS } from '../../../src/schemas/actor';
import { ARTICLE_KINDS, AUTHOR_KINDS } from '../../../src/schemas/article';
import { EVENT_KINDS } from '../../../src/schemas/event';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../../../src/schemas/index';
import { collectionKinds, kindsBlock, withKindsBlock } from '../../../src/schemas/kinds-doc';
import { ORGANIZATION_KINDS } from '../../../src/schemas/organization';
import { PLACE_KINDS } from '../../../src/schemas/place';
import { TREATY_KINDS } from '../../../src/schemas/treaty';

const README = join(import.meta.dirname, '..', '..', '..', 'content', 'README.md');

describe('the `kind` values in content/README.md', () => {
	it('are current: the generated block equals what the schemas give (run `npm run docs:content` if not)', () => {
		const readme = readFileSync(README, 'utf8');
		expect(withKindsBlock(readme), 'content/README.md is out of date with src/schemas/: run `npm run docs:content`').toBe(readme);
	});

	it('are read from every collection schema, defaults included', () => {
		const found = Object.fromEntries(collectionKinds().map((c) => [c.collection, c]));
		// Every collection but the prose of the relationship (dimensions, overview), which has no kinds.
		expect(Object.keys(found).sort()).toEqual(COLLECTION_NAMES.filter((c) => c !== 'dimensions' && c !== 'overview').sort());
		expect(found.articles).toEqual({ collection: 'articles', kinds: [...ARTICLE_KINDS], fallback: 'web-article' });
		expect(found.actors!.kinds).toEqual([...ACTOR_KINDS]);
		expect(found.treaties!.kinds).toEqual([...TREATY_KINDS]);
		expect(found.organizations!.kinds).toEqual([...ORGANIZATION_KINDS]);
		expect(found.places!.kinds).toEqual([...PLACE_KINDS]);
		expect(found.events!.kinds).toEqual([...EVENT_KINDS]);
		expect(kindsBlock()).toContain(AUTHOR_KINDS.map((k) => `\`${k}\``).join(', '));
	});

	it('go stale when a schema gains a kind, so the test above fails', () => {
		const readme = readFileSync(README, 'utf8');
		const grown = { ...COLLECTION_SCHEMAS, actors: z.object({ kind: z.enum([...ACTOR_KINDS, 'dynasty']) }) };
		const stale = withKindsBlock(readme, kindsBlock(collectionKinds(grown)));
		expect(stale).not.toBe(readme);
		expect(stale).toContain('`person`, `state`, `group`, `dynasty`');
	});

	it('need both markers in the README', () => {
		expect(() => withKindsBlock('# Content\n')).toThrow(/no "<!-- kinds:start -->" … "<!-- kinds:end -->" block/);
	});
});
