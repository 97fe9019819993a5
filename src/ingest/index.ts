/**
 * The ingest: manifest + raw source files in, one MDX file per article out.
 *
 * Pure and deterministic (same input, byte-identical output: no clock, no randomness, no
 * dependence on file-system order), so that `npm run ingest -- --check` and the unit test
 * can rebuild every article in memory and compare it with the committed files. Reading the
 * files is left to loadIngestInput and the script.
 *
 * Per article: split the source along the manifest's line ranges (split.ts, which proves
 * every line is accounted for), guard against cruft inside the ranges (cruft.ts), apply the
 * declared repairs and the generic rules (dropcaps, headings, reflow + dehyphenate,
 * replacements, lists), turn endnotes into footnotes (footnotes.ts), then build, serialise
 * and verify the MDX (to-mdx.ts) and its frontmatter (frontmatter.ts).
 */
import { readFileSync } from 'node:fs';
import { decodeSource } from './source-text';
import { join } from 'node:path';
import { leadSentences } from './abstract';
import { bibliographyBlocks } from './bibliography';
import type { Block, LineItem } from './blocks';
import { blockTexts } from './blocks';
import { findCruft } from './cruft';
import { buildLexicon, type Lexicon, type LoggedDecision } from './dehyphenate';
import { joinDropCaps } from './dropcaps';
import { type Endnote, markerLabels, pairingProblems, parseEndnotes } from './footnotes';
import { buildFrontmatter, serializeFrontmatter, validateFrontmatter } from './frontmatter';
import { detectHeadings, markDeclaredHeadings } from './headings';
import { splitLines } from './lines';
import { applyLists } from './lists';
import { type ArticleEntry, type Manifest, parseManifest, type SourceEntry } from './manifest';
import { reflowPdf, reflowWeb } from './reflow';
import { applyReplacements } from './replacements';
import { type ArticleSlice, splitSource } from './split';
import { serializeBody, toMdast, verifyRoundTrip } from './to-mdx';
import { anchoredBlocks } from '../utils/anchored-blocks';
import { parseArticleMarkdown } from '../utils/markdown-tree';

export interface IngestInput {
	manifest: Manifest;
	/** Source file name → its text. */
	sources: ReadonlyMap<string, string>;
}

export interface IngestedArticle {
	id: string;
	/** File name under content/articles/. */
	fileName: string;
	mdx: string;
	/** The repairs listed in the frontmatter, for the console report. */
	repairs: string[];
}

/** Reads manifest.yaml and every source file it names from a content/sources directory. */
export function loadIngestInput(sourcesDir: string): IngestInput {
	const manifest = parseManifest(readFileSync(join(sourcesDir, 'manifest.yaml'), 'utf8'));
	const sources = new Map<string, string>();
	// Checked byte by byte: a source that is not clean UTF-8 stops the ingest (and --check) here.
	for (const source of manifest.sources) sources.set(source.file, decodeSource(`content/sources/${source.file}`, readFileSync(join(sourcesDir, source.file))));
	return { manifest, sources };
}

/** Ingests every article of the manifest, in manifest order. */
export function ingest({ manifest, sources }: IngestInput): IngestedArticle[] {
	// The whole corpus decides line-end hyphens (see dehyphenate.ts).
	const lexicon = buildLexicon(manifest.sources.map((s) => textOf(sources, s.file)));
	const out: IngestedArticle[] = [];
	for (const source of manifest.sources) {
		const slices = splitSource(source, splitLines(textOf(sources, source.file)));
		for (const slice of slices) {
			try {
				out.push(ingestArticle(source, slice, lexicon));
			} catch (error) {
				throw new Error(`${source.file} → ${slice.entry.id}: ${(error as Error).message}`, { cause: error });
			}
		}
	}
	return out;
}

function textOf(sources: ReadonlyMap<string, string>, file: string): string {
	const text = sources.get(file);
	if (text === undefined) throw new Error(`Source file ${file} is named in the manifest but was not read.`);
	return text;
}

/** Collects what the generic rules did to one article, for its `source.repairs`. */
class RepairLog {
	readonly hyphens: LoggedDecision[] = [];
	readonly pageBreaks: string[] = [];
}

function quoteList(items: readonly string[]): string {
	return items.map((s) => `“${s}”`).join(', ');
}

function ingestArticle(source: SourceEntry, slice: ArticleSlice, lexicon: Lexicon): IngestedArticle {
	const { entry } = slice;
	const pdf = source.obtained === 'PDF extract';
	const { repairs } = entry;
	const log = new RepairLog();
	const overrides = repairs.hyphenation;

	// Declared line repairs must each apply exactly once across the article's parts.
	const pending = { dropCaps: [...repairs.dropCaps], headings: [...repairs.headings] };

	const toBlocks = (lines: string[]): Block[] => {
		const caps = pending.dropCaps.filter((cap) => lines.some((l) => l.trim() === cap.letter));
		const withCaps = joinDropCaps(lines, caps);
		pending.dropCaps = pending.dropCaps.filter((c) => !caps.includes(c));
		const heads = pending.headings.filter((h) => lines.some((l) => l.trim() === h.lines[0]!.trim()));
		const items: LineItem[] = markDeclaredHeadings(withCaps, heads);
		pending.headings = pending.headings.filter((h) => !heads.includes(h));
		return pdf
			? reflowPdf(items, lexicon, overrides, { hyphen: (d) => log.hyphens.push(d), pageBreak: (w) => log.pageBreaks.push(w) })
			: detectHeadings(reflowWeb(items));
	};

	let blocks: Block[] = [];
	const notes: Endnote[] = [];
	for (const { part, lines } of slice.parts) {
		const cruft = findCruft(lines, part.lines[0]);
		if (cruft.length > 0) {
			throw new Error(
				`lines inside the ${part.role} part look like page cruft; fix the range or declare an omission:\n${cruft
					.map((c) => `    line ${c.line} (${c.kind}): ${c.text}`)
					.join('\n')}`,
			);
		}
		switch (part.role) {
			case 'body':
				blocks.push(...toBlocks(lines));
				break;
			case 'bibliography':
				blocks.push(...bibliographyBlocks(lines, part.heading));
				break;
			case 'endnotes':
				notes.push(...parseEndnotes(lines, part.style));
				break;
			case 'authorNote':
				blocks.push({ type: 'thematicBreak' }, ...toBlocks(lines));
				break;
		}
	}
	const unused = [
		...pending.dropCaps.map((c) => `drop cap "${c.letter}"`),
		...pending.headings.map((h) => `heading "${h.lines.join(' / ')}"`),
	];
	if (unused.length > 0) throw new Error(`declared repairs not found in any part: ${unused.join('; ')}`);

	blocks = applyReplacements(blocks, repairs.replacements);
	blocks = applyLists(blocks, repairs.lists);

	const problems = pairingProblems(blocks.flatMap(blockTexts).flatMap(markerLabels), notes);
	if (problems.length > 0) throw new Error(`endnotes: ${problems.join('; ')}`);

	// Abstract.
	let abstract: string;
	if (entry.abstract.from === 'lines') {
		const lines = slice.abstractLines ?? [];
		const items: LineItem[] = lines.map((text) => ({ type: 'line', text }));
		const paras = pdf ? reflowPdf(items, lexicon, overrides, { hyphen: (d) => log.hyphens.push(d) }) : reflowWeb(items);
		abstract = paras.flatMap(blockTexts).join(' ');
		if (markerLabels(abstract).length > 0) throw new Error('the abstract carries an endnote marker.');
	} else {
		const lead = blocks.find((b) => b.type === 'paragraph');
		if (!lead || lead.type !== 'paragraph') throw new Error('no paragraph to take the abstract from.');
		abstract = leadSentences(lead.text, entry.abstract.sentences);
	}

	const repairList = describeRepairs(entry, pdf, log, notes, blocks);
	const tree = toMdast(blocks, notes);
	const body = serializeBody(tree);
	verifyRoundTrip(body, tree);
	checkNoLink(entry, body);

	const data = buildFrontmatter({ entry, file: source.file, abstract, repairs: repairList });
	validateFrontmatter(entry.id, data);
	const mdx = `---\n${serializeFrontmatter(data)}---\n\n${body}`;
	return { id: entry.id, fileName: `${entry.id}.mdx`, mdx, repairs: repairList };
}

/** Every `noLink` paragraph exists in the article and contains each of its names. */
function checkNoLink(entry: ArticleEntry, body: string): void {
	if (entry.noLink.length === 0) return;
	const blocks = new Map(anchoredBlocks(parseArticleMarkdown(body)).map((b) => [b.anchor, b.text]));
	for (const { paragraph, names } of entry.noLink) {
		const text = blocks.get(paragraph);
		if (text === undefined) throw new Error(`noLink: no paragraph "${paragraph}": run \`npm run paragraphs -- ${entry.id}\` and copy an anchor.`);
		for (const name of names) {
			if (!text.includes(name)) throw new Error(`noLink: paragraph "${paragraph}" does not contain "${name}": write the name exactly as the paragraph has it.`);
		}
	}
}

/** The human-readable `source.repairs` of one article: declared repairs first, then what the generic rules changed. */
function describeRepairs(entry: ArticleEntry, pdf: boolean, log: RepairLog, notes: readonly Endnote[], blocks: readonly Block[]): string[] {
	const out: string[] = [];
	const { repairs } = entry;
	for (const cap of repairs.dropCaps) {
		out.push(`Drop cap rejoined to its word: “${cap.letter}” + “${cap.continues.split(' ')[0]}” → “${cap.letter}${cap.continues.split(' ')[0]}”.`);
	}
	for (const h of repairs.headings) {
		out.push(
			h.lines.length > 1
				? `Heading wrapped over ${h.lines.length} lines rejoined: ${quoteList(h.lines)} → “${h.lines.join(' ')}”.`
				: `Heading run into the following paragraph set as a heading: “${h.lines[0]}”.`,
		);
	}
	for (const list of repairs.lists) {
		const found = blocks.find((b) => b.type === 'list' && b.items[0]?.startsWith(list.items[0]!));
		const count = found?.type === 'list' ? found.items.length : list.items.length;
		out.push(`List whose bullets were lost in extraction restored: ${count} items, starting ${quoteList(list.items.slice(0, 2))}…`);
	}
	for (const r of repairs.replacements) out.push(`“${r.find}” → “${r.replace}”: ${r.why}`);
	if (pdf) {
		out.push('Paragraphs re-flowed from the hard-wrapped lines of the PDF extract.');
		const joined = log.hyphens.filter((d) => !d.keepHyphen).map((d) => `${d.left}-${d.right} → ${d.word}`);
		const kept = log.hyphens.filter((d) => d.keepHyphen).map((d) => `${d.word} (${d.reason})`);
		if (joined.length) out.push(`Line-end hyphenation removed: ${joined.join('; ')}.`);
		if (kept.length) out.push(`Line-end hyphen kept as part of a compound: ${kept.join('; ')}.`);
		if (log.pageBreaks.length) {
			out.push(`Paragraph continued across a page or column break after ${quoteList(log.pageBreaks)}.`);
		}
	}
	if (notes.length > 0) {
		const first = notes[0]!.label;
		const last = notes[notes.length - 1]!.label;
		out.push(`Endnote markers [${first}]–[${last}] turned into footnotes; the notes printed after the article are their texts.`);
	}
	if (entry.abstract.from === 'lines') {
		out.push('Abstract moved from the body to the frontmatter; the page shows it above the body.');
	}
	return out;
}
