import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../../src/knowledge/content-files';
import { anchorAliases, formatLedger, ledgerErrors, mergeLedger, type Ledger } from '../../../src/knowledge/ledger';
import remarkParagraphAnchors from '../../../src/markdown/remark-paragraph-anchors';

const article = (id: string, body: string): RawEntry => ({ collection: 'articles', id, file: `content/articles/${id}.mdx`, data: {}, body });
const actor = (id: string, data: Record<string, unknown> = {}): RawEntry => ({ collection: 'actors', id, file: `content/actors/${id}.mdx`, data: { name: id, ...data }, body: '' });

describe('the ledger of permanent links', () => {
	const entries = [article('a', 'First words of one.\n\nSecond paragraph here.'), actor('russia', { aliases: ['Russian Federation'] })];
	const ledger: Ledger = { pages: ['/actors/russia/', '/actors/russian-federation/', '/articles/a/', '/map/'], anchors: { a: ['p-first-words-of-one', 'p-second-paragraph-here'] }, renamed: {} };

	it('passes when everything recorded is still published; new pages and anchors are no error (a fresh clone with a stale ledger builds)', () => {
		expect(ledgerErrors(ledger, entries, 'content/ledger.json')).toEqual([]);
		expect(ledgerErrors({ pages: [], anchors: {}, renamed: {} }, entries, 'content/ledger.json')).toEqual([]);
	});

	it('fails when an entity page or an alias redirect would disappear, naming it and the fix', () => {
		const errors = ledgerErrors(ledger, [entries[0]!, actor('russia')], 'content/ledger.json');
		expect(errors).toEqual([expect.objectContaining({ field: 'pages', value: '/actors/russian-federation/', message: expect.stringMatching(/would disappear.*formerPaths/) })]);
	});

	it('accepts a moved page whose old address redirects (formerPaths)', () => {
		const moved = [entries[0]!, actor('russian-federation-state', { name: 'Russia', aliases: ['Russian Federation'], formerPaths: ['actors/russia'] })];
		expect(ledgerErrors(ledger, moved, 'content/ledger.json')).toEqual([]);
	});

	it('fails when a paragraph anchor would disappear, and suggests the one new anchor', () => {
		const changed = [article('a', 'First wording of one.\n\nSecond paragraph here.'), entries[1]!];
		const errors = ledgerErrors(ledger, changed, 'content/ledger.json');
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(/#p-first-words-of-one of \/articles\/a\/ would disappear.*"p-first-words-of-one": "p-first-wording-of-one"/);
		const mapped = { ...ledger, renamed: { a: { 'p-first-words-of-one': 'p-first-wording-of-one' } } };
		expect(ledgerErrors(mapped, changed, 'content/ledger.json')).toEqual([]);
	});

	it('follows an anchor renamed twice to the paragraph that has it now', () => {
		const twice = { ...ledger, anchors: { a: [...ledger.anchors.a!, 'p-first-wording-of-one'] }, renamed: { a: { 'p-first-words-of-one': 'p-first-wording-of-one', 'p-first-wording-of-one': 'p-the-first-words-of-one' } } };
		const now = [article('a', 'The first words of one.\n\nSecond paragraph here.'), entries[1]!];
		expect(ledgerErrors(twice, now, 'content/ledger.json')).toEqual([]);
		expect(anchorAliases(twice).get('a')).toEqual(new Map([['p-the-first-words-of-one', ['p-first-wording-of-one', 'p-first-words-of-one']]]));
	});

	it('only ever adds, and writes sorted, deterministic JSON', () => {
		const merged = mergeLedger(ledger, ['/b/', '/a/', '/map/'], new Map([['a', ['p-new']]]));
		expect(merged.pages).toEqual(expect.arrayContaining([...ledger.pages, '/a/', '/b/']));
		const text = formatLedger(merged);
		expect(JSON.parse(text).pages).toEqual([...JSON.parse(text).pages].sort());
		expect(formatLedger(JSON.parse(text))).toBe(text);
		expect(formatLedger(mergeLedger(merged, ['/a/'], new Map()))).toBe(text);
	});

	it('keeps a renamed anchor on the paragraph as an id of its own, so #old works without JavaScript', () => {
		const file = new VFile({ path: '/site/content/articles/a.mdx', value: '' });
		const tree = unified().use(remarkParse).parse('The first words of one.\n\n- A list item.') as Root;
		const kept = new Map([['a', new Map([['p-the-first-words-of-one', ['p-first-words-of-one']], ['p-a-list-item', ['p-an-old-item']]])]]);
		unified().use(remarkParagraphAnchors, { articlesDir: '/site/content/articles', keptAnchors: kept }).runSync(tree, file);
		const html = toHtml(toHast(tree));
		expect(html).toContain('<p id="p-the-first-words-of-one" data-anchor="1"><span id="p-first-words-of-one" class="anchor-alias"></span>The first words of one.</p>');
		expect(html).toMatch(/<li id="p-a-list-item" data-anchor="2">\s*<span id="p-an-old-item" class="anchor-alias"><\/span>A list item\./);
	});
});
