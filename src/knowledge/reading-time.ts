/** Words a reader gets through in a minute of careful reading. */
const WORDS_PER_MINUTE = 220;

/** Minutes to read a Markdown text, never less than one. */
export function readingMinutes(markdown: string): number {
	const words = markdown.replace(/\[\^[^\]]+\]:?/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
