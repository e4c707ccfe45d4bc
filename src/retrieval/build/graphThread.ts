// A graph thread of a parallel full build: inserts its shard's vectors (labels ≡ shard mod shards) from the parse
// threads into one HNSW graph in label order (so the graph is the one a serial build makes), then writes it.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphShard } from '../embeddingRecall.js';
import type { FromGraph, GraphThreadData, ToGraph, VectorBatch } from './protocol.js';

const data = workerData as GraphThreadData;
const port = parentPort!;
const pending = new Map<number, VectorBatch>();
let graph: GraphShard | undefined;
let expected = -1;
let next = 0;
let inserted = 0;
let saveTo: string | undefined;
let failed = false;

const send = (message: FromGraph) => port.postMessage(message);

function fail(err: unknown): void {
  failed = true;
  send({ type: 'failed', message: (err as Error).message });
}

/** One array refilled for every vector: hnswlib copies it, and wants an Array, not the Float32Array it came in. */
const row: number[] = new Array<number>(data.dimension).fill(0);

function rowOf(vectors: Float32Array, i: number): number[] {
  const from = i * data.dimension;
  for (let d = 0; d < data.dimension; d++) row[d] = vectors[from + d];
  return row;
}

/** Inserts every batch that is next in order; then saves once all are in and a save was asked for. */
function drain(): void {
  if (failed || !graph) return;
  try {
    for (let b = pending.get(next); b; b = pending.get(next)) {
      pending.delete(next);
      for (let i = 0; i < b.labels.length; i++) graph.add(rowOf(b.vectors, i), b.labels[i]);
      inserted += b.labels.length;
      next++;
      send({ type: 'progress', inserted });
    }
  } catch (err) {
    fail(err);
    return;
  }
  if (next === expected && saveTo) {
    const file = saveTo;
    saveTo = undefined;
    graph.save(file).then((fingerprint) => send({ type: 'saved', ...fingerprint }), fail);
  }
}

for (const p of data.ports) {
  p.on('message', (b: VectorBatch) => {
    pending.set(b.batch, b);
    // One turn per message: insertion runs between messages, so progress and a save request are never held up long.
    setImmediate(drain);
  });
}

port.on('message', (message: ToGraph) => {
  if (message.type === 'expect') {
    expected = message.batches;
    graph = GraphShard.create(data.dimension, message.capacity, data.hnsw);
  } else if (message.type === 'save') saveTo = message.file;
  setImmediate(drain);
});
