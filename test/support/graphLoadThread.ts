// A thread for test/thread-stop.test.ts: loads and saves the graph named in workerData over and over, as a work thread
// loads its index and a build thread saves one, and says when it has started.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphShard } from '../../src/retrieval/embeddingRecall.js';

const { file, fingerprint, dimension } = workerData as { file: string; fingerprint: { bytes: number; crc32: number }; dimension: number };

async function loadForever(): Promise<never> {
  for (;;) {
    const graph = await GraphShard.load(file, fingerprint, dimension, 0);
    await graph.save(`${file}.copy`);
  }
}

void loadForever();
parentPort!.postMessage('loading');
