import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { AppConfig } from '../config.js';
import { CHUNKER_VERSION, ingestCorpus, listCorpusFiles, totalQuarantined, totalRedactions, type ParsedDocument, type RedactionCounts } from '../corpus/index.js';
import type { Logger } from '../logger.js';
import type { Chunk, Searcher } from '../types.js';
import { DEFAULT_HNSW, type HnswParams } from './embeddingRecall.js';
import { isLocalEmbeddings } from './embeddings.js';
import type { HybridSearcher } from './hybridSearch.js';
import { acquireLock } from './lock.js';
import { removeIndexLeftovers } from './leftovers.js';
import {
  FILES,
  RETRIEVAL_VERSION,
  fileStat,
  fingerprintFile,
  loadIndexFiles,
  writeIndexFiles,
  type IndexArtifacts,
  type IndexProgress,
  type ProgressListener,
} from './store.js';

export { RETRIEVAL_VERSION, type IndexProgress, type ProgressListener };
export type { HybridSearchOptions, SearchMode } from './hybridSearch.js';
export { HybridSearcher } from './hybridSearch.js';

export interface IngestSummary {
  documents: number;
  chunks: number;
  redactions: number;
  /** Documents in which personal data was hidden, with the counts per kind. */
  redactionsByDocument: { docId: string; counts: RedactionCounts }[];
  skipped: { file: string; reason: string }[];
  /** Files read with a problem worth a look (malformed front matter…). */
  warnings?: { file: string; message: string }[];
  seconds: number;
  /** Characters of chunk text indexed. */
  chars: number;
  embeddingsId: string;
  dimension: number;
  /** Size of the index on disk. */
  indexBytes: number;
  /** True when a concurrent ingest had just built an up-to-date index and this call reused it. */
  reused: boolean;
}

export interface IndexDeps {
  config: AppConfig;
  logger: Logger;
  embeddings: EmbeddingsInterface & { id?: string };
  onProgress?: ProgressListener;
  hnsw?: HnswParams;
}

export interface BuildOptions {
  /** Rebuild even when the index is up to date (what `npm run ingest` does). */
  force?: boolean;
}

interface CorpusFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface Manifest extends IndexArtifacts {
  format: string;
  chunkerVersion: string;
  embeddingsId: string;
  hnsw: HnswParams;
  corpus: CorpusFile[];
  summary: IngestSummary;
  builtAt: string;
}

type Freshness = { fresh: true; manifest: Manifest } | { fresh: false; reason: string };

/**
 * Loads the index in `config.indexDir`. A missing, stale (corpus, embeddings, chunker or format changed) or corrupt
 * index is rebuilt from `config.corpusDir`, with a log line saying why.
 */
export async function openSearcher(deps: IndexDeps): Promise<Searcher> {
  return openHybridSearcher(deps);
}

/** {@link openSearcher} typed as the concrete searcher, which also offers vector-only and BM25-only search. */
export async function openHybridSearcher(deps: IndexDeps): Promise<HybridSearcher> {
  const { config, logger } = deps;
  await removeIndexLeftovers(config.indexDir, logger);
  const first = await tryLoad(deps);
  if ('searcher' in first) return first.searcher;
  logger.warn({ indexDir: config.indexDir, reason: first.reason }, `索引需要重建：${first.reason}`);
  await buildIndex(deps, { force: true });
  const second = await tryLoad(deps);
  if ('searcher' in second) return second.searcher;
  throw new Error(`索引重建后仍无法加载：${second.reason}`);
}

/**
 * Builds the index from the corpus into a temporary folder and renames it into place, under a lock file so two
 * ingests at once never corrupt it; one that waited for another reuses its result if that is up to date.
 */
export async function buildIndex(deps: IndexDeps, options: BuildOptions = {}): Promise<IngestSummary> {
  const { config, logger } = deps;
  assertSafeLocations(config.corpusDir, config.indexDir);
  await mkdir(path.dirname(config.indexDir), { recursive: true });
  const lock = await acquireLock(`${config.indexDir}.lock`);
  try {
    // Under the lock: a live build's temporary folder belongs to a running pid and is left alone anyway.
    await removeIndexLeftovers(config.indexDir, logger);
    if (!options.force || lock.waited) {
      const state = await checkFreshness(deps);
      if (state.fresh) {
        logger.info({ indexDir: config.indexDir }, '索引已是最新，直接使用');
        return { ...state.manifest.summary, reused: true };
      }
    }
    return await buildUnlocked(deps);
  } finally {
    await lock.release();
  }
}

const INDEX_ENTRIES = new Set<string>(Object.values(FILES));

/**
 * A rebuild replaces the whole INDEX_DIR, so it must never point at the corpus, at a file, or at a folder of
 * someone else's files: refuse before anything is written or moved.
 */
export function assertSafeLocations(corpusDir: string, indexDir: string): void {
  if (existsSync(corpusDir) && !statSync(corpusDir).isDirectory()) {
    throw new Error(`语料路径不是目录：${corpusDir}（请检查 CORPUS_DIR）`);
  }
  const relative = path.relative(indexDir, corpusDir);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new Error(`索引目录不能是语料目录或其上级目录：${indexDir}（请检查 INDEX_DIR）`);
  }
  // Inside the corpus the index (and its .lock and temporary folders) would be read as corpus files, unless hidden.
  const inside = path.relative(corpusDir, indexDir);
  if (!inside.startsWith('..') && !path.isAbsolute(inside) && !inside.split(path.sep).some((part) => part.startsWith('.'))) {
    throw new Error(`索引目录在语料目录内时，名称须以“.”开头（例如 ${path.join(corpusDir, '.index')}）：${indexDir}（请检查 INDEX_DIR）`);
  }
  if (!existsSync(indexDir)) return;
  if (!statSync(indexDir).isDirectory()) throw new Error(`索引路径已存在且不是目录：${indexDir}（请检查 INDEX_DIR）`);
  const entries = readdirSync(indexDir).filter((name) => !name.startsWith('.') && name !== 'lost+found');
  if (entries.length > 0 && !entries.some((name) => INDEX_ENTRIES.has(name))) {
    throw new Error(`索引目录中已有其他文件，为避免误删，不会覆盖：${indexDir}（请检查 INDEX_DIR）`);
  }
}

async function buildUnlocked(deps: IndexDeps): Promise<IngestSummary> {
  const { config, logger, embeddings, onProgress } = deps;
  const started = performance.now();
  if (!existsSync(config.corpusDir)) throw new Error(`语料目录不存在：${config.corpusDir}（请检查 CORPUS_DIR）`);
  const corpus = await snapshotCorpus(config.corpusDir, []);
  const ingested = await ingestCorpus(config.corpusDir, logger, (p: unknown) => onProgress?.(asFileProgress(p)));
  const chunks: Chunk[] = ingested.chunks;
  onProgress?.({ stage: 'chunks', done: chunks.length, total: chunks.length });
  const tmp = `${config.indexDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const hnsw = deps.hnsw ?? DEFAULT_HNSW;
    const artifacts = await writeIndexFiles(tmp, chunks, embeddings, { hnsw, onProgress });
    const embeddingsId = embeddings.id ?? 'custom';
    const summary: IngestSummary = {
      documents: ingested.documents.length,
      chunks: chunks.length,
      redactions: ingested.documents.reduce((n, d) => n + totalRedactions(d.redactions), 0),
      redactionsByDocument: redactionsByDocument(ingested.documents),
      skipped: ingested.skipped,
      warnings: ingested.warnings,
      seconds: round((performance.now() - started) / 1000),
      chars: chunks.reduce((n, c) => n + c.text.length, 0),
      embeddingsId,
      dimension: artifacts.dimension,
      indexBytes: artifacts.bytes,
      reused: false,
    };
    const manifest: Manifest = {
      format: RETRIEVAL_VERSION,
      chunkerVersion: CHUNKER_VERSION,
      embeddingsId,
      hnsw,
      corpus,
      summary,
      builtAt: new Date().toISOString(),
      ...artifacts,
    };
    await writeFile(path.join(tmp, FILES.manifest), JSON.stringify(manifest, null, 1));
    await swapIntoPlace(tmp, config.indexDir);
    logger.info({ indexDir: config.indexDir, chunks: chunks.length, seconds: summary.seconds }, '索引已重建');
    return summary;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Replaces `target` with `source`; the old index is moved aside first and removed after. */
async function swapIntoPlace(source: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, old);
  await rename(source, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

async function tryLoad(deps: IndexDeps): Promise<{ searcher: HybridSearcher } | { reason: string }> {
  const state = await checkFreshness(deps);
  if (!state.fresh) return { reason: state.reason };
  try {
    const { searcher, idf } = await loadIndexFiles(deps.config.indexDir, deps.embeddings, state.manifest, {
      hnsw: deps.hnsw ?? state.manifest.hnsw,
      embeddingsId: deps.embeddings.id ?? state.manifest.embeddingsId,
      logger: deps.logger,
    });
    // Anyone else embedding with these embeddings (e.g. sentence scoring) then weighs terms as the index does.
    if (idf && isLocalEmbeddings(deps.embeddings)) deps.embeddings.setIdf(idf);
    return { searcher };
  } catch (err) {
    return { reason: `索引已损坏（${(err as Error).message}）` };
  }
}

/** Compares the manifest with the corpus on disk, the embeddings and the chunker; never throws. */
async function checkFreshness(deps: IndexDeps): Promise<Freshness> {
  const { config, embeddings } = deps;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(config.indexDir, FILES.manifest), 'utf8')) as Manifest;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { fresh: false, reason: missing ? '索引不存在' : '索引清单已损坏' };
  }
  if (manifest?.format !== RETRIEVAL_VERSION) return { fresh: false, reason: '索引格式版本已变化' };
  if (manifest.chunkerVersion !== CHUNKER_VERSION) return { fresh: false, reason: '分块程序版本已变化' };
  if (manifest.embeddingsId !== (embeddings.id ?? 'custom')) return { fresh: false, reason: '嵌入模型已变化' };
  if (isLocalEmbeddings(embeddings) && manifest.dimension !== embeddings.dimension && manifest.summary?.chunks > 0) {
    return { fresh: false, reason: '向量维度已变化' };
  }
  if (!Array.isArray(manifest.corpus) || typeof manifest.files !== 'object') return { fresh: false, reason: '索引清单已损坏' };
  try {
    const current = await snapshotCorpus(config.corpusDir, manifest.corpus);
    if (!sameCorpus(current, manifest.corpus)) return { fresh: false, reason: '语料文件已变化' };
  } catch {
    return { fresh: false, reason: '无法读取语料目录' };
  }
  return { fresh: true, manifest };
}

/** Lists corpus files with their hashes; a file whose size and mtime match `known` keeps its known hash. */
async function snapshotCorpus(corpusDir: string, known: CorpusFile[]): Promise<CorpusFile[]> {
  if (!existsSync(corpusDir)) return [];
  const byPath = new Map(known.map((f) => [f.path, f]));
  const out: CorpusFile[] = [];
  // The same file list ingestion reads: the bureau profile, the README and data files are not documents.
  for (const rel of await listCorpusFiles(corpusDir)) {
    const full = path.join(corpusDir, rel);
    const { size, mtimeMs } = await fileStat(full);
    const previous = byPath.get(rel);
    const sha256 =
      previous && previous.size === size && previous.mtimeMs === mtimeMs ? previous.sha256 : (await fingerprintFile(full)).sha256;
    out.push({ path: rel, size, mtimeMs, sha256 });
  }
  return out;
}

function sameCorpus(a: CorpusFile[], b: CorpusFile[]): boolean {
  if (a.length !== b.length) return false;
  const hashes = new Map(b.map((f) => [f.path, f.sha256]));
  return a.every((f) => hashes.get(f.path) === f.sha256);
}

/** Maps the ingestion's own progress events onto the "files" stage, whatever their exact shape. */
function asFileProgress(p: unknown): IndexProgress {
  const event = (p ?? {}) as { done?: unknown; total?: unknown };
  return {
    stage: 'files',
    done: typeof event.done === 'number' ? event.done : 0,
    total: typeof event.total === 'number' ? event.total : 0,
  };
}

function redactionsByDocument(documents: ParsedDocument[]): IngestSummary['redactionsByDocument'] {
  return documents.filter((d) => totalQuarantined(d.redactions) > 0).map((d) => ({ docId: d.docId, counts: d.redactions }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
