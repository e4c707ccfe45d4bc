// npm run load — a bounded burst of signed Slack requests against the app in HTTP mode, all on 127.0.0.1.
// Four runs: the offline engine; a model server failing half its chat calls; Slack answering 429 on a third of posts;
// the offline engine over a synthetic library of --library-chunks chunks (default 10k; drafts and .docx in the mix).
// Reports ack latency, completion time, errors, memory and whether every request got exactly one answer.
// This process is the app as deployed (Bolt thread + work threads, index held by the work threads only); Slack, the
// model server and the client sending the requests run in a separate process (bench/loadDriver.ts), so their work
// does not compete with the app's event loop. Prints one table and writes bench/load-results.json. Stops by itself
// (count and time are bounded). `--soak MINUTES` runs the steady soak of bench/soak.ts instead.
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { parseCliArgs, runCli, UsageError } from '../src/cli/run.js';
import { createLogger, type Logger } from '../src/logger.js';
import { createServices, type Services } from '../src/services.js';
import { createChatModel } from '../src/grounding/chatModel.js';
import { createSlackApp } from '../src/slack/app.js';
import { percentile } from '../src/eval/metrics.js';
import { formatMs, renderTable } from '../src/eval/table.js';
import { workThreadCount } from '../src/work/index.js';
import { DEFAULT_SOAK, renderSoak, runSoak, soakHealthy } from './soak.js';
import {
  DRIVER_ENV,
  loadConfigWith,
  type BurstReport,
  type BurstRequest,
  type DriverReply,
  type DriverRequest,
  type RequestKind,
  type SlackSideOptions,
} from './loadDriver.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = path.join(ROOT, 'bench', 'load-results.json');
const SOAK_RESULTS_FILE = path.join(ROOT, 'bench', 'soak-results.json');
const SIGNING_SECRET = 'load-test-signing-secret';
const BOT_TOKEN = 'xoxb-load-test';
const ACK_TARGET_P99_MS = 300;

interface RunResult {
  name: string;
  /** Chunks in the library the run answered from. */
  chunks: number;
  /** The machine's 1-minute load average when the run started (the machine is shared). */
  loadavg1: number;
  requests: number;
  acked: number;
  ackErrors: number;
  /** As the client saw them: from sending the request to reading the response. */
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  ackTargetMet: boolean;
  ackP99ByKindMs: Record<string, number | null>;
  /**
   * The same requests from the same client to a server in this process that answers 200 at once, just before the
   * run: what the machine gives at that moment (the shared machine's load moves it a lot).
   */
  floorP50Ms: number | null;
  floorP99Ms: number | null;
  /** Inside the app: from the request's headers parsed to its response written (the rest is sockets and scheduling). */
  appAckP50Ms: number | null;
  appAckP99Ms: number | null;
  /** Time to send every request and get every ack. */
  burstMs: number;
  /** From the first request until the last request got its answer. */
  completionMs: number | null;
  answeredOnce: number;
  /** Full drafts whose .docx was uploaded, of all full drafts. */
  docxUploaded: number;
  drafts: number;
  /** Answers that were the short apology for a failure (still one answer each). */
  apologies: number;
  unanswered: number[];
  answeredMoreThanOnce: number[];
  slackCalls: Record<string, number>;
  slack429: number;
  llmCalls: number;
  llmFailures: number;
  /** Event-loop delay of the Bolt thread while the run lasted: how long ready work (an ack) could wait. */
  loopDelayP99Ms: number | null;
  loopDelayMaxMs: number | null;
  /** Longest garbage-collection pause of the Bolt thread during the run. */
  gcMaxPauseMs: number;
  /** RSS of the app process (Bolt thread and work threads; the Slack side is another process). */
  rssBeforeMB: number;
  rssAfterMB: number;
  rssGrowthMB: number;
  crashed: string | null;
  timedOut: boolean;
}

/** The default mix: half mentions (questions), a quarter outlines, a quarter full drafts. */
const DEFAULT_MIX: RequestKind[] = ['mention', 'outline', 'mention', 'draft'];

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The Slack side (bench/loadDriver.ts) in a child process, one request at a time. */
interface Driver {
  call<T extends DriverReply['type']>(request: WithoutId<DriverRequest>, expect: T): Promise<Extract<DriverReply, { type: T }>>;
  close(): Promise<void>;
}

function startDriver(): Driver {
  const child: ChildProcess = fork(fileURLToPath(new URL('./loadDriver.ts', import.meta.url)), [], {
    env: { ...process.env, [DRIVER_ENV]: '1' },
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve(reply: DriverReply): void; reject(err: Error): void }>();
  child.on('message', (reply: DriverReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.type === 'failed') entry?.reject(new Error(`load driver: ${reply.message}`));
    else entry?.resolve(reply);
  });
  child.on('exit', (code) => {
    for (const entry of waiting.values()) entry.reject(new Error(`load driver exited (${code})`));
    waiting.clear();
  });
  return {
    call(request, expect) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, {
          resolve: (reply) => (reply.type === expect ? resolve(reply as never) : reject(new Error(`load driver answered ${reply.type}, not ${expect}`))),
          reject,
        });
        child.send({ ...request, id } as DriverRequest);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface RunSetup {
  name: string;
  services: Services;
  /** The Slack side, started by the driver for this run. */
  slackUrl: string;
}

interface BurstOptions {
  total: number;
  mix: RequestKind[];
  concurrency: number;
  timeoutMs: number;
}

/** A server that reads each request and answers 200 at once: the floor for an ack on this machine right now. */
async function measureFloor(driver: Driver, options: BurstOptions): Promise<number[]> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const { acks } = await driver.call({ type: 'fire', burst: { endpoint, secret: SIGNING_SECRET, ...options } }, 'acks');
    return acks.filter((a) => a.status === 200).map((a) => a.ms);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The longest garbage-collection pause of this thread while it watches. */
function watchGc(): { max(): number; stop(): void } {
  let max = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) max = Math.max(max, entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return { max: () => max, stop: () => observer.disconnect() };
}

/** Times each Slack request inside the app: from its headers parsed to its response written. */
function timeAcksInApp(server: Server): { durations: number[]; stop(): void } {
  const durations: number[] = [];
  const onRequest = (req: { method?: string }, res: { once(event: 'finish', cb: () => void): void }) => {
    if (req.method !== 'POST') return;
    const t0 = performance.now();
    res.once('finish', () => durations.push(performance.now() - t0));
  };
  server.on('request', onRequest);
  return { durations, stop: () => void server.off('request', onRequest) };
}

async function runBurst(driver: Driver, setup: RunSetup, options: BurstOptions, logger: Logger): Promise<RunResult> {
  const floor = await measureFloor(driver, options);
  const app = createSlackApp(setup.services, { mode: 'http', token: BOT_TOKEN, signingSecret: SIGNING_SECRET, slackApiUrl: setup.slackUrl });
  let crashed: string | null = null;
  const onCrash = (err: unknown) => {
    crashed = err instanceof Error ? err.message : String(err);
    logger.error({ err: crashed }, 'load: unhandled error');
  };
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);

  const server = (await app.start(0, '127.0.0.1'))!;
  const { port } = server.address() as AddressInfo;
  const inApp = timeAcksInApp(server);
  const chunks = (await app.work.catalog([])).chunks;
  const rssBefore = process.memoryUsage().rss;
  const loadavg1 = Math.round(loadavg()[0] * 100) / 100;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const gc = watchGc();
  const burst: BurstRequest = { endpoint: `http://127.0.0.1:${port}/slack/events`, secret: SIGNING_SECRET, ...options };
  let report: BurstReport;
  try {
    report = (await driver.call({ type: 'burst', burst }, 'report')).report;
  } finally {
    loopDelay.disable();
    gc.stop();
    inApp.stop();
  }
  const rssAfter = process.memoryUsage().rss;
  await app.stop();
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);

  const acks: number[] = [];
  const acksByKind: Record<RequestKind, number[]> = { mention: [], outline: [], draft: [] };
  let ackErrors = 0;
  for (const ack of report.acks) {
    if (ack.error) {
      ackErrors += 1;
      logger.warn({ id: ack.id, err: ack.error }, 'load: request failed');
      continue;
    }
    acks.push(ack.ms);
    acksByKind[ack.kind].push(ack.ms);
    if (ack.status !== 200) ackErrors += 1;
  }
  const ackP99 = percentile(acks, 99);
  return {
    name: setup.name,
    chunks,
    loadavg1,
    requests: report.requests,
    acked: acks.length,
    ackErrors,
    ackP50Ms: percentile(acks, 50),
    ackP99Ms: ackP99,
    ackTargetMet: ackP99 !== null && ackP99 <= ACK_TARGET_P99_MS,
    ackP99ByKindMs: Object.fromEntries(Object.entries(acksByKind).map(([k, v]) => [k, percentile(v, 99)])),
    floorP50Ms: percentile(floor, 50),
    floorP99Ms: percentile(floor, 99),
    appAckP50Ms: percentile(inApp.durations, 50),
    appAckP99Ms: percentile(inApp.durations, 99),
    burstMs: report.burstMs,
    completionMs: report.completionMs,
    answeredOnce: report.answeredOnce,
    docxUploaded: report.docxUploaded,
    drafts: report.drafts,
    apologies: report.apologies,
    unanswered: report.unanswered,
    answeredMoreThanOnce: report.answeredMoreThanOnce,
    slackCalls: report.slackCalls,
    slack429: report.slack429,
    llmCalls: report.llmCalls,
    llmFailures: report.llmFailures,
    loopDelayP99Ms: loopDelay.count ? loopDelay.percentile(99) / 1e6 : null,
    loopDelayMaxMs: loopDelay.count ? loopDelay.max / 1e6 : null,
    gcMaxPauseMs: Math.round(gc.max() * 10) / 10,
    rssBeforeMB: mb(rssBefore),
    rssAfterMB: mb(rssAfter),
    rssGrowthMB: mb(rssAfter - rssBefore),
    crashed,
    timedOut: report.timedOut,
  };
}

/**
 * Services as `npm start` builds them for the Slack app: with work threads, this process keeps the index on disk
 * current but does not hold it.
 */
function appServices(config: ReturnType<typeof loadConfigWith>, logger: Logger, holdIndex: boolean): Promise<Services> {
  return createServices(config, logger, workThreadCount(config) > 0 && !holdIndex ? 'prepare' : 'open');
}

function renderResults(results: RunResult[]): string {
  const seconds = (ms: number | null) => (ms === null ? 'timeout' : `${(ms / 1000).toFixed(1)} s`);
  const measures: [string, (r: RunResult) => string][] = [
    ['library chunks', (r) => String(r.chunks)],
    ['load average (1 min) at start', (r) => r.loadavg1.toFixed(2)],
    ['requests acked (HTTP 200)', (r) => `${r.acked - r.ackErrors}/${r.requests}`],
    ['ack p50', (r) => formatMs(r.ackP50Ms)],
    ['ack p99', (r) => formatMs(r.ackP99Ms)],
    [`ack p99 ≤ ${ACK_TARGET_P99_MS} ms`, (r) => (r.ackTargetMet ? 'yes' : 'NO')],
    ['ack p99 mention / outline / draft', (r) => ['mention', 'outline', 'draft'].map((k) => formatMs(r.ackP99ByKindMs[k]).replace(' ms', '')).join(' / ')],
    ['floor: no-op server p50 / p99', (r) => `${formatMs(r.floorP50Ms).replace(' ms', '')} / ${formatMs(r.floorP99Ms)}`],
    ['ack inside the app p50 / p99', (r) => `${formatMs(r.appAckP50Ms).replace(' ms', '')} / ${formatMs(r.appAckP99Ms)}`],
    ['event-loop delay p99 / max', (r) => `${formatMs(r.loopDelayP99Ms).replace(' ms', '')} / ${formatMs(r.loopDelayMaxMs)}`],
    ['longest GC pause (Bolt thread)', (r) => formatMs(r.gcMaxPauseMs)],
    ['completion (all answered, every .docx)', (r) => seconds(r.completionMs)],
    ['answered exactly once', (r) => `${r.answeredOnce}/${r.requests}`],
    ['full drafts with their .docx uploaded', (r) => `${r.docxUploaded}/${r.drafts}`],
    ['lost (no answer)', (r) => String(r.unanswered.length)],
    ['answered twice or more', (r) => String(r.answeredMoreThanOnce.length)],
    ['answers that were apologies', (r) => String(r.apologies)],
    ['HTTP errors', (r) => String(r.ackErrors)],
    ['Slack 429s served', (r) => String(r.slack429)],
    ['model calls failed / made', (r) => (r.llmCalls ? `${r.llmFailures}/${r.llmCalls}` : '—')],
    ['RSS before → after', (r) => `${r.rssBeforeMB} → ${r.rssAfterMB} MB`],
    ['crash', (r) => r.crashed ?? 'no'],
  ];
  return renderTable(
    ['measure', ...results.map((r) => r.name)],
    measures.map(([label, value]) => [label, ...results.map(value)]),
    `== npm run load: ${results[0]?.requests ?? 0} signed requests per run ==`,
  );
}

function parseMix(value: string | undefined): RequestKind[] {
  if (!value) return DEFAULT_MIX;
  const kinds = value.split(',').map((k) => k.trim());
  const valid = kinds.filter((k): k is RequestKind => k === 'mention' || k === 'outline' || k === 'draft');
  if (valid.length !== kinds.length || !valid.length) throw new UsageError(`--mix 只能包含 mention、outline、draft：${value}`);
  return valid;
}

async function soakMain(minutes: number): Promise<number> {
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 120) throw new UsageError(`--soak 需要 0 到 120 之间的分钟数，收到：${minutes}`);
  const logger = createLogger(process.env.LOG_LEVEL ?? 'error');
  const services = await createServices(loadConfigWith(), logger);
  process.stderr.write(`[soak] ${minutes} min of questions, drafts with .docx and feedback clicks …\n`);
  const result = await runSoak(services, { ...DEFAULT_SOAK, minutes, signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN }, logger);
  process.stdout.write(`${renderSoak(result)}\n`);
  writeFileSync(SOAK_RESULTS_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, result }, null, 2)}\n`);
  process.stdout.write(`结果已写入 results written: ${path.relative(ROOT, SOAK_RESULTS_FILE)}\n`);
  return soakHealthy(result) ? 0 : 1;
}
const USAGE = '用法：npm run load [-- --requests 200 --concurrency 20 --timeout-s 180 --mix mention,outline,draft --library-chunks 10000 --bolt-holds-index | --soak MINUTES]';

async function main(): Promise<number> {
  const { values } = parseCliArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '20' },
      'timeout-s': { type: 'string', default: '180' },
      /** Comma-separated request kinds to cycle through, e.g. mention or mention,draft (default mention,outline,mention,draft). */
      mix: { type: 'string' },
      /** Size of the synthetic library of the last run; 0 leaves that run out. */
      'library-chunks': { type: 'string', default: '10000' },
      /** Minutes of steady questions, drafts and feedback clicks instead of the bursts (see bench/soak.ts). */
      soak: { type: 'string' },
      /** The Bolt process also holds the index, as before the work threads took it over (to compare memory). */
      'bolt-holds-index': { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.soak !== undefined) return soakMain(Number(values.soak));
  const options: BurstOptions = {
    total: Math.min(2_000, Math.max(1, Number(values.requests))),
    concurrency: Math.min(200, Math.max(1, Number(values.concurrency))),
    timeoutMs: Math.min(600, Math.max(5, Number(values['timeout-s']))) * 1000,
    mix: parseMix(values.mix),
  };
  // Expected warnings (429 retries, model failures) would drown the table; LOG_LEVEL=warn shows them.
  const logger = createLogger(process.env.LOG_LEVEL ?? 'error');
  const config = loadConfigWith();
  const holdIndex = values['bolt-holds-index'] === true;
  process.stderr.write(`[load] building services over ${config.corpusDir} …\n`);
  const services = await appServices(config, logger, holdIndex);
  const driver = startDriver();
  const results: RunResult[] = [];
  const slackSide = async (options: SlackSideOptions) => driver.call({ type: 'setup', options }, 'ready');

  const runs: { name: string; prepare: () => Promise<RunSetup> }[] = [
    {
      name: 'offline engine',
      prepare: async () => ({ name: 'offline engine', services, slackUrl: (await slackSide({})).slackUrl }),
    },
    {
      name: 'model fails 1/2',
      prepare: async () => {
        const side = await slackSide({ halfFailingModel: true });
        const llmConfig = loadConfigWith({ OPENAI_BASE_URL: side.llmBaseURL!, OPENAI_API_KEY: 'sk-load-test', OPENAI_MODEL: 'fake-model', LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '5000' });
        const withModel: Services = { ...services, config: llmConfig, llm: await createChatModel(llmConfig, logger) };
        return { name: 'model fails 1/2', services: withModel, slackUrl: side.slackUrl };
      },
    },
    {
      name: 'slack 429 on 1/3',
      prepare: async () => ({ name: 'slack 429 on 1/3', services, slackUrl: (await slackSide({ failRate429: 1 / 3 })).slackUrl }),
    },
  ];
  const libraryChunks = Math.max(0, Number(values['library-chunks']) || 0);
  const libraryDir = libraryChunks > 0 ? await mkdtemp(path.join(tmpdir(), 'reply-desk-load-')) : null;
  if (libraryDir) {
    const name = `${Math.round(libraryChunks / 1000)}k-chunk library`;
    runs.push({
      name,
      prepare: async () => {
        process.stderr.write(`[load] ${name}: writing and indexing it (in the Slack-side process) …\n`);
        const library = await driver.call({ type: 'library', sourceCorpus: config.corpusDir, dir: libraryDir, chunks: libraryChunks }, 'library');
        process.stderr.write(`[load] ${name}: ${library.documents} documents, ${library.chunks} chunks\n`);
        const libraryServices = await appServices(loadConfigWith(library.env), logger, holdIndex);
        return { name, services: libraryServices, slackUrl: (await slackSide({})).slackUrl };
      },
    });
  }

  try {
    // Warm-up (not reported): loads the tokenizer dictionary, docx code and JIT paths once, so the first run measures
    // steady-state serving rather than process start-up. At the runs' concurrency, so the paths taken by overlapping
    // requests are compiled too.
    process.stderr.write('[load] warm-up …\n');
    const warmUp = { name: 'warm-up', services, slackUrl: (await slackSide({})).slackUrl };
    await runBurst(driver, warmUp, { ...options, total: 40, timeoutMs: 120_000 }, logger);
    for (const run of runs) {
      process.stderr.write(`[load] ${run.name}: ${options.total} requests, ${options.concurrency} at a time …\n`);
      results.push(await runBurst(driver, await run.prepare(), options, logger));
    }
  } finally {
    await driver.call({ type: 'teardown' }, 'done').catch(() => undefined);
    await driver.close();
    if (libraryDir) await rm(libraryDir, { recursive: true, force: true });
  }
  process.stdout.write(`${renderResults(results)}\n`);
  const run = { generatedAt: new Date().toISOString(), options, boltHoldsIndex: holdIndex, node: process.version, results };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(run, null, 2)}\n`);
  process.stdout.write(`结果已写入 results written: ${path.relative(ROOT, RESULTS_FILE)}\n`);
  const healthy = results.every((r) => r.unanswered.length === 0 && r.answeredMoreThanOnce.length === 0 && r.docxUploaded === r.drafts && !r.crashed);
  return healthy ? 0 : 1;
}

runCli(main, { usage: USAGE, failure: 'load 失败', exitWhenDone: true });
