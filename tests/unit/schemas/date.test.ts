import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate, partialDateSchema, partialDateSortKey } from '../../../src/schemas/date';

describe('partial dates', () => {
	it.each([
		['2005', 'year', '2005'],
		[2005, 'year', '2005'],
		['2010-07', 'month', 'July 2010'],
		['1998-07-06', 'day', '6 July 1998'],
		[new Date('1998-07-06T00:00:00Z'), 'day', '6 July 1998'],
	])('keeps the precision of %s', (input, precision, shown) => {
		const date = partialDateSchema.parse(input);
		expect(date.precision).toBe(precision);
		expect(formatPartialDate(date)).toBe(shown);
	});

	it.each(['2010/07', '06/07/1998', '2010-13', '2011-02-29', 'July 2010', '', 20.5])('rejects %j with the formats it accepts', (input) => {
		const result = partialDateSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
	});

	it('accepts a leap day only in a leap year', () => {
		expect(typeof parsePartialDate('2012-02-29')).toBe('object');
		expect(typeof parsePartialDate('2013-02-29')).toBe('string');
	});

	it('sorts a year before its months and a month before its days', () => {
		const keys = ['2010-07-01', '2010', '2010-07', '2009-12'].map((d) => partialDateSortKey(partialDateSchema.parse(d)));
		expect([...keys].sort()).toEqual([keys[3], keys[1], keys[2], keys[0]]);
	});
});

describe('optional dates (undated sources)', async () => {
	const { optionalPartialDateSchema, formatOptionalDate, compareOptionalDates } = await import('../../../src/schemas/date');
	it('reads `undated` as no date, shows it as "undated" and sorts it last', () => {
		expect(optionalPartialDateSchema.parse('undated')).toBeUndefined();
		expect(optionalPartialDateSchema.parse('2010-07')).toMatchObject({ iso: '2010-07', precision: 'month' });
		expect(optionalPartialDateSchema.safeParse('unknown').success).toBe(false);
		expect(formatOptionalDate(undefined)).toBe('undated');
		const dates = ['undated', '2015', 'undated', '2010-07-06', '2010'].map((d) => optionalPartialDateSchema.parse(d));
		expect(dates.sort(compareOptionalDates).map((d) => d?.iso ?? 'undated')).toEqual(['2010', '2010-07-06', '2015', 'undated', 'undated']);
	});

	it('gives an undated source "n.d." in its author–date label, never an invented year', async () => {
		const { citationLabel } = await import('../../../src/knowledge/citations');
		const { cslItem } = await import('../../../src/citations/csl');
		const { referenceText } = await import('../../../src/citations/formats');
		const data = { authors: [{ name: 'Jane Doe', actor: 'jane-doe' }], publication: { name: 'Digest' }, published: undefined };
		expect(citationLabel({ data })).toBe('Doe n.d.');
		const full = { ...data, title: 'T', kind: 'web-article' as const, source: { file: 'a.txt', repairs: [] }, abstract: 'A', language: 'en' };
		const item = cslItem({ id: 'a', data: full }, 'https://example.org/a/');
		expect(item).not.toHaveProperty('issued');
		// The citation processor, not our code, writes the missing date.
		expect(referenceText(item)).toContain('(n.d.)');
	});
});
