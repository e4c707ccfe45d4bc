import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { ConfigError, type AppConfig } from '../config.js';
import {
  CHUNKER_VERSION,
  addRedactionCounts,
  corpusCandidates,
  corpusDocIds,
  emptyRedactionCounts,
  ingestCorpus,
  totalQuarantined,
  totalRedactions,
  type ParsedDocument,
  type RedactionCounts,
} from '../corpus/index.js';
import type { Logger } from '../logger.js';
import type { Chunk } from '../types.js';
import type { ReadOptions } from './binaryFile.js';
import { IndexDamaged } from './checkedRegion.js';
import { loadChannelRules, tagWithChannels, type ChannelRules } from './channels.js';
import { DEFAULT_HNSW, type HnswParams } from './embeddingRecall.js';
import { isLocalEmbeddings, type LocalHashEmbeddings } from './embeddings.js';
import { PARALLEL_BUILD_DEFAULTS, buildInParallel, type ParallelBuildOptions } from './build/parallelBuild.js';
import { HybridSearcher } from './hybridSearch.js';
import {
  hashOf,
  readManifest,
  removeUnreferenced,
  snapshotCorpus,
  statCorpus,
  hashCorpus,
  writeManifest,
  type DocumentEntry,
  type Manifest,
} from './manifest.js';
import {
  RETRIEVAL_VERSION,
  buildIndexFiles,
  filesOf,
  loadIndexFiles,
  updateIndexFiles,
  type IndexState,
  type ProgressListener,
} from './store.js';

export interface IngestSummary {
  mode: 'full' | 'incremental';
  added: string[];
  updated: string[];
  removed: string[];
  /** Documents left as they were. */
  unchanged: number;
  documents: number;
  chunks: number;
  redactions: number;
  /** Documents in which personal data was hidden, with the counts per kind. */
  redactionsByDocument: { docId: string; counts: RedactionCounts }[];
  skipped: { file: string; reason: string }[];
  /** Files read in this ingest with a problem worth a look (malformed front matter…). */
  warnings?: { file: string; message: string }[];
  seconds: number;
  /** Characters of chunk text indexed. */
  chars: number;
  embeddingsId: string;
  dimension: number;
  /** Size of the index on disk. */
  indexBytes: number;
  /** True when a concurrent ingest had just brought the index up to date and this call had nothing to do. */
  reused: boolean;
}

/** What the manifest keeps of a parsed document. */
export type DocumentInfo = Pick<ParsedDocument, 'docId' | 'path' | 'redactions'>;

export interface IndexDeps {
  config: AppConfig;
  logger: Logger;
  embeddings: EmbeddingsInterface & { id?: string };
  onProgress?: ProgressListener;
  hnsw?: HnswParams;
  /** How a large full build spreads over threads (PARALLEL_BUILD_DEFAULTS). */
  build?: Partial<ParallelBuildOptions>;
  /** How index files are checked as they load (READ_DEFAULTS). */
  read?: ReadOptions;
}

export interface UpdateOptions {
  /** Rebuild everything, even when an incremental update would do (`npm run ingest -- --full`). */
  full?: boolean;
}

export const INGEST_DEFAULTS = {
  /**
   * Removed chunks stay in the graph and the chunk segments as tombstones; past this share of all labels the next
   * ingest rebuilds in full, which compacts them.
   */
  compactAtDeadShare: 0.3,
};

/** An index that cannot be read: the caller rebuilds it in full. */
export class UnreadableIndex extends Error {}

/** Why the index must be rebuilt in full rather than updated, or undefined when an update will do. */
export function fullRebuildReason(manifest: Manifest | { problem: string }, deps: IndexDeps, rules: ChannelRules): string | undefined {
  if ('problem' in manifest) return manifest.problem;
  if (manifest.format !== RETRIEVAL_VERSION) return '索引格式版本已变化';
  if (manifest.chunkerVersion !== CHUNKER_VERSION) return '分块程序版本已变化';
  if (manifest.embeddingsId !== embeddingsIdOf(deps.embeddings)) return '嵌入模型已变化';
  const { embeddings } = deps;
  if (isLocalEmbeddings(embeddings) && manifest.files.dimension !== embeddings.dimension && manifest.files.labels > 0) return '向量维度已变化';
  if (manifest.channelRules !== hashOf(rules)) return 'bureau.yml 中的频道规则已变化';
  return undefined;
}

export function embeddingsIdOf(embeddings: EmbeddingsInterface & { id?: string }): string {
  return embeddings.id ?? 'custom';
}

/** A searcher over a loaded index, with queries embedded exactly as its chunks were (same IDF). */
export function searcherOf(state: IndexState, deps: IndexDeps): HybridSearcher {
  const { embeddings } = deps;
  const local = isLocalEmbeddings(embeddings);
  // Anyone else embedding with these embeddings (e.g. sentence scoring) then weighs terms as the index does.
  if (local && state.idf) embeddings.setIdf(state.idf);
  return new HybridSearcher({
    chunks: state.chunks,
    lexical: state.lexical,
    vector: state.vector,
    embeddings: local ? embeddings.withIdf(state.idf) : embeddings,
    embeddingsId: embeddingsIdOf(embeddings),
    logger: deps.logger,
  });
}

/**
 * Brings the index up to date with the corpus, under the caller's lock. Steps:
 * 1. read the manifest and the channel rules; decide full or incremental ({@link fullRebuildReason}, `options.full`);
 * 2. incremental: diff the corpus against the manifest by content hash, parse only added and changed files,
 *    tombstone the chunks of updated and removed documents, append the new ones (see updateIndexFiles);
 * 3. full (or when the old index is unreadable or has too many tombstones): parse and build everything;
 * 4. write the new generation's files, then replace the manifest atomically, then delete unreferenced files.
 * A failure before step 4's rename leaves the previous generation serving.
 */
export async function updateLocked(deps: IndexDeps, options: UpdateOptions): Promise<{ summary: IngestSummary; state?: IndexState }> {
  const started = performance.now();
  const { config } = deps;
  if (!existsSync(config.corpusDir)) throw new ConfigError([`语料目录不存在：${config.corpusDir}（请检查 CORPUS_DIR）`]);
  await mkdir(config.indexDir, { recursive: true });
  const manifest = await readManifest(config.indexDir);
  const rules = loadChannelRules(config.corpusDir);
  let reason = options.full ? '按要求全量重建' : fullRebuildReason(manifest, deps, rules);
  if (!reason && !('problem' in manifest)) {
    try {
      return await incremental(deps, manifest, rules, started);
    } catch (err) {
      if (!(err instanceof UnreadableIndex)) throw err;
      reason = err.message;
    }
  }
  deps.logger.info({ reason }, `全量构建索引：${reason}`);
  return full(deps, rules, 'problem' in manifest ? undefined : manifest, started);
}

async function full(deps: IndexDeps, rules: ChannelRules, previous: Manifest | undefined, started: number) {
  const { config, logger, embeddings } = deps;
  const listed = await statCorpus(config.corpusDir);
  const generation = (await latestGeneration(config.indexDir, previous)) + 1;
  const options = { ...PARALLEL_BUILD_DEFAULTS, ...deps.build };
  const corpusBytes = listed.reduce((n, f) => n + f.size, 0);
  const parallel = isLocalEmbeddings(embeddings) && corpusBytes >= options.fromCorpusBytes;
  try {
    const { parsed, state, read } = parallel
      ? await parseAndBuildInParallel(deps, rules, generation, options)
      : { ...(await parseAndBuild(deps, rules, generation)), read: undefined };
    // The threaded build's parse threads hashed every file they read: those files are not read a second time.
    const corpus = await hashCorpus(config.corpusDir, listed, previous?.corpus ?? [], read);
    const documents = entriesOf(parsed.documents, parsed.chunks, corpus);
    const manifest = manifestOf(deps, rules, corpus, documents, parsed.skipped, state, 'full');
    await writeManifest(config.indexDir, manifest);
    await removeUnreferenced(config.indexDir, state.files);
    const summary = { ...summarize(manifest, deps, started, changeSince(previous, documents)), warnings: parsed.warnings };
    logger.info({ indexDir: config.indexDir, chunks: summary.chunks, seconds: summary.seconds }, '索引已重建');
    return { summary, state };
  } catch (err) {
    await removeUnreferenced(config.indexDir, previous?.files).catch(() => undefined);
    throw err;
  }
}

/** Serial full build: parse every file, then tokenize, embed and index on this thread. */
async function parseAndBuild(deps: IndexDeps, rules: ChannelRules, generation: number) {
  const parsed = await parseFiles(deps, rules, undefined);
  deps.onProgress?.({ stage: 'chunks', done: parsed.chunks.length, total: parsed.chunks.length });
  const state = await buildIndexFiles(deps.config.indexDir, parsed.chunks, deps.embeddings, { generation, hnsw: deps.hnsw, onProgress: deps.onProgress });
  return { parsed, state };
}

/** Parallel full build (see buildInParallel), with skipped files and warnings logged as the serial build logs them. */
async function parseAndBuildInParallel(deps: IndexDeps, rules: ChannelRules, generation: number, options: ParallelBuildOptions) {
  const { config, logger } = deps;
  const { candidates, ids } = await corpusCandidates(config.corpusDir);
  const built = await buildInParallel({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    files: candidates.map((p) => ({ path: p, docId: ids.get(p) })),
    rules,
    embeddings: deps.embeddings as LocalHashEmbeddings,
    generation,
    hnsw: deps.hnsw,
    onProgress: deps.onProgress,
    options,
  });
  const hashes = new Map(built.files.map((f) => [f.path, f.sha256]));
  for (const { file, reason } of built.skipped) logger.warn({ file, reason }, `跳过文件 ${file}：${reason}`);
  for (const { file, message } of built.warnings) logger.warn({ file }, `${file}：${message}`);
  const skipped = built.skipped.map((s) => ({ ...s, sha256: hashes.get(s.file) ?? '' }));
  return { parsed: { documents: built.documents, chunks: built.chunks, skipped, warnings: built.warnings }, state: built.state, read: hashes };
}

async function incremental(deps: IndexDeps, manifest: Manifest, rules: ChannelRules, started: number) {
  const { config, logger, embeddings } = deps;
  const corpus = await snapshotCorpus(config.corpusDir, manifest.corpus);
  const ids = await corpusDocIds(config.corpusDir);
  const before = new Map(manifest.corpus.map((f) => [f.path, f.sha256]));
  const docAt = new Map(Object.entries(manifest.documents).map(([docId, e]) => [e.path, docId]));
  const current = new Set(corpus.map((f) => f.path));
  const changed = new Set(
    corpus.filter((f) => before.get(f.path) !== f.sha256 || (docAt.has(f.path) && docAt.get(f.path) !== ids.get(f.path))).map((f) => f.path),
  );
  const gone = manifest.corpus.filter((f) => !current.has(f.path)).map((f) => f.path);
  const touched = new Set([...changed, ...gone]);
  const dropped = Object.entries(manifest.documents).filter(([, e]) => touched.has(e.path)).map(([docId]) => docId);
  if (touched.size === 0) {
    const next = { ...manifest, corpus };
    if (corpus.some((f, i) => f.mtimeMs !== manifest.corpus[i]?.mtimeMs)) await writeManifest(config.indexDir, next);
    return { summary: summarize(next, deps, started, { added: [], updated: [], removed: [] }, 'incremental') };
  }
  const parsed = await parseFiles(deps, rules, (p) => changed.has(p));
  let state: IndexState;
  try {
    state = await loadIndexFiles(config.indexDir, manifest.files, { hnsw: deps.hnsw ?? manifest.hnsw, read: deps.read });
  } catch (err) {
    throw new UnreadableIndex(`索引已损坏（${(err as Error).message}）`);
  }
  const removedLabels = dropped.flatMap((docId) => state.chunks.labelsOf(docId));
  const deadShare = (manifest.files.dead.length + removedLabels.length) / Math.max(1, manifest.files.labels + parsed.chunks.length);
  if (deadShare > INGEST_DEFAULTS.compactAtDeadShare) throw new UnreadableIndex('已删除的分块过多，需要压缩');
  const generation = (await latestGeneration(config.indexDir, manifest)) + 1;
  try {
    const next = await updateIndexFiles(config.indexDir, state, { removed: removedLabels, added: parsed.chunks }, embeddings, {
      generation,
      onProgress: deps.onProgress,
    });
    const documents: Record<string, DocumentEntry> = { ...manifest.documents };
    for (const docId of dropped) delete documents[docId];
    Object.assign(documents, entriesOf(parsed.documents, parsed.chunks, corpus));
    const skipped = [...manifest.skipped.filter((s) => !touched.has(s.file)), ...parsed.skipped];
    const updatedManifest = manifestOf(deps, rules, corpus, documents, skipped, next, 'incremental');
    await writeManifest(config.indexDir, updatedManifest);
    await removeUnreferenced(config.indexDir, next.files);
    const newIds = parsed.documents.map((d) => d.docId);
    const previousIds = new Set(Object.keys(manifest.documents));
    const summary = {
      ...summarize(updatedManifest, deps, started, {
        added: newIds.filter((id) => !previousIds.has(id)),
        updated: newIds.filter((id) => previousIds.has(id)),
        removed: dropped.filter((id) => !newIds.includes(id)),
      }),
      warnings: parsed.warnings,
    };
    logger.info({ indexDir: config.indexDir, added: summary.added, updated: summary.updated, removed: summary.removed }, '索引已增量更新');
    return { summary, state: next };
  } catch (err) {
    await removeUnreferenced(config.indexDir, manifest.files).catch(() => undefined);
    // A damaged block of the old index, found while merging it (checked as read): rebuild it in full instead.
    if (err instanceof IndexDamaged) throw new UnreadableIndex(`索引已损坏（${err.message}）`);
    throw err;
  }
}

/** Parses corpus files (all, or those `only` accepts) and tags each document's chunks with its channels. */
async function parseFiles(deps: IndexDeps, rules: ChannelRules, only: ((p: string) => boolean) | undefined) {
  const { config, logger, onProgress } = deps;
  const ingested = await ingestCorpus(
    config.corpusDir,
    logger,
    (p) => onProgress?.({ stage: 'files', done: p.done, total: p.total }),
    only ? { only } : {},
  );
  const hashes = new Map(ingested.files.map((f) => [f.path, f.sha256]));
  const skipped = ingested.skipped.map((s) => ({ ...s, sha256: hashes.get(s.file) ?? '' }));
  const documents: ParsedDocument[] = [];
  const chunks: Chunk[] = [];
  const byDoc = new Map<string, Chunk[]>();
  for (const c of ingested.chunks) {
    const list = byDoc.get(c.docId);
    if (list) list.push(c);
    else byDoc.set(c.docId, [c]);
  }
  for (const doc of ingested.documents) {
    const tagged = tagWithChannels(doc, byDoc.get(doc.docId) ?? [], rules);
    if ('problem' in tagged) {
      skipped.push({ file: doc.path, reason: tagged.problem, sha256: hashes.get(doc.path) ?? '' });
      logger.warn({ file: doc.path }, `跳过文件 ${doc.path}：${tagged.problem}`);
      continue;
    }
    documents.push(doc);
    chunks.push(...tagged.chunks);
  }
  return { documents, chunks, skipped, warnings: ingested.warnings };
}

/** Manifest entries of parsed documents (one pass over the chunks: a million chunks must not be filtered per document). */
function entriesOf(docs: DocumentInfo[], chunks: Chunk[], corpus: { path: string; sha256: string }[]): Record<string, DocumentEntry> {
  const sha = new Map(corpus.map((f) => [f.path, f.sha256]));
  const totals = new Map<string, { chunks: number; chars: number }>();
  for (const c of chunks) {
    const t = totals.get(c.docId);
    if (t) {
      t.chunks++;
      t.chars += c.text.length;
    } else totals.set(c.docId, { chunks: 1, chars: c.text.length });
  }
  const entries: Record<string, DocumentEntry> = {};
  for (const doc of docs) {
    const t = totals.get(doc.docId) ?? { chunks: 0, chars: 0 };
    entries[doc.docId] = { path: doc.path, sha256: sha.get(doc.path) ?? '', chunks: t.chunks, chars: t.chars, redactions: doc.redactions };
  }
  return entries;
}

function manifestOf(
  deps: IndexDeps,
  rules: ChannelRules,
  corpus: Manifest['corpus'],
  documents: Record<string, DocumentEntry>,
  skipped: Manifest['skipped'],
  state: IndexState,
  mode: Manifest['lastMode'],
): Manifest {
  return {
    format: RETRIEVAL_VERSION,
    chunkerVersion: CHUNKER_VERSION,
    embeddingsId: embeddingsIdOf(deps.embeddings),
    channelRules: hashOf(rules),
    hnsw: deps.hnsw ?? DEFAULT_HNSW,
    corpus,
    documents,
    skipped,
    files: state.files,
    builtAt: new Date().toISOString(),
    lastMode: mode,
  };
}

/**
 * What a full rebuild changed, document by document, against the index it replaces (none, or unreadable: everything
 * is new): a rebuild forced by a removal or a new chunker still reports the removal, and unchanged documents as such.
 */
export function changeSince(previous: Manifest | undefined, documents: Record<string, DocumentEntry>): { added: string[]; updated: string[]; removed: string[] } {
  const before = previous?.documents ?? {};
  const ids = Object.keys(documents);
  return {
    added: ids.filter((id) => !before[id]),
    updated: ids.filter((id) => before[id] && before[id].sha256 !== documents[id].sha256),
    removed: Object.keys(before).filter((id) => !documents[id]),
  };
}

export function summarize(
  manifest: Manifest,
  deps: IndexDeps,
  started: number,
  change: { added: string[]; updated: string[]; removed: string[] },
  mode: Manifest['lastMode'] = manifest.lastMode,
): IngestSummary {
  const entries = Object.entries(manifest.documents);
  const files = manifest.files;
  const stored = [...files.chunkSegments.map((s) => s.fingerprint), files.lexical.fingerprint, ...files.vectors.map((v) => v.fingerprint)];
  if (files.idf) stored.push(files.idf.fingerprint);
  return {
    mode,
    ...change,
    unchanged: entries.length - change.added.length - change.updated.length,
    documents: entries.length,
    chunks: entries.reduce((n, [, e]) => n + e.chunks, 0),
    redactions: entries.reduce((n, [, e]) => n + totalRedactions(e.redactions ?? emptyRedactionCounts()), 0),
    redactionsByDocument: entries
      .filter(([, e]) => totalQuarantined(e.redactions) > 0)
      .map(([docId, e]) => ({ docId, counts: addRedactionCounts(emptyRedactionCounts(), e.redactions) })),
    skipped: manifest.skipped.map(({ file, reason }) => ({ file, reason })),
    seconds: Math.round((performance.now() - started) / 10) / 100,
    chars: entries.reduce((n, [, e]) => n + e.chars, 0),
    embeddingsId: embeddingsIdOf(deps.embeddings),
    dimension: files.dimension,
    indexBytes: stored.reduce((n, f) => n + f.bytes, 0),
    reused: false,
  };
}

/** The highest generation referenced or present on disk, so a new one never overwrites a file in use. */
async function latestGeneration(indexDir: string, manifest: Manifest | undefined): Promise<number> {
  let latest = manifest?.files.generation ?? 0;
  const names = existsSync(indexDir) ? await readdir(indexDir) : [];
  for (const n of [...names, ...(manifest ? filesOf(manifest.files) : [])]) {
    const m = /-(\d+)\.(?:bin|hnsw)$/.exec(n);
    if (m) latest = Math.max(latest, Number(m[1]));
  }
  return latest;
}

/**
 * Builds an index of given chunks into `dir` and loads it back from disk (for evaluations, the benchmark and tests,
 * which index chunks rather than a corpus folder).
 */
export async function buildSearcherFromChunks(
  dir: string,
  chunks: Chunk[],
  embeddings: EmbeddingsInterface & { id?: string },
  options: { hnsw?: HnswParams; logger?: Logger; onProgress?: ProgressListener } = {},
): Promise<{ searcher: HybridSearcher; state: IndexState }> {
  await mkdir(dir, { recursive: true });
  const built = await buildIndexFiles(dir, chunks, embeddings, { generation: 1, hnsw: options.hnsw, onProgress: options.onProgress });
  const state = await loadIndexFiles(dir, built.files, { hnsw: options.hnsw });
  const deps = { embeddings, logger: options.logger } as IndexDeps;
  return { searcher: searcherOf(state, deps), state };
}
