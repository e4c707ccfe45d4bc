import { isMainThread } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';
import type { Chunk } from '../types.js';
import { fingerprintFile, type FileFingerprint } from './binaryFile.js';
import type { ChunkFilter, Recalled } from './fullTextRecall.js';

type Hnsw = InstanceType<typeof hnswlib.HierarchicalNSW>;

export interface HnswParams {
  /** Graph degree. */
  m: number;
  efConstruction: number;
  /** Search breadth; raised to the requested depth when that is larger. */
  efSearch: number;
  /**
   * Graphs the vectors are split over (a chunk's graph is its label modulo this): a full build inserts into each on
   * its own thread, and a search asks each and merges. Fixed, not the machine's core count, so every machine builds
   * the same index.
   */
  shards: number;
}

/**
 * Tuned with `npm run bench`: p95 ≤ 30 ms at 100k chunks; two graphs build on both cores at once (the single graph
 * was 83 of the 123 seconds of a 100k build), and searching both costs well under a millisecond more.
 * efConstruction 64 rather than 100: a quarter less graph-building CPU for recall@50 0.975 instead of 0.985 (the
 * vectors of 9,775 bench chunks against exact search); the local vectors weigh little in fusion.
 */
export const DEFAULT_HNSW: HnswParams = { m: 16, efConstruction: 64, efSearch: 96, shards: 2 };
/** When the graph is full, it grows by this factor (at least to what is needed). */
const GROWTH = 1.25;
/** Spare capacity a new graph gets (its file holds only the vectors in it; memory holds the spare room). */
const HEADROOM = 1.05;

/** The text embedded for a chunk: document title, heading path, then text (the heading makes a section findable). */
export function embeddingText(chunk: Chunk): string {
  return chunk.sectionPath ? `${chunk.title}\n${chunk.sectionPath}\n${chunk.text}` : `${chunk.title}\n${chunk.text}`;
}

/** How many graphs a new index gets (at least one, whatever the params say). */
export function shardCount(params: HnswParams): number {
  return Math.max(1, Math.floor(params.shards) || 1);
}

/** Which of `shards` graphs holds a label. */
export function shardOf(label: number, shards: number): number {
  return label % shards;
}

/** How many of labels 0…labels−1 fall in each of `shards` graphs, less the dead ones. */
export function liveByShard(labels: number, dead: Iterable<number>, shards: number): number[] {
  const live = Array.from({ length: shards }, (_, s) => (labels > s ? Math.floor((labels - 1 - s) / shards) + 1 : 0));
  for (const label of dead) live[shardOf(label, shards)]--;
  return live;
}

/**
 * One HNSW graph (hnswlib, cosine) over some of the chunks; its labels are the chunks' own labels. Removed chunks are
 * marked deleted (never returned) and new ones added, growing the graph.
 */
export class GraphShard {
  private constructor(
    readonly index: Hnsw,
    private live: number,
  ) {}

  /** A new graph for about `expected` vectors, with room to add some later without a resize (which copies the graph). */
  static create(dimension: number, expected: number, params: HnswParams): GraphShard {
    const index = new hnswlib.HierarchicalNSW('cosine', dimension);
    const maxElements = Math.max(1, Math.ceil(expected * HEADROOM) + 64);
    index.initIndex({ maxElements, m: params.m, efConstruction: params.efConstruction, randomSeed: 100 });
    return new GraphShard(index, 0);
  }

  /** Reads a saved graph after checking its fingerprint; `live` is how many of its labels are not deleted. */
  static async load(file: string, fingerprint: FileFingerprint, dimension: number, live: number): Promise<GraphShard> {
    const actual = await fingerprintFile(file);
    if (actual.bytes !== fingerprint.bytes || actual.crc32 !== fingerprint.crc32) throw new Error('向量索引文件已损坏');
    const index = new hnswlib.HierarchicalNSW('cosine', dimension);
    // Off the main thread, synchronously: a thread stopped with an asynchronous read pending aborts the process
    // (src/io/stopThread.ts). The main thread reads asynchronously, so acks are not held up.
    if (isMainThread) await index.readIndex(file);
    else index.readIndexSync(file);
    return new GraphShard(index, live);
  }

  async save(file: string): Promise<FileFingerprint> {
    if (isMainThread) await this.index.writeIndex(file);
    else this.index.writeIndexSync(file);
    return fingerprintFile(file);
  }

  get size(): number {
    return this.live;
  }

  add(vector: number[], label: number): void {
    const needed = this.index.getCurrentCount() + 1;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.ceil(Math.max(needed, this.index.getMaxElements() * GROWTH)));
    this.index.addPoint(vector, label);
    this.live++;
  }

  remove(label: number): void {
    this.index.markDelete(label);
    this.live--;
  }

  search(vector: number[], depth: number, ef: number, accept?: ChunkFilter): Recalled[] {
    const k = Math.min(depth, this.live);
    if (k <= 0) return [];
    this.index.setEf(Math.max(ef, k));
    const result = this.index.searchKnn(vector, k, accept);
    return result.neighbors.map((label, i) => ({ index: label, score: 1 - result.distances[i] }));
  }
}

/**
 * Approximate nearest neighbours over chunk vectors: {@link HnswParams.shards} graphs, a chunk in the one its label
 * picks ({@link shardOf}); a search asks every graph for `depth` and keeps the best `depth`.
 */
export class VectorRecall {
  private constructor(
    readonly shards: GraphShard[],
    private readonly params: HnswParams,
  ) {}

  /** New empty graphs for about `expected` vectors in all. */
  static create(dimension: number, expected: number, params: HnswParams = DEFAULT_HNSW): VectorRecall {
    const shards = shardCount(params);
    return new VectorRecall(
      Array.from({ length: shards }, () => GraphShard.create(dimension, Math.ceil(expected / shards), params)),
      params,
    );
  }

  /** Graphs written apart (a threaded build's); their order is shard order. */
  static of(shards: GraphShard[], params: HnswParams): VectorRecall {
    return new VectorRecall(shards, { ...params, shards: shards.length });
  }

  /** Reads saved graphs, one file per shard in shard order, after checking each file's fingerprint. */
  static async load(
    files: { path: string; fingerprint: FileFingerprint }[],
    dimension: number,
    labels: { count: number; dead: Iterable<number> },
    params = DEFAULT_HNSW,
  ): Promise<VectorRecall> {
    const live = liveByShard(labels.count, labels.dead, files.length);
    const shards = await Promise.all(files.map((f, s) => GraphShard.load(f.path, f.fingerprint, dimension, live[s])));
    return VectorRecall.of(shards, params);
  }

  /** Writes each graph to the file `fileOf` names for its shard. */
  save(fileOf: (shard: number) => string): Promise<FileFingerprint[]> {
    return Promise.all(this.shards.map((g, s) => g.save(fileOf(s))));
  }

  /** Number of live vectors. */
  get size(): number {
    return this.shards.reduce((n, g) => n + g.size, 0);
  }

  get dimension(): number {
    return this.shards[0].index.getNumDimensions();
  }

  add(vector: number[], label: number): void {
    if (vector.length !== this.dimension) throw new Error('嵌入向量维度不一致');
    this.shardOf(label).add(vector, label);
  }

  remove(label: number): void {
    this.shardOf(label).remove(label);
  }

  /** The `depth` nearest chunks, best first; score is cosine similarity (1 − cosine distance). */
  search(vector: number[], depth: number, accept?: ChunkFilter): Recalled[] {
    if (this.shards.length === 1) return this.shards[0].search(vector, depth, this.params.efSearch, accept);
    const all = this.shards.flatMap((g) => g.search(vector, depth, this.params.efSearch, accept));
    return all.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, depth);
  }

  /** hnswlib's own search of every graph, nothing else (the benchmark's floor for a vector search). */
  rawSearch(vector: number[], depth: number): void {
    for (const g of this.shards) g.index.searchKnn(vector, Math.min(depth, g.index.getCurrentCount()));
  }

  /**
   * Exact search among a few given chunks. A very selective filter (one document) starves the graph search, which
   * may then return fewer than `depth` hits; scoring the few candidates directly is both exact and fast.
   */
  searchAmong(vector: number[], labels: number[], depth: number): Recalled[] {
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    const scored = labels.map((label) => {
      const point = this.shardOf(label).index.getPoint(label);
      let dot = 0;
      let sq = 0;
      for (let i = 0; i < point.length; i++) {
        dot += point[i] * vector[i];
        sq += point[i] * point[i];
      }
      return { index: label, score: dot / (norm * (Math.sqrt(sq) || 1)) };
    });
    return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, depth);
  }

  private shardOf(label: number): GraphShard {
    return this.shards[shardOf(label, this.shards.length)];
  }
}
