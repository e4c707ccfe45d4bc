// Run as a child process by test/thread-stop.test.ts: starts threads that keep loading and saving an HNSW graph and
// stops each at a random moment, many times. A thread stopped inside hnswlib-node aborts the whole process, so this
// process ends with "survived" only if stopping is safe.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { stopThread } from '../../src/io/stopThread.js';
import { GraphShard } from '../../src/retrieval/embeddingRecall.js';

const DIMENSION = 64;
const VECTORS = 4_000;
const ROUNDS = Number(process.argv[2] ?? 30);

const dir = await mkdtemp(path.join(tmpdir(), 'stop-threads-'));
const file = path.join(dir, 'graph.bin');
const graph = GraphShard.create(DIMENSION, VECTORS, { m: 16, efConstruction: 20, efSearch: 50, shards: 1 });
let seed = 7;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let i = 0; i < VECTORS; i++) graph.add(Array.from({ length: DIMENSION }, next), i);
const fingerprint = await graph.save(file);

const boot = new URL('../../src/work/boot.mjs', import.meta.url);
const entry = new URL('./graphLoadThread.ts', import.meta.url).href;
for (let round = 0; round < ROUNDS; round++) {
  const worker = new Worker(boot, { workerData: { entry, file, fingerprint, dimension: DIMENSION } });
  await new Promise((resolve) => worker.once('message', resolve));
  await new Promise((resolve) => setTimeout(resolve, next() * 20));
  await stopThread(worker);
}
process.stdout.write('survived\n');
