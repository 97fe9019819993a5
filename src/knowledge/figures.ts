import type { Citation } from '../schemas/citation';

export interface FigureClaim {
	value: string;
	note?: string;
	cite: Citation[];
}

/** A figure on which at least two sources give different values, with the entity it belongs to. */
export interface ContestedFigure {
	collection: string;
	id: string;
	name: string;
	topic: string;
	claims: FigureClaim[];
}

type FigureInput = { collection: string; id: string; name: string; figures: Array<{ topic: string; claims: FigureClaim[] }> };

/** True when the sources give different values (case and surrounding space aside). */
export function isContested(claims: FigureClaim[]): boolean {
	const values = new Set(claims.map((c) => c.value.trim().toLowerCase()));
	return values.size > 1;
}

/** Every contested figure across the entities, ordered by topic. */
export function contestedFigures(entities: FigureInput[]): ContestedFigure[] {
	return entities
		.flatMap((e) => e.figures.filter((f) => isContested(f.claims)).map((f) => ({ collection: e.collection, id: e.id, name: e.name, topic: f.topic, claims: f.claims })))
		.sort((a, b) => a.topic.localeCompare(b.topic, 'en'));
}
