import { normalizeName } from '../utils/names';
import { nameInitials } from './best-bets';
import { searchableNames } from './query';
import { WORDS_DIR } from './word-lookup';

/**
 * The entities' names for the search client, one small JSON file per initial, read with a plain
 * fetch while Pagefind is still starting. Before a search can read a query it has to know the
 * names in it ("Kazakhstan Russia border": two names and a word?), and a query naming an entity
 * needs that entity's id (to find the paragraphs linked to it) and all its names (to highlight
 * them). Read from Pagefind's name filters and the entity pages' own data, that took a search
 * per initial and a fragment per entity, each waiting for Pagefind to be ready, on the way to
 * every first result; from these tables it takes one fetch per initial, at once.
 *
 * A name is filed under the initial of each of its words other than grammar words (the same
 * rule as the name filters, src/search/best-bets.ts), so a query loads only its own words'
 * initials and still finds a name by any of its words for close spellings.
 */
export interface NameTable {
	/** Normalised name → the ids of the entities that have it. */
	names: Record<string, string[]>;
	/**
	 * Id → the entity's names as the search uses them, for the entities named in this file: normalised,
	 * canonical first, then the fewest Latin-script names that cover the rest's words (the names searched
	 * for its mentions and highlighted in excerpts, src/search/query.ts `searchableNames`).
	 */
	entities: Record<string, string[]>;
}

/** The table of one initial, under the Pagefind bundle (a path; fetched with its characters URL-encoded). */
export const nameTableFile = (initial: string) => `${WORDS_DIR}/names-${initial}.json`;

/** The tables by initial for a set of entities (each with its id and names, canonical first). */
export function buildNameTables(entities: ReadonlyArray<{ id: string; names: readonly string[] }>): Map<string, NameTable> {
	const tables = new Map<string, NameTable>();
	for (const { id, names } of [...entities].sort((a, b) => a.id.localeCompare(b.id))) {
		for (const name of new Set(names.map(normalizeName).filter(Boolean))) {
			for (const initial of nameInitials(name)) {
				let table = tables.get(initial);
				if (!table) tables.set(initial, (table = { names: {}, entities: {} }));
				const ids = (table.names[name] ??= []);
				if (!ids.includes(id)) ids.push(id);
				table.entities[id] = searchNames(names);
			}
		}
	}
	return tables;
}

/** An entity's names as a name table keeps them (see `NameTable.entities`). */
function searchNames(names: readonly string[]): string[] {
	const canonical = normalizeName(names[0] ?? '');
	return [...new Set([canonical, ...searchableNames(names.filter((n) => /[a-z]/i.test(n)))])].filter(Boolean);
}
