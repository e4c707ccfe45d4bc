// A full build spread over threads: parse threads read, parse, chunk, tokenize and hash features of batches of
// corpus files (both cores), then, once the corpus IDF is known, embed their batches for the graph threads (one per
// vector shard) that build the HNSW graphs while this thread builds BM25 and writes the other files.
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { stopThread } from '../../io/stopThread.js';
import type { IngestResult } from '../../corpus/index.js';
import type { Chunk } from '../../types.js';
import type { ChannelRules } from '../channels.js';
import { ChunkTable } from '../chunkTable.js';
import { DEFAULT_HNSW, VectorRecall, liveByShard, shardCount, type HnswParams } from '../embeddingRecall.js';
import type { LocalHashEmbeddings } from '../embeddings.js';
import { DfCounter, idfWeights } from '../features.js';
import { LexicalIndex } from '../fullTextRecall.js';
import type { DocumentInfo } from '../ingest.js';
import { saveIdf, saveLexical, vectorsFile, writeChunks, type IndexFiles, type IndexState, type ProgressListener } from '../store.js';
import { FIELDS, Vocabulary, type ChunkTerms } from '../terms.js';
import type { FromGraph, FromParse, GraphThreadData, ParsedBatch, ParseThreadData, ToGraph, ToParse } from './protocol.js';

export interface ParallelBuildOptions {
  /**
   * A corpus smaller than this (bytes of its files; about 1,500 chunks) is built on the main thread: starting the
   * threads (the TypeScript loader and jieba's dictionaries in each: about 3 CPU seconds in all, measured) costs more
   * than spreading the work saves below that.
   */
  fromCorpusBytes: number;
  /** Parse threads; the graph threads (one per vector shard) come on top. */
  threads: number;
  /** Corpus files per batch handed to a parse thread. */
  filesPerBatch: number;
  /** Batches handed to each parse thread ahead of its results. */
  aheadPerThread: number;
  /**
   * Nice value a parse thread takes once it only embeds (Linux: per thread): the graph threads, which every vector
   * waits for, then get the cores first.
   */
  embedNice: number;
  /** Module each parse thread runs (tests swap in a failing one). */
  parseEntry: URL;
}

export const PARALLEL_BUILD_DEFAULTS: ParallelBuildOptions = {
  fromCorpusBytes: 2 * 1024 * 1024,
  threads: Math.max(1, os.availableParallelism()),
  filesPerBatch: 16,
  aheadPerThread: 2,
  embedNice: 5,
  parseEntry: new URL('./parseThread.ts', import.meta.url),
};

/** Where worker threads start: a plain-JavaScript module that registers tsx and imports the entry. */
const BOOT = new URL('../../work/boot.mjs', import.meta.url);
const GRAPH_ENTRY = new URL('./graphThread.ts', import.meta.url);

export interface ParallelBuildInput {
  corpusDir: string;
  indexDir: string;
  files: { path: string; docId: string | undefined }[];
  rules: ChannelRules;
  embeddings: LocalHashEmbeddings;
  generation: number;
  hnsw?: HnswParams;
  onProgress?: ProgressListener;
  options?: Partial<ParallelBuildOptions>;
}

/** What an ingest gives (its chunks, files, skipped files and warnings), with the documents as listed and the index state. */
export interface ParallelBuildResult extends Omit<IngestResult, 'documents'> {
  documents: DocumentInfo[];
  state: IndexState;
}

/**
 * A full build of `files` with threads. Steps:
 * 1. start the parse threads and a graph thread per vector shard (each parse thread gets a port to each graph thread);
 * 2. hand out batches of files; merge the parsed batches in file order, so labels and the vocabulary are the
 *    serial build's (a batch's own term ids are mapped onto the shared vocabulary);
 * 3. add up the threads' feature document frequencies into the IDF; ask each thread to embed its batches with it;
 * 4. while each graph thread inserts its shard's vectors in label order, build BM25 and write chunks, BM25 and IDF;
 * 5. have the graph threads write their graphs, and load them back.
 * Any thread failing rejects the build (nothing is left running); the caller removes the files written.
 */
export async function buildInParallel(input: ParallelBuildInput): Promise<ParallelBuildResult> {
  const options = { ...PARALLEL_BUILD_DEFAULTS, ...input.options };
  const threads = new Threads(input, options);
  try {
    return await run(input, options, threads);
  } finally {
    await threads.close();
  }
}

async function run(input: ParallelBuildInput, options: ParallelBuildOptions, threads: Threads): Promise<ParallelBuildResult> {
  const { onProgress } = input;
  const hnsw = input.hnsw ?? DEFAULT_HNSW;
  const batches: { path: string; docId: string | undefined }[][] = [];
  for (let at = 0; at < input.files.length; at += options.filesPerBatch) batches.push(input.files.slice(at, at + options.filesPerBatch));

  // 2. Parse, in file order.
  const merged = new Merger();
  const owner: number[] = [];
  let filesDone = 0;
  await threads.parse(batches, options.aheadPerThread, owner, (parsed) => {
    filesDone += batches[parsed.batch].length;
    onProgress?.({ stage: 'files', done: filesDone, total: input.files.length });
    merged.add(parsed);
  });
  const { chunks, terms } = merged;
  onProgress?.({ stage: 'chunks', done: chunks.length, total: chunks.length });
  onProgress?.({ stage: 'tokens', done: chunks.length, total: chunks.length });

  // 3. IDF, then embedding on the parse threads and insertion on the graph thread.
  const df = new DfCounter();
  for (const counted of await threads.documentFrequencies()) df.merge(counted.documents, counted.df);
  const idf = df.table();
  const perShard = liveByShard(chunks.length, [], threads.shards);
  threads.expect(batches.length, perShard);
  threads.onGraphProgress((inserted) => onProgress?.({ stage: 'embeddings', done: inserted, total: chunks.length }));
  const graphFiles = perShard.map((_, shard) => vectorsFile(input.generation, shard));
  const graphsSaved = threads.saveGraphs(graphFiles.map((file) => path.join(input.indexDir, file)));
  graphsSaved.catch(() => undefined); // awaited below; a failure meanwhile must not count as unhandled
  // Weighed once here, and copied to each thread (not transferred: the array stays cached for this table).
  threads.broadcast({ type: 'idf', weights: idfWeights(idf) });
  batches.forEach((_, b) => threads.toParse(owner[b], { type: 'embed', batch: b, first: merged.firstLabel[b] }));
  // The graph is built from here on, while this thread builds BM25 and writes (which the 'embeddings' stage includes).
  onProgress?.({ stage: 'embeddings', done: 0, total: chunks.length });

  // 4. BM25 and the other files, meanwhile.
  const lexical = LexicalIndex.build(merged.vocabulary.terms, terms);
  const dir = input.indexDir;
  const [chunkFile, lexicalFile, idfFile] = await Promise.all([
    writeChunks(dir, chunks, input.generation),
    saveLexical(dir, lexical, input.generation),
    saveIdf(dir, idf, input.generation),
  ]);

  // 5. The graphs.
  const fingerprints = await graphsSaved;
  const vectors = graphFiles.map((file, shard) => ({ file, fingerprint: fingerprints[shard] }));
  const stored = vectors.map((v) => ({ path: path.join(dir, v.file), fingerprint: v.fingerprint }));
  const vector = await VectorRecall.load(stored, input.embeddings.dimension, { count: chunks.length, dead: [] }, hnsw);
  const files: IndexFiles = {
    generation: input.generation,
    chunkSegments: [{ ...chunkFile, first: 0, count: chunks.length }],
    lexical: lexicalFile,
    vectors,
    idf: idfFile,
    dead: [],
    labels: chunks.length,
    dimension: vector.dimension,
  };
  onProgress?.({ stage: 'index', done: chunks.length, total: chunks.length });
  return {
    documents: merged.documents,
    chunks,
    skipped: merged.skipped,
    warnings: merged.warnings,
    files: merged.files,
    state: { chunks: ChunkTable.fromChunks(chunks), lexical, vector, idf, files },
  };
}

/** Parsed batches joined in batch order: labels run on, and batch term ids become ids of one vocabulary. */
class Merger {
  readonly vocabulary = new Vocabulary();
  readonly chunks: Chunk[] = [];
  readonly terms: ChunkTerms[] = [];
  readonly documents: DocumentInfo[] = [];
  private readonly read: { file: string; reason: string }[] = [];
  private readonly rejected: { file: string; reason: string }[] = [];
  readonly warnings: { file: string; message: string }[] = [];
  readonly files: { path: string; sha256: string }[] = [];
  readonly firstLabel: number[] = [];
  private readonly waiting = new Map<number, ParsedBatch>();
  private next = 0;

  /** Files not indexed: those that could not be read first, then those with unusable channels (as a serial build lists them). */
  get skipped(): { file: string; reason: string }[] {
    return [...this.read, ...this.rejected];
  }

  add(parsed: ParsedBatch): void {
    this.waiting.set(parsed.batch, parsed);
    for (let b = this.waiting.get(this.next); b; b = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.append(b);
      this.next++;
    }
  }

  private append(b: ParsedBatch): void {
    this.firstLabel[b.batch] = this.chunks.length;
    const ids = this.vocabulary.toIds(b.vocabulary);
    const global = new Uint32Array(b.terms.length);
    for (let i = 0; i < b.terms.length; i++) global[i] = ids[b.terms[i]];
    let at = 0;
    for (let c = 0; c < b.chunks.length; c++) {
      const fields = FIELDS.map((_, f) => {
        const length = b.lengths[c * FIELDS.length + f];
        return global.subarray(at, (at += length));
      });
      this.terms.push({ title: fields[0], heading: fields[1], body: fields[2] });
      this.chunks.push(b.chunks[c]);
    }
    this.documents.push(...b.documents);
    this.read.push(...b.skipped);
    this.rejected.push(...b.rejected);
    this.warnings.push(...b.warnings);
    this.files.push(...b.files);
  }
}

/** The parse threads and the graph threads of one build; the first failure of any rejects whatever waits. */
class Threads {
  private readonly parsers: Worker[] = [];
  private readonly graphs: Worker[];
  private failure: Error | undefined;
  private readonly onFailure = new Set<(err: Error) => void>();
  private closing = false;

  constructor(input: ParallelBuildInput, options: ParallelBuildOptions) {
    const hnsw = input.hnsw ?? DEFAULT_HNSW;
    const parsers = Math.max(1, options.threads);
    // channels[p][s]: parse thread p → graph thread s.
    const channels = Array.from({ length: parsers }, () => Array.from({ length: shardCount(hnsw) }, () => new MessageChannel()));
    channels.forEach((toGraphs) => {
      const graphs = toGraphs.map((c) => c.port1);
      const data: ParseThreadData = {
        entry: options.parseEntry.href,
        corpusDir: input.corpusDir,
        rules: input.rules,
        dimension: input.embeddings.dimension,
        embedNice: options.embedNice,
        graphs,
      };
      this.parsers.push(this.watch(new Worker(BOOT, { workerData: data, transferList: graphs })));
    });
    this.graphs = channels[0].map((_, shard) => {
      const ports = channels.map((toGraphs) => toGraphs[shard].port2);
      const graphData: GraphThreadData = { entry: GRAPH_ENTRY.href, dimension: input.embeddings.dimension, hnsw, ports };
      return this.watch(new Worker(BOOT, { workerData: graphData, transferList: ports }));
    });
  }

  get shards(): number {
    return this.graphs.length;
  }

  private watch(worker: Worker): Worker {
    worker.on('error', (err) => this.fail(new Error(`索引构建线程出错：${err.message}`)));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`索引构建线程意外退出（退出码 ${code}）`));
    });
    worker.on('message', (m: FromParse | FromGraph) => {
      if (m.type === 'failed') this.fail(new Error(`索引构建失败：${m.message}`));
    });
    return worker;
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const reject of this.onFailure) reject(err);
  }

  /** Resolves with `wait`'s result, or rejects as soon as any thread fails. */
  private guarded<T>(wait: (resolve: (value: T) => void) => () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      let stop = () => {};
      const onFail = (err: Error) => {
        stop();
        reject(err);
      };
      this.onFailure.add(onFail);
      stop = wait((value) => {
        this.onFailure.delete(onFail);
        stop();
        resolve(value);
      });
    });
  }

  /** Hands out every batch (at most `ahead` waiting per thread); `owner[b]` records which thread parsed batch b. */
  parse(batches: unknown[][], ahead: number, owner: number[], onParsed: (b: ParsedBatch) => void): Promise<void> {
    return this.guarded<void>((resolve) => {
      let handedOut = 0;
      let done = 0;
      const inFlight = this.parsers.map(() => 0);
      const feed = (t: number) => {
        while (inFlight[t] < ahead && handedOut < batches.length) {
          const batch = handedOut++;
          owner[batch] = t;
          inFlight[t]++;
          this.toParse(t, { type: 'parse', batch, files: batches[batch] as { path: string; docId: string | undefined }[] });
        }
      };
      const listeners = this.parsers.map((worker, t) => {
        const listener = (m: FromParse) => {
          if (m.type !== 'parsed') return;
          inFlight[t]--;
          done++;
          try {
            onParsed(m);
          } catch (err) {
            return this.fail(err as Error);
          }
          feed(t);
          if (done === batches.length) resolve();
        };
        worker.on('message', listener);
        return listener;
      });
      this.parsers.forEach((_, t) => feed(t));
      if (batches.length === 0) resolve();
      return () => this.parsers.forEach((w, t) => w.off('message', listeners[t]));
    });
  }

  documentFrequencies(): Promise<{ documents: number; df: Uint32Array }[]> {
    return Promise.all(
      this.parsers.map((worker) =>
        this.guarded<{ documents: number; df: Uint32Array }>((resolve) => {
          const listener = (m: FromParse) => m.type === 'df' && resolve(m);
          worker.on('message', listener);
          worker.postMessage({ type: 'df' } satisfies ToParse);
          return () => worker.off('message', listener);
        }),
      ),
    );
  }

  toParse(thread: number, message: ToParse): void {
    this.parsers[thread].postMessage(message);
  }

  broadcast(message: ToParse): void {
    for (const worker of this.parsers) worker.postMessage(message);
  }

  /** Tells each graph thread how many batches will come and about how many vectors it gets (`capacities[shard]`). */
  expect(batches: number, capacities: number[]): void {
    this.graphs.forEach((g, shard) => g.postMessage({ type: 'expect', batches, capacity: Math.max(1, capacities[shard]) } satisfies ToGraph));
  }

  /** Calls back with the vectors inserted so far over all graphs. */
  onGraphProgress(onInserted: (inserted: number) => void): void {
    const counts = this.graphs.map(() => 0);
    this.graphs.forEach((g, shard) =>
      g.on('message', (m: FromGraph) => {
        if (m.type !== 'progress') return;
        counts[shard] = m.inserted;
        onInserted(counts.reduce((a, b) => a + b, 0));
      }),
    );
  }

  /** Resolves once every graph thread has inserted every batch and written its graph to `files[shard]`. */
  saveGraphs(files: string[]): Promise<{ bytes: number; crc32: number }[]> {
    return Promise.all(
      this.graphs.map((graph, shard) =>
        this.guarded<{ bytes: number; crc32: number }>((resolve) => {
          const listener = (m: FromGraph) => m.type === 'saved' && resolve({ bytes: m.bytes, crc32: m.crc32 });
          graph.on('message', listener);
          graph.postMessage({ type: 'save', file: files[shard] } satisfies ToGraph);
          return () => graph.off('message', listener);
        }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.parsers, ...this.graphs].map((w) => stopThread(w)));
  }
}
