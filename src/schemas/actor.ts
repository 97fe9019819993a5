import { z } from 'zod';
import { citationsSchema } from './citation';
import { partialDateSchema, requireOrderedPeriod } from './date';
import { entityBaseShape, requireCitations } from './entity';
import { entityRefSchema } from './ids';

export const ACTOR_KINDS = ['person', 'state', 'group'] as const;

/** An office or function held for a period. */
export const roleSchema = z.strictObject({
	/** The office as the sources name it: "President", "Minister of Defence". */
	title: z.string().min(1),
	/** The state or organization the office belongs to. */
	of: entityRefSchema.optional(),
	/** Start of the period, if the sources state it. */
	from: partialDateSchema.optional(),
	/** End of the period, if the sources state it. */
	to: partialDateSchema.optional(),
	/** Where the sources state the role and its dates. */
	cite: citationsSchema,
}).superRefine(requireOrderedPeriod);

/** A person, a state, or a group that acts in the sources. */
export const actorSchema = z
	.strictObject({
		...entityBaseShape,
		/** What sort of actor this is. */
		kind: z.enum(ACTOR_KINDS),
		/** Offices held, with periods. */
		roles: z.array(roleSchema).default([]),
		/** For a state: when it became independent, as the sources date it. */
		independence: partialDateSchema.optional(),
		/** For a person or group: the state they belong to. */
		country: entityRefSchema.optional(),
	})
	.superRefine(requireCitations);

export type ActorData = z.output<typeof actorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
