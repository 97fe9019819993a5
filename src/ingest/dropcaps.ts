/**
 * Drop caps. A PDF sets an article's first letter large, and the extract prints it on a line
 * of its own, often with a blank line after it: "K" / "azakhstan and Russia …". Joined back,
 * the word is whole again. Which letters are drop caps is declared per article in the
 * manifest; a lone capital elsewhere (a list label, an initial) is left alone.
 */
import { isBlank, normalizeSpace } from './lines';

export interface DropCap {
	letter: string;
	/** How the continuing line starts ("azakhstan and Russia"). */
	continues: string;
}

/**
 * Returns the lines with each declared drop cap joined to the line that continues its word
 * (blank lines between them are removed). Throws if a drop cap is not found exactly once.
 */
export function joinDropCaps(lines: readonly string[], dropCaps: readonly DropCap[]): string[] {
	let out = [...lines];
	for (const cap of dropCaps) {
		const matches: Array<{ at: number; next: number }> = [];
		out.forEach((line, i) => {
			if (normalizeSpace(line) !== cap.letter) return;
			let next = i + 1;
			while (next < out.length && isBlank(out[next]!)) next++;
			if (next < out.length && out[next]!.trimStart().startsWith(cap.continues)) matches.push({ at: i, next });
		});
		if (matches.length !== 1) {
			throw new Error(`Drop cap "${cap.letter}" + "${cap.continues}" was found ${matches.length} times; expected once.`);
		}
		const { at, next } = matches[0]!;
		out = [...out.slice(0, at), cap.letter + out[next]!.trimStart(), ...out.slice(next + 1)];
	}
	return out;
}
