// `npm run bench:simd [-- --chunks 20000 --runs 5]`: the graph build with the installed hnswlib-node addon against the
// portable (SSE2) one kept beside it by scripts/build-native.mjs, on the same embeddings of the bench's synthetic
// chunks, alternating A/B so both see the same machine load. Prints the median seconds of each and their ratio, with
// the load average, and how many top-10 neighbours of 200 held-out chunks the two graphs share.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, parseCliArgs, runCli, UsageError } from '../src/cli/run.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { DEFAULT_HNSW } from '../src/retrieval/embeddingRecall.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { generateDocuments, loadSentencePool } from './synthetic.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORTABLE = path.join(ROOT, 'node_modules/hnswlib-node/build/Release/addon.node.portable');
const DIMENSION = 512;
const HELD_OUT = 200;

interface Hnsw {
  initIndex(options: { maxElements: number; m: number; efConstruction: number; randomSeed: number }): void;
  addPoint(point: number[], label: number): void;
  searchKnn(query: number[], k: number): { neighbors: number[] };
}
type HnswClass = new (space: string, dim: number) => Hnsw;

function portableAddon(): HnswClass {
  const module = { exports: {} as { HierarchicalNSW: HnswClass } };
  process.dlopen(module, PORTABLE);
  return module.exports.HierarchicalNSW;
}

async function chunkVectors(count: number): Promise<number[][]> {
  const pool = await loadSentencePool(path.join(ROOT, 'corpus'));
  const texts: string[] = [];
  for (const doc of generateDocuments(pool, Math.ceil(count / 5))) {
    for (const chunk of chunkDocument(parseDocument({ docId: doc.path, path: doc.path, raw: doc.text }))) texts.push(chunk.text);
    if (texts.length >= count) break;
  }
  const embeddings = new LocalHashEmbeddings(DIMENSION);
  embeddings.fit(texts);
  return texts.slice(0, count).map((t) => embeddings.embedText(t));
}

function timedBuild(Hnsw: HnswClass, points: number[][]): { seconds: number; index: Hnsw } {
  const index = new Hnsw('cosine', DIMENSION);
  index.initIndex({ maxElements: points.length, m: DEFAULT_HNSW.m, efConstruction: DEFAULT_HNSW.efConstruction, randomSeed: 100 });
  const start = process.hrtime.bigint();
  points.forEach((p, i) => index.addPoint(p, i));
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, index };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const USAGE = '用法：npm run bench:simd [-- --chunks 20000 --runs 5]';

async function main(): Promise<number> {
  const { values } = parseCliArgs({ options: { chunks: { type: 'string' }, runs: { type: 'string' } } });
  if (!existsSync(PORTABLE)) throw new UsageError('没有可对比的通用版 hnswlib-node（本机未用 AVX2/FMA 重新编译，见 README）');
  const chunks = integerOption('--chunks', values.chunks, 1000, 1_000_000) ?? 20_000;
  const runs = integerOption('--runs', values.runs, 1, 50) ?? 5;
  const require = createRequire(import.meta.url);
  const installed = (require('hnswlib-node') as { HierarchicalNSW: HnswClass }).HierarchicalNSW;
  const portable = portableAddon();
  const vectors = await chunkVectors(chunks + HELD_OUT);
  const points = vectors.slice(0, chunks);
  const queries = vectors.slice(chunks);
  const seconds = { installed: [] as number[], portable: [] as number[] };
  let shared = 0;
  const load = [os.loadavg()[0]];
  for (let run = 0; run < runs; run++) {
    const a = timedBuild(installed, points);
    const b = timedBuild(portable, points);
    seconds.installed.push(a.seconds);
    seconds.portable.push(b.seconds);
    if (run === 0) {
      shared = queries.reduce((sum, q) => {
        const mine = a.index.searchKnn(q, 10).neighbors;
        return sum + b.index.searchKnn(q, 10).neighbors.filter((label) => mine.includes(label)).length;
      }, 0) / (queries.length * 10);
    }
    load.push(os.loadavg()[0]);
  }
  const result = {
    chunks,
    runs,
    installedSeconds: +median(seconds.installed).toFixed(2),
    portableSeconds: +median(seconds.portable).toFixed(2),
    speedup: +(median(seconds.portable) / median(seconds.installed)).toFixed(2),
    sharedTop10: +shared.toFixed(3),
    load: load.map((l) => l.toFixed(2)).join('→'),
  };
  console.log(JSON.stringify(result));
  return 0;
}

runCli(main, { usage: USAGE, failure: '基准测试失败', exitWhenDone: true });
