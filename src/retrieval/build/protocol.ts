// Messages between a parallel full build's main thread, its parse threads and its graph thread.
import type { MessagePort } from 'node:worker_threads';
import type { Chunk } from '../../types.js';
import type { ChannelRules } from '../channels.js';
import type { HnswParams } from '../embeddingRecall.js';
import type { DocumentInfo } from '../ingest.js';

export interface ParseThreadData {
  /** Module the boot script imports (the parse thread's entry). */
  entry: string;
  corpusDir: string;
  rules: ChannelRules;
  dimension: number;
  /** Nice value once embedding starts (see ParallelBuildOptions.embedNice). */
  embedNice: number;
  /** Where this thread sends its chunks' vectors: one port per graph thread, in shard order. */
  graphs: MessagePort[];
}

export interface GraphThreadData {
  entry: string;
  dimension: number;
  hnsw: HnswParams;
  /** One port per parse thread. */
  ports: MessagePort[];
}

export type ToParse =
  | { type: 'parse'; batch: number; files: { path: string; docId: string | undefined }[] }
  /** Phase 1 is over: send the document frequencies counted. */
  | { type: 'df' }
  /** The corpus IDF (dense document frequencies per bucket). */
  | { type: 'idf'; weights: Float64Array }
  /** Embed a parsed batch's chunks (labels from `first`) and send the vectors to the graph thread. */
  | { type: 'embed'; batch: number; first: number };

/** A parsed batch: terms are ids into the batch's own `vocabulary`, title/heading/body of each chunk in turn. */
export interface ParsedBatch {
  type: 'parsed';
  batch: number;
  files: { path: string; sha256: string }[];
  skipped: { file: string; reason: string }[];
  /** Documents read but left out for unusable channels (the serial build lists them after every other skip). */
  rejected: { file: string; reason: string }[];
  warnings: { file: string; message: string }[];
  documents: DocumentInfo[];
  chunks: Chunk[];
  vocabulary: string[];
  terms: Uint32Array;
  /** Three lengths (title, heading, body) per chunk. */
  lengths: Uint32Array;
}

export type FromParse = ParsedBatch | { type: 'df'; documents: number; df: Uint32Array } | { type: 'failed'; message: string };

/** Vectors of one batch's chunks in one shard (row-major, `dimension` floats per label), parse thread → graph thread. */
export interface VectorBatch {
  batch: number;
  labels: Uint32Array;
  vectors: Float32Array;
}

/** `capacity`: about how many vectors this graph will hold. */
export type ToGraph = { type: 'expect'; batches: number; capacity: number } | { type: 'save'; file: string };

export type FromGraph =
  | { type: 'progress'; inserted: number }
  | { type: 'saved'; bytes: number; crc32: number }
  | { type: 'failed'; message: string };
