/**
 * The frontmatter abstract. Articles with a printed abstract or standfirst give it from their
 * own lines (the manifest's `abstract.from: lines`); those lines leave the body, and the page
 * shows the abstract in its own element, so each word is shown once. Articles without one
 * quote their opening sentences (`from: lead`), which also stay in the body; those are marked
 * `abstractSource: lead` and the page leaves them out above the body, where they would repeat
 * the first paragraph (the UKDiss dissertation's two-sentence lead is its whole first paragraph).
 */
import { splitMarkers } from './footnotes';
import { normalizeSpace } from './lines';

/**
 * Splits running text into sentences: after . ! ? or … (and any closing quotes or endnote
 * markers) followed by a space and a capital, digit or opening quote. Good enough for the opening sentences the
 * manifest asks for; an abbreviation such as "Ph.D. Smith" would split, so the ingest logs
 * the abstract it chose and the manifest can ask for fewer sentences.
 */
export function splitSentences(text: string): string[] {
	return normalizeSpace(text)
		.split(/(?<=[.!?…]["”’»)]*(?:\s*\[\d+\])*)\s+(?=["“‘«(]?[\p{Lu}\p{N}])/u)
		.filter(Boolean);
}

/**
 * The first `count` sentences of a paragraph, without endnote markers (the frontmatter
 * abstract is plain text; the markers stay in the body). Throws if there are fewer sentences.
 */
export function leadSentences(paragraph: string, count: number): string {
	const sentences = splitSentences(paragraph);
	if (sentences.length < count) {
		throw new Error(`The lead paragraph has ${sentences.length} sentences; the manifest asks for ${count}.`);
	}
	const lead = sentences.slice(0, count).join(' ');
	return splitMarkers(lead)
		.flatMap((inline) => (inline.type === 'text' ? [inline.value] : []))
		.join('');
}
