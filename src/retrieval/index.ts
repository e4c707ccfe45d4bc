import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Chunk, SearchHit, Searcher } from '../types.js';
import { loadChannelRules } from './channels.js';
import type { HybridSearchOptions } from './hybridSearch.js';
import { HybridSearcher } from './hybridSearch.js';
import {
  embeddingsIdOf,
  fullRebuildReason,
  searcherOf,
  summarize,
  updateLocked,
  type IndexDeps,
  type IngestSummary,
  type UpdateOptions,
} from './ingest.js';
import { removeIndexLeftovers } from './leftovers.js';
import { IndexDamaged } from './checkedRegion.js';
import { acquireLock } from './lock.js';
import { isIndexEntry, readManifest, sameCorpus, snapshotCorpus, type Manifest } from './manifest.js';
import { RETRIEVAL_VERSION, loadIndexFiles, type IndexProgress, type ProgressListener } from './store.js';

export { RETRIEVAL_VERSION, type IndexProgress, type ProgressListener };
export type { HybridSearchOptions, SearchMode } from './hybridSearch.js';
export { HybridSearcher } from './hybridSearch.js';
export { INGEST_DEFAULTS, searcherOf, type IndexDeps, type IngestSummary, type UpdateOptions } from './ingest.js';
export { scopeToChannel, visibleIn } from './channels.js';

export interface BuildOptions {
  /** Rebuild in full even when the index is up to date. */
  force?: boolean;
}

/**
 * Loads the index in `config.indexDir` behind a {@link SearcherHandle}. A changed corpus is updated incrementally
 * first; a missing, incompatible (embeddings, chunker, format) or corrupt index is rebuilt, with a log line saying why.
 */
export async function openSearcher(deps: IndexDeps): Promise<SearcherHandle> {
  return new SearcherHandle(deps, await openHybridSearcher(deps), undefined, { rebuildsOnDamage: true });
}

/** Why {@link loadSearcher} or {@link SearcherHandle.reload} did not load the index on disk (a Chinese reason). */
export class IndexNotLoaded extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'IndexNotLoaded';
  }
}

/**
 * The index on disk as it is, never built or updated: for work threads, which must never ingest (the process that
 * owns the index does). Throws {@link IndexNotLoaded} when it is missing, incompatible or corrupt. An index older than
 * the corpus is still a complete generation: it is loaded, with a warning, unless `options.current` requires it to
 * match the corpus.
 */
export async function loadSearcher(deps: IndexDeps, options: { current?: boolean } = {}): Promise<SearcherHandle> {
  return new SearcherHandle(deps, await loadOnly(deps, options.current ?? false));
}

/**
 * Makes sure the index on disk is current, building or updating it as {@link openSearcher} does, and returns a handle
 * that does not load it: for a process whose work threads each load their own copy (and so check that it loads).
 * The handle's {@link SearcherHandle.update} keeps the index on disk current, again without loading it here.
 */
export async function prepareSearcher(deps: IndexDeps): Promise<SearcherHandle> {
  await clearIndexLocation(deps);
  const state = await currentOnDisk(deps, 'must-match');
  const known = (summary: IngestSummary) => ({ chunks: summary.chunks, embeddingsId: summary.embeddingsId });
  if ('manifest' in state) return new SearcherHandle(deps, null, known(summarize(state.manifest, deps, performance.now(), { added: [], updated: [], removed: [] })));
  warnIndexNotCurrent(deps, state);
  return new SearcherHandle(deps, null, known((await updateAndOpen(deps, { full: !state.update }, false)).summary));
}

/** {@link openSearcher} as the concrete searcher, which also offers vector-only and BM25-only search. */
export async function openHybridSearcher(deps: IndexDeps): Promise<HybridSearcher> {
  await clearIndexLocation(deps);
  const state = await readyToLoad(deps);
  if ('searcher' in state) return state.searcher;
  warnIndexNotCurrent(deps, state);
  return (await updateAndOpen(deps, { full: !state.update })).searcher;
}

/**
 * What opening or preparing the index does first: checks the corpus and index folders are safe to use, then removes a
 * killed ingest's abandoned lock (and temporary folders of the older format).
 */
async function clearIndexLocation({ config, logger }: IndexDeps): Promise<void> {
  assertSafeLocations(config.corpusDir, config.indexDir);
  await removeIndexLeftovers(config.indexDir, logger);
}

/** Logs why the index on disk cannot be used as it is, and whether it is updated or rebuilt for it. */
function warnIndexNotCurrent({ config, logger }: IndexDeps, state: { reason: string; update: boolean }): void {
  logger.warn({ indexDir: config.indexDir, reason: state.reason }, `索引需要${state.update ? '更新' : '重建'}：${state.reason}`);
}

/**
 * Brings the index up to date with the corpus (incrementally unless `options.full` or a full rebuild is needed) and
 * returns the summary `npm run ingest -- --json` prints. What the Slack upload flow calls in-process; a running
 * service then swaps in the new index with {@link SearcherHandle.update} (which calls this) or `reload()`.
 */
export async function updateIndex(deps: IndexDeps, options: UpdateOptions = {}): Promise<IngestSummary> {
  return (await updateAndOpen(deps, options)).summary;
}

/** Full rebuild (kept for callers of the earlier API); a caller that waited for a concurrent build reuses it. */
export async function buildIndex(deps: IndexDeps, options: BuildOptions = {}): Promise<IngestSummary> {
  return updateIndex(deps, { full: options.force });
}

/** Updates the index on disk; returns the new searcher too unless `open` is false (then nothing is loaded). */
async function updateAndOpen(deps: IndexDeps, options: UpdateOptions, open: false): Promise<{ summary: IngestSummary; searcher: HybridSearcher | null }>;
async function updateAndOpen(deps: IndexDeps, options: UpdateOptions, open?: boolean): Promise<{ summary: IngestSummary; searcher: HybridSearcher }>;
async function updateAndOpen(deps: IndexDeps, options: UpdateOptions, open = true): Promise<{ summary: IngestSummary; searcher: HybridSearcher | null }> {
  const { config } = deps;
  assertSafeLocations(config.corpusDir, config.indexDir);
  await mkdir(path.dirname(config.indexDir), { recursive: true });
  const lock = await acquireLock(`${config.indexDir}.lock`);
  try {
    await removeIndexLeftovers(config.indexDir, deps.logger);
    if (lock.waited) {
      // Someone else just ingested: when that left the index current, there is nothing to do.
      const state = await readyToLoad(deps);
      if ('searcher' in state) {
        const manifest = await readManifest(config.indexDir);
        if (!('problem' in manifest)) return { summary: { ...summarize(manifest, deps, performance.now(), { added: [], updated: [], removed: [] }), reused: true }, searcher: state.searcher };
      }
    }
    const { summary, state } = await updateLocked(deps, options);
    // Not opening: the work threads load the new generation (and check it) when told to reload.
    if (!open) return { summary, searcher: null };
    if (state) return { summary, searcher: searcherOf(state, deps) };
    const loaded = await readyToLoad(deps);
    if (!('searcher' in loaded)) throw new Error(`索引更新后仍无法加载：${loaded.reason}`);
    return { summary, searcher: loaded.searcher };
  } finally {
    await lock.release();
  }
}

/**
 * A loaded searcher when the index is current, else why not and whether an incremental update will do. Throws only
 * on malformed channel rules in bureau.yml (a configuration error to fix, with a Chinese message).
 */
async function readyToLoad(deps: IndexDeps, corpus: 'must-match' | 'may-differ' = 'must-match'): Promise<{ searcher: HybridSearcher } | { reason: string; update: boolean }> {
  const state = await currentOnDisk(deps, corpus);
  if (!('manifest' in state)) return state;
  try {
    const loaded = await loadIndexFiles(deps.config.indexDir, state.manifest.files, { hnsw: deps.hnsw ?? state.manifest.hnsw, read: deps.read });
    return { searcher: searcherOf(loaded, deps) };
  } catch (err) {
    return { reason: `索引已损坏（${(err as Error).message}）`, update: false };
  }
}

/**
 * The manifest when the index on disk is compatible and (unless `corpus` is 'may-differ') current with the corpus,
 * else why not and whether an incremental update will do. Reads the manifest and the corpus, not the index files.
 */
async function currentOnDisk(deps: IndexDeps, corpus: 'must-match' | 'may-differ'): Promise<{ manifest: Manifest } | { reason: string; update: boolean }> {
  const { config } = deps;
  const manifest = await readManifest(config.indexDir);
  const rules = loadChannelRules(config.corpusDir);
  const reason = fullRebuildReason(manifest, deps, rules);
  if (reason || 'problem' in manifest) return { reason: reason ?? '索引清单已损坏', update: false };
  try {
    const current = await snapshotCorpus(config.corpusDir, manifest.corpus);
    if (!sameCorpus(current, manifest.corpus)) {
      if (corpus === 'must-match') return { reason: '语料文件已变化', update: true };
      deps.logger.warn({ indexDir: config.indexDir }, '语料文件已变化，索引尚未更新：先按磁盘上的索引作答');
    }
  } catch {
    return { reason: '无法读取语料目录', update: false };
  }
  return { manifest };
}

/** The index on disk, loaded without building anything; {@link IndexNotLoaded} says why not. */
async function loadOnly(deps: IndexDeps, current: boolean): Promise<HybridSearcher> {
  assertSafeLocations(deps.config.corpusDir, deps.config.indexDir);
  const state = await readyToLoad(deps, current ? 'must-match' : 'may-differ');
  if (!('searcher' in state)) throw new IndexNotLoaded(state.reason);
  return state.searcher;
}

/**
 * What services hold instead of a bare searcher: a {@link Searcher} whose index can be replaced while the process
 * runs. `update()` ingests the corpus's changes (e.g. after a document upload from Slack) and switches to the new
 * index; `reload()` switches to the current index on disk (after another process ingested) and never builds one.
 * Searches in flight finish on the index they started with.
 *
 * A handle from {@link prepareSearcher} holds no index (`loaded` is false): its process only keeps the index on disk
 * current, and its work threads load and search it. Searching through it throws.
 */
export class SearcherHandle implements Searcher {
  private known: { chunks: number; embeddingsId: string };
  private rebuilding?: Promise<IngestSummary>;

  constructor(
    private readonly deps: IndexDeps,
    private searcher: HybridSearcher | null,
    known?: { chunks: number; embeddingsId: string },
    /** A handle that owns the index ({@link openSearcher}) rebuilds it when a search finds a damaged block. */
    private readonly options: { rebuildsOnDamage?: boolean } = {},
  ) {
    this.known = searcher ? { chunks: searcher.size(), embeddingsId: searcher.embeddingsId } : known ?? { chunks: 0, embeddingsId: embeddingsIdOf(deps.embeddings) };
  }

  /** False for a handle that leaves the index to work threads. */
  get loaded(): boolean {
    return this.searcher !== null;
  }

  current(): HybridSearcher {
    if (!this.searcher) throw new Error('索引未在本进程中加载（由工作线程加载并检索）');
    return this.searcher;
  }

  async update(options: UpdateOptions = {}): Promise<IngestSummary> {
    const { summary, searcher } = await updateAndOpen(this.deps, options, this.loaded);
    if (searcher) this.searcher = searcher;
    this.known = { chunks: summary.chunks, embeddingsId: this.known.embeddingsId };
    return summary;
  }

  /**
   * Switches to the index on disk when it is current with the corpus; never builds or updates one. Otherwise throws
   * {@link IndexNotLoaded} with the reason and keeps serving the index it has.
   */
  async reload(): Promise<void> {
    const searcher = await loadOnly(this.deps, true);
    if (this.searcher) this.searcher = searcher;
    this.known = { chunks: searcher.size(), embeddingsId: searcher.embeddingsId };
  }

  get embeddingsId(): string {
    return this.searcher?.embeddingsId ?? this.known.embeddingsId;
  }

  async search(query: string, options?: HybridSearchOptions): Promise<SearchHit[]> {
    try {
      return await this.current().search(query, options);
    } catch (err) {
      if (!(err instanceof IndexDamaged)) throw err;
      await this.rebuildAfter(err);
      return this.current().search(query, options);
    }
  }

  /**
   * Large index files are checked block by block as they are read (src/retrieval/checkedRegion.ts), so damage can
   * surface after the load: the owner of the index rebuilds it in full (once, however many searches saw the damage)
   * and the search runs again on the new index; a work thread's handle, which never ingests, passes the error on.
   */
  private async rebuildAfter(err: IndexDamaged): Promise<void> {
    const { logger, config } = this.deps;
    if (!this.options.rebuildsOnDamage) {
      logger.error({ indexDir: config.indexDir, err: err.message }, `索引已损坏，本进程不重建索引：${err.message}`);
      throw err;
    }
    logger.warn({ indexDir: config.indexDir, err: err.message }, `索引需要重建：索引已损坏（${err.message}）`);
    this.rebuilding ??= this.update({ full: true }).finally(() => (this.rebuilding = undefined));
    await this.rebuilding;
  }

  size(): number {
    return this.searcher?.size() ?? this.known.chunks;
  }

  documentFrequency(term: string): number {
    return this.current().documentFrequency(term);
  }

  chunksOf(docId: string): Chunk[] {
    return this.current().chunksOf(docId);
  }
}

/**
 * An ingest writes and deletes files in INDEX_DIR, so it must never point at the corpus, at a file, or at a folder
 * of someone else's files: refuse before anything is written or moved.
 */
export function assertSafeLocations(corpusDir: string, indexDir: string): void {
  if (existsSync(corpusDir) && !statSync(corpusDir).isDirectory()) {
    throw new Error(`语料路径不是目录：${corpusDir}（请检查 CORPUS_DIR）`);
  }
  const relative = path.relative(indexDir, corpusDir);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new Error(`索引目录不能是语料目录或其上级目录：${indexDir}（请检查 INDEX_DIR）`);
  }
  // Inside the corpus the index (and its .lock) would be read as corpus files, unless hidden.
  const inside = path.relative(corpusDir, indexDir);
  if (!inside.startsWith('..') && !path.isAbsolute(inside) && !inside.split(path.sep).some((part) => part.startsWith('.'))) {
    throw new Error(`索引目录在语料目录内时，名称须以“.”开头（例如 ${path.join(corpusDir, '.index')}）：${indexDir}（请检查 INDEX_DIR）`);
  }
  if (!existsSync(indexDir)) return;
  if (!statSync(indexDir).isDirectory()) throw new Error(`索引路径已存在且不是目录：${indexDir}（请检查 INDEX_DIR）`);
  const entries = readdirSync(indexDir).filter((name) => !name.startsWith('.') && name !== 'lost+found');
  if (entries.length > 0 && !entries.some(isIndexEntry)) {
    throw new Error(`索引目录中已有其他文件，为避免误删，不会覆盖：${indexDir}（请检查 INDEX_DIR）`);
  }
}
