import type { Citation } from '../schemas/citation';
import { SLUG } from '../schemas/ids';
import { ENTITY_COLLECTIONS, isEntityCollection, type CollectionName } from '../schemas';
import { anchoredBlocks } from '../utils/anchored-blocks';
import { parseArticleMarkdown } from '../utils/markdown-tree';
import { toSlug } from '../utils/names';
import { unsafeLinksIn } from '../utils/safe-url';
import { PLACEHOLDER_FIX, placeholderFields } from '../schemas/placeholders';
import { bareCitations, citationGroups } from '../utils/body-citations';
import { loadContent, type ContentError, type RawEntry } from './content-files';
import { checkLedger } from './ledger';
import { nameSpaceErrors } from './name-space';
import { namesOf } from './names';

export { namesOf };

/** Which collections a reference field may point into, and what a valid target is. */
interface RefRule {
	collections: CollectionName[];
	/** Extra condition on the target, e.g. only states. */
	accepts?: (target: RawEntry) => string | undefined;
}

const isState = (t: RawEntry) => (t.data.kind === 'state' ? undefined : `it is a ${String(t.data.kind)}, not a state`);
const isPerson = (t: RawEntry) => (t.data.kind === 'person' ? undefined : `it is a ${String(t.data.kind)}, not a person`);

const ACTORS: RefRule = { collections: ['actors'] };
const PARTIES: RefRule = { collections: ['actors', 'organizations'] };
/** An explained prose reference may name any entity. */
const EXPLAINED: Record<string, RefRule> = { 'unrelatedMentions.*.ref': { collections: ['actors', 'treaties', 'organizations', 'places'] } };

/** Every field that holds a reference, per collection: `*` marks an array index. */
const REFERENCE_FIELDS: Partial<Record<CollectionName, Record<string, RefRule>>> = {
	articles: {
		'authors.*.actor': { ...ACTORS, accepts: isPerson },
		'authors.*.organization': { collections: ['organizations'] },
		'publication.organization': { collections: ['organizations'] },
	},
	actors: { country: { ...ACTORS, accepts: isState }, 'roles.*.of': PARTIES, 'relations.*.with': ACTORS, ...EXPLAINED },
	treaties: {
		'parties.*': PARTIES,
		'signatories.*': { ...ACTORS, accepts: isPerson },
		place: { collections: ['places'] },
		...EXPLAINED,
	},
	organizations: {
		headquarters: { collections: ['places'] },
		'members.*.ref': PARTIES,
		predecessor: { collections: ['organizations', 'treaties'] },
		successor: { collections: ['organizations', 'treaties'] },
		...EXPLAINED,
	},
	places: { country: { ...ACTORS, accepts: isState }, leaseholder: PARTIES, operator: PARTIES, ...EXPLAINED },
	events: {
		'places.*': { collections: ['places'] },
		'participants.*': ACTORS,
		'organizations.*': { collections: ['organizations'] },
		'treaties.*': { collections: ['treaties'] },
		...EXPLAINED,
	},
	// A dimension names the entities central to it, in any entity collection.
	dimensions: { 'entities.*': { collections: [...ENTITY_COLLECTIONS] } },
};

/** A timeline item on any entity may name the event page it is about. */
const TIMELINE_EVENT: Record<string, RefRule> = { 'events.*.event': { collections: ['events'] } };

/** Expands a field pattern like `members.*.ref` into concrete paths and values. */
function fieldValues(data: unknown, pattern: string): Array<[string, unknown]> {
	let current: Array<[string, unknown]> = [['', data]];
	for (const part of pattern.split('.')) {
		const next: Array<[string, unknown]> = [];
		for (const [path, value] of current) {
			if (part === '*') {
				if (Array.isArray(value)) value.forEach((v, i) => next.push([`${path}.${i}`, v]));
			} else if (value && typeof value === 'object' && part in value) {
				next.push([path ? `${path}.${part}` : part, (value as Record<string, unknown>)[part]]);
			}
		}
		current = next;
	}
	return current.filter(([, v]) => v !== undefined).map(([p, v]) => [p.replace(/^\./, ''), v]);
}

/** Finds every citation in an entry's data, with the field it sits in. */
function citationsIn(value: unknown, path: string, out: Array<[string, Citation]>): void {
	if (Array.isArray(value)) value.forEach((v, i) => citationsIn(v, `${path}.${i}`, out));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.article === 'string' && typeof record.anchor === 'string' && Object.keys(record).length === 2) {
			out.push([path, record as unknown as Citation]);
			return;
		}
		for (const [key, v] of Object.entries(record)) citationsIn(v, path ? `${path}.${key}` : key, out);
	}
}

/** Every stop of a place's route that is an id must be a place that has coordinates. */
function routeErrors(entry: RawEntry, byId: Map<string, RawEntry>): ContentError[] {
	const route = (entry.data.route ?? []) as unknown[];
	const errors: ContentError[] = [];
	route.forEach((stop, i) => {
		if (typeof stop !== 'string') return;
		const field = `route.${i}`;
		const target = byId.get(stop);
		if (!target || target.collection !== 'places') {
			const hint = target ? `it is in ${target.collection}, not places` : 'no place has this id';
			errors.push({ file: entry.file, field, value: stop, message: `Unknown route stop "${stop}": ${hint}. Use the id of a file in content/places/, or write the point as { lat, lon }.` });
		} else if (!target.data.coordinates) {
			errors.push({ file: entry.file, field, value: stop, message: `The route stop "${stop}" has no coordinates: add \`coordinates: { lat, lon }\` (and coordinatesSource) to ${target.file}.` });
		}
	});
	return errors;
}

/**
 * Checks what zod cannot see file by file: ids are slugs and unique across entity
 * collections, every reference and citation resolves (down to the paragraph anchor), no
 * entity refers to itself, predecessor/successor chains have no cycle, and no name or alias
 * is claimed by two entities.
 */
export function checkIntegrity(entries: RawEntry[], invalid: Set<string> = new Set()): ContentError[] {
	const errors: ContentError[] = [];
	const byId = new Map<string, RawEntry>();
	const anchorsByArticle = new Map<string, Set<string>>();
	/** Plain text of each paragraph, keyed `article#anchor`: a relation's quote must stand in it. */
	const paragraphText = new Map<string, string>();
	const topics = new Set<string>();

	for (const entry of entries) {
		if (!SLUG.test(entry.id)) {
			errors.push({ file: entry.file, field: '(file name)', value: entry.id, message: `The id "${entry.id}" is not a stable slug: rename the file to "${toSlug(entry.id)}.mdx" (lower-case words joined by hyphens).` });
		}
		// Titles, names and metadata hold content, not a draft's placeholders or pasted wiki markup.
		for (const p of placeholderFields(entry.data)) {
			errors.push({ file: entry.file, field: p.field, value: p.value, message: `This is ${p.kind}, not content: ${PLACEHOLDER_FIX}.` });
		}
		for (const target of unsafeLinksIn(entry.body)) {
			errors.push({ file: entry.file, field: '(body)', value: target, message: 'A link in the text leads to neither an http(s) address nor a path on this site: write a full https:// address (for an article, correct the source or its manifest repair and re-run `npm run ingest`).' });
		}
		if (entry.collection === 'articles') {
			const tree = parseArticleMarkdown(entry.body);
			const blocks = anchoredBlocks(tree);
			anchorsByArticle.set(entry.id, new Set(blocks.map((b) => b.anchor)));
			for (const block of blocks) paragraphText.set(`${entry.id}#${block.anchor}`, block.text);
			for (const topic of (entry.data.topics as string[] | undefined) ?? []) topics.add(topic);
			continue;
		}
		// Dimensions and the overview live in their own id space (/dimensions/<id>/): no entity, no names.
		if (!isEntityCollection(entry.collection)) continue;
		const clash = byId.get(entry.id);
		if (clash) {
			errors.push({ file: entry.file, field: '(file name)', value: entry.id, message: `The id "${entry.id}" is already used by ${clash.file}: ids are shared by all entity collections, so rename one of the files.` });
		} else byId.set(entry.id, entry);
	}

	const checkCitation = (entry: RawEntry, field: string, citation: Citation, text: string) => {
		const anchors = anchorsByArticle.get(citation.article);
		if (!anchors && invalid.has(citation.article)) return; // the article itself is reported as invalid
		if (!anchors) {
			errors.push({ file: entry.file, field, value: text, message: `Cites the article "${citation.article}", which does not exist: use an id from content/articles/ (npm run paragraphs lists them).` });
		} else if (!anchors.has(citation.anchor)) {
			errors.push({ file: entry.file, field, value: text, message: `The article "${citation.article}" has no paragraph "${citation.anchor}": run \`npm run paragraphs -- ${citation.article}\` and pick an existing anchor.` });
		}
	};

	for (const entry of entries) {
		// References resolve, into the right collection, to the right kind of entry.
		const rules = { ...REFERENCE_FIELDS[entry.collection], ...(entry.collection === 'articles' ? {} : TIMELINE_EVENT) };
		for (const [pattern, rule] of Object.entries(rules)) {
			for (const [field, value] of fieldValues(entry.data, pattern)) {
				if (value === entry.id && isEntityCollection(entry.collection)) {
					errors.push({ file: entry.file, field, value, message: `"${entry.id}" refers to itself: an entity cannot be its own ${relationWord(field)}. Remove it, or use the id of the other entity that was meant.` });
					continue;
				}
				const target = byId.get(String(value));
				const where = rule.collections.join(' or ');
				if (!target && invalid.has(String(value))) continue; // already reported as invalid
				if (!target || !rule.collections.includes(target.collection)) {
					const hint = target ? `it is in ${target.collection}, but this field takes ${where}` : `no entry has this id (looked in ${where})`;
					errors.push({ file: entry.file, field, value, message: `Unknown reference "${String(value)}": ${hint}. Fix the id or create the entry.` });
					continue;
				}
				const problem = rule.accepts?.(target);
				if (problem) errors.push({ file: entry.file, field, value, message: `"${String(value)}" cannot be referenced here: ${problem}.` });
			}
		}
		if (entry.collection === 'articles') continue;

		// A route's named stops are places with coordinates, or the map cannot draw the line.
		if (entry.collection === 'places') errors.push(...routeErrors(entry, byId));

		// Citations in frontmatter and in the body point at real paragraphs.
		const found: Array<[string, Citation]> = [];
		citationsIn(entry.data, '', found);
		for (const [field, citation] of found) checkCitation(entry, field, citation, `${citation.article}#${citation.anchor}`);
		// Prose citations, in the body and (for a dimension) in its lead: every bracketed group parsed, every key checked.
		const prose: Array<[string, string]> = [['(body)', entry.body]];
		if (typeof entry.data.lead === 'string') prose.push(['lead', entry.data.lead]);
		for (const [field, text] of prose) {
			for (const group of citationGroups(text)) {
				if (group.error) errors.push({ file: entry.file, field, value: group.raw, message: `Looks like a citation but does not parse: ${group.error}. Write [@article-id#p-anchor], several separated by ";", a locator after a comma ([@a#p-x, p. 4]).` });
				else for (const { key, citation } of group.items) checkCitation(entry, field, citation, `@${key}`);
			}
			for (const key of bareCitations(text)) {
				errors.push({ file: entry.file, field, value: key, message: `A citation key outside brackets would show as raw text: write [${key}].` });
			}
		}
		if (entry.collection === 'actors') errors.push(...relationQuoteErrors(entry, paragraphText));
		// A file that failed to parse may hold the topic or figure named here: judge those once it parses.
		if (entry.collection === 'dimensions' && invalid.size === 0) errors.push(...dimensionErrors(entry, topics, figureTopics(entries)));
	}
	errors.push(...nameSpaceErrors(entries));
	errors.push(...successionCycles(byId), ...membershipCycles(byId));
	errors.push(...proseCollectionErrors(entries));
	return errors;
}

/** Folds quotation marks, dashes, case and spacing, so a quote matches the paragraph as printed. */
export function foldQuoteText(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’‛`´]/g, "'")
		.replace(/[“”«»„"]/g, '')
		.replace(/[‐‑‒–—]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A relation's quote is the source's own words: it must stand in one of the paragraphs it cites. */
function relationQuoteErrors(entry: RawEntry, paragraphText: Map<string, string>): ContentError[] {
	const errors: ContentError[] = [];
	((entry.data.relations as Array<{ quote: string; cite: Citation[] }> | undefined) ?? []).forEach((relation, i) => {
		const texts = relation.cite.map((c) => paragraphText.get(`${c.article}#${c.anchor}`)).filter((t): t is string => t !== undefined);
		if (texts.length < relation.cite.length) return; // a missing paragraph is reported by the citation check
		const quote = foldQuoteText(relation.quote);
		if (!texts.some((t) => foldQuoteText(t).includes(quote))) {
			errors.push({ file: entry.file, field: `relations.${i}.quote`, value: relation.quote, message: `The quote "${relation.quote}" is not in the cited paragraph(s): copy the source's words exactly (without quotation marks), or cite the paragraph that has them.` });
		}
	});
	return errors;
}

/** Every figure topic any entity states, for a dimension's `contested`. */
function figureTopics(entries: RawEntry[]): Set<string> {
	const out = new Set<string>();
	for (const e of entries) for (const f of (e.data.figures as Array<{ topic: string }> | undefined) ?? []) out.add(f.topic);
	return out;
}

/** A dimension's topics are the articles' topics, and its contested figures are entity figures. */
function dimensionErrors(entry: RawEntry, topics: Set<string>, figures: Set<string>): ContentError[] {
	const errors: ContentError[] = [];
	((entry.data.topics as string[]) ?? []).forEach((topic, i) => {
		if (!topics.has(topic)) {
			const near = [...topics].filter((t) => t.replace(/[ -]/g, '') === topic.replace(/[ -]/g, ''));
			errors.push({ file: entry.file, field: `topics.${i}`, value: topic, message: `No article has the topic "${topic}"${near.length ? ` (did you mean "${near[0]}"?)` : ''}: use a topic exactly as an article's frontmatter writes it; \`npm run check:content\` lists them.` });
		}
	});
	((entry.data.contested as string[]) ?? []).forEach((topic, i) => {
		if (!figures.has(topic)) {
			errors.push({ file: entry.file, field: `contested.${i}`, value: topic, message: `No entity has a figure "${topic}": use a \`figures[].topic\` exactly as an entity writes it (the Contested figures page lists them), or remove it.` });
		}
	});
	return errors;
}

/** One overview, and no two dimensions in the same place in the order. */
function proseCollectionErrors(entries: RawEntry[]): ContentError[] {
	const errors: ContentError[] = [];
	const overviews = entries.filter((e) => e.collection === 'overview');
	for (const extra of overviews.slice(1)) {
		errors.push({ file: extra.file, field: '(file)', message: `There is one overview of the relationship, and ${overviews[0]!.file} is it: merge this file into it and remove this one.` });
	}
	const byOrder = new Map<number, RawEntry>();
	for (const d of entries.filter((e) => e.collection === 'dimensions')) {
		const order = d.data.order as number;
		const other = byOrder.get(order);
		if (other) errors.push({ file: d.file, field: 'order', value: order, message: `${other.file} already has order ${order}: give each dimension its own place (the next free number).` });
		else byOrder.set(order, d);
	}
	return errors;
}

/** "members.0.ref" → "member", "parties.1" → "party": the relation a field names, for messages. */
function relationWord(field: string): string {
	const head = field.split('.')[0]!;
	const singular: Record<string, string> = { members: 'member', parties: 'party', participants: 'participant', signatories: 'signatory', roles: 'role holder' };
	return singular[head] ?? head;
}

/** Fields that order entities in time: A's successor is B means B's predecessor is A. */
const SUCCESSION = ['predecessor', 'successor'] as const;

/** One directed link between entities, with the file and field that state it. */
interface Edge {
	to: string;
	from: RawEntry;
	field: string;
}

/**
 * Cycles in a graph of links between entities, of any length. Each cycle is reported once, on
 * the field that closes it in a depth-first search in id order, with the whole chain so that
 * the wrong link can be found.
 */
function cycles(next: ReadonlyMap<string, Edge[]>, message: (chain: string[]) => string): ContentError[] {
	const errors: ContentError[] = [];
	const state = new Map<string, 'open' | 'done'>();
	const reported = new Set<string>();
	// `stack` is the chain from the search's start to the current entity.
	const stack: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'open');
		stack.push(id);
		for (const edge of next.get(id) ?? []) {
			if (state.get(edge.to) === 'open') {
				const cycle = stack.slice(stack.indexOf(edge.to));
				const key = [...cycle].sort().join(' ');
				if (reported.has(key)) continue;
				reported.add(key);
				const value = edge.field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], edge.from.data);
				errors.push({ file: edge.from.file, field: edge.field, value, message: message([...cycle, edge.to]) });
			} else if (!state.has(edge.to)) visit(edge.to);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const id of [...next.keys()].sort()) if (!state.has(id)) visit(id);
	return errors;
}

/**
 * Cycles in predecessor/successor chains ("A precedes B precedes A"): a chain through time
 * cannot come back to where it started.
 */
export function successionCycles(byId: ReadonlyMap<string, RawEntry>): ContentError[] {
	// Edges point forward in time: entry → its successor, predecessor → entry.
	const next = new Map<string, Edge[]>();
	const add = (a: string, b: string, from: RawEntry, field: string) => {
		if (a === b || !byId.has(a) || !byId.has(b)) return; // self-references and unknown ids are reported elsewhere
		next.set(a, [...(next.get(a) ?? []), { to: b, from, field }]);
	};
	for (const entry of [...byId.values()].sort((x, y) => x.id.localeCompare(y.id))) {
		for (const field of SUCCESSION) {
			const value = entry.data[field];
			if (typeof value !== 'string') continue;
			if (field === 'successor') add(entry.id, value, entry, field);
			else add(value, entry.id, entry, field);
		}
	}
	return cycles(next, (chain) => `Predecessors and successors run in a circle (${chain.join(' → ')}): a chain through time cannot return to its start. Fix the wrong predecessor or successor.`);
}

/**
 * Cycles in membership ("A is a member of B, B is a member of A", or through any number of
 * bodies): a body cannot contain itself.
 */
export function membershipCycles(byId: ReadonlyMap<string, RawEntry>): ContentError[] {
	// Edges point from a body to each of its members.
	const next = new Map<string, Edge[]>();
	for (const entry of [...byId.values()].sort((x, y) => x.id.localeCompare(y.id))) {
		((entry.data.members ?? []) as Array<{ ref?: unknown }>).forEach((member, i) => {
			const ref = member?.ref;
			if (typeof ref !== 'string' || ref === entry.id || !byId.has(ref)) return; // reported elsewhere
			next.set(entry.id, [...(next.get(entry.id) ?? []), { to: ref, from: entry, field: `members.${i}.ref` }]);
		});
	}
	return cycles(next, (chain) => `Memberships run in a circle (${chain.join(' has member ')}): a body cannot be a member of itself, directly or through others. Remove the wrong membership.`);
}

/** Loads and checks a whole content tree; the single entry point for the build and the tests. */
export function validateContent(projectRoot: string, contentDir = 'content'): { entries: RawEntry[]; errors: ContentError[] } {
	const { entries, errors, invalid } = loadContent(projectRoot, contentDir);
	const all = [...errors, ...checkIntegrity(entries, invalid)];
	// The ledger of permanent links is checked on content that is otherwise sound: a file that
	// fails its schema is missing from `entries`, and its pages would be reported a second time.
	if (all.length === 0) all.push(...checkLedger(projectRoot, contentDir, entries));
	return { entries, errors: all };
}

/** Formats errors for the terminal: file, field, value, fix. */
export function formatContentErrors(errors: ContentError[]): string {
	const lines = [`Content check failed with ${errors.length} error${errors.length === 1 ? '' : 's'}:`];
	for (const error of errors) {
		const value = error.value === undefined ? '' : ` (value: ${JSON.stringify(error.value)})`;
		lines.push(`  ${error.file}\n    field ${error.field}${value}\n    ${error.message}`);
	}
	return lines.join('\n');
}
