import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkCitations from '../../../src/markdown/remark-citations';
import { bareCitations, citationGroups } from '../../../src/utils/body-citations';

describe('citation groups in prose', () => {
	it('parses lists separated by ";" or ",", and locators', () => {
		const [group] = citationGroups('Text [@a#p-x, p. 4; @b#p-y, @c#p-z].');
		expect(group!.error).toBeUndefined();
		expect(group!.items.map((i) => [i.key, i.locator])).toEqual([
			['a#p-x', 'p. 4'],
			['b#p-y', undefined],
			['c#p-z', undefined],
		]);
	});

	it('flags anything that looks like a citation but does not parse', () => {
		for (const text of ['[@a]', '[@a#x]', '[p. 4, @a#p-x]', '[@a#p-x;]', '[@a#p-x @b#p-y]', '[@A#p-x]', '[see @a#p-x]']) {
			expect(citationGroups(text)[0]?.error, text).toBeDefined();
		}
		expect(bareCitations('as @a#p-x says, and [@b#p-y]')).toEqual(['@a#p-x']);
		expect(citationGroups('a [link](https://x.org/@a) and [^1]')).toEqual([]);
	});

	it('renders every citation of a comma-separated group as a link, with its locator', () => {
		const tree = unified().use(remarkParse).parse('Both agree [@a#p-x, @b#p-y, ¶ 3].') as Root;
		unified().use(remarkCitations, { base: '/kb/' }).runSync(tree);
		const links: Array<{ url: string; children: Array<{ value: string }> }> = [];
		visit(tree, 'link', (node) => void links.push(node as never));
		expect(links.map((l) => [l.url, l.children[0]!.value])).toEqual([
			['/kb/articles/a/#p-x', '[1]'],
			['/kb/articles/b/#p-y', '[2, ¶ 3]'],
		]);
		expect(JSON.stringify(tree)).not.toContain('[@');
	});
});
