import { describe, expect, it } from 'vitest';
import { buildNameTables, nameTableFile } from '../../../src/search/name-tables';

const tables = buildNameTables([
	{ id: 'csto', names: ['Collective Security Treaty Organization', 'CSTO', 'ОДКБ'] },
	{ id: 'nazarbayev', names: ['Nursultan Nazarbayev', 'Nazarbayev', 'Nazarbaev', 'Назарбаев'] },
	{ id: 'the-astana-times', names: ['The Astana Times'] },
]);

describe('buildNameTables', () => {
	it('files a name under the initial of each of its words but grammar words, so any of its words finds it', () => {
		for (const initial of ['c', 's', 't', 'o']) expect(tables.get(initial)?.names['collective security treaty organization']).toEqual(['csto']);
		expect(tables.get('a')?.names['the astana times']).toEqual(['the-astana-times']);
		expect(tables.get('t')?.names['the astana times']).toEqual(['the-astana-times']);
		// Grammar words are passed over: no file for "of", "the".
		expect([...tables.keys()].sort()).toEqual(['a', 'c', 'n', 'o', 's', 't', 'н', 'о']);
	});

	it('keeps names normalised, Cyrillic ones under their own initial', () => {
		expect(tables.get('н')?.names['назарбаев']).toEqual(['nazarbayev']);
		expect(tables.get('о')?.names['одкб']).toEqual(['csto']);
		expect(nameTableFile('н')).toBe('kb-words/names-н.json');
	});

	it("lists each named entity's names as the search uses them: canonical first, then the fewest Latin names that cover the rest", () => {
		expect(tables.get('n')?.entities.nazarbayev).toEqual(['nursultan nazarbayev', 'nazarbayev', 'nazarbaev']);
		expect(tables.get('н')?.entities.nazarbayev).toEqual(['nursultan nazarbayev', 'nazarbayev', 'nazarbaev']);
		expect(tables.get('c')?.entities.csto).toEqual(['collective security treaty organization', 'csto']);
	});

	it('lists an entity once per name even when two entities share it', () => {
		const shared = buildNameTables([
			{ id: 'a', names: ['Union'] },
			{ id: 'b', names: ['Union', 'Union'] },
		]);
		expect(shared.get('u')?.names.union).toEqual(['a', 'b']);
	});
});
