/**
 * `npm run ingest -- --new <file>`: a first draft of a manifest entry for a raw source, printed
 * for the maintainer to check and edit, never written into the manifest. Everything here is a
 * guess from the text's shape (short lines as headings, "By …" as a byline, a printed date),
 * so the draft marks each guess with a comment and leaves the judgement to a person; the
 * ingest then verifies every declared boundary and repair.
 */
import { Document, isScalar, visit } from 'yaml';
import { splitSentences } from './abstract';
import { cruftKind } from './cruft';
import { isBlank, normalizeSpace, splitLines } from './lines';
import { markupHeading, navigationKind, textKind, withoutEmphasis, type MarkupHeading, type TextKind } from './markup';
import { toSlug } from '../utils/names';

export interface Scaffold {
	/** The manifest entry as YAML, with comments, ready to paste under `sources:`. */
	yaml: string;
	/** Plain text, Markdown or wiki markup. */
	kind: TextKind;
	/** The title's line and its words without markup. */
	title?: { line: number; text: string };
	byline?: { line: number; text: string };
	date?: { line: number; text: string; iso: string };
	headings: Array<{ line: number; text: string }>;
	/** The body's first and last lines, as a range. */
	body: [number, number];
	/** Sentences of the lead paragraph the abstract quotes: as many as it has, at most two. */
	sentences: number;
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

/**
 * The form of every value the draft cannot know: "TODO: " and what to write. The manifest
 * schema refuses any value in this form (see rejectPlaceholders in ./manifest), so a draft
 * pasted as it stands fails, naming each field, until a person fills it in.
 */
export const todo = (what: string) => `TODO: ${what}`;

/** A line with its number, its text as it stands, and its words without markup. */
interface Numbered {
	line: number;
	text: string;
	plain: string;
	heading?: MarkupHeading;
}

/** A line that reads as running prose: a sentence, or a long line. */
const isProse = (l: Numbered) => !l.heading && (l.plain.length > 100 || (l.plain.split(' ').length >= 6 && /[.!?…"”’)]$/u.test(l.plain)));
const isByline = (l: Numbered) => /^(by|written by)\s+\S/i.test(l.plain);
/** A rubric is one word ("Commentary", "ANALYSIS"); a title has more. */
const isTitleLike = (l: Numbered) =>
	l.plain.length <= 160 && /^\P{Ll}/u.test(l.plain) && !isByline(l) && l.plain.split(' ').length >= 2 && !/[.;:,]$/.test(l.plain) && !isProse(l);

/** Drafts a manifest entry for the source `file` with the text `text`. */
export function scaffoldEntry(file: string, text: string): Scaffold {
	const lines = splitLines(text);
	const kind = textKind(lines);
	const numbered: Numbered[] = lines
		.map((l, i) => {
			const heading = kind === 'plain' ? undefined : markupHeading(l);
			return { line: i + 1, text: normalizeSpace(l), plain: heading?.text ?? withoutEmphasis(l), ...(heading ? { heading } : {}) };
		})
		.filter((l) => l.text.length > 0);
	const kindOf = (l: Numbered) => cruftKind(l.text) ?? navigationKind(l.text);
	const content = numbered.filter((l) => !kindOf(l));

	// A printed date near the top; a site's "Published: …" line counts, though it is cruft inside an article.
	const dated = numbered
		.slice(0, 15)
		.map((l) => ({ ...l, iso: findDate(l.plain) }))
		.find((l) => l.iso && l.plain.length < 80);
	const date = dated ? { line: dated.line, text: dated.text, iso: dated.iso! } : undefined;
	// The title is the first heading-like line: a level-1 heading in marked-up text; else, in the
	// block of title-like lines just before the byline (or the printed date), the first one, so
	// that a subheading or standfirst between title and byline is not taken for the title, and
	// a one-word rubric ("ANALYSIS", "Commentary") or site furniture before it ends the block.
	const byline = content.find(isByline);
	const canBeTitle = (l: Numbered) => isTitleLike(l) && l.line !== date?.line && !kindOf(l);
	const anchor = byline?.line ?? date?.line;
	const title =
		(kind === 'plain' ? undefined : (content.find((l) => l.heading?.level === 1) ?? content.find((l) => l.heading))) ??
		(anchor ? titleBlockBefore(numbered.filter((l) => l.line < anchor), canBeTitle) : undefined) ??
		content.find(canBeTitle);
	const metaLines = new Set([title?.line, byline?.line, date?.line].filter((n): n is number => n !== undefined));
	const cruft = numbered.flatMap((l) => {
		const k = kindOf(l);
		return k && !metaLines.has(l.line) ? [{ line: l.line, kind: k, text: l.text }] : [];
	});

	// The body starts at the first prose line after the title, byline and date: what stands
	// between them and it (a subtitle, a flattened infobox) is proposed as omitted.
	const headEnd = Math.max(0, ...metaLines);
	const firstProse = content.find((l) => l.line > headEnd && isProse(l));
	const bodyStart = firstProse?.line ?? content.find((l) => l.line > headEnd && !metaLines.has(l.line))?.line ?? headEnd + 1;
	const afterStart = content.filter((l) => l.line >= bodyStart);
	const closing = (l: Numbered) => APPARATUS.test(l.plain) || (kind === 'wiki' && WIKI_CLOSING.test(l.plain));
	const closingAt = afterStart.find((l, i) => i > 0 && closing(l));
	const apparatusStart = closingAt && !closingAt.heading && APPARATUS.test(closingAt.plain) ? closingAt : undefined;
	let bodyLines = afterStart.filter((l) => !closingAt || l.line < closingAt.line);
	// Site material after the article (related links, footers) ends the body at its first cruft
	// line; the headline-like lines just before it ("More details" blocks) go with it.
	const firstCruft = cruft.find((c) => c.line > bodyStart);
	if (firstCruft) bodyLines = bodyLines.filter((l) => l.line < firstCruft.line);
	while (bodyLines.length > 1 && (bodyLines.at(-1)!.heading || looksLikeHeading(bodyLines.at(-1)!.text))) bodyLines.pop();
	const first = bodyLines[0] ?? numbered[0] ?? { line: 1, text: '', plain: '' };
	const last = bodyLines.at(-1) ?? first;
	const body: [number, number] = [first.line, last.line];
	const cruftAfterApparatus = apparatusStart && cruft.find((c) => c.line > apparatusStart.line);
	const apparatusLines = apparatusStart ? content.filter((l) => l.line > apparatusStart.line && (!cruftAfterApparatus || l.line < cruftAfterApparatus.line)) : [];
	const apparatus = apparatusStart && apparatusLines.length
		? {
				role: /notes/i.test(apparatusStart.text) ? ('endnotes' as const) : ('bibliography' as const),
				heading: apparatusStart.text,
				lines: [apparatusStart.line, apparatusLines.at(-1)!.line] as [number, number],
			}
		: undefined;
	const obtained = kind === 'plain' ? guessObtained(lines.slice(body[0] - 1, body[1])) : 'web extract';
	// A heading stands alone: between blank lines in a web extract; in a PDF extract, after a line that ends a sentence.
	const standsAlone = (line: number) =>
		obtained === 'web extract' ? isBlankAround(lines, line) : /[.!?"”]$/.test(normalizeSpace(lines[line - 2] ?? '.')) || isBlank(lines[line - 2] ?? '');
	const headings = bodyLines
		.filter((l, i) => i > 0 && (l.heading ? true : kind === 'plain' && looksLikeHeading(l.text) && standsAlone(l.line)))
		.map(({ line, plain }) => ({ line, text: plain }));

	// The lead: the opening sentences of the first paragraph, at most two, as many as it has.
	const leadParagraph = obtained === 'PDF extract' ? firstParagraph(lines, body[0]) : first.plain;
	const sentences = Math.max(1, Math.min(2, splitSentences(leadParagraph).length));

	const author = byline ? byline.plain.replace(/^(written by|by)\s+/i, '').split(/[,;]| and /)[0]!.trim() : undefined;
	const surname = author?.split(/\s+/).at(-1);
	const id = toSlug([surname, ...(title?.plain.split(/\s+/).slice(0, 4) ?? ['new-article'])].filter(Boolean).join(' '));

	// Non-blank lines outside the body and apparatus must be omitted, with a reason: a range
	// for each run of lines before the body, one for what follows the article.
	const end = apparatus?.lines[1] ?? body[1];
	const before = numbered.filter((l) => l.line < body[0] && !metaLines.has(l.line));
	const trailing = numbered.filter((l) => l.line > end);
	const omit = [
		...runsOf(before, kindOf).map((run) => ({ lines: [run[0]!.line, run.at(-1)!.line], what: describeRun(run, kindOf, kind), why: todo('why it is not article text.') })),
		...(trailing.length
			? [{ lines: [trailing[0]!.line, trailing.at(-1)!.line], what: todo(`what follows the article (${[...new Set(trailing.map((l) => kindOf(l) ?? (l.heading ? 'closing sections' : '')).filter(Boolean))].join(', ') || 'unrecognised'})`), why: todo('why it is not article text.') }]
			: []),
	];
	const entry = {
		file,
		obtained,
		what: todo('what the file is (publication, issue, date) and what it holds.'),
		omit,
		articles: [
			{
				id,
				meta: [
					...(title ? [{ line: title.line, field: 'title', text: title.text }] : []),
					...(byline ? [{ line: byline.line, field: 'authors', text: byline.text }] : []),
					...(date ? [{ line: date.line, field: 'published', text: date.text }] : []),
				],
				abstract: { from: 'lead', sentences, why: todo('"lead" quotes the opening sentences; use from: lines for a printed abstract.') },
				parts: [
					{ role: 'body', lines: body, first: first.text.slice(0, 20), last: last.text.slice(-30).trim() },
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
					title: title?.plain ?? todo('the title as published.'),
					authors: [{ name: author ?? todo('the author as printed; see content/README.md ("Authors") for an institution or an unknown author.') }],
					publication: { name: todo('the journal, site or publisher.') },
					published: date?.iso ?? todo("the date printed or established elsewhere, as a quoted 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or `undated`."),
				},
			},
		],
	};
	const notes = [
		`# Draft manifest entry for ${file}: every value is a guess. Check each against the text,`,
		'# fill in every "TODO: …" (the manifest refuses them), then paste it under `sources:` in',
		'# content/sources/manifest.yaml and run `npm run ingest`.',
		...(/\.txt$/.test(file) ? [] : [`# ${file} is not a .txt file: save it in content/sources/ as NNN_<name>.txt (content/README.md, "Naming rules") and use that name.`]),
		`# Read as ${kind === 'plain' ? 'plain text' : kind === 'wiki' ? 'wiki markup' : 'Markdown'}. Guessed: obtained "${obtained}"; title from line ${title?.line ?? '?'}; byline from line ${byline?.line ?? '?'}; ` +
			(date ? `date "${date.iso}" from line ${date.line}.` : 'no printed date found: write one established elsewhere, or `undated` (never invent one).'),
		`# Body: lines ${body[0]}–${body[1]}${apparatus ? `; ${apparatus.role} under "${apparatus.heading}", lines ${apparatus.lines[0]}–${apparatus.lines[1]}` : ''}; its lead paragraph has ${splitSentences(leadParagraph).length} sentence(s).`,
		...(headings.length
			? [
					kind === 'plain'
						? '# Candidate headings (short capitalised lines standing alone; in a PDF extract declare the real ones under repairs.headings, in a web extract they are detected on their own):'
						: '# Headings marked up in the text (the ingest reads them on its own):',
					...headings.map((h) => `#   line ${h.line}: ${h.text}`),
				]
			: ['# No candidate headings found.']),
		...(cruft.length ? ['# Lines that look like page cruft or navigation are listed under omit; any non-blank line no part claims must be omitted.'] : []),
	];
	const doc = new Document([entry]);
	// Line ranges as [first, last], the way the manifest writes them.
	visit(doc, { Seq: (_, node) => void (node.items.every((i) => isScalar(i) && typeof i.value === 'number') && (node.flow = true)) });
	// A date as a quoted string, the form the manifest documents (unquoted, a year alone would be a number).
	visit(doc, {
		Pair: (_, pair) => {
			if (isScalar(pair.key) && pair.key.value === 'published' && isScalar(pair.value) && /^\d/.test(String(pair.value.value))) pair.value.type = 'QUOTE_SINGLE';
		},
	});
	return { yaml: `${notes.join('\n')}\n${doc.toString({ lineWidth: 0 })}`, kind, title: title && { line: title.line, text: title.plain }, byline: byline && { line: byline.line, text: byline.text }, date, headings, body, sentences, apparatus, cruft, obtained };
}

/**
 * The first line of the run of title-like lines nearest the end of `before`: walking back,
 * lines that cannot be a title (a standfirst sentence, cruft) are passed over until one can;
 * then the run continues while the lines before it can be titles too.
 */
function titleBlockBefore(before: readonly Numbered[], canBeTitle: (l: Numbered) => boolean): Numbered | undefined {
	let i = before.length - 1;
	while (i >= 0 && !canBeTitle(before[i]!)) i--;
	if (i < 0) return undefined;
	while (i > 0 && canBeTitle(before[i - 1]!)) i--;
	return before[i];
}

/** Wiki sections that close an article and are not its text. */
const WIKI_CLOSING = /^(see also|external links|further reading|references|notes)$/i;

/** What a run of lines before the body is: its cruft kind, a flattened infobox, or a question for the maintainer. */
function describeRun(run: readonly Numbered[], kindOf: (l: Numbered) => string | undefined, kind: TextKind): string {
	const known = kindOf(run[0]!);
	if (known) return known;
	if (run.length >= 3) return kind === 'wiki' ? 'Infobox (flattened)' : todo('what these lines are (a flattened infobox or fact box?).');
	return todo('what these lines are (a rubric, a subtitle or standfirst: omit it, or make it the abstract with from: lines).');
}

/**
 * Groups lines into runs of adjacent lines of one kind (a blank line, or a change from
 * navigation to text, ends a run), so that each omission says what it is.
 */
function runsOf(numbered: readonly Numbered[], kindOf: (l: Numbered) => string | undefined): Numbered[][] {
	const out: Numbered[][] = [];
	for (const l of numbered) {
		const run = out.at(-1);
		const prev = run?.at(-1);
		if (run && prev && l.line === prev.line + 1 && kindOf(l) === kindOf(prev)) run.push(l);
		else out.push([l]);
	}
	return out;
}

/** A PDF extract's paragraph from `line`: its lines up to the next blank line, joined. */
function firstParagraph(lines: readonly string[], line: number): string {
	const out: string[] = [];
	for (let i = line - 1; i < lines.length && !isBlank(lines[i]!); i++) out.push(normalizeSpace(lines[i]!));
	return out.join(' ');
}

/** Whether the line stands alone: a blank line (or the file's edge) before and after it. */
function isBlankAround(lines: readonly string[], line: number): boolean {
	const before = lines[line - 2];
	const after = lines[line];
	return (before === undefined || isBlank(before)) && (after === undefined || isBlank(after));
}
