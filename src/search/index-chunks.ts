import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Smaller word-index chunks for Pagefind, written over the ones it makes.
 *
 * Why: a first search downloads, for each word of the query, the whole index chunk the word sorts
 * into. Pagefind 1.6 closes a chunk at 20,000 word positions (hard-coded in its `chunk_index`,
 * marked "TODO: Parameterize"), which for this corpus is eight chunks of 21–28 KB gzip: a
 * question of four words fetched about 100 KB of index to use a few hundred bytes of it. Split
 * at CHUNK_BYTES, a word costs its own posting list plus a few KB.
 *
 * How: the chunks and `pagefind.<hash>.pf_meta` are gzip'd CBOR after a `pagefind_dcd`
 * signature. Words are sorted across chunks; each chunk is `[[word entry, …]]`, and the meta
 * lists the chunks as `[from, to, file hash]` in its fourth field, `from`/`to` being the
 * shortest prefixes that tell neighbouring chunks apart. The word entries are copied as they are
 * (decoded and encoded again by cborg, byte for byte the same: a unit test checks it on the real
 * index), only regrouped; the meta gets the new chunk list and a new hash, and
 * `pagefind-entry.json` points at it. Nothing else in the bundle changes.
 *
 * The layout is checked before anything is written; an unknown one (a Pagefind upgrade) stops the
 * build with what to do, rather than leaving an index the browser cannot read.
 */

/**
 * Close a chunk once its word entries reach this many bytes of CBOR (about 2.5 KB gzip). Measured
 * with `npm run bench` at 8, 4 and 2 KB: 4 KB gave the smallest first searches of one to four words
 * (2 KB saves a little on questions but grows the meta, and typing a prefix then spans more chunks).
 */
export const CHUNK_BYTES = 4 * 1024;

const SIGNATURE = 'pagefind_dcd';
/** The Pagefind version whose layout this was written against. */
export const KNOWN_VERSION = '1.6.0';

export interface ChunkRange {
	from: string;
	to: string;
}

/**
 * Splits sorted word entries into chunks of at least `target` bytes (the last may be smaller).
 * A word is never split: one whose postings alone pass `target` is a chunk of its own.
 */
export function splitEntries<T>(entries: readonly T[], size: (entry: T) => number, target = CHUNK_BYTES): T[][] {
	const chunks: T[][] = [];
	let chunk: T[] = [];
	let bytes = 0;
	for (const entry of entries) {
		const own = size(entry);
		// A word that alone fills a chunk gets one of its own, rather than joining the words before it.
		if (own >= target && chunk.length) {
			chunks.push(chunk);
			chunk = [];
			bytes = 0;
		}
		chunk.push(entry);
		bytes += own;
		if (bytes >= target) {
			chunks.push(chunk);
			chunk = [];
			bytes = 0;
		}
	}
	if (chunk.length) chunks.push(chunk);
	return chunks;
}

/** The prefixes of two neighbouring words that tell them apart: ("apple", "apricot") → ("app", "apr"). */
export function distinguishingPrefixes(a: string, b: string): [string, string] {
	const ca = Array.from(a);
	const cb = Array.from(b);
	let common = 0;
	while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
	return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/**
 * The `from`/`to` of each chunk, given each chunk's first and last word, as Pagefind writes
 * them: the outer ends are the words themselves, and each boundary between chunks is shortened
 * to the prefixes that tell its two words apart (so the browser knows which chunk a prefix of a
 * word may be in).
 */
export function chunkRanges(bounds: ReadonlyArray<readonly [first: string, last: string]>): ChunkRange[] {
	const ranges = bounds.map(([from, to]) => ({ from, to }));
	for (let i = 0; i + 1 < ranges.length; i++) {
		const [to, from] = distinguishingPrefixes(ranges[i]!.to, ranges[i + 1]!.from);
		ranges[i]!.to = to;
		ranges[i + 1]!.from = from;
	}
	return ranges;
}

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads a Pagefind file: gunzip, check and drop the signature. */
function readPagefindFile(path: string): Uint8Array {
	const data = gunzipSync(readFileSync(path));
	if (Buffer.from(data.subarray(0, SIGNATURE.length)).toString('latin1') !== SIGNATURE) throw layoutError(`${path} has no "${SIGNATURE}" signature`);
	return data.subarray(SIGNATURE.length);
}

function writePagefindFile(path: string, cbor: Uint8Array): Buffer {
	const data = Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), cbor]);
	const gz = gzipSync(data, { level: 9 });
	writeFileSync(path, gz);
	return gz;
}

function layoutError(what: string): Error {
	return new Error(
		`Cannot re-chunk the Pagefind index: ${what}. src/search/index-chunks.ts knows the layout of Pagefind ${KNOWN_VERSION}; ` +
			'after upgrading Pagefind, check its index format (pagefind/src/index/) and update that file, or remove the call in src/integrations/pagefind.ts to ship Pagefind\'s own chunks.',
	);
}

type MetaChunk = [from: string, to: string, hash: string];
const isMetaChunk = (c: unknown): c is MetaChunk => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string');
type WordEntry = [word: string, ...rest: unknown[]];
const isWordEntry = (w: unknown): w is WordEntry => Array.isArray(w) && typeof w[0] === 'string';

export interface RechunkReport {
	language: string;
	chunksBefore: number;
	chunksAfter: number;
	/** gzip bytes of the largest chunk, before and after. */
	largestBefore: number;
	largestAfter: number;
}

/**
 * Re-chunks the word index of every language in a written Pagefind bundle (`dir` is the folder
 * holding `pagefind-entry.json`). Deterministic: the same index gives the same files.
 */
export function rechunkIndex(dir: string, target = CHUNK_BYTES): RechunkReport[] {
	const entryPath = join(dir, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { version?: string; languages?: Record<string, { hash: string }> };
	if (entry.version !== KNOWN_VERSION) throw layoutError(`the bundle was written by Pagefind ${entry.version ?? '(no version)'}`);
	const reports: RechunkReport[] = [];
	for (const [language, info] of Object.entries(entry.languages ?? {})) {
		const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
		const meta = decode(readPagefindFile(metaPath)) as unknown[];
		if (!Array.isArray(meta) || meta[0] !== KNOWN_VERSION || !Array.isArray(meta[2]) || !meta[2].every(isMetaChunk)) {
			throw layoutError(`${metaPath} does not hold [version, pages, [from, to, hash] chunks, …]`);
		}
		const oldChunks = meta[2] as MetaChunk[];
		const oldSizes: number[] = [];
		const words: WordEntry[] = [];
		for (const [, , hash] of oldChunks) {
			const path = join(dir, 'index', `${hash}.pf_index`);
			if (!existsSync(path)) throw layoutError(`the meta lists ${path}, which is missing`);
			oldSizes.push(readFileSync(path).length);
			const chunk = decode(readPagefindFile(path)) as unknown;
			if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0]) || !chunk[0].every(isWordEntry)) {
				throw layoutError(`${path} does not hold [[word, …], …]`);
			}
			words.push(...(chunk[0] as WordEntry[]));
		}
		for (let i = 1; i < words.length; i++) {
			if (!(words[i - 1]![0] < words[i]![0])) throw layoutError(`its words are not in order ("${words[i - 1]![0]}" before "${words[i]![0]}")`);
		}

		const groups = splitEntries(words, (w) => encode(w).length, target);
		const ranges = chunkRanges(groups.map((g) => [g[0]![0], g.at(-1)![0]] as const));
		const hashes = new Set<string>();
		const newSizes: number[] = [];
		const newChunks: MetaChunk[] = groups.map((group, i) => {
			const cbor = encode([group]);
			const full = hex(cbor);
			let length = 7;
			while (hashes.has(`${language}_${full.slice(0, length)}`)) length++;
			const hash = `${language}_${full.slice(0, length)}`;
			hashes.add(hash);
			newSizes.push(writePagefindFile(join(dir, 'index', `${hash}.pf_index`), cbor).length);
			return [ranges[i]!.from, ranges[i]!.to, hash];
		});
		for (const [, , hash] of oldChunks) if (!hashes.has(hash)) rmSync(join(dir, 'index', `${hash}.pf_index`));

		const newMeta = encode([meta[0], meta[1], newChunks, ...meta.slice(3)]);
		const metaHash = `${language}_${hex(newMeta).slice(0, 10)}`;
		writePagefindFile(join(dir, `pagefind.${metaHash}.pf_meta`), newMeta);
		if (metaHash !== info.hash) rmSync(metaPath);
		info.hash = metaHash;
		reports.push({
			language,
			chunksBefore: oldChunks.length,
			chunksAfter: newChunks.length,
			largestBefore: Math.max(...oldSizes),
			largestAfter: Math.max(...newSizes),
		});
	}
	writeFileSync(entryPath, JSON.stringify(entry));
	return reports;
}
