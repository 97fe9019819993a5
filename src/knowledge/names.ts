import type { NameEntry } from './alias-matcher';
import { isEntityCollection } from '../schemas';

/** The parts of an entry that carry names. */
type Named = { id: string; collection: string; data: Record<string, any> };

/** One name of an entry and the frontmatter field it is written in (`aliases.2`, `native.ru`). */
export interface NamedField {
	field: string;
	name: string;
}

/** Every name field of an entry with its path: name or title, short title, acronym, aliases, native and former names. */
export function namedFields(entry: Pick<Named, 'data'>): NamedField[] {
	const d = entry.data;
	const out: NamedField[] = [];
	const add = (field: string, name: unknown) => {
		if (typeof name === 'string' && name.length > 0) out.push({ field, name });
	};
	add('name', d.name);
	add('title', d.title);
	add('shortTitle', d.shortTitle);
	add('acronym', d.acronym);
	((d.aliases ?? []) as unknown[]).forEach((alias, i) => add(`aliases.${i}`, alias));
	for (const [lang, native] of Object.entries(d.native ?? {})) add(`native.${lang}`, native);
	((d.formerNames ?? []) as Array<{ name?: unknown }>).forEach((former, i) => add(`formerNames.${i}.name`, former?.name));
	return out;
}

/** Names an entity answers to: name or title, short title, acronym, aliases, native and former names. */
export function namesOf(entry: Pick<Named, 'data'>): string[] {
	return [...new Set(namedFields(entry).map((f) => f.name))];
}

/** Every name of every entity, for the alias matcher. Articles have no names to match. */
export function entityNameEntries(entries: Named[]): NameEntry[] {
	return entries.filter((e) => isEntityCollection(e.collection)).flatMap((e) => namesOf(e).map((name) => ({ name, entity: e.id })));
}
