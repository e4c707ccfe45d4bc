// `npm run bench [-- --sizes 1000,10000,100000 --queries 200]`: retrieval quality on the dev set and speed at scale,
// against MiniSearch fed the same jieba tokens. One table on stdout; the figures also go to bench/results.json.
// Each scale runs in a child process, so its peak RSS is its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { DEFAULT_HNSW } from '../src/retrieval/embeddingRecall.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { loadDevQuestions, scoreRetrieval, type RetrievalScore } from '../src/retrieval/evaluate.js';
import type { HybridSearcher, SearchMode } from '../src/retrieval/hybridSearch.js';
import { loadIndexFiles, writeIndexFiles } from '../src/retrieval/store.js';
import { getTokenizer } from '../src/retrieval/tokenizer.js';
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

interface ScaleResult {
  chunks: number;
  chars: number;
  buildSeconds: number;
  charsPerSecond: number;
  chunksPerSecond: number;
  loadSeconds: number;
  indexMB: number;
  peakRssMB: number;
  latencyMs: Record<SearchMode | 'minisearch', Latency>;
  minisearchBuildSeconds: number;
}

function parseArgs(argv: string[]): { sizes: number[]; queries: number; child?: number } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get('--sizes') ?? '1000,10000,100000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const child = get('--child');
  return { sizes, queries: Number(get('--queries') ?? 200), child: child ? Number(child) : undefined };
}

function tokenizeForMiniSearch(text: string): string[] {
  return getTokenizer().searchTerms(text);
}

function buildMiniSearch(chunks: Chunk[]): MiniSearch<{ id: number; text: string }> {
  const ms = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: tokenizeForMiniSearch,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR' },
  });
  ms.addAll(chunks.map((c, id) => ({ id, text: `${c.title}\n${c.sectionPath}\n${c.text}` })));
  return ms;
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

async function buildSearcher(chunks: Chunk[], dir: string): Promise<{ searcher: HybridSearcher; bytes: number; buildSeconds: number; loadSeconds: number }> {
  const embeddings = new LocalHashEmbeddings(loadConfig().EMBEDDING_DIM);
  const t0 = performance.now();
  const artifacts = await writeIndexFiles(dir, chunks, embeddings, { hnsw: DEFAULT_HNSW });
  const t1 = performance.now();
  const { searcher } = await loadIndexFiles(dir, embeddings, artifacts, { embeddingsId: embeddings.id });
  const t2 = performance.now();
  return { searcher, bytes: artifacts.bytes, buildSeconds: (t1 - t0) / 1000, loadSeconds: (t2 - t1) / 1000 };
}

/** One scale, in its own process: build, load, time queries per mode, then MiniSearch. */
async function runScale(size: number, queryCount: number): Promise<ScaleResult> {
  const started = performance.now();
  const step = (what: string) => process.stderr.write(`  [${size}] ${what}（${((performance.now() - started) / 1000).toFixed(1)} 秒）\n`);
  const config = loadConfig();
  const pool = await loadSentencePool(config.corpusDir);
  const chunks = generateChunks(pool, size);
  const queries = generateQueries(pool, loadDevQuestions(DEV_SET).map((q) => q.question), queryCount);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-bench-'));
  try {
    step('语料已生成');
    const { searcher, bytes, buildSeconds, loadSeconds } = await buildSearcher(chunks, dir);
    step('索引已建好并加载');
    const latencyMs = {} as ScaleResult['latencyMs'];
    for (const mode of ['vector', 'lexical', 'hybrid'] as const) {
      latencyMs[mode] = await measure(queries, (q) => searcher.search(q, { k: 5, mode }));
      step(`${mode} 查询计时完成`);
    }
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    const m0 = performance.now();
    const ms = buildMiniSearch(chunks);
    const minisearchBuildSeconds = (performance.now() - m0) / 1000;
    step('MiniSearch 已建好');
    latencyMs.minisearch = await measure(queries, (q) => ms.search(q).slice(0, 5));
    step('MiniSearch 查询计时完成');
    const chars = chunks.reduce((n, c) => n + c.text.length + c.sectionPath.length + c.title.length, 0);
    return {
      chunks: size,
      chars,
      buildSeconds: round(buildSeconds),
      charsPerSecond: Math.round(chars / buildSeconds),
      chunksPerSecond: Math.round(size / buildSeconds),
      loadSeconds: round(loadSeconds),
      indexMB: round(bytes / 1024 / 1024),
      peakRssMB,
      latencyMs,
      minisearchBuildSeconds: round(minisearchBuildSeconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Recall@5 and MRR on the dev set over the shipped corpus, for each mode and for MiniSearch. */
async function runDevSet(): Promise<Record<SearchMode | 'minisearch', RetrievalScore>> {
  const config = loadConfig();
  // Loaded here only: the scale runs need no ingestion.
  const { ingestCorpus } = await import('../src/corpus/index.js');
  const { chunks } = await ingestCorpus(config.corpusDir, silentLogger());
  const questions = loadDevQuestions(DEV_SET);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-bench-dev-'));
  try {
    const { searcher } = await buildSearcher(chunks, dir);
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

function runChild(size: number, queries: number): Promise<ScaleResult> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(size), '--queries', String(queries)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`规模 ${size} 的基准测试失败（退出码 ${code}）`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ScaleResult);
      } catch (err) {
        reject(err);
      }
    });
  });
}

function formatTable(dev: Record<string, RetrievalScore>, scales: ScaleResult[]): string {
  const lines: string[] = [];
  lines.push(`Dev set (${dev.hybrid.questions} answerable questions, shipped corpus)`);
  lines.push('engine      recall@5  MRR');
  for (const [name, s] of Object.entries(dev)) {
    lines.push(`${name.padEnd(11)} ${s.recallAt5.toFixed(3).padStart(8)}  ${s.mrr.toFixed(3)}`);
  }
  lines.push('');
  lines.push('Scale (synthetic corpus, local embeddings, 2-core machine); latency p50/p95 in ms');
  const header = ['chunks', 'build s', 'chars/s', 'chunks/s', 'load s', 'index MB', 'peak RSS MB', 'vector', 'BM25', 'hybrid', 'MiniSearch'];
  const rows = scales.map((s) => [
    String(s.chunks),
    s.buildSeconds.toFixed(1),
    String(s.charsPerSecond),
    String(s.chunksPerSecond),
    s.loadSeconds.toFixed(1),
    s.indexMB.toFixed(1),
    String(s.peakRssMB),
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

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child !== undefined) {
    process.stdout.write(`${JSON.stringify(await runScale(args.child, args.queries))}\n`);
    return;
  }
  process.stderr.write('评估开发问题集…\n');
  const dev = await runDevSet();
  const scales: ScaleResult[] = [];
  for (const size of args.sizes) {
    process.stderr.write(`基准测试：${size} 个分块…\n`);
    scales.push(await runChild(size, args.queries));
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, memoryGB: Math.round(os.totalmem() / 2 ** 30) },
    hnsw: DEFAULT_HNSW,
    embeddingDim: loadConfig().EMBEDDING_DIM,
    devSet: Object.fromEntries(Object.entries(dev).map(([k, s]) => [k, { recallAt5: round(s.recallAt5), mrr: round(s.mrr), misses: s.misses }])),
    scales,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(dev, scales)}\n\n结果已写入 ${path.relative(process.cwd(), RESULTS)}\n`);
}

main().catch((err) => {
  process.stderr.write(`基准测试失败：${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
