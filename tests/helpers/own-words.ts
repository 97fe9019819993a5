/**
 * Copy detection for our own prose: the runs of `n` or more consecutive words that a text of ours
 * shares with a source text. Citation marks and quotations (in “…”, "…", «…» or '…') are left out
 * first, since a quotation in quotation marks is how a source's words may appear.
 */

/** Our text without citation marks `[@…]`, Markdown link targets, and quotations. */
export function withoutQuotations(text: string): string {
	return text
		.replace(/\[@[^\]]*\]/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/“[^”]*”/g, ' … ')
		.replace(/«[^»]*»/g, ' … ')
		.replace(/"[^"\n]*"/g, ' … ')
		.replace(/(^|[\s(—–-])‘[^’]*’(?=[\s.,;:!?)—–-]|$)/g, '$1 … ')
		.replace(/(^|[\s(—–-])'[^'\n]*'(?=[\s.,;:!?)—–-]|$)/g, '$1 … ');
}

/** Lower-case words, apostrophes dropped ("Russia's" → "russias"); "…" breaks a run. */
export function words(text: string): string[] {
	return (text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+|…/gu) ?? []);
}

/** Every run of `n` words of the source texts, joined by spaces. */
export function runsOf(texts: string[], n: number): Set<string> {
	const runs = new Set<string>();
	for (const text of texts) {
		const w = words(text);
		for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
	}
	return runs;
}

/** The runs of `n` words of `ours` (quotations left out) that stand in the sources. */
export function copiedRuns(ours: string, sourceRuns: Set<string>, n: number): string[] {
	const w = words(withoutQuotations(ours));
	const found: string[] = [];
	for (let i = 0; i + n <= w.length; i++) {
		const run = w.slice(i, i + n);
		if (run.includes('…')) continue;
		if (sourceRuns.has(run.join(' '))) found.push(run.join(' '));
	}
	return found;
}
