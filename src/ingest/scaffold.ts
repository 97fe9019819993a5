/**
 * `npm run ingest -- --new <file>`: a first draft of a manifest entry for a raw source, printed
 * for the maintainer to check and edit, never written into the manifest. Everything here is a
 * guess from the text's shape (short lines as headings, "By …" as a byline, a printed date),
 * so the draft marks each guess with a comment and leaves the judgement to a person; the
 * ingest then verifies every declared boundary and repair.
 */
import { Document, isScalar, visit } from 'yaml';
import { cruftKind } from './cruft';
import { isBlank, normalizeSpace, splitLines } from './lines';
import { toSlug } from '../utils/names';

export interface Scaffold {
	/** The manifest entry as YAML, with comments, ready to paste under `sources:`. */
	yaml: string;
	title?: { line: number; text: string };
	byline?: { line: number; text: string };
	date?: { line: number; text: string; iso: string };
	headings: Array<{ line: number; text: string }>;
	/** The body's first and last lines, as a range. */
	body: [number, number];
	/** A Works Cited / References / Notes block after the body, if one was found. */
	apparatus?: { role: 'bibliography' | 'endnotes'; heading: string; lines: [number, number] };
	cruft: Array<{ line: number; kind: string; text: string }>;
	obtained: 'web extract' | 'PDF extract';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const APPARATUS = /^(works cited|bibliography|references|sources|notes|endnotes)$/i;

/** A printed date at the precision printed: "19 November 2010", "November 19, 2010", "2010-11-19", "May 2014". */
export function findDate(text: string): string | undefined {
	const t = text.toLowerCase();
	let m = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`).exec(t);
	if (m) return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
	m = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`).exec(t);
	if (m) return `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
	m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
	if (m) return `${m[1]}-${m[2]}-${m[3]}`;
	m = new RegExp(`\\b${MONTH},? (\\d{4})\\b`).exec(t);
	if (m) return `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`;
	return undefined;
}

/** A line that looks like a heading: short, no closing stop, mostly capitalised words. */
export function looksLikeHeading(line: string): boolean {
	const text = normalizeSpace(line);
	if (text.length < 3 || text.length > 90 || /[.,;:]$/.test(text) || /^[-•*\d[(]/.test(text)) return false;
	const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
	if (words.length === 0 || words.length > 12) return false;
	const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
	return capitalised / words.length >= 0.6;
}

/** PDF extracts are hard-wrapped: most lines end mid-sentence at a similar width. */
function guessObtained(lines: readonly string[]): 'web extract' | 'PDF extract' {
	const filled = lines.map(normalizeSpace).filter((l) => l.length > 0);
	const wrapped = filled.filter((l) => l.length > 30 && l.length < 110 && !/[.!?:"”]$/.test(l)).length;
	return filled.length > 0 && wrapped / filled.length > 0.4 ? 'PDF extract' : 'web extract';
}

/** Drafts a manifest entry for the source `file` with the text `text`. */
export function scaffoldEntry(file: string, text: string): Scaffold {
	const lines = splitLines(text);
	const numbered = lines.map((l, i) => ({ line: i + 1, text: normalizeSpace(l) })).filter((l) => l.text.length > 0);
	const cruft = numbered.flatMap((l) => {
		const kind = cruftKind(l.text);
		return kind ? [{ line: l.line, kind, text: l.text }] : [];
	});
	const content = numbered.filter((l) => !cruftKind(l.text));
	const byline = content.find((l) => /^(by|written by)\s+\S/i.test(l.text));
	// A title starts with a capital, is not a rubric in capitals ("ANALYSIS"), and stands just before the byline when there is one.
	const titleLike = (l: { text: string }) => l.text.length <= 160 && /^\P{Ll}/u.test(l.text) && !/^(by|written by)\s/i.test(l.text) && !/^[\p{Lu}\s]{3,20}$/u.test(l.text);
	const title = (byline ? content.filter((l) => l.line < byline.line).reverse().find(titleLike) : undefined) ?? content.find(titleLike);
	const dated = content.slice(0, 15).map((l) => ({ ...l, iso: findDate(l.text) })).find((l) => l.iso && l.text.length < 80);
	const date = dated ? { line: dated.line, text: dated.text, iso: dated.iso! } : undefined;
	const metaLines = new Set([title?.line, byline?.line, date?.line].filter((n): n is number => n !== undefined));
	const afterMeta = content.filter((l) => l.line > Math.max(0, ...metaLines) && !metaLines.has(l.line));
	const apparatusStart = afterMeta.find((l) => APPARATUS.test(l.text));
	let bodyLines = afterMeta.filter((l) => !apparatusStart || l.line < apparatusStart.line);
	// Site material after the article (related links, footers) ends the body at its first cruft
	// line; the headline-like lines just before it ("More details" blocks) go with it.
	const firstCruft = cruft.find((c) => c.line > (bodyLines[0]?.line ?? 0));
	if (firstCruft) bodyLines = bodyLines.filter((l) => l.line < firstCruft.line);
	while (bodyLines.length > 1 && looksLikeHeading(bodyLines.at(-1)!.text)) bodyLines.pop();
	const first = bodyLines[0] ?? afterMeta[0] ?? numbered[0] ?? { line: 1, text: '' };
	const last = bodyLines.at(-1) ?? first;
	const body: [number, number] = [first.line, last.line];
	const cruftAfterApparatus = apparatusStart && cruft.find((c) => c.line > apparatusStart.line);
	const apparatusLines = apparatusStart ? afterMeta.filter((l) => l.line > apparatusStart.line && (!cruftAfterApparatus || l.line < cruftAfterApparatus.line)) : [];
	const apparatus = apparatusStart && apparatusLines.length
		? {
				role: /notes/i.test(apparatusStart.text) ? ('endnotes' as const) : ('bibliography' as const),
				heading: apparatusStart.text,
				lines: [apparatusStart.line, apparatusLines.at(-1)!.line] as [number, number],
			}
		: undefined;
	const obtained = guessObtained(lines.slice(body[0] - 1, body[1]));
	// A heading stands alone: between blank lines in a web extract; in a PDF extract, after a line that ends a sentence.
	const standsAlone = (line: number) =>
		obtained === 'web extract' ? isBlankAround(lines, line) : /[.!?"”]$/.test(normalizeSpace(lines[line - 2] ?? '.')) || isBlank(lines[line - 2] ?? '');
	const headings = bodyLines.filter((l, i) => i > 0 && looksLikeHeading(l.text) && standsAlone(l.line)).map(({ line, text }) => ({ line, text }));

	const surname = byline ? byline.text.replace(/^(written by|by)\s+/i, '').split(/[,;]| and /)[0]!.trim().split(/\s+/).at(-1) : undefined;
	const id = toSlug([surname, ...(title?.text.split(/\s+/).slice(0, 4) ?? ['new-article'])].filter(Boolean).join(' '));

	// Non-blank lines outside the body and apparatus must be omitted, with a reason: one range
	// for what follows the article, one line for each piece of cruft before it.
	const end = apparatus?.lines[1] ?? body[1];
	const trailing = numbered.filter((l) => l.line > end);
	const omit = [
		...cruft.filter((c) => c.line < body[0]).map((c) => ({ lines: [c.line, c.line], what: c.kind, why: 'TODO: why it is not article text.' })),
		...(trailing.length ? [{ lines: [trailing[0]!.line, trailing.at(-1)!.line], what: `TODO: what follows the article (${[...new Set(cruft.filter((c) => c.line > end).map((c) => c.kind))].join(', ') || 'unrecognised'})`, why: 'TODO: why it is not article text.' }] : []),
	];
	const entry = {
		file,
		obtained,
		what: 'TODO: what the file is (publication, issue, date) and what it holds.',
		omit,
		articles: [
			{
				id,
				meta: [
					...(title ? [{ line: title.line, field: 'title', text: title.text }] : []),
					...(byline ? [{ line: byline.line, field: 'authors', text: byline.text }] : []),
					...(date && date.line !== title?.line && date.line !== byline?.line ? [{ line: date.line, field: 'published', text: date.text }] : []),
				],
				abstract: { from: 'lead', sentences: 2, why: 'TODO: "lead" quotes the opening sentences; use from: lines for a printed abstract.' },
				parts: [
					{ role: 'body', lines: body, first: first.text.slice(0, 20), last: last.text.slice(-30) },
					...(apparatus
						? [
								apparatus.role === 'bibliography'
									? { role: 'bibliography', lines: apparatus.lines, heading: apparatus.heading }
									: { role: 'endnotes', lines: [apparatus.lines[0] + 1, apparatus.lines[1]], style: 'bracketed' },
							]
						: []),
				],
				...(headings.length && obtained === 'PDF extract' ? { repairs: { headings: headings.map((h) => ({ lines: [h.text] })) } } : {}),
				frontmatter: {
					title: title?.text ?? 'TODO',
					authors: [{ name: byline ? byline.text.replace(/^(written by|by)\s+/i, '').split(',')[0]!.trim() : 'TODO' }],
					publication: { name: 'TODO' },
					published: date?.iso ?? 'undated',
				},
			},
		],
	};
	const notes = [
		`# Draft manifest entry for ${file}: every value is a guess. Check each against the text,`,
		'# then paste it under `sources:` in content/sources/manifest.yaml and run `npm run ingest`.',
		`# Guessed: obtained "${obtained}"; title from line ${title?.line ?? '?'}; byline from line ${byline?.line ?? '?'}; ` +
			(date ? `date "${date.iso}" from line ${date.line}.` : 'no printed date found, so `undated` (never invent one).'),
		`# Body: lines ${body[0]}–${body[1]}${apparatus ? `; ${apparatus.role} under "${apparatus.heading}", lines ${apparatus.lines[0]}–${apparatus.lines[1]}` : ''}.`,
		...(headings.length
			? [
					'# Candidate headings (short capitalised lines standing alone; in a PDF extract declare the real ones',
					'# under repairs.headings, in a web extract they are detected on their own):',
					...headings.map((h) => `#   line ${h.line}: ${h.text}`),
				]
			: ['# No candidate headings found.']),
		...(cruft.length ? ['# Lines that look like page cruft are listed under omit; any non-blank line no part claims must be omitted.'] : []),
	];
	const doc = new Document([entry]);
	// Line ranges as [first, last], the way the manifest writes them.
	visit(doc, { Seq: (_, node) => void (node.items.every((i) => isScalar(i) && typeof i.value === 'number') && (node.flow = true)) });
	return { yaml: `${notes.join('\n')}\n${doc.toString({ lineWidth: 0 })}`, title, byline, date, headings, body, apparatus, cruft, obtained };
}

/** Whether the line stands alone: a blank line (or the file's edge) before and after it. */
function isBlankAround(lines: readonly string[], line: number): boolean {
	const before = lines[line - 2];
	const after = lines[line];
	return (before === undefined || isBlank(before)) && (after === undefined || isBlank(after));
}
