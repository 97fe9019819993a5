import { z } from 'zod';
import { decadeOrPartialDateSchema, endsBeforeStart, formatPartialDate, type PartialDate } from './date';
import { entityBaseShape, requireCitations } from './entity';
import { entityRefSchema } from './ids';

export const EVENT_KINDS = [
	'war', 'crisis', 'unrest', 'protest', 'attack', 'annexation', 'sanctions', 'summit', 'election',
	'speech', 'proposal', 'exercise', 'deployment', 'withdrawal', 'launch', 'campaign', 'dissolution', 'other',
] as const;

/**
 * When an event happened: one `date`, or a range from `start` to an optional `end` (left
 * out while the sources treat it as ongoing). Each at the precision the sources give, down to
 * a decade ("1950s"). The end may not come before the start.
 */
function requireWhen(data: { date?: PartialDate; start?: PartialDate; end?: PartialDate }, ctx: z.RefinementCtx): void {
	if (data.date === undefined && data.start === undefined) {
		ctx.addIssue({ code: 'custom', path: ['date'], message: 'An event needs a date: set `date` (a day, month, year or decade) or, for a span of time, `start` and `end`.' });
	}
	if (data.date !== undefined && data.start !== undefined) {
		ctx.addIssue({ code: 'custom', path: ['start'], message: 'Give either `date` (one point in time) or `start`/`end` (a span), not both: remove one.' });
	}
	if (data.end !== undefined && data.start === undefined) {
		ctx.addIssue({ code: 'custom', path: ['end'], message: '`end` needs a `start`: rename `date` to `start`, or add `start`.' });
	}
	if (data.start && data.end && endsBeforeStart(data.start, data.end)) {
		ctx.addIssue({
			code: 'custom',
			path: ['end'],
			message: `The event ends (${formatPartialDate(data.end)}) before it starts (${formatPartialDate(data.start)}): correct whichever is wrong, or swap \`start\` and \`end\` if they were entered the wrong way round.`,
		});
	}
}

/** A war, crisis, protest, attack, summit, election, speech, exercise or campaign the sources discuss. */
export const eventSchema = z
	.strictObject({
		...entityBaseShape,
		/** What sort of event it is. */
		kind: z.enum(EVENT_KINDS),
		/** When it happened, if it happened at one point in time (at a day, month, year or decade). */
		date: decadeOrPartialDateSchema.optional(),
		/** When it began, for an event that lasted; use instead of `date`. */
		start: decadeOrPartialDateSchema.optional(),
		/** When it ended; leave out while the sources treat it as ongoing. Not before `start`. */
		end: decadeOrPartialDateSchema.optional(),
		/** Where it happened: place ids (content/places/). */
		places: z.array(entityRefSchema).default([]),
		/** States, people and groups that took part: actor ids (content/actors/). */
		participants: z.array(entityRefSchema).default([]),
		/** Organizations that took part or acted in it: organization ids (content/organizations/). */
		organizations: z.array(entityRefSchema).default([]),
		/** Treaties, agreements or programmes it produced, carried out or tested: treaty ids (content/treaties/). */
		treaties: z.array(entityRefSchema).default([]),
	})
	.superRefine(requireCitations)
	.superRefine(requireWhen);

export type EventData = z.output<typeof eventSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
