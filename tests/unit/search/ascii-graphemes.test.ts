import { describe, expect, it } from 'vitest';
import { ASCII_GRAPHEMES } from '../../../src/search/ascii-graphemes';
import { SEARCH_START } from '../../../src/search/search-start';

const Native = Intl.Segmenter;

/**
 * Runs the function the search page's head start runs, as the page has it, on an `Intl` of its
 * own whose segmenter is Node's, counting how many native segmenters get made.
 */
function install() {
	const made: unknown[][] = [];
	const intl = {
		getCanonicalLocales: Intl.getCanonicalLocales,
		Segmenter: class extends Native {
			constructor(...args: ConstructorParameters<typeof Native>) {
				super(...args);
				made.push(args);
			}
		},
	};
	new Function('self', 'Intl', `(${ASCII_GRAPHEMES})();`)({ Intl: intl }, intl);
	return { Segmenter: intl.Segmenter as typeof Native, made };
}

const split = (segmenter: Intl.Segmenter, text: string) => [...segmenter.segment(text)].map(({ segment, index, input }) => ({ segment, index, input }));

// Queries as readers type them: plain ASCII, and the text that needs the browser's own data.
const ASCII = ['did Kazakhstan recognize the annexation of Crimea?', `CSTO's "border" (2014), pact; Nazarbayev!`, 'EU', ' ', ''];
const OTHER = ['Қазақстан', 'Назарбаев', 'Nazarbaiev é', 'cafe\u0301', '👍🏽 flag 🇰🇿', 'a\r\nb', 'tab\there'];

describe('a grapheme split of plain ASCII without the browser’s data (src/search/ascii-graphemes.ts)', () => {
	it('is run by the search page’s head start before it imports Pagefind, in place of the old warm-up', () => {
		expect(SEARCH_START).toContain(`(${ASCII_GRAPHEMES})();`);
		expect(SEARCH_START.indexOf(ASCII_GRAPHEMES)).toBeLessThan(SEARCH_START.indexOf("import(bundle + 'pagefind.js')"));
		expect(SEARCH_START).not.toContain("new Intl.Segmenter('en'");
	});

	it('splits every query into the same clusters as the browser’s segmenter, ASCII or not', () => {
		const { Segmenter } = install();
		const native = new Native('en', { granularity: 'grapheme' });
		for (const text of [...ASCII, ...OTHER]) expect(split(new Segmenter('en', { granularity: 'grapheme' }), text), text).toEqual(split(native, text));
		// Without options a segmenter splits by grapheme too.
		expect(split(new Segmenter('en'), 'Crimea')).toEqual(split(native, 'Crimea'));
	});

	it('makes no native segmenter for printable ASCII, and one, once, for the first text that needs it', () => {
		const { Segmenter, made } = install();
		const segmenter = new Segmenter('en', { granularity: 'grapheme' });
		for (const text of ASCII) split(segmenter, text);
		expect(made).toEqual([]);
		expect(split(segmenter, 'Қазақстан')).toHaveLength(9);
		expect(split(segmenter, 'a\r\nb').map((s) => s.segment)).toEqual(['a', '\r\n', 'b']);
		expect(made).toEqual([['en', { granularity: 'grapheme' }]]);
	});

	it('hands every other granularity to the browser’s segmenter', () => {
		const { Segmenter, made } = install();
		const words = [...new Segmenter('en', { granularity: 'word' }).segment('pact of 1992.')];
		expect(words).toEqual([...new Native('en', { granularity: 'word' }).segment('pact of 1992.')]);
		expect(words.some((w) => w.isWordLike)).toBe(true);
		expect(made).toEqual([['en', { granularity: 'word' }]]);
	});

	it('still throws for a malformed locale where the segmenter is made', () => {
		const { Segmenter } = install();
		expect(() => new Segmenter('not a locale!', { granularity: 'grapheme' })).toThrow(RangeError);
	});

	it('leaves a browser without Intl.Segmenter as it was (Pagefind then splits by code point)', () => {
		const intl: { Segmenter?: unknown } = {};
		new Function('self', 'Intl', `(${ASCII_GRAPHEMES})();`)({ Intl: intl }, intl);
		expect(intl.Segmenter).toBeUndefined();
	});
});
