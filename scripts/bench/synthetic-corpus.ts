import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripFrontmatter } from '../../src/utils/markdown-tree';

/**
 * Where the synthetic text's words come from.
 * - `sources`: drawn one by one from the words of our real article bodies, each as often as it
 *   stands there, so a word is in about as large a share of paragraphs as in the real corpus
 *   ("border" in a few per cent, "the" in nearly all). What a reader would meet at scale.
 * - `twenty-words`: twenty topic words only, so every query word stands in every paragraph and
 *   every posting list is as long as it can be. The worst case for a search index.
 */
export type SyntheticText = 'sources' | 'twenty-words';

const TWENTY = 'relations security energy border pipeline treaty cooperation integration trade transit region alliance policy economy union agreement military space oil gas'.split(' ');

/** Every word of the real article bodies (frontmatter, footnote texts and Markdown syntax left out), in order, repeats kept. */
function sourceWords(articlesDir: string): string[] {
	return readdirSync(articlesDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.flatMap((f) => {
			const body = stripFrontmatter(readFileSync(join(articlesDir, f), 'utf8'));
			const text = body
				.split('\n')
				.filter((line) => !/^\[\^[^\]]+\]:/.test(line) && !line.startsWith('#'))
				.join(' ')
				.replace(/\[\^[^\]]+\]|\]\([^)]*\)|<[^>]+>/g, ' ');
			// Not the parts of web addresses: drawn before a footnote mark, "www" makes "www.[^1]" an autolink.
			return (text.match(/[A-Za-z][a-z]+(?:'[a-z]+)?/g) ?? []).filter((w) => !/^(www|https?)$/i.test(w));
		});
}

/** The words (with repeats) synthetic text is drawn from; `articlesDir` holds the real articles. */
export function syntheticWords(text: SyntheticText, articlesDir: string): readonly string[] {
	return text === 'twenty-words' ? TWENTY : sourceWords(articlesDir);
}

/**
 * A synthetic content tree shaped like the real one, for the scale benchmark: articles of
 * eight paragraphs under headings with footnotes, entities in every collection (one per two
 * articles) that are named in the articles and cite the paragraphs naming them. Deterministic.
 * `words` is the text's vocabulary with repeats (see SyntheticText).
 */
export function writeSyntheticCorpus(dir: string, articles: number, words: readonly string[]): { articles: number; entities: number } {
	rmSync(dir, { recursive: true, force: true });
	for (const c of ['articles', 'actors', 'treaties', 'organizations', 'places']) mkdirSync(join(dir, c), { recursive: true });
	let seed = 42;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');

	// Entities: names are two made-up words so they never collide with ordinary text, with initials
	// spread over the alphabet as real names' are (search loads the names filed under a query's initials).
	const count = Math.max(10, Math.floor(articles / 2));
	const collections = ['actors', 'actors', 'actors', 'organizations', 'treaties', 'places'] as const;
	const letter = (n: number) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n % 26]!;
	const entities = Array.from({ length: count }, (_, i) => ({
		id: `entity-${i}`,
		name: `${letter(i)}orvan${i} ${letter(i * 7 + 3)}uillet${i}`,
		alias: `${letter(i * 11 + 5)}q${i}`,
		collection: collections[i % collections.length]!,
		cites: [] as string[],
	}));

	for (let a = 0; a < articles; a++) {
		const id = `article-${a}`;
		const body: string[] = [];
		for (let p = 0; p < 8; p++) {
			if (p % 4 === 0) body.push(`## Section ${p / 4 + 1} of article ${a}`);
			const named = Array.from({ length: 3 }, () => pick(entities));
			const anchor = `p-paragraph-${p + 1}-of-article-${a}-reads`;
			for (const e of named) if (e.cites.length < 3) e.cites.push(`${id}#${anchor}`);
			body.push(`Paragraph ${p + 1} of article ${a} reads ${sentence(12)} ${named[0]!.name} ${sentence(15)} ${named[1]!.alias} and ${named[2]!.name}. ${sentence(30)}.${p === 2 ? '[^1]' : ''}`);
		}
		body.push('', `[^1]: Note on ${sentence(8)}.`);
		const fm = [
			'---',
			`title: Synthetic article ${a} on ${pick(words)}`,
			'authors:',
			`  - name: Author ${a % 50}`,
			'publication:',
			'  name: Synthetic Review',
			`published: '${2000 + (a % 24)}-${String((a % 12) + 1).padStart(2, '0')}'`,
			'source:',
			`  file: synthetic-${a}.txt`,
			`abstract: ${sentence(20)}.`,
			'---',
		];
		writeFileSync(join(dir, 'articles', `${id}.mdx`), `${fm.join('\n')}\n\n${body.join('\n\n')}\n`);
	}

	for (const e of entities) {
		if (e.cites.length === 0) e.cites.push("article-0#p-paragraph-1-of-article-0-reads");
		const kind = { actors: 'person', organizations: 'intergovernmental', treaties: 'treaty', places: 'city' }[e.collection];
		const fm = [
			'---',
			e.collection === 'treaties' ? `title: ${e.name}` : `name: ${e.name}`,
			`kind: ${kind}`,
			`aliases: [${e.alias}]`,
			`description: A synthetic ${kind}.`,
			...(e.collection === 'treaties' ? [`signed: '${2000 + (Number(e.id.split('-')[1]) % 24)}'`, 'cite:', `  signed: [${e.cites[0]}]`] : []),
			'---',
		];
		const prose = e.cites.map((c) => `${e.name} is discussed in ${sentence(10)} [@${c}].`).join('\n\n');
		writeFileSync(join(dir, e.collection, `${e.id}.mdx`), `${fm.join('\n')}\n\n${prose}\n`);
	}
	return { articles, entities: entities.length };
}
