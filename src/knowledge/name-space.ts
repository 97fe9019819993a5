import { ENTITY_COLLECTIONS } from '../schemas';
import { aliasSlug, invisibleCharacters, MAX_SLUG, normalizeName, toSlug } from '../utils/names';
import type { ContentError, RawEntry } from './content-files';
import { namedFields } from './names';

/** Who claims a name or an address: the file, the field and the value as written. */
interface Claim {
	entry: RawEntry;
	field: string;
	value: string;
}

const where = (c: Claim) => `${c.entry.file} (field ${c.field}: ${JSON.stringify(c.value)})`;

/**
 * Checks names and addresses as one space (src/utils/names.ts folds them):
 * - no name has invisible characters (zero-width space, soft hyphen, bidi controls…);
 * - no two entities share a name up to case, accents, dashes, quotes and spacing;
 * - every address (page, alias redirect, former address, article page) has one owner: a
 *   redirect never shadows a page or another redirect, and is never shadowed by one;
 * - ids fit in a URL segment (names longer than that get a bounded slug, see toSlug).
 * Each collision names both files, both fields and both values.
 */
export function nameSpaceErrors(entries: RawEntry[]): ContentError[] {
	const errors: ContentError[] = [];
	const entities = entries.filter((e) => e.collection !== 'articles');

	// Addresses: `collection/slug` → its first claimant. Pages first, so a redirect that lands on
	// a page is the one reported.
	const routes = new Map<string, Claim & { kind: 'page' | 'alias' | 'former' }>();
	for (const entry of entries) {
		if (entry.id.length > MAX_SLUG) {
			errors.push({ file: entry.file, field: '(file name)', value: entry.id, message: `The id is ${entry.id.length} characters long; addresses stop at ${MAX_SLUG}: rename the file to a shorter id such as "${toSlug(entry.id)}.mdx" and keep the full name in the frontmatter.` });
		}
		routes.set(`${entry.collection}/${entry.id}`, { entry, field: '(file name)', value: entry.id, kind: 'page' });
	}
	const claimRoute = (route: string, claim: Claim, kind: 'alias' | 'former', fix: string) => {
		const owner = routes.get(route);
		if (!owner) {
			routes.set(route, { ...claim, kind });
			return;
		}
		if (owner.entry === claim.entry) return; // an entity's own names may share a slug
		const what = owner.kind === 'page' ? `the page of ${owner.entry.file}` : owner.kind === 'alias' ? `a redirect made from the name in ${where(owner)}` : `a former address declared in ${where(owner)}`;
		errors.push({ file: claim.entry.file, field: claim.field, value: claim.value, message: `The address /${route}/ is already ${what}: one address cannot lead to two pages. ${fix}` });
	};

	for (const entry of entities) {
		for (const [i, path] of ((entry.data.formerPaths as string[] | undefined) ?? []).entries()) {
			const collection = path.split('/')[0]!;
			const claim = { entry, field: `formerPaths.${i}`, value: path };
			if (!(ENTITY_COLLECTIONS as string[]).includes(collection)) {
				errors.push({ ...claim, file: entry.file, message: `"${path}" is not an address an entity page can have had: a former address starts with one of ${ENTITY_COLLECTIONS.join(', ')} (the article pages under /articles/ are never moved). Remove it or correct the folder.` });
				continue;
			}
			claimRoute(path, claim, 'former', 'Remove the former address from the page that never had it.');
		}
	}

	const owners = new Map<string, Claim>();
	for (const entry of entities) {
		const seen = new Set<string>();
		for (const { field, name } of namedFields(entry)) {
			const hidden = invisibleCharacters(name);
			if (hidden.length > 0) {
				errors.push({ file: entry.file, field, value: name, message: `The name contains invisible character${hidden.length > 1 ? 's' : ''} (${hidden.join(', ')}), usually pasted with the text: it would look like "${name.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '')}" but be another name. Delete and retype the name.` });
				continue;
			}
			const key = normalizeName(name);
			if (!key) {
				errors.push({ file: entry.file, field, value: name, message: 'The name has no letters or digits: write the name as the sources give it.' });
				continue;
			}
			if (!seen.has(key)) {
				seen.add(key);
				const owner = owners.get(key);
				if (owner && owner.entry !== entry) {
					errors.push({ file: entry.file, field, value: name, message: `The name "${name}" is also claimed by ${where(owner)}: names are compared ignoring case, accents, dashes, quotes and spacing. Keep it on one entity and remove it from the other (or make it more specific).` });
					continue;
				}
				owners.set(key, { entry, field, value: name });
			}
			const slug = aliasSlug(name);
			if (!slug || slug === entry.id) continue;
			claimRoute(`${entry.collection}/${slug}`, { entry, field, value: name }, 'alias', `Make the name more specific, or remove it from one of the two entities.`);
		}
	}
	return errors;
}
