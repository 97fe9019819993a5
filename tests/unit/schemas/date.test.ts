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
