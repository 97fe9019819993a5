/**
 * Splits a source file into its articles along the manifest's line ranges, and proves that
 * the split loses nothing: every non-blank line of the file must be claimed by exactly one
 * article part, abstract, frontmatter line or declared omission. A line nobody claims is a
 * line silently dropped, so it is an error, not a warning.
 */
import { edges, isBlank, normalizeSpace, sliceLines } from './lines';
import type { ArticleEntry, LineRange, Omission, Part, SourceEntry } from './manifest';

/** One article's raw material: its parts' lines in reading order, and the abstract's lines. */
export interface ArticleSlice {
	entry: ArticleEntry;
	parts: Array<{ part: Part; lines: string[] }>;
	/** Lines of a printed abstract or standfirst (`abstract.from: lines`), else undefined. */
	abstractLines?: string[];
}

interface Claim {
	range: LineRange;
	owner: string;
}

/** Everything in a source entry that claims lines, labelled for error messages. */
export function claims(source: SourceEntry): Claim[] {
	const out: Claim[] = source.omit.map((o) => ({ range: o.lines, owner: `omission "${o.what}"` }));
	for (const article of source.articles) {
		for (const o of article.omit) out.push({ range: o.lines, owner: `${article.id}: omission "${o.what}"` });
		for (const m of article.meta) out.push({ range: [m.line, m.line], owner: `${article.id}: ${m.field} line` });
		if (article.abstract.from === 'lines') out.push({ range: article.abstract.lines, owner: `${article.id}: abstract` });
		for (const p of article.parts) out.push({ range: p.lines, owner: `${article.id}: ${p.role} part` });
	}
	return out;
}

/**
 * Checks that claims do not overlap and that every non-blank line is claimed.
 * Returns the problems (empty when the coverage is complete).
 */
export function coverageProblems(source: SourceEntry, lines: readonly string[]): string[] {
	const owner: Array<string | undefined> = new Array(lines.length + 1);
	const problems: string[] = [];
	for (const claim of claims(source)) {
		const [first, last] = claim.range;
		if (last > lines.length) {
			problems.push(`${claim.owner} [${first}, ${last}] runs past the end of the file (${lines.length} lines).`);
			continue;
		}
		for (let n = first; n <= last; n++) {
			if (owner[n]) problems.push(`line ${n} is claimed by both ${owner[n]} and ${claim.owner}.`);
			else owner[n] = claim.owner;
		}
	}
	const unclaimed: number[] = [];
	lines.forEach((line, i) => {
		if (!owner[i + 1] && !isBlank(line)) unclaimed.push(i + 1);
	});
	for (const run of runs(unclaimed)) {
		problems.push(
			`lines ${run[0]}–${run[1]} belong to no article and are not declared as omitted: "${normalizeSpace(lines[run[0] - 1]!).slice(0, 60)}…"`,
		);
	}
	return problems;
}

/** Groups sorted numbers into [first, last] runs. */
function runs(numbers: number[]): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const n of numbers) {
		const last = out[out.length - 1];
		if (last && n === last[1] + 1) last[1] = n;
		else out.push([n, n]);
	}
	return out;
}

/** Checks a range's declared first/last words against the file. */
export function boundsProblems(
	label: string,
	lines: readonly string[],
	bounds: { first?: string | undefined; last?: string | undefined },
): string[] {
	const found = edges(lines);
	if (!found) return [`${label} contains only blank lines.`];
	const problems: string[] = [];
	if (bounds.first !== undefined && !found.first.startsWith(bounds.first)) {
		problems.push(`${label} should start with "${bounds.first}" but starts with "${found.first.slice(0, 60)}".`);
	}
	if (bounds.last !== undefined && !found.last.endsWith(bounds.last)) {
		problems.push(`${label} should end with "${bounds.last}" but ends with "${found.last.slice(-60)}".`);
	}
	return problems;
}

/** Verifies an omission that claims to be a second copy of other lines. */
export function duplicateProblems(omission: Omission, lines: readonly string[]): string[] {
	const dup = omission.duplicateOf;
	if (!dup) return [];
	const copy = sliceLines(lines, omission.lines, `omission "${omission.what}"`);
	const original = sliceLines(lines, dup.lines, `original of "${omission.what}"`);
	if (copy.length !== original.length) {
		return [`"${omission.what}" has ${copy.length} lines but its original [${dup.lines.join(', ')}] has ${original.length}.`];
	}
	const problems: string[] = [];
	copy.forEach((line, i) => {
		const n = omission.lines[0] + i;
		const same = normalizeSpace(line) === normalizeSpace(original[i]!);
		const allowed = dup.differingLines.includes(n);
		if (!same && !allowed) problems.push(`"${omission.what}" line ${n} differs from line ${dup.lines[0] + i}; it is not a copy.`);
		if (same && allowed) problems.push(`"${omission.what}" line ${n} is declared as differing but is identical.`);
	});
	return problems;
}

/** Verifies frontmatter lines still say what the manifest records. */
export function metaProblems(article: ArticleEntry, lines: readonly string[]): string[] {
	return article.meta
		.filter((m) => normalizeSpace(lines[m.line - 1] ?? '') !== m.text)
		.map((m) => `${article.id}: line ${m.line} should read "${m.text}" (${m.field}) but reads "${normalizeSpace(lines[m.line - 1] ?? '')}".`);
}

/**
 * Slices a source into its articles after checking coverage, bounds, duplicates and
 * frontmatter lines. Throws one error listing every problem found.
 */
export function splitSource(source: SourceEntry, lines: readonly string[]): ArticleSlice[] {
	const problems = [...coverageProblems(source, lines)];
	for (const o of [...source.omit, ...source.articles.flatMap((a) => a.omit)]) problems.push(...duplicateProblems(o, lines));
	const slices: ArticleSlice[] = [];
	for (const entry of source.articles) {
		problems.push(...metaProblems(entry, lines));
		const parts = entry.parts.map((part, i) => {
			const slice = part.lines[1] <= lines.length ? sliceLines(lines, part.lines) : [];
			problems.push(...boundsProblems(`${entry.id}: part ${i + 1} (${part.role}, lines ${part.lines.join('–')})`, slice, part));
			return { part, lines: slice };
		});
		const slice: ArticleSlice = { entry, parts };
		if (entry.abstract.from === 'lines' && entry.abstract.lines[1] <= lines.length) {
			slice.abstractLines = sliceLines(lines, entry.abstract.lines);
		}
		slices.push(slice);
	}
	if (problems.length > 0) throw new Error(`${source.file}:\n  - ${problems.join('\n  - ')}`);
	return slices;
}
