// `npm run bench [-- --sizes 1000,10000,100000[,1000000] --runs 3 --queries 300]`: ingest, load and query speed at
// scale, honestly: synthetic documents cut by the real chunker (300–600 character chunks), built by the real ingest
// (`updateIndex`, full), queries that are staff questions (dev sets, paraphrases, v2 set) and never chunk slices,
// per-stage p50/p95, cold figures (index load, first query), the raw jieba ceiling, adding one document
// incrementally, N runs (medians reported, minima kept) and the machine's load average.
// Each step runs in its own child process, so load times are cold (no warm in-process caches) and RSS is its own.
// Writes bench/results.json: {runs, machine:{cpus, loadavg}, sizes:[{chunks, build:{seconds, charsPerSecond},
// jiebaCharsPerSecond, loadSeconds, query:{hybrid, bm25, vector, rawHnsw, embedding, fusion}}]} (+ a few extras: CPU
// seconds, stage split, peak RSS, same-run ratios, the load average before and after every step). A build of 2 MiB of
// corpus or more runs threaded: its stages overlap ("files" = parse + tokenize on every core, "embeddings" = the graph
// while BM25 is built and files written, "index" = loading the graph back), so they add up to the wall time only.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { AppConfig } from '../src/config.js';
import { integerOption, parseCliArgs, runCli } from '../src/cli/run.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { SEARCH_DEFAULTS } from '../src/retrieval/searchDefaults.js';
import { fuseRecalls } from '../src/retrieval/fusion.js';
import { searcherOf, updateIndex, type IndexDeps, type IndexProgress } from '../src/retrieval/index.js';
import { readManifest } from '../src/retrieval/manifest.js';
import type { ChunkTable } from '../src/retrieval/chunkTable.js';
import { loadIndexFiles } from '../src/retrieval/store.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { benchRootConfig } from './config.js';
import { benchQuestions, generateDocuments, loadSentencePool, type SyntheticDocument } from './synthetic.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const RESULTS = path.join(HERE, 'results.json');
/** Candidates each recall returns, as the searcher asks for k = 5 (max(50, 5k)). */
const DEPTH = 50;
/**
 * `bm25` is plain BM25 over the question's own terms; `expandedBm25` is the lexical recall hybrid search runs: the
 * question's synonyms and question words added at lower weight, scored with coordination and the term floor.
 */
const STAGES = ['hybrid', 'bm25', 'expandedBm25', 'vector', 'rawHnsw', 'embedding', 'fusion', 'tokenize'] as const;
type Stage = (typeof STAGES)[number];

interface Latency {
  p50: number;
  p95: number;
}

/** 1-, 5- and 15-minute load averages before and after a step (the machine is shared: read every figure with them). */
interface StepLoad {
  before: number[];
  after: number[];
}

interface BuildRun {
  chunks: number;
  chars: number;
  seconds: number;
  cpuSeconds: number;
  /** Seconds from the first event of each ingest stage to the next stage's. */
  stages: Record<string, number>;
  peakRssMB: number;
}

interface QueryRun {
  loadSeconds: number;
  firstQueryMs: number;
  query: Record<Stage, Latency>;
  jiebaCharsPerSecond: number;
  jiebaCeiling: JiebaCeiling;
  peakRssMB: number;
}

interface AddRun {
  seconds: number;
  mode: string;
}

type Role = 'build' | 'query' | 'add';

function benchConfig(root: string): AppConfig {
  return benchRootConfig(root);
}

function benchDeps(config: AppConfig, onProgress?: (p: IndexProgress) => void): IndexDeps {
  return { config, logger: silentLogger(), embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM), onProgress };
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50), 3), p95: round(percentile(sorted, 95), 3) };
}

/** Child: a full ingest of the synthetic corpus, as `npm run ingest -- --full` does it. */
async function childBuild(root: string): Promise<BuildRun> {
  const config = benchConfig(root);
  const stageStart: Record<string, number> = {};
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const summary = await updateIndex(
    benchDeps(config, (p) => (stageStart[p.stage] ??= performance.now())),
    { full: true },
  );
  const end = performance.now();
  const order = Object.entries(stageStart).sort((a, b) => a[1] - b[1]);
  const stages = Object.fromEntries(order.map(([stage, at], i) => [stage, round(((order[i + 1]?.[1] ?? end) - at) / 1000)]));
  return { chunks: summary.chunks, chars: summary.chars, seconds: (end - t0) / 1000, cpuSeconds: cpuSeconds() - c0, stages, peakRssMB: peakRssMB() };
}

/** Child: cold load, first query, then each query stage timed on its own, and the raw jieba ceiling on the chunk texts. */
async function childQuery(root: string, queryCount: number): Promise<QueryRun> {
  const config = benchConfig(root);
  const deps = benchDeps(config);
  const queries = benchQuestions(ROOT).slice(0, queryCount);
  const t0 = performance.now();
  const manifest = await readManifest(config.indexDir);
  if ('problem' in manifest) throw new Error(manifest.problem);
  const state = await loadIndexFiles(config.indexDir, manifest.files);
  const searcher = searcherOf(state, deps);
  const loadSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await searcher.search(queries[0], { k: 5 });
  const firstQueryMs = performance.now() - t1;

  const tokenizer = getTokenizer();
  const embedder = (deps.embeddings as LocalHashEmbeddings).withIdf(state.idf);
  const times = Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]>;
  const timed = async <T>(stage: Stage, run: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await run();
    times[stage].push(performance.now() - t);
    return out;
  };
  for (const warm of queries.slice(0, 10)) await searcher.search(warm, { k: 5 });
  for (const stage of STAGES) times[stage].length = 0;
  for (const q of queries) {
    const terms = await timed('tokenize', () => tokenizer.searchTerms(q));
    const vector = await timed('embedding', () => embedder.embedQuery(q));
    const vectorList = await timed('vector', () => state.vector.search(vector, DEPTH));
    await timed('rawHnsw', () => state.vector.rawSearch(vector, DEPTH));
    const lexicalList = await timed('bm25', () => state.lexical.search(terms, DEPTH));
    const expanded = searcher.lexicalQueryOf(q);
    await timed('expandedBm25', () => state.lexical.search(expanded.terms, DEPTH, undefined, expanded.weights, expanded.scoring));
    await timed('fusion', () => fuseRecalls(vectorList, lexicalList, SEARCH_DEFAULTS.fusion.local, SEARCH_DEFAULTS.rrfK));
    await timed('hybrid', () => searcher.search(q, { k: 5 }));
  }
  const query = Object.fromEntries(STAGES.map((s) => [s, latency(times[s])])) as Record<Stage, Latency>;
  const ceiling = jiebaCeiling(ceilingTexts(state.chunks));
  return { loadSeconds, firstQueryMs, query, jiebaCharsPerSecond: ceiling.charsPerSecond, jiebaCeiling: ceiling, peakRssMB: peakRssMB() };
}

/** The first 20M characters of chunk text (a million chunks are not all decoded for this). */
function ceilingTexts(chunks: ChunkTable): string[] {
  const texts: string[] = [];
  let chars = 0;
  for (const label of chunks.liveLabels()) {
    const text = chunks.get(label)?.text ?? '';
    texts.push(text);
    if ((chars += text.length) > 20_000_000) break;
  }
  return texts;
}

/** Timed passes of the jieba ceiling, after one untimed warm-up pass (dictionary pages, JIT of the binding). */
const CEILING_PASSES = 5;
const CEILING_WARMUP_CHARS = 500_000;

interface JiebaCeiling {
  /** The ceiling used in the ratios: the faster of the two medians below. */
  charsPerSecond: number;
  /** Median over the passes of characters per wall-clock second. */
  wallMedian: number;
  /** Median over the passes of characters per CPU second of this process (a loaded machine slows this one less). */
  cpuMedian: number;
  /** Characters per wall-clock second of each pass. */
  passes: number[];
}

/**
 * Raw jieba `cut` throughput on one core over the chunk texts: the tokenizing ceiling. A warm-up pass, then the texts
 * in {@link CEILING_PASSES} consecutive slices of about equal length, each timed by the wall clock and by CPU time;
 * the medians are taken, and the faster of the two is the ceiling, so neither a cold start, one disturbed pass nor
 * a loaded machine (which slows the wall clock, not the CPU clock) can lower it and flatter the build's share.
 */
function jiebaCeiling(texts: string[]): JiebaCeiling {
  const jieba = Jieba.withDict(dict);
  let warm = 0;
  for (const text of texts) {
    if (warm > CEILING_WARMUP_CHARS) break;
    jieba.cut(text, true);
    warm += text.length;
  }
  const total = texts.reduce((n, t) => n + t.length, 0);
  const wall: number[] = [];
  const cpu: number[] = [];
  let at = 0;
  let done = 0;
  for (let pass = 0; pass < CEILING_PASSES && at < texts.length; pass++) {
    const target = (total * (pass + 1)) / CEILING_PASSES;
    let chars = 0;
    const t = performance.now();
    const c = cpuSeconds();
    for (; at < texts.length && done < target; at++) {
      jieba.cut(texts[at], true);
      chars += texts[at].length;
      done += texts[at].length;
    }
    wall.push(chars / ((performance.now() - t) / 1000));
    cpu.push(chars / Math.max(cpuSeconds() - c, 1e-3));
  }
  const wallMedian = Math.round(median(wall));
  const cpuMedian = Math.round(median(cpu));
  return { charsPerSecond: Math.max(wallMedian, cpuMedian), wallMedian, cpuMedian, passes: wall.map((x) => Math.round(x)) };
}

/** Child: one new document dropped into the corpus, indexed incrementally (load, parse, update, write). */
async function childAdd(root: string, document: SyntheticDocument): Promise<AddRun> {
  const config = benchConfig(root);
  const file = path.join(config.corpusDir, 'added', path.basename(document.path));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, document.text);
  const t0 = performance.now();
  const summary = await updateIndex(benchDeps(config));
  const seconds = (performance.now() - t0) / 1000;
  rmSync(file);
  return { seconds, mode: summary.mode };
}

function runChild<T>(role: Role, root: string, extra: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const args = [...process.execArgv, '--max-old-space-size=20000', script, '--child', role, '--root', root, ...extra];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`基准测试子进程（${role}）失败（退出码 ${code}）`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as T);
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** Writes about `chunks` chunks' worth of synthetic documents (documents per chunk estimated with the real chunker). */
async function writeCorpus(root: string, chunks: number): Promise<void> {
  const pool = await loadSentencePool(path.join(ROOT, 'corpus'));
  const sample = generateDocuments(pool, 200, 1);
  const perDoc = sample.reduce((n, d) => n + chunkDocument(parseDocument({ docId: 'x', path: d.path, raw: d.text })).length, 0) / sample.length;
  const documents = generateDocuments(pool, Math.max(1, Math.round(chunks / perDoc)));
  for (const doc of documents) {
    const file = path.join(root, 'corpus', doc.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, doc.text);
  }
}

async function extraDocument(): Promise<SyntheticDocument> {
  const pool = await loadSentencePool(path.join(ROOT, 'corpus'));
  const [doc] = generateDocuments(pool, 1, 99);
  return { ...doc, path: 'added/added-document.txt' };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function benchSize(size: number, runs: number, queries: number) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-bench-'));
  const log = (what: string) => process.stderr.write(`  [${size}] ${what}\n`);
  try {
    await writeCorpus(root, size);
    const added = JSON.stringify(await extraDocument());
    const builds: BuildRun[] = [];
    const loads: QueryRun[] = [];
    const adds: AddRun[] = [];
    const stepLoads: Record<Role, StepLoad>[] = [];
    for (let run = 1; run <= runs; run++) {
      const load = {} as Record<Role, StepLoad>;
      stepLoads.push(load);
      const step = async <T>(role: Role, extra: string[] = []): Promise<T> => {
        const before = loadAverage();
        const result = await runChild<T>(role, root, extra);
        load[role] = { before, after: loadAverage() };
        return result;
      };
      const build = await step<BuildRun>('build');
      builds.push(build);
      log(`第 ${run} 次：构建 ${build.chunks} 块 ${build.seconds.toFixed(1)} 秒（CPU ${build.cpuSeconds.toFixed(1)} 秒，负载 ${describeLoad(load.build)}）`);
      const q = await step<QueryRun>('query', ['--queries', String(queries)]);
      loads.push(q);
      const share = ((build.chars / build.seconds / q.jiebaCharsPerSecond) * 100).toFixed(1);
      log(
        `第 ${run} 次：加载 ${q.loadSeconds.toFixed(2)} 秒，混合 p95 ${q.query.hybrid.p95} ms，BM25 p95 ${q.query.bm25.p95} ms` +
          `（原始 hnsw p95 的 ${(q.query.bm25.p95 / q.query.rawHnsw.p95).toFixed(2)} 倍），构建速度为 jieba 上限的 ${share}%（负载 ${describeLoad(load.query)}）`,
      );
      const add = await step<AddRun>('add', ['--document', added]);
      adds.push(add);
      log(`第 ${run} 次：增量加入一篇文档 ${add.seconds.toFixed(2)} 秒（${add.mode}，负载 ${describeLoad(load.add)}）`);
    }
    const chars = builds[0].chars;
    const buildSeconds = median(builds.map((b) => b.seconds));
    const jiebaCharsPerSecond = Math.round(median(loads.map((l) => l.jiebaCharsPerSecond)));
    const query = Object.fromEntries(
      STAGES.map((s) => [s, { p50: round(median(loads.map((l) => l.query[s].p50)), 3), p95: round(median(loads.map((l) => l.query[s].p95)), 3) }]),
    ) as Record<Stage, Latency>;
    return {
      chunks: builds[0].chunks,
      build: { seconds: round(buildSeconds), charsPerSecond: Math.round(chars / buildSeconds) },
      jiebaCharsPerSecond,
      jiebaCeilingPerRun: loads.map((l) => l.jiebaCeiling),
      loadSeconds: round(median(loads.map((l) => l.loadSeconds)), 3),
      query,
      addOneDocumentSeconds: round(median(adds.map((a) => a.seconds)), 3),
      firstQueryMs: round(median(loads.map((l) => l.firstQueryMs))),
      chars,
      buildStagesSeconds: Object.fromEntries(Object.keys(builds[0].stages).map((k) => [k, round(median(builds.map((b) => b.stages[k] ?? 0)))])),
      buildCpuSeconds: round(median(builds.map((b) => b.cpuSeconds))),
      min: {
        buildSeconds: round(Math.min(...builds.map((b) => b.seconds))),
        loadSeconds: round(Math.min(...loads.map((l) => l.loadSeconds)), 3),
        hybridP95: Math.min(...loads.map((l) => l.query.hybrid.p95)),
        addOneDocumentSeconds: round(Math.min(...adds.map((a) => a.seconds)), 3),
      },
      peakRssMB: { build: Math.max(...builds.map((b) => b.peakRssMB)), query: Math.max(...loads.map((l) => l.peakRssMB)) },
      // Same-run ratios, which survive a loaded machine better than seconds do.
      ratios: {
        buildShareOfJiebaCeiling: round(chars / buildSeconds / jiebaCharsPerSecond, 4),
        buildCharsPerCpuSecond: Math.round(chars / median(builds.map((b) => b.cpuSeconds))),
        bm25P95OverRawHnswP95: round(query.bm25.p95 / Math.max(query.rawHnsw.p95, 1e-6), 2),
      },
      loadavgPerRun: stepLoads,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function loadAverage(): number[] {
  return os.loadavg().map((x) => round(x));
}

function describeLoad(load: StepLoad): string {
  return `${load.before[0]}→${load.after[0]}`;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const USAGE = '用法：npm run bench [-- --sizes 1000,10000,100000[,1000000] --runs 3 --queries 300]';

async function main(): Promise<number> {
  const { values } = parseCliArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      runs: { type: 'string', default: '3' },
      queries: { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h', default: false },
      // Set by the parent for the child process that measures one step.
      child: { type: 'string' },
      root: { type: 'string' },
      document: { type: 'string' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const queries = integerOption('--queries', values.queries, 1, 100_000) ?? 300;
  if (values.child) {
    const root = values.root ?? '';
    const result =
      values.child === 'build'
        ? await childBuild(root)
        : values.child === 'query'
          ? await childQuery(root, queries)
          : await childAdd(root, JSON.parse(values.document ?? '{}') as SyntheticDocument);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const runs = integerOption('--runs', values.runs, 1, 100) ?? 3;
  const loadBefore = os.loadavg().map((x) => round(x));
  const results: Awaited<ReturnType<typeof benchSize>>[] = [];
  const write = () => {
    const out = {
      runs,
      machine: {
        cpus: os.cpus().length,
        loadavg: os.loadavg().map((x) => round(x)),
        loadavgAtStart: loadBefore,
        cpu: os.cpus()[0]?.model ?? '',
        node: process.version,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        // The npm scripts ask glibc for transparent huge pages on large allocations (see package.json): say so.
        glibcTunables: process.env.GLIBC_TUNABLES ?? '',
      },
      date: new Date().toISOString(),
      embeddingDim: benchRootConfig(os.tmpdir()).EMBEDDING_DIM,
      sizes: results,
    };
    writeFileSync(RESULTS, `${JSON.stringify(out, null, 2)}\n`);
  };
  for (const size of sizes) {
    process.stderr.write(`基准测试：约 ${size} 个分块，${runs} 次…\n`);
    results.push(await benchSize(size, runs, queries));
    // Written after each size, so a long run that has to be stopped keeps what it measured.
    write();
  }
  for (const s of results) {
    process.stdout.write(
      `${s.chunks} 块：构建 ${s.build.seconds} 秒（${s.build.charsPerSecond} 字/秒，jieba 上限 ${s.jiebaCharsPerSecond}），加载 ${s.loadSeconds} 秒，` +
        `混合 p50/p95 ${s.query.hybrid.p50}/${s.query.hybrid.p95} ms，BM25 ${s.query.bm25.p50}/${s.query.bm25.p95}，` +
        `hnsw ${s.query.rawHnsw.p50}/${s.query.rawHnsw.p95}，增量加一篇 ${s.addOneDocumentSeconds} 秒；` +
        `构建 CPU ${s.buildCpuSeconds} 秒，为 jieba 上限的 ${(s.ratios.buildShareOfJiebaCeiling * 100).toFixed(1)}%，BM25/hnsw p95 ${s.ratios.bm25P95OverRawHnswP95} 倍\n`,
    );
  }
  process.stdout.write(`结果已写入 ${path.relative(process.cwd(), RESULTS)}\n`);
  return 0;
}

runCli(main, { usage: USAGE, failure: '基准测试失败' });
