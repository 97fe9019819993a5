import { describe, expect, it } from 'vitest';
import { cruftKind, findCruft } from '../../../src/ingest/cruft';

describe('cruftKind', () => {
	it.each([
		['Disclaimer: This dissertation has been written by a student and is not an example of our professional work.', 'disclaimer'],
		['Info: 9485 words (38 pages) Dissertation', 'word count'],
		['Published: 13th Dec 2019', 'site date line'],
		['Reference this', 'citation widget'],
		['Cite This Work', 'citation widget'],
		['Reference Copied to Clipboard.', 'citation widget'],
		['To export a reference to this article please select a referencing stye below:', 'citation widget'],
		['Tagged: International RelationsPolitics', 'tags'],
		['Related Articles', 'related links'],
		['More details', 'related links'],
		['Share on Facebook Share on Twitter Share on LinkedIn Share in Email Print article', 'share buttons'],
		['photo: casp-geo.ru', 'photo credit'],
		['DMCA / Removal Request', 'site footer'],
		['E-mail: info@caspian.institute', 'site footer'],
		['Ph./Fax: +7 (495) 783-68-27', 'site footer'],
		['© 2022-2024, Caspian Institute for Strategic Studies', 'site footer'],
		['Search', 'site header'],
		['16+', 'age rating'],
	])('recognises %s', (line, kind) => {
		expect(cruftKind(line)).toBe(kind);
	});

	it.each([
		'Since obtaining independence in 1991, the Republic of Kazakhstan’s policy has been marked by the will to achieve autonomy.',
		'Search for a new strategy continued.',
		'Published research on the subject is scarce.',
		'The photo: a symbol of the alliance.', // not at the start of a credit line
		'Russia goes soft',
		'Related issues remain contested.',
	])('leaves article text alone: %s', (line) => {
		expect(cruftKind(line)).toBeUndefined();
	});

	it('ignores blank lines and leading non-breaking spaces', () => {
		expect(cruftKind('   ')).toBeUndefined();
		expect(cruftKind('\u00a0 Reference this ')).toBe('citation widget');
	});
});

describe('findCruft', () => {
	it('reports cruft inside an article range with line numbers', () => {
		expect(findCruft(['Real text.', '', 'Share on Facebook'], 40)).toEqual([{ line: 42, kind: 'share buttons', text: 'Share on Facebook' }]);
	});

	it('lets a genuine line through when allowed', () => {
		expect(findCruft(['Search'], 1, ['Search'])).toEqual([]);
	});
});
