import type { Parent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isEntityCollection } from '../../../src/schemas';
import { AliasMatcher } from '../../../src/knowledge/alias-matcher';
import { uncoveredReferences } from '../../../src/knowledge/coverage';
import { validateContent } from '../../../src/knowledge/integrity';
import { entityNameEntries } from '../../../src/knowledge/names';
import { linkMentions } from '../../../src/markdown/remark-entity-links';
import { parseArticleMarkdown } from '../../../src/utils/markdown-tree';

// The real content: every reference in an entity's prose to a state, alliance or union that its
// infobox (members, parties, memberships) or relations leave out must be explained in the
// entity's `unrelatedMentions`, and every explanation must still match a reference.
const { entries, errors } = validateContent(process.cwd());
const entities = entries.filter((e) => isEntityCollection(e.collection));
const matcher = new AliasMatcher(entityNameEntries(entities));
const urls = new Map(entities.map((e) => [e.id, `/${e.id}/`]));

/** The entities each page's prose links, found exactly as the build's plugin finds them. */
const proseRefs = new Map(
	entities.map((e) => {
		const linked = new Set([e.id]);
		linkMentions(parseArticleMarkdown(e.body) as Parent, matcher, urls, linked);
		linked.delete(e.id);
		return [e.id, linked];
	}),
);

describe('infoboxes true to the text', () => {
	it('loads the content without errors', () => {
		expect(errors).toEqual([]);
	});

	it('every member, party or membership the prose names is a fact or an explained exception', () => {
		const missing = uncoveredReferences(entities, proseRefs).map(({ entity, ref }) => `${entities.find((e) => e.id === entity)!.file}: names "${ref}"`);
		expect(missing, 'add the fact (with its citation) or an unrelatedMentions entry { ref, reason }').toEqual([]);
	});

	it('every explanation names an entity the prose really mentions', () => {
		const stale = entities.flatMap((e) =>
			((e.data.unrelatedMentions ?? []) as Array<{ ref: string }>).filter((m) => !proseRefs.get(e.id)!.has(m.ref)).map((m) => `${e.file}: ${m.ref}`),
		);
		expect(stale).toEqual([]);
	});
});

describe('the coverage check itself', () => {
	const state = (id: string) => ({ id, collection: 'actors', data: { kind: 'state' } });
	const body = (id: string, data: Record<string, unknown>) => ({ id, collection: 'organizations', data: { kind: 'intergovernmental', ...data } });

	it('reports a state named by an alliance that neither lists nor explains it, and nothing else', () => {
		const all = [state('a'), state('b'), state('c'), state('d'), body('u', { members: [{ ref: 'a' }], unrelatedMentions: [{ ref: 'c', reason: 'a rival, not a member' }] }), { id: 'p', collection: 'places', data: { kind: 'city' } }];
		const refs = new Map([['u', new Set(['a', 'b', 'c', 'p'])]]);
		expect(uncoveredReferences(all, refs)).toEqual([{ entity: 'u', ref: 'b' }]);
	});

	it('counts a membership stated on the other side: a state naming an alliance that lists it', () => {
		const all = [state('a'), body('u', { members: [{ ref: 'a' }] }), body('v', {})];
		expect(uncoveredReferences(all, new Map([['a', new Set(['u', 'v'])]]))).toEqual([{ entity: 'a', ref: 'v' }]);
	});
});
