import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Chunk } from '../types.js';
import { isLinkToFile } from '../corpus/index.js';
import { readSections, writeSections, type FileFingerprint, type ReadOptions } from './binaryFile.js';
import { ChunkTable } from './chunkTable.js';
import { DEFAULT_HNSW, VectorRecall, embeddingText, type HnswParams } from './embeddingRecall.js';
import { isLocalEmbeddings } from './embeddings.js';
import { DfCounter, idfBucket, type Features, type IdfTable } from './features.js';
import { WordHashes } from './chunkFeatures.js';
import { LexicalIndex } from './fullTextRecall.js';
import { ChunkTokenizer, Vocabulary } from './terms.js';
import { getTokenizer } from '../text/tokenizer.js';

/** Bump when tokenisation, features, BM25 fields or the file layout change: old indexes then rebuild themselves. */
export const RETRIEVAL_VERSION = 'retrieval-10';

export interface IndexProgress {
  stage: 'files' | 'chunks' | 'tokens' | 'embeddings' | 'index';
  done: number;
  total: number;
}

export type ProgressListener = (progress: IndexProgress) => void;

export interface StoredFile {
  file: string;
  fingerprint: FileFingerprint;
}

/** Where an index generation's data lives; kept in the manifest, which is replaced atomically. */
export interface IndexFiles {
  generation: number;
  /** Chunk records, appended one segment per ingest; labels run on across segments. */
  chunkSegments: (StoredFile & { first: number; count: number })[];
  lexical: StoredFile;
  /** One graph file per vector shard, in shard order (see HnswParams.shards). */
  vectors: StoredFile[];
  /** Local embeddings only: the IDF table, frozen between full rebuilds. */
  idf?: StoredFile;
  /** Labels of removed chunks (still in their segment, never loaded or returned). */
  dead: number[];
  labels: number;
  dimension: number;
}

/** A loaded index: chunks by label and both recalls. */
export interface IndexState {
  chunks: ChunkTable;
  lexical: LexicalIndex;
  vector: VectorRecall;
  idf?: IdfTable;
  files: IndexFiles;
}

const EMBED_BATCH = 256;

/** Data file names of one generation; anything else in the index folder with these shapes is left over. */
export const DATA_FILE = /^(?:chunks|lexical|vectors\d*|idf)-\d+\.(?:bin|hnsw)$/;
const name = (kind: string, generation: number, ext: string) => `${kind}-${generation}.${ext}`;

/**
 * A full build: tokenizes each chunk once; fits the IDF (local embeddings), embeds into the graph and builds BM25
 * from those same terms; writes generation `generation`'s files into `dir`.
 */
export async function buildIndexFiles(
  dir: string,
  chunks: Chunk[],
  embeddings: EmbeddingsInterface,
  options: { generation: number; hnsw?: HnswParams; onProgress?: ProgressListener },
): Promise<IndexState> {
  const { generation, onProgress } = options;
  const tokenizer = new ChunkTokenizer(getTokenizer(), new Vocabulary());
  const terms = chunks.map((chunk, i) => {
    if (i % 1000 === 0) onProgress?.({ stage: 'tokens', done: i, total: chunks.length });
    return tokenizer.termsOf(chunk);
  });
  onProgress?.({ stage: 'tokens', done: chunks.length, total: chunks.length });
  const vocabulary = tokenizer.vocabulary;
  let embedder = embeddings;
  let idf: IdfTable | undefined;
  let features: Features[] | undefined;
  if (isLocalEmbeddings(embeddings)) {
    const hashes = new WordHashes(vocabulary.terms);
    const df = new DfCounter();
    features = chunks.map((chunk, i) => {
      const f = hashes.featuresOf(terms[i], chunk);
      df.add(f);
      return f;
    });
    idf = df.table();
    embedder = embeddings.withIdf(idf);
  }
  const labels = chunks.map((_, i) => i);
  const vector = await embedInto(undefined, chunks, features, labels, embedder, {
    capacity: chunks.length,
    hnsw: options.hnsw,
    onProgress: (done) => onProgress?.({ stage: 'embeddings', done, total: chunks.length }),
  });
  const lexical = LexicalIndex.build(vocabulary.terms, terms);
  const files: IndexFiles = {
    generation,
    chunkSegments: [{ ...(await writeChunks(dir, chunks, generation)), first: 0, count: chunks.length }],
    lexical: await saveLexical(dir, lexical, generation),
    vectors: await saveVectors(dir, vector, generation),
    idf: idf ? await saveIdf(dir, idf, generation) : undefined,
    dead: [],
    labels: chunks.length,
    dimension: vector.dimension,
  };
  onProgress?.({ stage: 'index', done: chunks.length, total: chunks.length });
  return { chunks: ChunkTable.fromChunks(chunks), lexical, vector, idf, files };
}

/**
 * An incremental update of a loaded index (which it changes: load a fresh one for this): removes `removed` labels,
 * appends `added` chunks with new labels, embedded with the frozen IDF, and writes generation `generation`:
 * a new chunk segment, the merged BM25 postings and the grown graph. Files of the previous generation are untouched.
 */
export async function updateIndexFiles(
  dir: string,
  state: IndexState,
  change: { removed: number[]; added: Chunk[] },
  embeddings: EmbeddingsInterface,
  options: { generation: number; onProgress?: ProgressListener },
): Promise<IndexState> {
  const { generation } = options;
  const vocabulary = new Vocabulary(state.lexical.vocabulary);
  const tokenizer = new ChunkTokenizer(getTokenizer(), vocabulary);
  const first = state.files.labels;
  const labels = change.added.map((_, i) => first + i);
  const terms = change.added.map((c) => tokenizer.termsOf(c));
  const hashes = new WordHashes(vocabulary.terms);
  const features = isLocalEmbeddings(embeddings) ? change.added.map((c, i) => hashes.featuresOf(terms[i], c)) : undefined;
  const idf = features && state.idf ? withNewFeatures(state.idf, features) : state.idf;
  const embedder = isLocalEmbeddings(embeddings) ? embeddings.withIdf(idf) : embeddings;
  for (const label of change.removed) state.vector.remove(label);
  await embedInto(state.vector, change.added, features, labels, embedder, {
    capacity: 0,
    onProgress: (done) => options.onProgress?.({ stage: 'embeddings', done, total: change.added.length }),
  });
  const lexical = state.lexical.withChanges(vocabulary.terms, new Set(change.removed), new Map(labels.map((l, i) => [l, terms[i]])));
  const chunks = state.chunks.withChanges(change.removed, change.added, first);
  const segments = [...state.files.chunkSegments];
  // The graph files are checksummed while the other files are written.
  const [segment, lexicalFile, vectorsFile, idfFile] = await Promise.all([
    change.added.length ? writeChunks(dir, change.added, generation) : undefined,
    saveLexical(dir, lexical, generation),
    saveVectors(dir, state.vector, generation),
    idf && idf !== state.idf ? saveIdf(dir, idf, generation) : state.files.idf,
  ]);
  if (segment) segments.push({ ...segment, first, count: change.added.length });
  const files: IndexFiles = {
    ...state.files,
    generation,
    chunkSegments: segments,
    lexical: lexicalFile,
    vectors: vectorsFile,
    idf: idfFile,
    dead: [...state.files.dead, ...change.removed].sort((a, b) => a - b),
    labels: first + change.added.length,
  };
  return { chunks, lexical, vector: state.vector, idf, files };
}

/**
 * The IDF of an incremental update. Weights of features the index already knows stay frozen until the next full
 * rebuild (the stored vectors were computed with them); a feature first seen in the added chunks gets its document
 * frequency among them, so a new document's own names and terms are not dropped from its vectors and queries.
 */
function withNewFeatures(idf: IdfTable, features: Features[]): IdfTable {
  const fresh = new Map<number, number>();
  for (const f of features) {
    const buckets = new Set<number>();
    for (let i = 0; i < f.size; i++) buckets.add(idfBucket(f.hashes[i]));
    for (const bucket of buckets) if (!idf.df.has(bucket)) fresh.set(bucket, (fresh.get(bucket) ?? 0) + 1);
  }
  if (fresh.size === 0) return idf;
  return { documents: idf.documents, df: new Map([...idf.df, ...fresh]) };
}

/**
 * Loads a generation after checking every file against its fingerprint; throws on anything missing or inconsistent.
 * The chunk texts and BM25 postings of a large index are read, and checked block by block, when first used
 * (see binaryFile.ts): their sizes and everything else are checked here.
 */
export async function loadIndexFiles(dir: string, files: IndexFiles, options: { hnsw?: HnswParams; read?: ReadOptions } = {}): Promise<IndexState> {
  const dead = new Set(files.dead);
  const live = files.labels - dead.size;
  const segments = files.chunkSegments.map((s) => ({ ...s, path: path.join(dir, s.file) }));
  const [chunks, , lexical, vector, idf] = await Promise.all([
    ChunkTable.load(segments, files.labels, dead, options.read),
    // The first search needs jieba's dictionary (a few hundred ms to build): built while the graphs load off-thread.
    new Promise<void>((resolve) => setImmediate(() => resolve(void getTokenizer()))),
    LexicalIndex.load(path.join(dir, files.lexical.file), files.lexical.fingerprint, options.read),
    VectorRecall.load(
      files.vectors.map((v) => ({ path: path.join(dir, v.file), fingerprint: v.fingerprint })),
      files.dimension,
      { count: files.labels, dead },
      options.hnsw ?? DEFAULT_HNSW,
    ),
    files.idf ? loadIdf(dir, files.idf) : undefined,
  ]);
  if (chunks.liveCount !== live) throw new Error('索引各部分的分块数量不一致');
  if (lexical.labels !== files.labels || lexical.size !== live) throw new Error('索引各部分的分块数量不一致');
  return { chunks, lexical, vector, idf, files };
}

/** Every file a generation needs. */
export function filesOf(files: IndexFiles): string[] {
  return [...files.chunkSegments.map((s) => s.file), files.lexical.file, ...files.vectors.map((v) => v.file), ...(files.idf ? [files.idf.file] : [])];
}

/** Embeds chunks (from their features, for local embeddings) and adds them to `into`, or to a new graph. */
async function embedInto(
  into: VectorRecall | undefined,
  chunks: Chunk[],
  features: Features[] | undefined,
  labels: number[],
  embeddings: EmbeddingsInterface,
  options: { capacity: number; hnsw?: HnswParams; onProgress?: (done: number) => void },
): Promise<VectorRecall> {
  let vector = into;
  const local = isLocalEmbeddings(embeddings) ? embeddings : undefined;
  for (let from = 0; from < chunks.length; from += EMBED_BATCH) {
    const batch = chunks.slice(from, from + EMBED_BATCH);
    const vectors = local && features
      ? batch.map((_, j) => local.embedFeatures(features[from + j]))
      : await embeddings.embedDocuments(batch.map(embeddingText));
    for (const [j, v] of vectors.entries()) {
      vector ??= VectorRecall.create(v.length, options.capacity, options.hnsw);
      vector.add(v, labels[from + j]);
    }
    options.onProgress?.(from + batch.length);
  }
  return vector ?? VectorRecall.create(local?.dimension ?? 1, 1, options.hnsw);
}

export async function writeChunks(dir: string, chunks: Chunk[], generation: number): Promise<StoredFile> {
  const file = name('chunks', generation, 'bin');
  return { file, fingerprint: await ChunkTable.writeSegment(path.join(dir, file), chunks) };
}

export async function saveLexical(dir: string, lexical: LexicalIndex, generation: number): Promise<StoredFile> {
  const file = name('lexical', generation, 'bin');
  return { file, fingerprint: await lexical.save(path.join(dir, file)) };
}

/** The file of one vector shard of a generation. */
export function vectorsFile(generation: number, shard: number): string {
  return name(`vectors${shard}`, generation, 'hnsw');
}

export async function saveVectors(dir: string, vector: VectorRecall, generation: number): Promise<StoredFile[]> {
  const fingerprints = await vector.save((shard) => path.join(dir, vectorsFile(generation, shard)));
  return fingerprints.map((fingerprint, shard) => ({ file: vectorsFile(generation, shard), fingerprint }));
}

export async function saveIdf(dir: string, idf: IdfTable, generation: number): Promise<StoredFile> {
  const file = name('idf', generation, 'bin');
  const buckets = Uint32Array.from(idf.df.keys());
  const dfs = Uint32Array.from(idf.df.values());
  return { file, fingerprint: await writeSections(path.join(dir, file), { documents: idf.documents }, { buckets, dfs }) };
}

async function loadIdf(dir: string, stored: StoredFile): Promise<IdfTable> {
  const r = await readSections(path.join(dir, stored.file), stored.fingerprint);
  const buckets = r.uint32('buckets');
  const dfs = r.uint32('dfs');
  if (buckets.length !== dfs.length || !Number.isInteger(r.meta.documents)) throw new Error('IDF 表已损坏');
  const df = new Map<number, number>();
  for (let i = 0; i < buckets.length; i++) df.set(buckets[i], dfs[i]);
  return { documents: r.meta.documents as number, df };
}

/** Regular files under `dir` (recursive), as sorted posix relative paths; hidden entries are skipped. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() && !(entry.isSymbolicLink() && (await isLinkToFile(full)))) continue;
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    files.push(rel);
  }
  return files.sort();
}

export async function fileStat(file: string): Promise<{ size: number; mtimeMs: number }> {
  const s = await stat(file);
  return { size: s.size, mtimeMs: s.mtimeMs };
}
