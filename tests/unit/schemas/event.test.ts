import { describe, expect, it } from 'vitest';
import { dateBounds, decadeOrPartialDateSchema, endsBeforeStart, formatPartialDate, partialDateSchema, partialDateSortKey } from '../../../src/schemas/date';
import { eventSchema } from '../../../src/schemas/event';

const CITE = ['sample-article#p-some-paragraph'];
/** The object without some keys: a citation record may not hold `undefined`. */
const without = <T extends Record<string, unknown>>(o: T, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('event schema', () => {
	const valid = {
		name: '2008 South Ossetia war',
		kind: 'war',
		description: 'A war.',
		aliases: ['South Ossetia conflict'],
		date: '2008-08',
		places: ['caucasus'],
		participants: ['russia', 'south-ossetia'],
		organizations: ['csto'],
		treaties: ['collective-security-treaty'],
		cite: { date: CITE, places: CITE, participants: CITE, organizations: CITE, treaties: CITE },
	};

	it('accepts a dated event with its references, and keeps the date precision', () => {
		const data = eventSchema.parse(valid);
		expect(data.date).toMatchObject({ iso: '2008-08', precision: 'month' });
		expect(data.participants).toEqual(['russia', 'south-ossetia']);
		expect(data.cite.date![0]).toEqual({ article: 'sample-article', anchor: 'p-some-paragraph' });
	});

	it('accepts a span, an open span, and decades', () => {
		const { date: _d, cite, ...rest } = valid;
		const span = eventSchema.parse({ ...rest, start: '2011-05-17', end: '2011-05-24', cite: { ...without(cite, 'date'), start: CITE, end: CITE } });
		expect([span.start!.iso, span.end!.iso]).toEqual(['2011-05-17', '2011-05-24']);
		const open = eventSchema.parse({ ...rest, start: 2013, cite: { ...without(cite, 'date'), start: CITE } });
		expect(open.end).toBeUndefined();
		const decades = eventSchema.parse({ ...rest, start: '1950s', end: '1960s', cite: { ...without(cite, 'date'), start: CITE, end: CITE } });
		expect(decades.start).toMatchObject({ iso: '1950s', precision: 'decade', year: 1950 });
	});

	it('requires a citation for the date and every list of references', () => {
		expect(messages(eventSchema.safeParse({ ...valid, cite: without(valid.cite, 'participants') }))).toEqual([expect.stringMatching(/^cite\.participants: "participants" is a fact and needs a source/)]);
		expect(messages(eventSchema.safeParse({ ...valid, cite: without(valid.cite, 'date') }))).toEqual([expect.stringMatching(/^cite\.date: "date" is a fact/)]);
	});

	it('needs a date or a start, not both, and an end only with a start', () => {
		const { date: _d, ...undated } = valid;
		expect(messages(eventSchema.safeParse({ ...undated, cite: without(valid.cite, 'date') }))).toEqual([expect.stringMatching(/^date: An event needs a date: set `date`/)]);
		expect(messages(eventSchema.safeParse({ ...valid, start: '2008', cite: { ...valid.cite, start: CITE } }))).toEqual([expect.stringMatching(/^start: Give either `date`/)]);
		expect(messages(eventSchema.safeParse({ ...valid, end: '2009', cite: { ...valid.cite, end: CITE } }))).toEqual([expect.stringMatching(/^end: `end` needs a `start`/)]);
	});

	it('rejects an event that ends before it starts, naming the field and the fix', () => {
		const { date: _d, ...rest } = valid;
		const result = eventSchema.safeParse({ ...rest, start: '2014', end: '2013-12', cite: { ...without(valid.cite, 'date'), start: CITE, end: CITE } });
		expect(messages(result)).toEqual(['end: The event ends (December 2013) before it starts (2014): correct whichever is wrong, or swap `start` and `end` if they were entered the wrong way round.']);
	});

	it('rejects an unknown kind, a reference that is not an id, and an unknown field', () => {
		expect(messages(eventSchema.safeParse({ ...valid, kind: 'battle' }))[0]).toMatch(/^kind:/);
		expect(messages(eventSchema.safeParse({ ...valid, places: ['The Caucasus'] }))[0]).toMatch(/^places\.0: A reference is an entry id/);
		expect(messages(eventSchema.safeParse({ ...valid, casualties: 'many' }))[0]).toMatch(/casualties/);
	});

	it('keeps former addresses as names, not facts: they need no citation', () => {
		expect(eventSchema.parse({ ...valid, formerPaths: ['treaties/virgin-lands-campaign'] }).formerPaths).toEqual(['treaties/virgin-lands-campaign']);
		expect(messages(eventSchema.safeParse({ ...valid, formerPaths: ['/treaties/virgin-lands-campaign/'] }))[0]).toMatch(/^formerPaths\.0: A former address is written "collection\/id"/);
	});
});

describe('dates for events', () => {
	const d = (text: string) => decadeOrPartialDateSchema.parse(text);

	it('reads a decade, shows it as written and sorts it before its years', () => {
		expect(formatPartialDate(d('1950s'))).toBe('1950s');
		const keys = ['1951', '1950s', '1949-12'].map((t) => partialDateSortKey(d(t)));
		expect([...keys].sort()).toEqual([keys[2], keys[1], keys[0]]);
	});

	it('accepts decades only where events allow them', () => {
		expect(partialDateSchema.safeParse('1950s').success).toBe(false);
		expect(decadeOrPartialDateSchema.safeParse('1955s').error!.issues[0]!.message).toMatch(/or a decade as 1950s/);
	});

	it('knows the first and last day each precision stands for', () => {
		expect(dateBounds(d('1950s'))).toEqual(['1950-01-01', '1959-12-31']);
		expect(dateBounds(d('2012-02'))).toEqual(['2012-02-01', '2012-02-29']);
		expect(dateBounds(d('2011-05-17'))).toEqual(['2011-05-17', '2011-05-17']);
	});

	it.each([
		['2014', '2013', true],
		['2014', '2013-12-31', true],
		['2011-05-17', '2011-05-24', false],
		['2011-05-17', '2011-05', false],
		['2011-05-17', '2011-05-16', true],
		['1950s', '1960s', false],
		['1950s', '1955', false],
		['1960s', '1959', true],
		['2008', '2008', false],
	])('start %s, end %s: ends before it starts is %s', (start, end, expected) => {
		expect(endsBeforeStart(d(start), d(end))).toBe(expected);
	});
});
