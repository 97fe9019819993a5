import { z } from 'zod';
import { partialDateSchema } from './date';
import { entityBaseShape, requireCitations } from './entity';
import { entityRefSchema, nameText } from './ids';

export const TREATY_KINDS = [
	'treaty', 'agreement', 'declaration', 'plan', 'programme', 'doctrine',
	'concept', 'decree', 'constitution', 'initiative',
] as const;

export const TREATY_STATUSES = ['in-force', 'expired', 'superseded', 'signed', 'proposed', 'terminated', 'unknown'] as const;

/** A treaty, agreement, declaration, plan, doctrine or other founding text. */
// A treaty is named by its title, so the shared `name` field gives way to `title`.
const { name: _name, ...baseShape } = entityBaseShape;

export const treatySchema = z
	.strictObject({
		...baseShape,
		/** Full title in English. */
		title: nameText('title'),
		/** Short title for lists and links: "1998 Declaration". */
		shortTitle: nameText('short title').optional(),
		/** What sort of instrument it is. */
		kind: z.enum(TREATY_KINDS),
		/** States or organizations bound by it. */
		parties: z.array(entityRefSchema).default([]),
		/** People who signed it. */
		signatories: z.array(entityRefSchema).default([]),
		/** Date of signature (or adoption, for a doctrine or decree). */
		signed: partialDateSchema.optional(),
		/** Date it entered into force. */
		inForce: partialDateSchema.optional(),
		/** Date it expires or expired. */
		expires: partialDateSchema.optional(),
		/** Where it was signed. */
		place: entityRefSchema.optional(),
		/** Its standing as the sources describe it. */
		status: z.enum(TREATY_STATUSES).optional(),
	})
	.superRefine(requireCitations);

export type TreatyData = z.output<typeof treatySchema>;
export type TreatyKind = (typeof TREATY_KINDS)[number];
