// `npx tsx bench/loadSplit.ts --dir D [--build 100000] [--reps 5]`: where a cold index load spends its time.
// --build writes a synthetic library of about that many chunks into D/corpus and indexes it into D/index (once; keep D).
// Then each repetition runs in a fresh child process and times the load path stage by stage, one stage after the other
// (wall and CPU milliseconds), then the first query. The stages overlap in the real load; here they are serialised so
// each can be read on its own. Prints one JSON line per repetition and the medians.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { parseCliArgs, runCli } from '../src/cli/run.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { searcherOf, updateIndex, type IndexDeps } from '../src/retrieval/index.js';
import { readManifest } from '../src/retrieval/manifest.js';
import { ChunkTable } from '../src/retrieval/chunkTable.js';
import { LexicalIndex } from '../src/retrieval/fullTextRecall.js';
import { DEFAULT_HNSW, VectorRecall } from '../src/retrieval/embeddingRecall.js';
import { loadIndexFiles, type IndexState } from '../src/retrieval/store.js';
import { benchQuestions } from './synthetic.js';
import { writeSyntheticLibrary } from './library.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function depsOf(dir: string): IndexDeps {
  const config = loadConfig({ CORPUS_DIR: path.join(dir, 'corpus'), INDEX_DIR: path.join(dir, 'index'), LOG_LEVEL: 'silent' }, { cwd: dir });
  return { config, logger: silentLogger(), embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM) };
}

type Split = Record<string, { wallMs: number; cpuMs: number }>;

async function timed<T>(split: Split, stage: string, run: () => Promise<T> | T): Promise<T> {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const out = await run();
  const used = process.cpuUsage(c);
  split[stage] = { wallMs: round(Number(process.hrtime.bigint() - t) / 1e6), cpuMs: round((used.user + used.system) / 1e3) };
  return out;
}

/** Child: every stage of the load on its own, then the same load as the product does it, then the first query. */
async function child(dir: string): Promise<Split> {
  const deps = depsOf(dir);
  const indexDir = deps.config.indexDir;
  const split: Split = {};
  const manifest = await timed(split, 'manifest', () => readManifest(indexDir));
  if ('problem' in manifest) throw new Error(manifest.problem);
  const files = manifest.files;
  const dead = new Set(files.dead);
  await timed(split, 'chunks', () =>
    ChunkTable.load(files.chunkSegments.map((s) => ({ ...s, path: path.join(indexDir, s.file) })), files.labels, dead),
  );
  await timed(split, 'lexical', () => LexicalIndex.load(path.join(indexDir, files.lexical.file), files.lexical.fingerprint));
  await timed(split, 'vectors', () =>
    VectorRecall.load(files.vectors.map((v) => ({ path: path.join(indexDir, v.file), fingerprint: v.fingerprint })), files.dimension, { count: files.labels, dead }, DEFAULT_HNSW),
  );
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const again = await readManifest(indexDir);
  if ('problem' in again) throw new Error(again.problem);
  const state: IndexState = await loadIndexFiles(indexDir, again.files);
  const searcher = await timed(split, 'searcherOf', () => searcherOf(state, deps));
  const used = process.cpuUsage(c0);
  split.wholeLoad = { wallMs: round(Number(process.hrtime.bigint() - t0) / 1e6), cpuMs: round((used.user + used.system) / 1e3) };
  const [question] = benchQuestions(ROOT);
  await timed(split, 'firstQuery', () => searcher.search(question, { k: 5 }));
  await timed(split, 'secondQuery', () => searcher.search(question, { k: 5 }));
  return split;
}

function runChild(dir: string): Promise<Split> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const proc = spawn(process.execPath, [...process.execArgv, script, '--child', '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Split) : reject(new Error(`child ${code}`))));
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<number> {
  const { values } = parseCliArgs({
    options: { dir: { type: 'string' }, build: { type: 'string' }, reps: { type: 'string', default: '5' }, child: { type: 'boolean', default: false } },
  });
  const dir = path.resolve(values.dir ?? '');
  if (!values.dir) throw new Error('--dir is required');
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await child(dir))}\n`);
    return 0;
  }
  if (values.build) {
    const written = await writeSyntheticLibrary(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), Number(values.build));
    const t = performance.now();
    const summary = await updateIndex(depsOf(dir), { full: true });
    process.stderr.write(`built ${summary.chunks} chunks of ${written.documents} documents in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const runs: Split[] = [];
  for (let i = 0; i < Number(values.reps); i++) {
    const split = await runChild(dir);
    runs.push(split);
    process.stdout.write(`${JSON.stringify({ loadavg: os.loadavg().map(round), ...split })}\n`);
  }
  if (runs.length) {
    const medians = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, { wallMs: median(runs.map((r) => r[k].wallMs)), cpuMs: median(runs.map((r) => r[k].cpuMs)) }]));
    process.stdout.write(`median ${JSON.stringify(medians)}\n`);
  }
  return 0;
}

runCli(main, { usage: 'npx tsx bench/loadSplit.ts --dir D [--build N] [--reps 5]', failure: 'load split failed' });
