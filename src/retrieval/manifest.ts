import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { RedactionCounts } from '../corpus/index.js';
import type { HnswParams } from './embeddingRecall.js';
import { listCorpusFiles } from '../corpus/index.js';
import { DATA_FILE, RETRIEVAL_VERSION, fileStat, filesOf, type IndexFiles } from './store.js';

export const MANIFEST = 'manifest.json';
/** Files of the index format before retrieval-3; removed by the first build in the new format. */
const OLD_ENTRIES = new Set(['chunks.json', 'lexical.json', 'idf.json', 'vector']);

export interface CorpusFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface DocumentEntry {
  path: string;
  sha256: string;
  chunks: number;
  chars: number;
  redactions: RedactionCounts;
}

export interface Manifest {
  format: string;
  chunkerVersion: string;
  embeddingsId: string;
  /** Hash of bureau.yml's channel folder rules: a change re-tags documents, so it rebuilds. */
  channelRules: string;
  hnsw: HnswParams;
  corpus: CorpusFile[];
  /** By docId: where each indexed document came from and its content hash. */
  documents: Record<string, DocumentEntry>;
  /** Files that could not be indexed, with their hash so an unchanged one is not retried every ingest. */
  skipped: { file: string; reason: string; sha256: string }[];
  files: IndexFiles;
  builtAt: string;
  lastMode: 'full' | 'incremental';
}

/**
 * The manifest file: one JSON object whose first member is `"crc32":"<8 hex digits>"`, the CRC-32 of every byte
 * after it, so the check reads the bytes as they are (no re-serialising of a many-megabyte object).
 */
const CHECKSUM_PREFIX = '{"crc32":"';
const CHECKSUMMED_FROM = CHECKSUM_PREFIX.length + 8 + 2;

/** The manifest, or why there is none usable. Never throws. */
export async function readManifest(indexDir: string): Promise<Manifest | { problem: string }> {
  try {
    const bytes = await readFile(path.join(indexDir, MANIFEST));
    const { crc32: stored, ...manifest } = JSON.parse(bytes.toString('utf8')) as Manifest & { crc32?: unknown };
    if (typeof manifest?.format === 'string' && manifest.format !== RETRIEVAL_VERSION) return { problem: '索引格式版本已变化' };
    // Damage inside a string (a path, a hash) would still parse: the checksum catches it.
    const framed = bytes.subarray(0, CHECKSUM_PREFIX.length).toString('latin1') === CHECKSUM_PREFIX && bytes.length > CHECKSUMMED_FROM;
    if (!framed || stored !== checksumOf(bytes.subarray(CHECKSUMMED_FROM))) return { problem: '索引清单已损坏' };
    const complete =
      typeof manifest?.files?.labels === 'number' &&
      Array.isArray(manifest.corpus) &&
      typeof manifest.documents === 'object' &&
      Array.isArray(manifest.files.chunkSegments);
    if (manifest?.format && !complete) return { problem: '索引清单已损坏' };
    return manifest;
  } catch (err) {
    return { problem: (err as NodeJS.ErrnoException).code === 'ENOENT' ? '索引不存在' : '索引清单已损坏' };
  }
}

function checksumOf(bytes: Uint8Array): string {
  return (crc32(bytes) >>> 0).toString(16).padStart(8, '0');
}

/** Replaces the manifest atomically (write aside, rename over): readers see the old generation or the new, never half. */
export async function writeManifest(indexDir: string, manifest: Manifest): Promise<void> {
  const tmp = path.join(indexDir, `${MANIFEST}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  // Everything after the opening brace, behind the checksum member that covers it.
  const rest = Buffer.from(JSON.stringify(manifest).slice(1));
  await writeFile(tmp, Buffer.concat([Buffer.from(`${CHECKSUM_PREFIX}${checksumOf(rest)}",`), rest]));
  await rename(tmp, path.join(indexDir, MANIFEST));
}

/** Removes data files the manifest does not reference (an older generation, or a failed ingest's leftovers). */
export async function removeUnreferenced(indexDir: string, keep: IndexFiles | undefined): Promise<void> {
  if (!existsSync(indexDir)) return;
  const referenced = new Set(keep ? filesOf(keep) : []);
  for (const entry of await readdir(indexDir)) {
    const stale = (DATA_FILE.test(entry) && !referenced.has(entry)) || OLD_ENTRIES.has(entry) || entry.startsWith(`${MANIFEST}.tmp-`);
    if (stale) await rm(path.join(indexDir, entry), { recursive: true, force: true });
  }
}

/** Whether an index folder entry is one of ours (the safety check before anything is written there). */
export function isIndexEntry(name: string): boolean {
  return name === MANIFEST || DATA_FILE.test(name) || OLD_ENTRIES.has(name);
}

/** Lists corpus files with their hashes; a file whose size and mtime match `known` keeps its known hash. */
export async function snapshotCorpus(corpusDir: string, known: CorpusFile[]): Promise<CorpusFile[]> {
  return hashCorpus(corpusDir, await statCorpus(corpusDir), known);
}

/** Corpus files with size and mtime, not yet hashed. */
export async function statCorpus(corpusDir: string): Promise<Omit<CorpusFile, 'sha256'>[]> {
  if (!existsSync(corpusDir)) return [];
  const out: Omit<CorpusFile, 'sha256'>[] = [];
  // The same file list ingestion reads: the bureau profile, the README and data files are not documents.
  for (const rel of await listCorpusFiles(corpusDir)) out.push({ path: rel, ...(await fileStat(path.join(corpusDir, rel))) });
  return out;
}

/**
 * Hashes listed corpus files: a file whose size and mtime match `known` keeps its known hash, one in `read` (hashed
 * by whoever just read it: a threaded build's parse threads) takes that, any other is read and hashed here.
 */
export async function hashCorpus(
  corpusDir: string,
  files: Omit<CorpusFile, 'sha256'>[],
  known: CorpusFile[],
  read: ReadonlyMap<string, string> = new Map(),
): Promise<CorpusFile[]> {
  const byPath = new Map(known.map((f) => [f.path, f]));
  const out: CorpusFile[] = [];
  for (const file of files) {
    const previous = byPath.get(file.path);
    const unchanged = previous && previous.size === file.size && previous.mtimeMs === file.mtimeMs;
    const sha256 = unchanged ? previous.sha256 : (read.get(file.path) ?? (await sha256Of(path.join(corpusDir, file.path))));
    out.push({ ...file, sha256 });
  }
  return out;
}

export function sameCorpus(a: CorpusFile[], b: CorpusFile[]): boolean {
  if (a.length !== b.length) return false;
  const hashes = new Map(b.map((f) => [f.path, f.sha256]));
  return a.every((f) => hashes.get(f.path) === f.sha256);
}

async function sha256Of(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
