import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Logger } from '../logger.js';
import type { Chunk } from '../types.js';
import { isLinkToFile } from '../corpus/index.js';
import { DEFAULT_HNSW, VectorRecall, embeddingText, type HnswParams } from './embeddingRecall.js';
import { deserializeIdf, isLocalEmbeddings, serializeIdf, type IdfTable, type SerializedIdf } from './embeddings.js';
import { LexicalIndex, chunkTerms, type SerializedLexicalIndex } from './fullTextRecall.js';
import { HybridSearcher } from './hybridSearch.js';
import { getTokenizer, type Tokenizer } from '../text/tokenizer.js';

/** Bump when tokenisation, features, BM25 fields or the file layout change: old indexes then rebuild themselves. */
export const RETRIEVAL_VERSION = 'retrieval-2';

export const FILES = {
  manifest: 'manifest.json',
  chunks: 'chunks.json',
  lexical: 'lexical.json',
  idf: 'idf.json',
  vectorDir: 'vector',
} as const;

export interface IndexProgress {
  stage: 'files' | 'chunks' | 'embeddings' | 'index';
  done: number;
  total: number;
}

export type ProgressListener = (progress: IndexProgress) => void;

/** What the index files hold, written by {@link writeIndexFiles}. */
export interface IndexArtifacts {
  dimension: number;
  /** Relative path → size and SHA-256, checked before loading so a corrupt file never reaches hnswlib. */
  files: Record<string, { bytes: number; sha256: string }>;
  bytes: number;
}

const EMBED_BATCH = 256;

/** Writes chunks, the BM25 index, the IDF table (local embeddings) and the HNSW index into `dir`. */
export async function writeIndexFiles(
  dir: string,
  chunks: Chunk[],
  embeddings: EmbeddingsInterface,
  options: { hnsw?: HnswParams; onProgress?: ProgressListener } = {},
): Promise<IndexArtifacts> {
  const { onProgress } = options;
  await mkdir(dir, { recursive: true });
  const texts = chunks.map(embeddingText);
  const queryEmbeddings = isLocalEmbeddings(embeddings) ? embeddings.withIdf(undefined) : embeddings;
  let idf: IdfTable | undefined;
  if (isLocalEmbeddings(queryEmbeddings)) {
    idf = queryEmbeddings.fit(texts);
    await writeFile(path.join(dir, FILES.idf), JSON.stringify(serializeIdf(idf)));
  }
  async function* embedInBatches(): AsyncGenerator<number[][]> {
    for (let i = 0; i < texts.length; i += EMBED_BATCH) {
      yield await queryEmbeddings.embedDocuments(texts.slice(i, i + EMBED_BATCH));
    }
  }
  const vector = await VectorRecall.build(chunks, embedInBatches(), queryEmbeddings, {
    params: options.hnsw ?? DEFAULT_HNSW,
    dimension: isLocalEmbeddings(queryEmbeddings) ? queryEmbeddings.dimension : undefined,
    // Each batch is embedded and then put into the graph, so one bar covers both.
    onProgress: (done) => onProgress?.({ stage: 'embeddings', done, total: chunks.length }),
  });
  const dimension = vector.dimension;
  await vector.save(path.join(dir, FILES.vectorDir));
  const tokenizer = getTokenizer();
  const lexical = LexicalIndex.build(termsOf(chunks, tokenizer));
  await writeFile(path.join(dir, FILES.lexical), JSON.stringify(lexical.toJSON()));
  await writeFile(path.join(dir, FILES.chunks), JSON.stringify(chunks));
  const files = await fingerprintDir(dir);
  const bytes = Object.values(files).reduce((n, f) => n + f.bytes, 0);
  return { dimension, files, bytes };
}

function* termsOf(chunks: Chunk[], tokenizer: Tokenizer): Generator<string[]> {
  for (const chunk of chunks) yield chunkTerms(chunk, tokenizer);
}

/** Verifies every artifact against its fingerprint, then loads a searcher; throws on anything missing or inconsistent. */
export async function loadIndexFiles(
  dir: string,
  embeddings: EmbeddingsInterface & { id?: string },
  expected: IndexArtifacts,
  options: { hnsw?: HnswParams; embeddingsId?: string; logger?: Logger } = {},
): Promise<{ searcher: HybridSearcher; idf?: IdfTable }> {
  for (const [name, fingerprint] of Object.entries(expected.files)) {
    const actual = await fingerprintFile(path.join(dir, name));
    if (actual.bytes !== fingerprint.bytes || actual.sha256 !== fingerprint.sha256) throw new Error(`索引文件已损坏：${name}`);
  }
  const chunks = JSON.parse(await readFile(path.join(dir, FILES.chunks), 'utf8')) as Chunk[];
  if (!Array.isArray(chunks)) throw new Error('索引文件已损坏：chunks.json');
  const lexical = LexicalIndex.fromJSON(JSON.parse(await readFile(path.join(dir, FILES.lexical), 'utf8')) as SerializedLexicalIndex);
  let queryEmbeddings: EmbeddingsInterface = embeddings;
  let idf: IdfTable | undefined;
  if (isLocalEmbeddings(embeddings)) {
    idf = deserializeIdf(JSON.parse(await readFile(path.join(dir, FILES.idf), 'utf8')) as SerializedIdf);
    queryEmbeddings = embeddings.withIdf(idf);
  }
  const vector = await VectorRecall.load(path.join(dir, FILES.vectorDir), queryEmbeddings, options.hnsw ?? DEFAULT_HNSW);
  if (lexical.size !== chunks.length || vector.size !== chunks.length) throw new Error('索引各部分的分块数量不一致');
  const searcher = new HybridSearcher({
    chunks,
    lexical,
    vector,
    embeddings: queryEmbeddings,
    embeddingsId: options.embeddingsId ?? embeddings.id ?? 'custom',
    logger: options.logger,
  });
  return { searcher, idf };
}

/** Size and SHA-256 of every file under `dir`, keyed by posix relative path. */
export async function fingerprintDir(dir: string): Promise<Record<string, { bytes: number; sha256: string }>> {
  const out: Record<string, { bytes: number; sha256: string }> = {};
  for (const file of await listFiles(dir)) out[file] = await fingerprintFile(path.join(dir, file));
  return out;
}

export async function fingerprintFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const piece of createReadStream(file)) {
    hash.update(piece as Buffer);
    bytes += (piece as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
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
