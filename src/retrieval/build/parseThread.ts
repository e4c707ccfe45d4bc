// A parse thread of a parallel full build: reads, parses, chunks and tokenizes batches of corpus files, counts the
// embedding features' document frequencies, and later embeds its batches for the graph thread.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readCorpusFile } from '../../corpus/index.js';
import { readFileBoundedSync } from '../../io/boundedRead.js';
import type { Chunk } from '../../types.js';
import { getTokenizer } from '../../text/tokenizer.js';
import { tagWithChannels } from '../channels.js';
import { WordHashes } from '../chunkFeatures.js';
import { shardOf } from '../embeddingRecall.js';
import { DfCounter, featureVector, type Features } from '../features.js';
import { ChunkTokenizer, FIELDS, Vocabulary } from '../terms.js';
import type { FromParse, ParsedBatch, ParseThreadData, ToParse, VectorBatch } from './protocol.js';

const data = workerData as ParseThreadData;
const port = parentPort!;
const df = new DfCounter();
/** Features of each parsed batch, kept here until the batch is embedded. */
const features = new Map<number, PackedFeatures>();
/** IDF weight of each feature bucket, once the corpus IDF is known. */
let idf: Float64Array | undefined;

async function parseBatch(batch: number, files: { path: string; docId: string | undefined }[]): Promise<ParsedBatch> {
  const out: ParsedBatch = { type: 'parsed', batch, files: [], skipped: [], rejected: [], warnings: [], documents: [], chunks: [], vocabulary: [], terms: new Uint32Array(0), lengths: new Uint32Array(0) };
  for (const { path, docId } of files) {
    // Read synchronously: this thread has nothing else to do meanwhile.
    const read = await readCorpusFile(data.corpusDir, path, docId, readFileBoundedSync);
    if (read.sha256) out.files.push({ path, sha256: read.sha256 });
    if ('skipped' in read) out.skipped.push({ file: path, reason: read.skipped });
    if (!('document' in read)) continue;
    const tagged = tagWithChannels(read.document, read.chunks, data.rules);
    if ('problem' in tagged) {
      out.rejected.push({ file: path, reason: tagged.problem });
      continue;
    }
    const { docId: id, redactions, warnings } = read.document;
    out.documents.push({ docId: id, path, redactions });
    for (const message of warnings) out.warnings.push({ file: path, message });
    for (const chunk of tagged.chunks) out.chunks.push(chunk);
  }
  const vocabulary = new Vocabulary();
  const tokenizer = new ChunkTokenizer(getTokenizer(), vocabulary);
  const hashes = new WordHashes(vocabulary.terms);
  const all = out.chunks.map((chunk: Chunk) => tokenizer.termsOf(chunk));
  const batchFeatures = out.chunks.map((chunk, i) => {
    const f = hashes.featuresOf(all[i], chunk);
    df.add(f);
    return f;
  });
  features.set(batch, pack(batchFeatures));
  out.vocabulary = vocabulary.terms;
  out.lengths = new Uint32Array(all.length * FIELDS.length);
  let total = 0;
  all.forEach((t, i) => FIELDS.forEach((field, f) => (total += out.lengths[i * FIELDS.length + f] = t[field].length)));
  out.terms = new Uint32Array(total);
  let at = 0;
  for (const t of all) for (const field of FIELDS) at = (out.terms.set(t[field], at), at + t[field].length);
  return out;
}

/** Embeds a batch's chunks (labels from `first`) and sends each graph thread the vectors of its shard's labels. */
/**
 * A batch's features in four arrays instead of three small ones per chunk: a million chunks' features wait here for
 * the IDF, and per-array overhead would be a fifth of their memory.
 */
interface PackedFeatures {
  ends: Uint32Array;
  hashes: Uint32Array;
  counts: Uint32Array;
  weights: Uint8Array;
}

function pack(list: Features[]): PackedFeatures {
  const ends = new Uint32Array(list.length);
  let total = 0;
  list.forEach((f, i) => (ends[i] = total += f.size));
  const packed = { ends, hashes: new Uint32Array(total), counts: new Uint32Array(total), weights: new Uint8Array(total) };
  list.forEach((f, i) => {
    const at = ends[i] - f.size;
    packed.hashes.set(f.hashes.subarray(0, f.size), at);
    packed.counts.set(f.counts.subarray(0, f.size), at);
    packed.weights.set(f.weights.subarray(0, f.size), at);
  });
  return packed;
}

function unpack(packed: PackedFeatures | undefined): Features[] {
  if (!packed) return [];
  return Array.from(packed.ends, (end, i) => {
    const start = i === 0 ? 0 : packed.ends[i - 1];
    return { size: end - start, hashes: packed.hashes.subarray(start, end), counts: packed.counts.subarray(start, end), weights: packed.weights.subarray(start, end) };
  });
}

function embedBatch(batch: number, first: number): void {
  if (!idf) throw new Error('IDF 尚未收到');
  const list = unpack(features.get(batch));
  features.delete(batch);
  const shards = data.graphs.length;
  data.graphs.forEach((graph, shard) => {
    const labels: number[] = [];
    for (let label = first; label < first + list.length; label++) if (shardOf(label, shards) === shard) labels.push(label);
    const vectors = new Float32Array(labels.length * data.dimension);
    labels.forEach((label, i) => vectors.set(featureVector(list[label - first], data.dimension, idf), i * data.dimension));
    const message: VectorBatch = { batch, labels: Uint32Array.from(labels), vectors };
    graph.postMessage(message, [vectors.buffer as ArrayBuffer, message.labels.buffer as ArrayBuffer]);
  });
}

/** Lowers this thread's priority (Linux: per thread, never the main thread's) for the embedding phase. */
function yieldToGraph(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(data.embedNice);
  } catch {
    // Not allowed here: embedding then competes with the graph on equal terms.
  }
}

const reply = (message: FromParse, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

// Batches are handled one at a time, in the order they arrive.
let queue = Promise.resolve();
port.on('message', (message: ToParse) => {
  queue = queue.then(async () => {
    try {
      if (message.type === 'parse') {
        const parsed = await parseBatch(message.batch, message.files);
        reply(parsed, [parsed.terms.buffer as ArrayBuffer, parsed.lengths.buffer as ArrayBuffer]);
      } else if (message.type === 'df') reply({ type: 'df', documents: df.documents, df: df.df }, [df.df.buffer as ArrayBuffer]);
      else if (message.type === 'idf') {
        idf = message.weights;
        yieldToGraph();
      } else if (message.type === 'embed') embedBatch(message.batch, message.first);
    } catch (err) {
      reply({ type: 'failed', message: (err as Error).message });
    }
  });
});
