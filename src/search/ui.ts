import { pagefindOptions } from './pagefind-options';
import { answer, filterCounts, type Answer, type Filters, type LeadListener, type Pagefind } from './engine';
import { groupResults, loadData, type ResultEntry } from './results';
import { queryWords } from './query';
import { MAX_QUERY, resolveFilters, writeSearchState, type SearchState } from './state';

/**
 * <search-box>: the site's own small search renderer over Pagefind's JS API (pagefind.js), the
 * same on the search page and in the header dialog. Pagefind's Component UI would cost 47 KB
 * gzip before the first result; this is a few KB. It keeps what that UI gave readers:
 * the input is a combobox whose list is the results (arrow keys move through results and their
 * paragraphs, Enter opens one), a live region says how many results there are and when a
 * looser match is shown, and filters are native selects with counts.
 *
 * Events: `search-state` (detail: SearchState) after every search a reader starts, so the page
 * can keep its URL in step; call `show(state)` to run a search from outside (a URL, Back).
 */

/** Results whose data (excerpt, title) is loaded per page of results. */
const PAGE = 8;
/** Results drawn as soon as their data is in, before the rest of the first page's. */
const FIRST = 3;

/** What pagefind.js exports that the box uses. */
interface PagefindModule extends Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
}

/**
 * Resolves once Pagefind has its index's meta and WebAssembly in place. Every Pagefind call
 * made before then waits in a loop that looks again every 50 ms, so a first search called
 * while Pagefind starts loses up to 50 ms after it is ready (25 on average, measured on the
 * way to every first result). A few such waits begun 10 ms apart look every 10 ms between them;
 * `preload('')` is the cheapest call that waits: it returns as soon as Pagefind is ready, loading nothing.
 */
function whenReady(pf: PagefindModule, waits = 5, apart = 10): Promise<void> {
	return new Promise((resolve, reject) => {
		for (let i = 0; i < waits; i++) setTimeout(() => pf.preload('').then(resolve, reject), i * apart);
	});
}

declare global {
	/** Set by the search page's head start (src/search/search-start.ts) when it began loading Pagefind. */
	var kbSearchStart: { bundle: string; pagefind: Promise<PagefindModule> } | undefined;
}

const pagefinds = new Map<string, Promise<Pagefind>>();
/** One Pagefind per bundle, loaded on first use, or taken over from the search page's head start. */
export function loadPagefind(bundle: string): Promise<Pagefind> {
	let loaded = pagefinds.get(bundle);
	if (!loaded) {
		loaded = (async () => {
			const started = globalThis.kbSearchStart?.bundle === bundle ? globalThis.kbSearchStart.pagefind : undefined;
			const pf = (await started) ?? (await start(bundle));
			await whenReady(pf);
			return pf;
		})();
		pagefinds.set(bundle, loaded);
	}
	return loaded;
}

async function start(bundle: string): Promise<PagefindModule> {
	const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
	// The entry file's tag where the page preloads the entry (the search page, src/integrations/pagefind.ts); otherwise Pagefind's own.
	const metaCacheTag = document.querySelector<HTMLLinkElement>('link[data-search-entry]')?.dataset.searchEntry;
	await pf.options({ ...pagefindOptions(bundle), ...(metaCacheTag ? { metaCacheTag } : {}) });
	await pf.init();
	return pf;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>) => {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
	node.append(...children);
	return node;
};
/** Pagefind's excerpts are escaped text with <mark> around matched words; nothing else is kept. */
const excerptNode = (html: string) => {
	const span = el('span', { class: 'search-hit__excerpt' });
	for (const [i, part] of html.split(/<\/?mark>/).entries()) {
		const text = document.createElement('textarea');
		text.innerHTML = part;
		span.append(i % 2 ? el('mark', {}, text.value) : text.value);
	}
	return span;
};

export class SearchBox extends HTMLElement {
	private input!: HTMLInputElement;
	private list!: HTMLOListElement;
	private status!: HTMLElement;
	private notice!: HTMLElement;
	private more!: HTMLButtonElement;
	private selects!: HTMLSelectElement[];
	private allLink?: HTMLAnchorElement | null;
	private seq = 0;
	private current: { answer: Answer; shown: number; terms: string[]; entries: ResultEntry[] } | undefined;
	private filtersReady?: Promise<void>;
	private counts?: Promise<Record<string, Record<string, number>>>;
	private active = -1;
	/** Reads a word table of the bundle (src/search/word-lookup.ts); one function per box, so what it read is remembered. */
	private tables = (file: string) => fetch(`${this.dataset.bundle}${encodeURI(file)}`).then((r) => (r.ok ? r.json() : {}));

	connectedCallback() {
		this.input = this.querySelector('input[name=q]')!;
		this.list = this.querySelector('[role=listbox]')!;
		this.status = this.querySelector('[role=status]')!;
		this.notice = this.querySelector('.search-box__notice')!;
		this.more = this.querySelector('.search-box__more')!;
		this.selects = [...this.querySelectorAll('select')];
		this.allLink = this.querySelector<HTMLAnchorElement>('.search-box__all');
		this.querySelector('form')!.addEventListener('submit', (e) => {
			e.preventDefault();
			this.activate();
		});
		this.input.addEventListener('input', () => this.userSearch());
		for (const s of this.selects) s.addEventListener('change', () => this.userSearch());
		this.input.addEventListener('keydown', (e) => this.key(e));
		this.more.addEventListener('click', () => this.showMore());
		this.input.addEventListener('focus', () => this.pagefind(), { once: true });
		// The filters' values and counts are Pagefind's filter files, which grow with every record: they
		// are fetched when a reader reaches for the filters (or a URL sets one), not for every first search.
		const filters = this.querySelector('.search-box__filters')!;
		for (const type of ['pointerenter', 'focusin', 'touchstart']) filters.addEventListener(type, () => void this.fillFilters(), { once: true, passive: true });
		// Words typed before this code arrived (the dialog opens at once, its code follows) are searched now.
		if (this.input.value.trim() && document.activeElement === this.input) this.userSearch();
	}

	private pagefind() {
		return loadPagefind(this.dataset.bundle!);
	}

	/** The values and counts of this box's filters (its selects), read once. */
	private available() {
		return (this.counts ??= this.pagefind().then((pf) => filterCounts(pf, this.selects.map((s) => s.name))));
	}

	/** Fills the filter selects with the index's values and counts, once. */
	private fillFilters(): Promise<void> {
		return (this.filtersReady ??= this.available().then((available) => {
			for (const select of this.selects) {
				const values = Object.entries(available[select.name] ?? {}).sort(([a], [b]) => a.localeCompare(b));
				const chosen = select.value;
				select.replaceChildren(el('option', { value: '' }, 'Any'), ...values.map(([v, n]) => el('option', { value: v }, `${v} (${n})`)));
				select.value = values.some(([v]) => v === chosen) ? chosen : '';
			}
		}));
	}

	state(): SearchState {
		const filters: Filters = {};
		for (const s of this.selects) if (s.value) filters[s.name] = [s.value];
		return { q: this.input.value, filters };
	}

	/** Runs the search a state describes (from a URL, Back or an opened dialog), without announcing it as the reader's own. */
	async show(state: SearchState) {
		this.input.value = state.q.slice(0, MAX_QUERY);
		if (Object.keys(state.filters).length) {
			await this.fillFilters();
			const resolved = resolveFilters(state.filters, await this.available());
			for (const s of this.selects) s.value = resolved[s.name]?.[0] ?? '';
		} else for (const s of this.selects) s.value = '';
		await this.search();
	}

	private userSearch() {
		void this.search().then((ran) => ran && this.dispatchEvent(new CustomEvent('search-state', { detail: this.state() })));
	}

	/** Searches for the current input and filters; stale answers (the reader kept typing) are dropped. */
	private async search(): Promise<boolean> {
		const seq = ++this.seq;
		const started = performance.now();
		const state = this.state();
		this.updateAllLink(state);
		if (!state.q.trim() && !Object.keys(state.filters).length) {
			this.render(undefined, []);
			this.status.textContent = '';
			return true;
		}
		/**
		 * Set once this search has drawn anything (its lead, its first results): a lead arriving later is
		 * not drawn over them, and what is drawn next keeps the result the reader moved to selected.
		 */
		let shown = false;
		// A result known to lead the answer before the rest is ranked (a name's entity page, a question's
		// best paragraph naming its entities: engine.ts LeadListener) is drawn at once, as the answer will
		// draw it: same words and names marked, so nothing moves when the rest follows. Only into an empty
		// list (a first search): while a reader types, the last results stay until the next are ranked,
		// which takes milliseconds then, rather than giving way to one result.
		const lead: LeadListener = async (early) => {
			if (this.list.childElementCount) return;
			const entries = groupResults(await loadData(early.results), queryWords(state.q), 6, early.names);
			if (seq !== this.seq || shown || this.list.childElementCount) return;
			this.render(undefined, entries);
			shown = true;
		};
		const result = await answer(this.pagefind(), state.q, state.filters, this.tables, lead);
		if (seq !== this.seq) return false;
		const terms = result.relaxed ? result.relaxed.used : queryWords(state.q);
		// The first results' data is asked for alone and drawn as soon as it is in, then the page's rest
		// below them (the list's space is reserved): asked for at once, the rest's fragments would be
		// unpacked on the same thread before the first ones are drawn. "More results" waits for the whole page.
		this.current = undefined;
		for (const n of [FIRST, PAGE]) {
			const entries = groupResults(await loadData(result.results.slice(0, n)), terms, 6, result.names);
			if (seq !== this.seq) return false;
			if (n === PAGE) this.current = { answer: result, shown: Math.min(PAGE, result.results.length), terms, entries };
			this.render(result, entries, shown);
			shown = true;
		}
		this.dataset.searchMs = String(Math.round(performance.now() - started));
		return true;
	}

	private async showMore() {
		const c = this.current;
		if (!c) return;
		const seq = this.seq;
		const shown = Math.min(c.shown + PAGE, c.answer.results.length);
		// Regroup everything shown so far, so a paragraph joins its article if that is already listed.
		const data = await loadData(c.answer.results.slice(0, shown));
		if (seq !== this.seq) return;
		c.shown = shown;
		// No cap on paragraphs per article once the reader asks for more: "More results" always shows more,
		// further paragraphs of an article already listed among them.
		c.entries = groupResults(data, c.terms, Infinity, c.answer.names);
		this.render(c.answer, c.entries, true);
	}

	/** Draws the list; `keep`: the same search drawn again with more results, so the result the reader moved to stays selected. */
	private render(result: Answer | undefined, entries: ResultEntry[], keep = false) {
		const selected = keep ? this.options()[this.active]?.getAttribute('href') : undefined;
		this.active = -1;
		this.input.removeAttribute('aria-activedescendant');
		let n = 0;
		const option = (href: string, ...children: Array<Node | string>) => el('a', { href, role: 'option', id: `${this.list.id}-${n++}`, 'aria-selected': 'false' }, ...children);
		this.list.replaceChildren(
			...entries.map((e) => {
				const label = [e.type, e.date].filter(Boolean).join(' · ');
				const head = option(e.url, el('span', { class: 'search-hit__meta' }, label), el('span', { class: 'search-hit__title' }, e.title), ...(e.excerpt ? [excerptNode(e.excerpt)] : []));
				if (!e.paragraphs.length) return el('li', { role: 'presentation', class: 'search-hit' }, head);
				const titleId = `${head.id}-t`;
				head.querySelector('.search-hit__title')!.id = titleId;
				// An <li> may not be a group; the group is a <div> inside a presentational <li>.
				const group = el(
					'div',
					{ role: 'group', 'aria-labelledby': titleId, class: 'search-hit search-hit--article' },
					head,
					...e.paragraphs.map((p) => option(p.url, el('span', { class: 'search-hit__para', title: `Article paragraph ${p.n}` }, `¶${p.n}`), ' ', excerptNode(p.excerpt))),
				);
				return el('li', { role: 'presentation' }, group);
			}),
		);
		const total = result?.results.length ?? 0;
		this.input.setAttribute('aria-expanded', String(entries.length > 0));
		this.more.hidden = !this.current || !result || this.current.shown >= total;
		const q = this.input.value.trim();
		const r = result?.relaxed;
		this.notice.hidden = !result?.notice;
		this.notice.textContent = result?.notice ?? '';
		this.status.textContent = result ? `${total} ${total === 1 ? 'result' : 'results'}${q ? ` for ${q}` : ''}${r && total ? ' (closest matches)' : ''}` : '';
		const options = this.options();
		const again = options.findIndex((o) => o.getAttribute('href') === selected);
		if (again >= 0) this.select(options, again);
	}

	private options() {
		return [...this.list.querySelectorAll<HTMLAnchorElement>('[role=option]')];
	}

	private key(e: KeyboardEvent) {
		const options = this.options();
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (!options.length) return;
			e.preventDefault();
			const next = e.key === 'ArrowDown' ? Math.min(this.active + 1, options.length - 1) : Math.max(this.active - 1, -1);
			this.select(options, next);
		} else if (e.key === 'Enter' && this.active >= 0) {
			e.preventDefault();
			this.activate();
		}
	}

	private select(options: HTMLAnchorElement[], index: number) {
		options[this.active]?.setAttribute('aria-selected', 'false');
		this.active = index;
		const option = options[index];
		if (!option) return this.input.removeAttribute('aria-activedescendant');
		option.setAttribute('aria-selected', 'true');
		this.input.setAttribute('aria-activedescendant', option.id);
		option.scrollIntoView({ block: 'nearest' });
	}

	/** Enter: opens the selected result, or the first one. */
	private activate() {
		const option = this.options()[Math.max(this.active, 0)];
		if (option) location.assign(option.href);
	}

	private updateAllLink(state: SearchState) {
		if (this.allLink) this.allLink.href = `${this.allLink.pathname}${writeSearchState(state)}`;
	}
}
