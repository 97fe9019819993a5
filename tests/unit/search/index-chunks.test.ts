import { decode, encode } from 'cborg';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkRanges, distinguishingPrefixes, rechunkIndex, splitEntries } from '../../../src/search/index-chunks';

describe('splitting sorted words into chunks', () => {
	it('closes a chunk once it reaches the target and never splits a word', () => {
		const sizes: Record<string, number> = { apple: 3, apricot: 4, banana: 10, cherry: 2, damson: 2 };
		expect(splitEntries(Object.keys(sizes), (w) => sizes[w]!, 6)).toEqual([['apple', 'apricot'], ['banana'], ['cherry', 'damson']]);
		expect(splitEntries([], () => 1, 6)).toEqual([]);
	});

	it('names each chunk by the shortest prefixes that tell neighbours apart', () => {
		expect(distinguishingPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
		expect(distinguishingPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
		expect(distinguishingPrefixes('астана', 'астрахань')).toEqual(['аста', 'астр']);
		expect(
			chunkRanges([
				['apple', 'apricot'],
				['banana', 'bandy'],
				['cherry', 'damson'],
			]),
		).toEqual([
			{ from: 'apple', to: 'a' },
			{ from: 'b', to: 'b' },
			{ from: 'c', to: 'damson' },
		]);
	});
});

/** The gunzipped CBOR of a Pagefind file, signature dropped. */
const cbor = (path: string) => gunzipSync(readFileSync(path)).subarray('pagefind_dcd'.length);
const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const metaOf = (dir: string) => decode(cbor(join(dir, `pagefind.${entry(dir).languages.en!.hash}.pf_meta`))) as unknown[];
const chunksOf = (dir: string) => metaOf(dir)[2] as Array<[string, string, string]>;
const wordsOf = (dir: string) => chunksOf(dir).flatMap(([, , hash]) => (decode(cbor(join(dir, 'index', `${hash}.pf_index`))) as [Array<[string]>])[0]);

describe('re-chunking a real Pagefind index', () => {
	let work: string;
	let original: string;
	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'kb-chunks-'));
		original = join(work, 'original');
		const { index } = await createIndex({});
		// Enough different words that Pagefind's own index, hard-wired at 20,000 positions a chunk,
		// is one chunk, which a small target splits into many.
		const words = 'steppe border treaty pipeline cosmodrome customs union rouble tenge grain uranium oil railway capital'.split(' ');
		for (let i = 0; i < 60; i++) {
			const content = Array.from({ length: 40 }, (_, j) => `${words[(i * 7 + j) % words.length]}${j % 5 === 0 ? i : ''}`).join(' ');
			await index!.addCustomRecord({ url: `/r/${i}/`, content, language: 'en', meta: { title: `Record ${i}` }, filters: { type: ['Test'] } });
		}
		await index!.writeFiles({ outputPath: original });
		await close();
	}, 60_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('reads Pagefind’s files back byte for byte (so only the grouping changes)', () => {
		for (const [, , hash] of chunksOf(original)) {
			const bytes = cbor(join(original, 'index', `${hash}.pf_index`));
			expect(Buffer.from(encode(decode(bytes))).equals(Buffer.from(bytes))).toBe(true);
		}
	});

	it('keeps every word entry, in order, in more and smaller chunks named in a new meta', () => {
		const dir = join(work, 'small');
		cpSync(original, dir, { recursive: true });
		const before = wordsOf(original);
		const [report] = rechunkIndex(dir, 400);
		expect(report!.chunksBefore).toBe(chunksOf(original).length);
		expect(report!.chunksAfter).toBeGreaterThan(report!.chunksBefore * 5);
		expect(wordsOf(dir)).toEqual(before);
		// The new meta differs only in its chunk list, and the entry file points at it.
		const meta = metaOf(dir);
		expect([meta[0], meta[1], ...meta.slice(3)]).toEqual([metaOf(original)[0], metaOf(original)[1], ...metaOf(original).slice(3)]);
		expect(entry(dir).languages.en!.hash).not.toBe(entry(original).languages.en!.hash);
		expect(readdirSync(dir).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry(dir).languages.en!.hash}.pf_meta`]);
		// Exactly the listed chunk files remain; each word lies inside its chunk's range.
		const chunks = chunksOf(dir);
		expect(readdirSync(join(dir, 'index')).sort()).toEqual(chunks.map(([, , h]) => `${h}.pf_index`).sort());
		for (const [from, to, hash] of chunks) {
			const entries = (decode(cbor(join(dir, 'index', `${hash}.pf_index`))) as [Array<[string]>])[0];
			for (const [w] of entries) expect(w >= from && (w <= to || w.startsWith(to))).toBe(true);
			// A chunk closes with the entry that reaches the target: all before it stay under.
			const head = entries.slice(0, -1).reduce((n, e) => n + encode(e).length, 0);
			expect(head).toBeLessThan(400);
		}
	});

	it('gives the same files for the same index', () => {
		const a = join(work, 'a');
		const b = join(work, 'b');
		cpSync(original, a, { recursive: true });
		cpSync(original, b, { recursive: true });
		rechunkIndex(a, 400);
		rechunkIndex(b, 400);
		const files = (d: string) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(d.length));
		expect(files(a).sort()).toEqual(files(b).sort());
		for (const f of files(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
	});

	it('stops with what to do when the bundle is from a Pagefind it does not know', () => {
		const dir = join(work, 'newer');
		cpSync(original, dir, { recursive: true });
		const path = join(dir, 'pagefind-entry.json');
		writeFileSync(path, readFileSync(path, 'utf8').replace('"1.6.0"', '"9.0.0"'));
		expect(() => rechunkIndex(dir)).toThrow(/written by Pagefind 9\.0\.0.*src\/search\/index-chunks\.ts knows the layout of Pagefind 1\.6\.0.*update that file/);
	});
});
