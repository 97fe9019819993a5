import { normalizeName } from '../utils/names';
import { nameFilterOf, promoteExactName, queryNameFilters } from './best-bets';
import { ENTITY_FILTER } from './paragraph-records';
import { closeSpellings, findNameSpans, NAMES_SEPARATOR, saysNothing, searchableNames, withoutLoneLetters, nameVocabulary, queryWords, withoutStopWords } from './query';

/**
 * The search client: what a query means, over Pagefind's JS API (pagefind.js). Runs in the
 * browser; given any object with Pagefind's `search` and `filters`, so the same code is what
 * the tests evaluate.
 *
 * 1. Names. A query that is (or contains) a name, alias, transliteration, Cyrillic spelling or
 *    acronym of an entity finds that entity's page first, then the paragraphs that name the
 *    entity by any of its names (paragraph records carry the ids they link to, ENTITY_FILTER).
 * 2. Strict. Otherwise Pagefind's own match: every word must occur.
 * 3. Relaxed, step by step, only when nothing matched: stop words out; then words no page has
 *    are respelt to the closest word of an entity name ("Vostochni" → "vostochny"); then the
 *    words that match fewest pages are dropped one at a time. The answer says what was done.
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
	/** The words the shown results were found by. */
	used: string[];
	/** Words left out, and words respelt (typed → used). */
	dropped: string[];
	respelt: Array<[string, string]>;
	/** Set when the results each have all but one of the words. */
	partial?: boolean;
}

export interface Answer {
	results: PagefindResult[];
	/** Set when no page had every word and a looser match is shown. */
	relaxed?: Relaxation;
}

/**
 * The names a query's words may be part of (normalised), with their words for close spellings:
 * those in the name filters of the words' initials (src/search/best-bets.ts says why they are
 * split). Each filter is read once per Pagefind instance, from the counts a filter-only search
 * returns, which loads that filter alone: Pagefind's `filters()` would fetch every filter, the facets' too.
 */
const nameFilters = new WeakMap<Pagefind, Map<string, Promise<string[]>>>();
function namesUnder(pagefind: Pagefind, filter: string): Promise<string[]> {
	let loaded = nameFilters.get(pagefind);
	if (!loaded) nameFilters.set(pagefind, (loaded = new Map()));
	let names = loaded.get(filter);
	if (!names) {
		// No page is named "": no results to rank, only the filter's values and counts.
		names = pagefind.search(null, { filters: { [filter]: [''] } }).then((r) => Object.keys(r?.totalFilters?.[filter] ?? {}));
		names.catch(() => loaded.delete(filter));
		loaded.set(filter, names);
	}
	return names;
}
async function nameTable(pagefind: Pagefind, words: string[]) {
	const filters = queryNameFilters(words);
	const names = new Set((await Promise.all(filters.map((f) => namesUnder(pagefind, f)))).flat());
	// Close spellings keep the first letter ("Vocstochny" → "vostochny"): the words of these names that start as the query's do.
	const starts = new Set(filters.map((f) => Array.from(f).at(-1)!));
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

/** The entities a normalised name belongs to (their ids and all their names, from the entity page's meta). */
interface Named {
	id: string;
	names: string[];
}
const entitiesByName = new Map<string, Promise<Named[]>>();
function entitiesNamed(pagefind: Pagefind, name: string): Promise<Named[]> {
	let found = entitiesByName.get(name);
	if (!found) {
		found = search(pagefind, null, { [nameFilterOf(name)]: name })
			.then((results) => Promise.all(results.map((p) => p.data())))
			.then((pages) => pages.filter((p) => p.meta.entity).map((p) => ({ id: p.meta.entity!, names: (p.meta.names ?? '').split(NAMES_SEPARATOR).filter(Boolean) })));
		entitiesByName.set(name, found);
	}
	return found;
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

const run = (pagefind: Pagefind, words: string[] | null, filters: Filters) => search(pagefind, words && words.length ? words.join(' ') : null, filters);

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

export async function answer(pagefind: Pagefind, query: string, filters: Filters = {}): Promise<Answer> {
	let words = withoutLoneLetters(queryWords(query));
	if (words.length === 0) return { results: Object.keys(filters).length ? await run(pagefind, null, filters) : [] };
	const { names, vocabulary } = await nameTable(pagefind, words);
	// Grammar words ("did", "the", "of") only narrow a question without saying what it is about.
	let content = [...new Set(withoutStopWords(words).map((w) => w.toLocaleLowerCase('en')))];

	// A word no page has is passed over by Pagefind, and a misspelt one matches loosely. Either is
	// respelt to the closest word of a name when that word is found more often ("Nazarbaiev" →
	// "nazarbayev"), or else, if nothing has it, left out; the answer says which.
	const count = async (w: string) => (await run(pagefind, [w], {})).length;
	const counts = new Map(await Promise.all(content.map(async (w) => [w, await count(w)] as const)));
	const fixes: Relaxation = { used: content, dropped: [], respelt: [] };
	const unknown: string[] = [];
	content = (
		await Promise.all(
			content.map(async (w) => {
				// Of the close name words, the one most pages have ("nazarbayev" rather than the rarer "nazarbaev").
				const candidates = vocabulary.has(w) ? [] : closeSpellings(w, vocabulary).slice(0, 5);
				const withCounts = await Promise.all(candidates.map(async (c) => ({ c, n: await count(c) })));
				const near = withCounts.sort((a, b) => b.n - a.n)[0];
				if (near && near.n > counts.get(w)!) {
					fixes.respelt.push([w, near.c]);
					unknown.push(w);
					return [near.c];
				}
				if (counts.get(w)) return [w];
				fixes.dropped.push(w);
				unknown.push(w);
				return [];
			}),
		)
	).flat();
	fixes.used = content;
	if (!content.length) return { results: [], relaxed: fixes };
	const told = unknown.length ? { relaxed: fixes } : {};
	const fixed = new Map(fixes.respelt);
	words = words.flatMap((w) => (fixes.dropped.includes(w.toLocaleLowerCase('en')) ? [] : [fixed.get(w.toLocaleLowerCase('en')) ?? w]));

	// 1. Names: the entity pages and the paragraphs naming the entities the query names.
	const spans = findNameSpans(words, names);
	let named: PagefindResult[] = [];
	let page: PagefindResult[] = [];
	/** The paragraphs that name the entities of the query (linked to them in the article). */
	let naming = new Set<string>();
	if (spans.length) {
		const entities = (await Promise.all(spans.map((s) => entitiesNamed(pagefind, s.name)))).flat();
		const ids = entities.map((e) => e.id);
		const rest = words.filter((_, i) => !spans.some((s) => i >= s.start && i < s.start + s.length));
		const asked = rest.filter((w) => !saysNothing(w));
		// A list of values is a filter on all of them: the paragraphs that name every entity asked about.
		if (ids.length) named = await run(pagefind, asked, { ...filters, [ENTITY_FILTER]: ids });
		// None has the other words too ("withdrawal" where the text says "withdrew"): those that name them all.
		if (!named.length && ids.length > 1 && asked.length) named = await run(pagefind, null, { ...filters, [ENTITY_FILTER]: ids });
		if (!named.length && ids.length > 1) {
			// None names them all: those that name the most of them first, then by score.
			const each = await Promise.all(ids.map((id) => run(pagefind, asked, { ...filters, [ENTITY_FILTER]: [id] })));
			const hits = new Map<string, { result: PagefindResult; n: number }>();
			for (const r of each.flat()) {
				const hit = hits.get(r.id);
				if (hit) hit.n += 1;
				else hits.set(r.id, { result: r, n: 1 });
			}
			named = [...hits.values()].sort((a, b) => b.n - a.n || b.result.score - a.result.score).map((h) => h.result);
		}
		naming = new Set(named.map((r) => r.id));
		if (spans.length === 1 && spans[0]!.length === words.length) {
			// The query is nothing but a name: the entity page leads, then every page that uses any of its
			// names ("Назарбаев" finds what "Nazarbayev", "Nazarbaev" and "Elbasy" find).
			page = await search(pagefind, null, { ...filters, [nameFilterOf(spans[0]!.name)]: spans[0]!.name });
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
	const strict = await run(pagefind, content, filters);
	const near = content.length >= 3 && content.length <= 12 ? await Promise.all(content.map((_, i) => run(pagefind, content.filter((_, j) => j !== i), filters))) : [];
	// Only a query that is a name can promote a page by name (one lookup less per keystroke otherwise).
	const merged = byScore(strict, ...near);
	const ranked = names.has(normalizeName(query)) ? await promoteExactName(merged, query, async (t, o) => ({ results: await search(pagefind, t, o?.filters ?? {}) })) : merged;
	// A query that names entities and asks something about them ("treaty signed in Yekaterinburg") is
	// answered first by the paragraphs that name them and have its other words.
	const asksAbout = spans.length > 0 && page.length === 0;
	// A query that is only a name: its page, then the paragraphs naming the entity (best matches first),
	// then everything else.
	const found = asksAbout
		? merge(named, ranked)
		: page.length
			? merge(page, ranked.filter((r) => naming.has(r.id)), named.filter((r) => naming.has(r.id)), ranked, named)
			: merge(page, ranked, named);
	if (found.length) {
		if (strict.length || page.length || named.length) return { results: found, ...told };
		return { results: found, relaxed: { ...fixes, partial: true } };
	}

	// 3. Relax step by step: drop the words that match fewest pages, one at a time.
	const relaxation: Relaxation = { ...fixes, dropped: [...fixes.dropped] };
	let current = content;
	const attempt = async () => {
		relaxation.used = current;
		return run(pagefind, current, filters);
	};
	for (const w of current) if (!counts.has(w)) counts.set(w, (await run(pagefind, [w], filters)).length);
	let results: PagefindResult[] = [];
	while (current.length > 1) {
		const least = current.reduce((a, b) => ((counts.get(b) ?? 0) < (counts.get(a) ?? 0) ? b : a));
		current = current.filter((w) => w !== least);
		relaxation.dropped.push(least);
		results = await attempt();
		if (results.length) return { results, relaxed: relaxation };
	}
	return { results: [], relaxed: relaxation };
}
