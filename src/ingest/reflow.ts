/**
 * Re-flowing lines into paragraphs.
 *
 * Web extracts carry one paragraph per line, so each non-blank line is a paragraph.
 *
 * PDF extracts are hard-wrapped at the column width, and a blank line means either a new
 * paragraph or merely a page or column break in mid-sentence ("… illustrating" / blank /
 * "the multifaceted …", or "cur-" / blank / "rent"). A blank line ends a paragraph only when
 * the line before it ends a sentence and the line after it starts like one; otherwise the
 * paragraph continues across the break. Lines of one paragraph are joined by joinLines,
 * which also decides line-end hyphens.
 */
import type { Block, LineItem } from './blocks';
import { joinLines, type HyphenationOverrides, type Lexicon, type LoggedDecision } from './dehyphenate';
import { isBlank, normalizeSpace } from './lines';

/** The line before a blank ends a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
	return /[.!?…]["”’»)\]]*$/u.test(line.trimEnd());
}

/** The line after a blank starts a sentence: a capital or digit, possibly after an opening quote or bracket. */
export function startsSentence(line: string): boolean {
	return /^["“‘«(\[]?[\p{Lu}\p{N}]/u.test(line.trimStart());
}

/** Whether a blank line between `before` and `after` (both non-blank) is a paragraph break. */
export function isParagraphBreak(before: string, after: string): boolean {
	return endsSentence(before) && startsSentence(after);
}

export interface ReflowLog {
	hyphen?: (decision: LoggedDecision) => void;
	/** A paragraph continued across blank lines; `after` is the last word before the break. */
	pageBreak?: (after: string) => void;
}

/** Re-flows the lines (and declared headings) of a PDF extract into paragraphs and headings. */
export function reflowPdf(
	items: readonly LineItem[],
	lexicon: Lexicon,
	overrides: HyphenationOverrides = {},
	log: ReflowLog = {},
): Block[] {
	const blocks: Block[] = [];
	let current: string | undefined;
	let lastLine = '';
	let gap = false;
	const flush = () => {
		if (current !== undefined) blocks.push({ type: 'paragraph', text: normalizeSpace(current) });
		current = undefined;
	};
	for (const item of items) {
		if (item.type === 'heading') {
			flush();
			blocks.push(item);
			gap = false;
			continue;
		}
		if (isBlank(item.text)) {
			gap = true;
			continue;
		}
		if (current === undefined) {
			current = item.text;
		} else if (gap && isParagraphBreak(lastLine, item.text)) {
			flush();
			current = item.text;
		} else {
			if (gap) log.pageBreak?.(lastWord(lastLine));
			current = joinLines(current, item.text, lexicon, overrides, log.hyphen);
		}
		lastLine = item.text;
		gap = false;
	}
	flush();
	return blocks;
}

function lastWord(line: string): string {
	const words = normalizeSpace(line).split(' ');
	return words[words.length - 1] ?? '';
}

/** Web extracts: every non-blank line is a paragraph; declared headings pass through. */
export function reflowWeb(items: readonly LineItem[]): Block[] {
	const blocks: Block[] = [];
	for (const item of items) {
		if (item.type === 'heading') blocks.push(item);
		else if (!isBlank(item.text)) blocks.push({ type: 'paragraph', text: normalizeSpace(item.text) });
	}
	return blocks;
}
