import { normalizeName } from '../utils/names';
import { nameFilterOf, nameInitials, promoteExactName, queryInitials } from './best-bets';
import { nameTableFile, type NameTable } from './name-tables';
import { ENTITY_FILTER } from './paragraph-records';
import type { Related, TableFetch } from './partial';
import { baseForms, vocabularyFile } from './word-lookup';
import { findNameSpans, saysNothing, searchableNames, withoutLoneLetters, nameVocabulary, queryWords, withoutStopWords } from './query';
export type { TableFetch } from './partial';

/**
 * The search client: what a query means, over Pagefind's JS API (pagefind.js). Runs in the
 * browser; given any object with Pagefind's `search` and `filters`, so the same code is what
 * the tests evaluate.
 *
 * 1. Names. A query that is (or contains) a name, alias, transliteration, Cyrillic spelling or
 *    acronym of an entity finds that entity's page first, then the paragraphs that name the
 *    entity by any of its names (paragraph records carry the ids they link to, ENTITY_FILTER).
 * 2. Strict. Otherwise Pagefind's own match: every word must occur (pages with all but one of
 *    three or more words ranked in).
 * 3. Partial, when no page has every word: pages ranked by the words they match, rare words
 *    counting most, related words (WordNet) below exact ones (src/search/partial.ts, loaded only then).
 * A word the index lacks is respelt to a close word of the index with its first letter
 * ("Vostochni" → "vostochny"); a word of the index never is. The answer says what was done.
 */

export type Filters = Record<string, string[]>;
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
export interface Pagefind {
	search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>>; totalFilters?: Record<string, Record<string, number>> } | null>;
}

export interface Relaxation {
	/** The words (and related words) the shown results matched: what links highlight. */
	used: string[];
	/** Words of the question that matched nothing, or that the best result lacks. */
	dropped: string[];
	/** Words the index lacks, read as a close word of the index (typed → used). */
	respelt: Array<[string, string]>;
	/** Related words that matched for a question word (typed → related). */
	also?: Array<[string, string]>;
	/** Set when no page has every word and the results are ranked by how much of the question they match. */
	partial?: boolean;
}

export interface Answer {
	results: PagefindResult[];
	/** The names of the entities the query named, highlighted in excerpts (a paragraph may name one under another name). */
	names?: string[];
	/** What the results are when they are not every word's: said above them (src/search/partial.ts `describe`). */
	notice?: string;
	/** Set when no page had every word and a looser match is shown. */
	relaxed?: Relaxation;
}

/** The name tables (src/search/name-tables.ts) by initial, read once per file and fetcher. */
const nameTables = new WeakMap<TableFetch, Map<string, Promise<NameTable>>>();
function readNameTable(fetchTable: TableFetch, initial: string): Promise<NameTable> {
	let files = nameTables.get(fetchTable);
	if (!files) nameTables.set(fetchTable, (files = new Map()));
	let table = files.get(initial);
	if (!table) {
		// No file: no name is filed under that initial.
		table = fetchTable(nameTableFile(initial)).then((t) => ({ names: {}, entities: {}, ...(t as Partial<NameTable>) }));
		table.catch(() => files.delete(initial));
		files.set(initial, table);
	}
	return table;
}

/**
 * The names a query's words may be part of (normalised), with their words for close spellings:
 * those filed under the initials of the query's words (src/search/best-bets.ts says why they are split).
 */
async function nameTable(fetchTable: TableFetch, words: string[]) {
	const initials = queryInitials(words);
	const names = new Set((await Promise.all(initials.map((i) => readNameTable(fetchTable, i)))).flatMap((t) => Object.keys(t.names)));
	// Close spellings keep the first letter ("Vocstochny" → "vostochny"): the words of these names that start as the query's do.
	const starts = new Set(initials);
	return { names, vocabulary: new Set([...nameVocabulary(names)].filter((w) => starts.has(Array.from(w)[0]!))) };
}

/**
 * The values and counts of the named filters (the facets a reader narrows by), each read by a
 * filter-only search that loads that filter alone. Pagefind's `filters()` would load every filter file,
 * the dozens of name filters among them.
 */
export async function filterCounts(pagefind: Pagefind, filters: readonly string[]): Promise<Record<string, Record<string, number>>> {
	// Every page that has no value "" (all of them): the counts of the matches are the whole index's.
	const counts = await Promise.all(filters.map(async (f) => [f, (await pagefind.search(null, { filters: { [f]: { none: [''] } } }))?.filters?.[f] ?? {}] as const));
	return Object.fromEntries(counts);
}

/** The entities a normalised name belongs to: their ids and search names (src/search/name-tables.ts), from the table of the name's initial. */
async function entitiesNamed(fetchTable: TableFetch, name: string): Promise<Array<{ id: string; names: string[] }>> {
	const table = await readNameTable(fetchTable, nameInitials(name)[0] ?? '');
	return (table.names[name] ?? []).map((id) => ({ id, names: table.entities[id] ?? [] }));
}

/**
 * Pagefind's answers, kept per instance for the page's life. A reader typing a question asks
 * the same things again at every keystroke (how many pages have each word typed so far, the
 * filter-only name lookups); each search costs milliseconds of WebAssembly and filter counting,
 * and the index never changes under a loaded page. Bounded, oldest first out.
 */
const answers = new WeakMap<Pagefind, Map<string, Promise<PagefindResult[]>>>();
const REMEMBERED = 500;
function search(pagefind: Pagefind, term: string | null, filters: Record<string, unknown>): Promise<PagefindResult[]> {
	let cache = answers.get(pagefind);
	if (!cache) answers.set(pagefind, (cache = new Map()));
	const key = JSON.stringify([term, filters]);
	let found = cache.get(key);
	if (!found) {
		found = pagefind.search(term, { filters }).then((r) => r?.results ?? []);
		// A failed search (a chunk that did not load) is not remembered.
		found.catch(() => cache.delete(key));
		if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
		cache.set(key, found);
	}
	return found;
}

const run = (pagefind: Pagefind, words: string[] | null, filters: Record<string, unknown>) => search(pagefind, words && words.length ? words.join(' ') : null, filters);

function merge(...lists: PagefindResult[][]): PagefindResult[] {
	const seen = new Set<string>();
	return lists.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Results of several searches as one list: each page once, at its best score, best first. */
function byScore(...lists: PagefindResult[][]): PagefindResult[] {
	const best = new Map<string, PagefindResult>();
	for (const r of lists.flat()) if ((best.get(r.id)?.score ?? -Infinity) < r.score) best.set(r.id, r);
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The code for queries whose words do not all match, loaded the first time one does not. */
let partialCode: Promise<typeof import('./partial')> | undefined;
const loadPartial = () => (partialCode ??= import('./partial'));

/** The index's words by initial (src/search/word-lookup.ts), once per file and fetcher. */
const vocabularies = new WeakMap<TableFetch, Map<string, Promise<string[]>>>();
/**
 * Whether the index has a word, or words it begins ("kazakhs") or that begin it ("treaties": "treaty"):
 * "yes", "no", or "unsure" for words the list does not rule on (short words, words with digits) or
 * when it could not be read; only then must a search tell. Read from the index's own word list:
 * Pagefind matches some words it lacks loosely ("negotiations", "napoleon" find the "N." of an
 * initial), so its results cannot tell.
 */
export async function indexKnows(fetchTable: TableFetch, word: string): Promise<'yes' | 'no' | 'unsure'> {
	const initial = Array.from(word)[0]!;
	let files = vocabularies.get(fetchTable);
	if (!files) vocabularies.set(fetchTable, (files = new Map()));
	let list = files.get(initial);
	if (!list) files.set(initial, (list = fetchTable(vocabularyFile(initial)).then((l) => (Array.isArray(l) ? l : []), () => [])));
	const words = await list;
	if (word.length < 4 || /\d/.test(word) || !words.length) return 'unsure';
	return words.some((w) => w.startsWith(word)) || baseForms(word).some((f) => words.includes(f)) ? 'yes' : 'no';
}

/** The entity names each query being answered named (read back by answer). */
const namesFound = new Map<string, string[]>();

/**
 * Told, before the answer is ranked, a result the answer will begin with whatever the rest's order,
 * when that is known early: the entity page of a query that is nothing but a name, or the best
 * paragraph naming the entities a question asks about and having its other words. `names` are
 * the answer's `names`. Not told when the answer will carry a notice.
 */
export type LeadListener = (lead: Answer & { results: [PagefindResult] }) => void;

/**
 * What a query finds. `pagefind` may still be loading: the name tables and the index's word
 * lists are plain files, read while it starts. `onLead` is told the answer's first result early
 * when that is known (LeadListener).
 */
export async function answer(pagefind: Pagefind | Promise<Pagefind>, query: string, filters: Filters = {}, fetchTable: TableFetch = async () => ({}), onLead?: LeadListener): Promise<Answer> {
	const found = await find(pagefind, query, filters, fetchTable, onLead);
	found.names = namesFound.get(query);
	namesFound.delete(query);
	if (found.relaxed) found.notice = (await loadPartial()).describe(found.relaxed, found.results.length, query.trim());
	return found;
}

async function find(loading: Pagefind | Promise<Pagefind>, query: string, filters: Filters, fetchTable: TableFetch, onLead?: LeadListener): Promise<Answer> {
	let words = withoutLoneLetters(queryWords(query));
	if (words.length === 0) return { results: Object.keys(filters).length ? await run(await loading, null, filters) : [] };
	// The names and the index's words are fetched at once, not one after another, while Pagefind
	// starts. Each word's own pages are searched only when needed (a word the word list does not
	// rule on, a partial match): on a first search every search costs its share of the index's first decoding.
	const table = nameTable(fetchTable, words);
	const early = withoutStopWords(words).map((w) => w.toLocaleLowerCase('en'));
	for (const w of early) void indexKnows(fetchTable, w);
	const pagefind = await loading;
	// Every word at once, as the strict match below asks it: most questions are answered by it, and
	// its part of the index loads while the names are read (the same search, remembered).
	if (early.length) void run(pagefind, [...new Set(early)], filters).catch(() => {});
	const { names, vocabulary } = await table;
	// Grammar words ("did", "the", "of") only narrow a question without saying what it is about.
	let content = [...new Set(early)];

	// A word the index lacks: a dictionary word with related words in our text is matched by those
	// (below); any other is respelt to a close word of the index, or else left out. A word the index
	// has is never respelt ("comment" is not "common", a new "Kasym" not the older "Kassym").
	const count = async (w: string) => (await run(pagefind, [w], {})).length;
	const lacks = async (w: string) => {
		if (vocabulary.has(normalizeName(w))) return false;
		const known = await indexKnows(fetchTable, w);
		return known === 'unsure' ? !(await count(w)) : known === 'no';
	};
	const missing = (await Promise.all(content.map(async (w) => ((await lacks(w)) ? [w] : [])))).flat();
	const { fixes, relatedOf } = missing.length ? await (await loadPartial()).readMissing(fetchTable, missing, vocabulary, count) : { fixes: { used: [], dropped: [], respelt: [], also: [] } as Relaxation, relatedOf: new Map<string, Related>() };
	const fixed = new Map(fixes.respelt);
	const lower = (w: string) => w.toLocaleLowerCase('en');
	content = [...new Set(content.flatMap((w) => (fixed.has(w) ? [fixed.get(w)!] : missing.includes(w) ? [] : [w])))];
	words = words.flatMap((w) => (fixed.has(lower(w)) ? [fixed.get(lower(w))!] : missing.includes(lower(w)) ? [] : [w]));
	fixes.used = content;
	if (!content.length && !relatedOf.size) return { results: [], relaxed: fixes };
	const told = fixes.respelt.length || fixes.dropped.length ? { relaxed: fixes } : {};

	// 1. Names: the entity pages and the paragraphs naming the entities the query names.
	const spans = relatedOf.size ? [] : findNameSpans(words, names);
	let named: PagefindResult[] = [];
	let page: PagefindResult[] = [];
	let namedPartly: Relaxation | undefined;
	/** The paragraphs that name the entities of the query (linked to them in the article). */
	let naming = new Set<string>();
	if (spans.length) {
		const entities = (await Promise.all(spans.map((s) => entitiesNamed(fetchTable, s.name)))).flat();
		namesFound.set(query, entities.flatMap((e) => e.names));
		// A result that leads the answer whatever the rest's order, told as soon as it is known (not
		// with a notice to come, which would be drawn above it).
		const lead = (first?: PagefindResult) => {
			if (first && onLead && !('relaxed' in told)) onLead({ results: [first], names: namesFound.get(query) ?? [] });
		};
		const ids = entities.map((e) => e.id);
		const rest = words.filter((_, i) => !spans.some((s) => i >= s.start && i < s.start + s.length));
		const asked = [...new Set(rest.filter((w) => !saysNothing(w)).map(lower))];
		const whole = spans.length === 1 && spans[0]!.length === words.length;
		// Asked for now, beside the searches below, not after them: the entity page of a query that is
		// nothing but a name, and the ranking code that names alone, or several, may need.
		const entityPage = whole ? search(pagefind, null, { ...filters, [nameFilterOf(spans[0]!.name)]: spans[0]!.name }) : undefined;
		// Its first page leads the answer (below, `merge(page, …)`), so it can be drawn while the rest
		// is searched and ranked: a name's other searches wait on further parts of the index.
		void entityPage?.then((p) => lead(p[0]), () => {});
		if (ids.length && (!asked.length || ids.length > 1)) void loadPartial();
		// A list of values is a filter on all of them: the paragraphs that name every entity asked about and have the other words.
		if (ids.length && asked.length) named = await run(pagefind, asked, { ...filters, [ENTITY_FILTER]: ids });
		// Their best leads the answer to a question about named entities (below, `merge(named, ranked)`):
		// drawn while every word's and the near matches' searches run.
		if (asked.length) lead(named[0]);
		// Nothing but names, or none naming them all has the other words: the paragraphs naming them,
		// ranked (never in document order).
		if (!named.length && ids.length && (!asked.length || ids.length > 1)) {
			// None has them all: ranked by the other words they have and the entities they name (src/search/partial.ts).
			const ranked = (await loadPartial()).rankNamed((w, f) => run(pagefind, w, f), entities, asked, filters);
			named = (await ranked).results;
			const top = (await ranked).matched.get(named[0]?.id ?? '');
			const lacking = asked.filter((w) => !top?.has(w));
			if (lacking.length) namedPartly = { ...fixes, used: asked.filter((w) => top?.has(w)), dropped: [...fixes.dropped, ...lacking], partial: true };
		}
		naming = new Set(named.map((r) => r.id));
		if (entityPage) {
			// The query is nothing but a name: the entity page leads, then every page that uses any of its
			// names ("Назарбаев" finds what "Nazarbayev", "Nazarbaev" and "Elbasy" find).
			page = await entityPage;
			// Only for a name other than the canonical one (which already finds its own mentions), and only
			// Latin-script names: each name searched may fetch another part of the index.
			const typed = spans[0]!.name;
			const canonical = entities.every((e) => normalizeName(e.names[0] ?? '') === typed);
			const other = canonical ? [] : searchableNames(entities.flatMap((e) => e.names)).filter((n) => n !== typed && /[a-z]/.test(n));
			named = merge(byScore(...(await Promise.all(other.map((n) => run(pagefind, queryWords(n), filters))))), named);
		}
	}

	// 2. Every word, with pages that miss just one of three or more words ranked in by score: a long
	// page that has every word somewhere should not bury the paragraph that has nearly all of them together.
	const strict = relatedOf.size ? [] : await run(pagefind, content, filters);
	const near = strict.length && content.length >= 3 && content.length <= 12 ? await Promise.all(content.map((_, i) => run(pagefind, content.filter((_, j) => j !== i), filters))) : [];
	// Only a query that is a name can promote a page by name (one lookup less per keystroke otherwise).
	const merged = byScore(strict, ...near);
	const ranked = names.has(normalizeName(query)) ? await promoteExactName(merged, query, async (t, o) => ({ results: await search(pagefind, t, o?.filters ?? {}) })) : merged;
	// A query that names entities and asks something about them ("treaty signed in Yekaterinburg") is
	// answered first by the paragraphs that name them and have its other words.
	const asksAbout = spans.length > 0 && page.length === 0;
	// A page with every word comes before one the names found that lacks some; of those, the paragraphs naming them first.
	const found = asksAbout
		? namedPartly
			? merge(ranked.filter((r) => naming.has(r.id)), ranked, named)
			: merge(named, ranked)
		: page.length
			? merge(page, ranked.filter((r) => naming.has(r.id)), named.filter((r) => naming.has(r.id)), ranked, named)
			: merge(page, ranked, named);
	if (found.length && (strict.length || page.length || !namedPartly)) return { results: found, ...told };
	if (found.length && namedPartly) return { results: found, relaxed: namedPartly };

	// 3. No page has every word: pages ranked by the words they match (src/search/partial.ts).
	return (await loadPartial()).rankQuestion((w, f) => run(pagefind, w, f), content, relatedOf, fixes, fetchTable, filters);
}
