// `npm run bench [-- --sizes 1000,10000,100000 --queries 200]`: retrieval quality on the dev set and speed at scale,
// against MiniSearch fed the same jieba tokens. One table on stdout; the figures also go to bench/results.json.
// Each scale runs in a child process, so its peak RSS is its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMiniSearch } from '../src/eval/baseline.js';
import { integerOption, loadCliConfig, parseCliArgs, runCli, UsageError } from '../src/cli/run.js';
import { silentLogger } from '../src/logger.js';
import { DEFAULT_HNSW } from '../src/retrieval/embeddingRecall.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { loadQuestionSet } from '../src/eval/questions.js';
import { scoreRetrieval, type RetrievalScore } from '../src/eval/retrievalScore.js';
import type { SearchMode } from '../src/retrieval/hybridSearch.js';
import { loadIndexFiles, writeIndexFiles, type IndexArtifacts } from '../src/retrieval/store.js';
import type { Chunk } from '../src/types.js';
import { generateChunks, generateQueries, loadSentencePool } from './synthetic.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const DEV_SET = path.join(ROOT, 'test/fixtures/dev-questions.jsonl');
const RESULTS = path.join(HERE, 'results.json');

interface Latency {
  p50: number;
  p95: number;
}

interface BuildResult {
  chars: number;
  buildSeconds: number;
  buildCpuSeconds: number;
  indexBytes: number;
  peakRssMB: number;
}

interface QueryResult {
  loadSeconds: number;
  latencyMs: Record<SearchMode, Latency>;
  peakRssMB: number;
}

interface MiniSearchResult {
  buildSeconds: number;
  latencyMs: Latency;
  peakRssMB: number;
}

interface ScaleResult {
  chunks: number;
  chars: number;
  /** Wall-clock seconds to embed, index and write (the machine may be shared: see buildCpuSeconds). */
  buildSeconds: number;
  buildCpuSeconds: number;
  charsPerSecond: number;
  chunksPerSecond: number;
  loadSeconds: number;
  indexMB: number;
  /** Peak RSS of the ingest process and of a process that loads the index and answers queries. */
  peakRssMB: { ingest: number; query: number };
  latencyMs: Record<SearchMode | 'minisearch', Latency>;
  minisearch: { buildSeconds: number; peakRssMB: number };
}

type ChildRole = 'build' | 'query' | 'minisearch';

const USAGE = '用法：npm run bench [-- --sizes 1000,10000,100000 --queries 200]';

function parseBenchArgs(): { sizes: number[]; queries: number; role?: ChildRole; size: number; dir: string; help: boolean } {
  const { values } = parseCliArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      queries: { type: 'string', default: '200' },
      help: { type: 'boolean', short: 'h', default: false },
      // Set by the parent for the child process that measures one scale.
      child: { type: 'string' },
      size: { type: 'string', default: '0' },
      dir: { type: 'string', default: '' },
    },
  });
  if (values.child !== undefined && !['build', 'query', 'minisearch'].includes(values.child)) throw new UsageError(`未知的 --child：${values.child}`);
  return {
    sizes: values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0),
    queries: integerOption('--queries', values.queries, 1, 100_000) ?? 200,
    role: values.child as ChildRole | undefined,
    size: Number(values.size),
    dir: values.dir,
    help: values.help,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(queries: string[], run: (q: string) => Promise<unknown> | unknown): Promise<Latency> {
  for (const q of queries.slice(0, 10)) await run(q);
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await run(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function benchQueries(size: number, count: number): Promise<string[]> {
  const pool = await loadSentencePool(loadCliConfig().corpusDir);
  return generateQueries(pool, loadQuestionSet(DEV_SET).map((q) => q.question), count);
}

/** Child process: generate `size` chunks and build the index into `dir`, as `npm run ingest` would. */
async function childBuild(size: number, dir: string): Promise<BuildResult> {
  const pool = await loadSentencePool(loadCliConfig().corpusDir);
  const chunks = generateChunks(pool, size);
  const chars = chunks.reduce((n, c) => n + c.text.length + c.sectionPath.length + c.title.length, 0);
  const embeddings = new LocalHashEmbeddings(loadCliConfig().EMBEDDING_DIM);
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const artifacts = await writeIndexFiles(dir, chunks, embeddings, { hnsw: DEFAULT_HNSW });
  const buildSeconds = (performance.now() - t0) / 1000;
  const buildCpuSeconds = cpuSeconds() - c0;
  writeFileSync(`${dir}.artifacts.json`, JSON.stringify(artifacts));
  return { chars, buildSeconds, buildCpuSeconds, indexBytes: artifacts.bytes, peakRssMB: peakRssMB() };
}

/** Child process: load the index from `dir` and time queries in each mode, as the app would serve them. */
async function childQuery(size: number, dir: string, count: number): Promise<QueryResult> {
  const queries = await benchQueries(size, count);
  const embeddings = new LocalHashEmbeddings(loadCliConfig().EMBEDDING_DIM);
  const artifacts = JSON.parse(readFileSync(`${dir}.artifacts.json`, 'utf8')) as IndexArtifacts;
  const t0 = performance.now();
  const { searcher } = await loadIndexFiles(dir, embeddings, artifacts, { embeddingsId: embeddings.id });
  const loadSeconds = (performance.now() - t0) / 1000;
  const latencyMs = {} as Record<SearchMode, Latency>;
  for (const mode of ['vector', 'lexical', 'hybrid'] as const) {
    latencyMs[mode] = await measure(queries, (q) => searcher.search(q, { k: 5, mode }));
  }
  return { loadSeconds, latencyMs, peakRssMB: peakRssMB() };
}

/** Child process: MiniSearch over the same chunks and jieba tokens. */
async function childMiniSearch(size: number, dir: string, count: number): Promise<MiniSearchResult> {
  const queries = await benchQueries(size, count);
  const chunks = JSON.parse(readFileSync(path.join(dir, 'chunks.json'), 'utf8')) as Chunk[];
  const t0 = performance.now();
  const ms = buildMiniSearch(chunks);
  const buildSeconds = (performance.now() - t0) / 1000;
  const latencyMs = await measure(queries, (q) => ms.search(q).slice(0, 5));
  return { buildSeconds, latencyMs, peakRssMB: peakRssMB() };
}

/** Recall@5 and MRR on the dev set over the shipped corpus, for each mode and for MiniSearch. */
async function runDevSet(): Promise<Record<SearchMode | 'minisearch', RetrievalScore>> {
  const config = loadCliConfig();
  // Loaded here only: the scale runs need no ingestion.
  const { ingestCorpus } = await import('../src/corpus/index.js');
  const { chunks } = await ingestCorpus(config.corpusDir, silentLogger());
  const questions = loadQuestionSet(DEV_SET);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-bench-dev-'));
  try {
    const embeddings = new LocalHashEmbeddings(config.EMBEDDING_DIM);
    const artifacts = await writeIndexFiles(dir, chunks, embeddings);
    const { searcher } = await loadIndexFiles(dir, embeddings, artifacts, { embeddingsId: embeddings.id });
    const result = {} as Record<SearchMode | 'minisearch', RetrievalScore>;
    for (const mode of ['vector', 'lexical', 'hybrid'] as const) {
      result[mode] = await scoreRetrieval(questions, async (q) => (await searcher.search(q, { k: 5, mode })).map((h) => h.chunk));
    }
    const ms = buildMiniSearch(chunks);
    result.minisearch = await scoreRetrieval(questions, async (q) => ms.search(q).slice(0, 5).map((r) => chunks[r.id as number]));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild<T>(role: ChildRole, size: number, dir: string, queries: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const args = [...process.execArgv, script, '--child', role, '--size', String(size), '--dir', dir, '--queries', String(queries)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`规模 ${size} 的基准测试（${role}）失败（退出码 ${code}）`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as T);
      } catch (err) {
        reject(err);
      }
    });
  });
}

async function runScale(size: number, queries: number): Promise<ScaleResult> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-bench-'));
  const dir = path.join(root, 'index');
  const step = (what: string) => process.stderr.write(`  [${size}] ${what}\n`);
  try {
    const build = await runChild<BuildResult>('build', size, dir, queries);
    step(`索引已建好：${build.buildSeconds.toFixed(1)} 秒（CPU ${build.buildCpuSeconds.toFixed(1)} 秒）`);
    const query = await runChild<QueryResult>('query', size, dir, queries);
    step(`查询计时完成：混合检索 p95 ${query.latencyMs.hybrid.p95} ms`);
    const mini = await runChild<MiniSearchResult>('minisearch', size, dir, queries);
    step(`MiniSearch 完成：p95 ${mini.latencyMs.p95} ms`);
    return {
      chunks: size,
      chars: build.chars,
      buildSeconds: round(build.buildSeconds),
      buildCpuSeconds: round(build.buildCpuSeconds),
      charsPerSecond: Math.round(build.chars / build.buildSeconds),
      chunksPerSecond: Math.round(size / build.buildSeconds),
      loadSeconds: round(query.loadSeconds),
      indexMB: round(build.indexBytes / 1024 / 1024),
      peakRssMB: { ingest: build.peakRssMB, query: query.peakRssMB },
      latencyMs: { ...query.latencyMs, minisearch: mini.latencyMs },
      minisearch: { buildSeconds: round(mini.buildSeconds), peakRssMB: mini.peakRssMB },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function formatTable(dev: Record<string, RetrievalScore>, scales: ScaleResult[]): string {
  const lines: string[] = [];
  lines.push(`Dev set (${dev.hybrid.questions} answerable questions, shipped corpus)`);
  lines.push('engine      recall@5  recall@3  MRR');
  for (const [name, s] of Object.entries(dev)) {
    lines.push(`${name.padEnd(11)} ${s.recallAt5.toFixed(3).padStart(8)}  ${s.recallAt3.toFixed(3).padStart(8)}  ${s.mrr.toFixed(3)}`);
  }
  lines.push('');
  lines.push('Scale (synthetic corpus, local embeddings, 2-core machine); latency p50/p95 in ms');
  const header = ['chunks', 'build s (CPU)', 'chars/s', 'chunks/s', 'load s', 'index MB', 'RSS MB ingest/query', 'vector', 'BM25', 'hybrid', 'MiniSearch'];
  const rows = scales.map((s) => [
    String(s.chunks),
    `${s.buildSeconds.toFixed(1)} (${s.buildCpuSeconds.toFixed(1)})`,
    String(s.charsPerSecond),
    String(s.chunksPerSecond),
    s.loadSeconds.toFixed(1),
    s.indexMB.toFixed(1),
    `${s.peakRssMB.ingest}/${s.peakRssMB.query}`,
    `${s.latencyMs.vector.p50}/${s.latencyMs.vector.p95}`,
    `${s.latencyMs.lexical.p50}/${s.latencyMs.lexical.p95}`,
    `${s.latencyMs.hybrid.p50}/${s.latencyMs.hybrid.p95}`,
    `${s.latencyMs.minisearch.p50}/${s.latencyMs.minisearch.p95}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  lines.push(fmt(header), ...rows.map(fmt));
  return lines.join('\n');
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.role) {
    const result =
      args.role === 'build'
        ? await childBuild(args.size, args.dir)
        : args.role === 'query'
          ? await childQuery(args.size, args.dir, args.queries)
          : await childMiniSearch(args.size, args.dir, args.queries);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stderr.write('评估开发问题集…\n');
  const dev = await runDevSet();
  const scales: ScaleResult[] = [];
  for (const size of args.sizes) {
    process.stderr.write(`基准测试：${size} 个分块…\n`);
    scales.push(await runScale(size, args.queries));
  }
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      node: process.version,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      loadAverage: os.loadavg().map((x) => round(x)),
    },
    hnsw: DEFAULT_HNSW,
    embeddingDim: loadCliConfig().EMBEDDING_DIM,
    queriesPerMode: args.queries,
    devSet: Object.fromEntries(
      Object.entries(dev).map(([k, s]) => [k, { recallAt5: round(s.recallAt5, 3), recallAt3: round(s.recallAt3, 3), mrr: round(s.mrr, 3), misses: s.misses }]),
    ),
    scales,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(dev, scales)}\n\n结果已写入 ${path.relative(process.cwd(), RESULTS)}\n`);
}

runCli(main, { usage: USAGE, failure: '基准测试失败' });
