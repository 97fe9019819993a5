import type { NameEntry } from './alias-matcher';
import { isEntityCollection } from '../schemas';

/** The parts of an entry that carry names. */
type Named = { id: string; collection: string; data: Record<string, any> };

/** Names an entity answers to: name or title, short title, acronym, aliases, native and former names. */
export function namesOf(entry: Pick<Named, 'data'>): string[] {
	const d = entry.data;
	const names: unknown[] = [d.name, d.title, d.shortTitle, d.acronym, ...(d.aliases ?? [])];
	for (const native of Object.values(d.native ?? {})) names.push(native);
	for (const former of d.formerNames ?? []) names.push(former.name);
	return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 0))];
}

/** Every name of every entity, for the alias matcher. Articles have no names to match. */
export function entityNameEntries(entries: Named[]): NameEntry[] {
	return entries.filter((e) => isEntityCollection(e.collection)).flatMap((e) => namesOf(e).map((name) => ({ name, entity: e.id })));
}
