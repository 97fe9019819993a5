import { z } from 'zod';

/** How much of a date the sources actually establish. */
export type DatePrecision = 'decade' | 'year' | 'month' | 'day';

/**
 * A date known to a year, a month or a day. The sources often give only "in 2005" or
 * "in July 2010"; storing those as full dates would invent a precision we do not have.
 */
export interface PartialDate {
	/** ISO 8601 text at the stated precision: `2005`, `2010-07` or `1998-07-06`. */
	iso: string;
	precision: DatePrecision;
	year: number;
	month?: number;
	day?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HINT = 'write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2005, 2010-07 or 1998-07-06';

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns an error message instead of throwing. */
export function parsePartialDate(input: unknown): PartialDate | string {
	// YAML turns an unquoted 1998-07-06 into a Date and 2005 into a number: accept both.
	let text: string;
	if (input instanceof Date) {
		if (Number.isNaN(input.getTime())) return `Invalid date: ${HINT}.`;
		text = input.toISOString().slice(0, 10);
	} else if (typeof input === 'number' && Number.isInteger(input)) {
		text = String(input);
	} else if (typeof input === 'string') {
		text = input.trim();
	} else {
		return `Expected a date, got ${JSON.stringify(input)}: ${HINT}.`;
	}
	const match = ISO.exec(text);
	if (!match) return `"${text}" is not a date: ${HINT}.`;
	const year = Number(match[1]);
	const month = match[2] === undefined ? undefined : Number(match[2]);
	const day = match[3] === undefined ? undefined : Number(match[3]);
	if (month !== undefined && (month < 1 || month > 12)) return `"${text}" has no month ${month}: ${HINT}.`;
	if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
		return `"${text}" has no day ${day}: ${HINT}.`;
	}
	const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
	return { iso: text, precision, year, month, day };
}

/** A date known to a year, a month or a day (`2005`, `2010-07`, `1998-07-06`); keeps its precision. */
export const partialDateSchema = z.unknown().transform((value, ctx): PartialDate => {
	const parsed = parsePartialDate(value);
	if (typeof parsed === 'string') {
		ctx.addIssue({ code: 'custom', message: parsed });
		return z.NEVER;
	}
	return parsed;
});

/** How an unknown date is written: in the manifest, in frontmatter and on the page. */
export const UNDATED = 'undated';

/**
 * A publication date that may be unknown: `undated` (parsed to `undefined`) or a partial date.
 * An undated source is shown as "undated" and sorted after every dated one; nothing invents a
 * year for it.
 */
export const optionalPartialDateSchema = z.union([z.literal(UNDATED).transform(() => undefined), partialDateSchema]);

/** A date at its precision, or "undated". */
export function formatOptionalDate(date: PartialDate | undefined): string {
	return date ? formatPartialDate(date) : UNDATED;
}

/** Compares two possibly unknown dates: earlier first, undated last. */
export function compareOptionalDates(a: PartialDate | undefined, b: PartialDate | undefined): number {
	if (!a || !b) return a ? -1 : b ? 1 : 0;
	return partialDateSortKey(a).localeCompare(partialDateSortKey(b));
}

const DECADE = /^(\d{3})0s$/;

/**
 * A date that may also be known only to a decade, written `1950s`: some events ("during the
 * 1950s and 1960s") are dated no closer, and a year would invent precision. Used by events only.
 */
export const decadeOrPartialDateSchema = z.unknown().transform((value, ctx): PartialDate => {
	const decade = typeof value === 'string' ? DECADE.exec(value.trim()) : null;
	if (decade) return { iso: `${decade[1]}0s`, precision: 'decade', year: Number(`${decade[1]}0`) };
	const parsed = parsePartialDate(value);
	if (typeof parsed === 'string') {
		ctx.addIssue({ code: 'custom', message: parsed.replace(HINT, `${HINT}, or a decade as 1950s`) });
		return z.NEVER;
	}
	return parsed;
});

/** The first and last day a partial date can stand for, as `YYYY-MM-DD` texts that sort correctly. */
export function dateBounds(date: PartialDate): [string, string] {
	const y = String(date.year).padStart(4, '0');
	if (date.precision === 'decade') return [`${y}-01-01`, `${String(date.year + 9).padStart(4, '0')}-12-31`];
	if (date.precision === 'year') return [`${y}-01-01`, `${y}-12-31`];
	const m = String(date.month).padStart(2, '0');
	if (date.precision === 'month') return [`${y}-${m}-01`, `${y}-${m}-${daysInMonth(date.year, date.month!)}`];
	return [date.iso, date.iso];
}

/**
 * True when `end` cannot be on or after `start` at any reading of their precisions: "2011-05"
 * may end an event that started "2011-05-17", but "2013" cannot end one that started "2014".
 */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
	return dateBounds(end)[1] < dateBounds(start)[0];
}

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

/** Renders a date at its own precision: "2005", "July 2010", "6 July 1998". */
export function formatPartialDate(date: PartialDate): string {
	if (date.precision === 'decade') return `${date.year}s`;
	if (date.precision === 'year') return String(date.year);
	const month = MONTHS[(date.month ?? 1) - 1];
	if (date.precision === 'month') return `${month} ${date.year}`;
	return `${date.day} ${month} ${date.year}`;
}

/**
 * A period in words: "2008–2012", "2012–" (still running as far as the sources go) and
 * "until 2008" when only the end is known; never a "?" for a bound the sources leave open.
 */
export function formatPeriod(from?: PartialDate, to?: PartialDate): string | undefined {
	if (from && to) return `${formatPartialDate(from)}–${formatPartialDate(to)}`;
	if (from) return `${formatPartialDate(from)}–`;
	if (to) return `until ${formatPartialDate(to)}`;
	return undefined;
}

/** Sort key that places a decade before its years, a year before its months and a month before its days. */
export function partialDateSortKey(date: PartialDate): string {
	return (date.precision === 'decade' ? date.iso.slice(0, 3) : date.iso).padEnd(10, ' ');
}

/**
 * Refinement for any dated relation (`from`/`to`: a membership, an office): the period may not
 * end before it starts, or a page would show "Russia (2012–2006)".
 */
export function requireOrderedPeriod(data: { from?: PartialDate; to?: PartialDate }, ctx: z.RefinementCtx): void {
	if (data.from && data.to && endsBeforeStart(data.from, data.to)) {
		ctx.addIssue({
			code: 'custom',
			path: ['to'],
			message: `The period ends (${formatPartialDate(data.to)}) before it starts (${formatPartialDate(data.from)}): correct whichever is wrong, or swap \`from\` and \`to\` if they were entered the wrong way round.`,
		});
	}
}
