import { z } from 'zod';
import { citationsSchema } from './citation';
import { partialDateSchema, requireOrderedPeriod } from './date';
import { entityBaseShape, requireCitations } from './entity';
import { entityRefSchema, nameText } from './ids';

export const ORGANIZATION_KINDS = [
	'intergovernmental', 'institution', 'company', 'think-tank', 'research-institute',
	'university', 'publisher', 'military', 'political-party', 'other',
] as const;

/** A member of an organization over a period. */
export const membershipSchema = z.strictObject({
	/** The member state or organization. */
	ref: entityRefSchema,
	/** When it joined, if stated. */
	from: partialDateSchema.optional(),
	/** When it left, if stated. */
	to: partialDateSchema.optional(),
	/** Where the sources state the membership. */
	cite: citationsSchema,
}).superRefine(requireOrderedPeriod);

/** An intergovernmental body, institution, company, think tank or publisher. */
export const organizationSchema = z
	.strictObject({
		...entityBaseShape,
		/** Main acronym: "CSTO". Other acronyms (ОДКБ) go in `aliases`. */
		acronym: nameText('acronym').optional(),
		/** What sort of organization it is. */
		kind: z.enum(ORGANIZATION_KINDS),
		/** Founding date. */
		founded: partialDateSchema.optional(),
		/** Seat, as a place id. */
		headquarters: entityRefSchema.optional(),
		/** Member states or bodies, with dates where known. */
		members: z.array(membershipSchema).default([]),
		/**
		 * How many members a source says it has, when the sources do not name them all (the
		 * CSTO's "six states"); the members named are listed under `members`.
		 */
		memberCount: z.number().int().positive().optional(),
		/** The body it grew out of. */
		predecessor: entityRefSchema.optional(),
		/** The body that replaced it. */
		successor: entityRefSchema.optional(),
	})
	.superRefine(requireCitations);

export type OrganizationData = z.output<typeof organizationSchema>;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
