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

/**
 * How the sources characterise a relationship between two actors. The values are those the
 * articles use of Russia and Kazakhstan: an alliance ("uneasy alliance", "main ally"), a
 * strategic partnership, a "special relationship", interdependence («Siamese twins», a «symbiotic
 * bond»), coercion ("coercion measures"), rivalry (rivals on energy markets).
 */
export const RELATION_TYPES = ['alliance', 'strategic-partnership', 'special-relationship', 'interdependence', 'coercion', 'rivalry'] as const;

/**
 * One cited characterisation of a relationship with another actor, stated at ONE end only: the
 * other end's page lists it as well (derived in src/knowledge/relations.ts), so it is never
 * typed twice. Several entries with the same counterpart give the sources' different readings.
 */
export const actorRelationSchema = z.strictObject({
	/** The other actor, by id: `russia`. */
	with: entityRefSchema,
	/** What kind of relationship the source describes. */
	type: z.enum(RELATION_TYPES),
	/**
	 * The source's own words for it, without quotation marks (the page adds them): "uneasy
	 * alliance". The build checks that these words stand in the cited paragraph.
	 */
	quote: z.string().min(2).max(120),
	/** Start of the period the characterisation describes, if the source dates it. */
	from: partialDateSchema.optional(),
	/** End of that period, if the source dates it. */
	to: partialDateSchema.optional(),
	/** Where the source says so (the paragraph holding the quote first). */
	cite: citationsSchema,
});

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
		/**
		 * How the sources characterise its relationship with another actor (for a state: the
		 * bilateral tie), each with a short quote, a period and a citation. Written at one end.
		 */
		relations: z.array(actorRelationSchema).default([]),
	})
	.superRefine(requireCitations);

export type ActorData = z.output<typeof actorSchema>;
export type ActorRelation = z.output<typeof actorRelationSchema>;
export type RelationType = (typeof RELATION_TYPES)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
