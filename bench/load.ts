// npm run load — a bounded burst of signed Slack requests against the app in HTTP mode, all on 127.0.0.1.
// Four runs: the offline engine; a model server failing half its chat calls; Slack answering 429 on a third of posts;
// the offline engine over a synthetic library of --library-chunks chunks (default 10k; drafts and .docx in the mix).
// Reports ack latency, completion time, errors, memory growth and whether every request got exactly one answer.
// Prints one table and writes bench/load-results.json. Stops by itself (count and time are bounded).
// `--soak MINUTES` runs the steady soak of bench/soak.ts instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../src/config.js';
import { loadCliConfig, parseCliArgs, runCli, UsageError } from '../src/cli/run.js';
import { createLogger, type Logger } from '../src/logger.js';
import { createServices, type Services } from '../src/services.js';
import { createChatModel } from '../src/grounding/chatModel.js';
import { createSlackApp } from '../src/slack/app.js';
import { TEXT } from '../src/slack/blocks.js';
import { percentile } from '../src/eval/metrics.js';
import { requestOutcomes } from '../src/eval/loadOutcomes.js';
import { formatMs, renderTable } from '../src/eval/table.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../test/support/fakeSlack.js';
import { commandForm, eventEnvelope, FORM, JSON_TYPE } from '../test/support/slackRequests.js';
import { writeSyntheticLibrary } from './library.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../test/support/fakeOpenAI.js';
import { DEFAULT_SOAK, renderSoak, runSoak, soakHealthy } from './soak.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = path.join(ROOT, 'bench', 'load-results.json');
const SOAK_RESULTS_FILE = path.join(ROOT, 'bench', 'soak-results.json');
const SIGNING_SECRET = 'load-test-signing-secret';
const BOT_TOKEN = 'xoxb-load-test';
const ACK_TARGET_P99_MS = 300;

type RequestKind = 'outline' | 'draft' | 'mention';

interface LoadRequest {
  id: number;
  kind: RequestKind;
  /** Every request gets its own channel, so each Slack call can be traced back to the request that caused it. */
  channel: string;
  /** ts of the question message (mentions): an answer is posted in its thread. */
  questionTs: string | null;
  contentType: string;
  body: string;
}

interface RunResult {
  name: string;
  /** Chunks in the library the run answered from. */
  chunks: number;
  /** The machine's 1-minute load average when the run started (the machine is shared). */
  loadavg1: number;
  requests: number;
  acked: number;
  ackErrors: number;
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  ackTargetMet: boolean;
  ackP99ByKindMs: Record<string, number | null>;
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
  /** Event-loop delay while the run lasted: how long ready work (an ack) could wait behind synchronous work. */
  loopDelayP99Ms: number | null;
  loopDelayMaxMs: number | null;
  rssBeforeMB: number;
  rssAfterMB: number;
  rssGrowthMB: number;
  crashed: string | null;
  timedOut: boolean;
}

const QUESTIONS = [
  '老旧小区改造的内容分成哪几类？',
  '许昌2019年完成了多少个老庭院的改造提升？',
  '老旧小区改造资金如何分担？',
  '牡丹江2022年计划改造多少个老旧小区项目？',
  '加装电梯有哪些支持政策？',
];

const PROPOSALS = [
  '关于加强老旧小区改造后长效管理的提案\n提案人：赵丽委员\n老旧小区改造后缺乏物业服务。建议：一是建立长效管理机制；二是推动专业化物业服务进入老旧小区；三是简化维修资金使用程序。',
  '市七届政协四次会议第104号提案\n案由：关于对我市老旧小区改造的几点建议\n提案人：郭瑞、王勇、张金国\n一、科学编制老旧小区改造整治规划。\n二、保障老旧小区改造资金供给。',
  '关于推进老旧小区停车设施建设的建议\n领衔代表：王燕\n具体建议如下：\n1. 挖潜增加停车泊位。\n2. 推行错时共享停车。',
];

/** The default mix: half mentions (questions), a quarter outlines, a quarter full drafts. */
const DEFAULT_MIX: RequestKind[] = ['mention', 'outline', 'mention', 'draft'];

function buildRequest(id: number, slack: FakeSlack, responseUrl: (id: number) => string, mix: RequestKind[] = DEFAULT_MIX): LoadRequest {
  const kind = mix[id % mix.length];
  const channel = `CLOAD${String(id).padStart(4, '0')}`;
  const user = `ULOAD${id % 25}`;
  if (kind === 'mention') {
    const ts = `${1_700_000_000 + id}.000100`;
    const event = {
      type: 'app_mention',
      user,
      text: `<@${slack.botUserId}> ${QUESTIONS[id % QUESTIONS.length]}`,
      ts,
      event_ts: ts,
      channel,
      channel_type: 'channel',
    };
    return { id, kind, channel, questionTs: ts, contentType: JSON_TYPE, body: JSON.stringify(eventEnvelope(event, slack.botUserId, `EvLOAD${id}`)) };
  }
  const body = commandForm({
    command: kind === 'outline' ? '/reply-outline' : '/draft-reply',
    text: PROPOSALS[id % PROPOSALS.length],
    channel,
    user,
    responseUrl: responseUrl(id),
  });
  return { id, kind, channel, questionTs: null, contentType: FORM, body };
}

/** Receives response_url posts at /response/<request id> and records them as calls of method 'response_url'. */
async function startResponseCollector(): Promise<{ url(id: number): string; calls: FakeSlackCall[]; close(): Promise<void> }> {
  const calls: FakeSlackCall[] = [];
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const id = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
      let body: any;
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        body = {};
      }
      calls.push({ method: 'response_url', body: { ...body, __responseId: id }, status: 200, at: performance.now(), authorization: undefined });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (id) => `http://127.0.0.1:${port}/response/${id}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The client runs in a worker thread with its own event loop, like Slack's servers would be: an ack is timed from
 * sending the request to reading the response, and the client's own work does not delay the app.
 * Plain JavaScript (eval'd) so it needs no TypeScript loader. Bounded: each request times out after 10 s.
 */
const CLIENT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { endpoint, secret, concurrency, requests } = workerData;
const results = [];
let next = 0;
async function send(request) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + request.body).digest('hex');
  const t0 = performance.now();
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': request.contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      body: request.body,
      signal: AbortSignal.timeout(10000),
    });
    await res.arrayBuffer();
    results.push({ id: request.id, ms: performance.now() - t0, status: res.status });
  } catch (err) {
    results.push({ id: request.id, ms: performance.now() - t0, status: 0, error: String(err && err.message || err) });
  }
}
Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, async () => {
  while (next < requests.length) await send(requests[next++]);
})).then(() => parentPort.postMessage(results));
`;

interface AckResult {
  id: number;
  ms: number;
  status: number;
  error?: string;
}

function fireFromWorker(endpoint: string, requests: LoadRequest[], concurrency: number): Promise<AckResult[]> {
  const worker = new Worker(CLIENT_SOURCE, {
    eval: true,
    workerData: { endpoint, secret: SIGNING_SECRET, concurrency, requests: requests.map(({ id, contentType, body }) => ({ id, contentType, body })) },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (results: AckResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Full drafts whose .docx reached Slack, or whose thread was told it could not be made (one call each). */
function docxDelivered(calls: FakeSlackCall[]): number {
  return calls.filter((c) => c.status === 200 && (c.method === 'files.completeUploadExternal' || (c.method === 'chat.postMessage' && c.body.text === TEXT.docxFailed))).length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface RunSetup {
  name: string;
  services: Services;
  slack: FakeSlack;
  llm?: FakeOpenAI;
  llmFailures?: () => number;
}

interface BurstOptions {
  total: number;
  mix?: RequestKind[];
  concurrency: number;
  timeoutMs: number;
}

async function runBurst(setup: RunSetup, options: BurstOptions, logger: Logger): Promise<RunResult> {
  const collector = await startResponseCollector();
  const app = createSlackApp(setup.services, {
    mode: 'http',
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    slackApiUrl: setup.slack.url,
  });
  let crashed: string | null = null;
  const onCrash = (err: unknown) => {
    crashed = err instanceof Error ? err.message : String(err);
    logger.error({ err: crashed }, 'load: unhandled error');
  };
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);

  const server = await app.start(0, '127.0.0.1');
  const { port } = server!.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/slack/events`;
  const requests = Array.from({ length: options.total }, (_, i) => buildRequest(i, setup.slack, collector.url, options.mix));
  const acks: number[] = [];
  const acksByKind: Record<RequestKind, number[]> = { mention: [], outline: [], draft: [] };
  let ackErrors = 0;
  const rssBefore = process.memoryUsage().rss;
  const loadavg1 = Math.round(loadavg()[0] * 100) / 100;
  // Every ack waits behind synchronous work in handlers (retrieval, drafting, .docx): the loop delay shows how long.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = performance.now();

  const ackResults = await fireFromWorker(endpoint, requests, options.concurrency);
  const kindOf = new Map(requests.map((r) => [r.id, r.kind]));
  for (const ack of ackResults) {
    if (ack.error) {
      ackErrors += 1;
      logger.warn({ id: ack.id, err: ack.error }, 'load: request failed');
      continue;
    }
    acks.push(ack.ms);
    acksByKind[kindOf.get(ack.id)!].push(ack.ms);
    if (ack.status !== 200) ackErrors += 1;
  }
  const ackedAt = performance.now();

  // Wait until every request has an answer and every full draft its .docx (or time is up), then a little longer to
  // catch duplicates.
  const deadline = started + options.timeoutMs;
  const count = () => requestOutcomes([...setup.slack.calls, ...collector.calls], requests, TEXT.error);
  const drafts = requests.filter((r) => r.kind === 'draft').length;
  const unfinished = () => [...result.values()].some((c) => c.answers === 0) || docxDelivered(setup.slack.calls) < drafts;
  let result = count();
  while (performance.now() < deadline && unfinished()) {
    await sleep(200);
    result = count();
  }
  const timedOut = unfinished();
  await sleep(1_500);
  result = count();
  const rssAfter = process.memoryUsage().rss;
  loopDelay.disable();

  const firstAnswers = [...result.values()].map((c) => c.firstAt).filter((t): t is number => t !== null);
  const slackCalls: Record<string, number> = {};
  for (const call of setup.slack.calls) slackCalls[call.method] = (slackCalls[call.method] ?? 0) + 1;

  await app.stop();
  await collector.close();
  process.off('unhandledRejection', onCrash);
  process.off('uncaughtException', onCrash);

  const ackP99 = percentile(acks, 99);
  const entries = [...result.entries()];
  return {
    name: setup.name,
    chunks: setup.services.search.size(),
    loadavg1,
    requests: requests.length,
    acked: acks.length,
    ackErrors,
    ackP50Ms: percentile(acks, 50),
    ackP99Ms: ackP99,
    ackTargetMet: ackP99 !== null && ackP99 < ACK_TARGET_P99_MS,
    ackP99ByKindMs: Object.fromEntries(Object.entries(acksByKind).map(([k, v]) => [k, percentile(v, 99)])),
    burstMs: ackedAt - started,
    completionMs: timedOut || firstAnswers.length === 0 ? null : Math.max(...firstAnswers) - started,
    answeredOnce: entries.filter(([, c]) => c.answers === 1).length,
    docxUploaded: setup.slack.calls.filter((c) => c.status === 200 && c.method === 'files.completeUploadExternal').length,
    drafts: requests.filter((r) => r.kind === 'draft').length,
    apologies: entries.reduce((s, [, c]) => s + c.apologies, 0),
    unanswered: entries.filter(([, c]) => c.answers === 0).map(([id]) => id),
    answeredMoreThanOnce: entries.filter(([, c]) => c.answers > 1).map(([id]) => id),
    slackCalls,
    slack429: setup.slack.calls.filter((c) => c.status === 429).length,
    llmCalls: setup.llm ? setup.llm.requests.filter((r) => r.path.endsWith('/chat/completions')).length : 0,
    llmFailures: setup.llmFailures?.() ?? 0,
    loopDelayP99Ms: loopDelay.count ? loopDelay.percentile(99) / 1e6 : null,
    loopDelayMaxMs: loopDelay.count ? loopDelay.max / 1e6 : null,
    rssBeforeMB: mb(rssBefore),
    rssAfterMB: mb(rssAfter),
    rssGrowthMB: mb(rssAfter - rssBefore),
    crashed,
    timedOut,
  };
}

function baseConfig(extra: Record<string, string> = {}): AppConfig {
  // The runs talk to loopback fakes only: a configured model server must not be used.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_')));
  return loadCliConfig({ env: { ...env, ALLOWED_CHANNELS: '', ALLOWED_USERS: '', ...extra }, cwd: ROOT });
}

const MODEL_DRAFT_BODY = {
  background: '',
  sections: Array.from({ length: 8 }, () => ({ paragraphs: ['我局高度重视此项工作，已按有关文件要求推进[1]。'] })),
  nextSteps: ['持续推进老旧小区改造工作。'],
};

/** A model server that fails every second chat call with a 500 and otherwise answers briefly with a citation. */
function halfFailingModel(): { chat: (body: any, n: number) => FakeReply; failures: () => number } {
  let failures = 0;
  return {
    chat: (body, n) => {
      if (n % 2 === 0) {
        failures += 1;
        return { status: 500, message: 'fake model failure' };
      }
      // A structured draft body (background, one section per suggestion, next steps), enough sections for any proposal.
      if (body?.tools?.length || body?.response_format) return { toolCall: { arguments: MODEL_DRAFT_BODY } };
      return { content: '根据所给文件，老旧小区改造按计划推进。[1]' };
    },
    failures: () => failures,
  };
}

/** One column per run, one row per measure, so the table fits a terminal. */
function renderResults(results: RunResult[]): string {
  const seconds = (ms: number | null) => (ms === null ? 'timeout' : `${(ms / 1000).toFixed(1)} s`);
  const measures: [string, (r: RunResult) => string][] = [
    ['library chunks', (r) => String(r.chunks)],
    ['load average (1 min) at start', (r) => r.loadavg1.toFixed(2)],
    ['requests acked (HTTP 200)', (r) => `${r.acked - r.ackErrors}/${r.requests}`],
    ['ack p50', (r) => formatMs(r.ackP50Ms)],
    ['ack p99', (r) => formatMs(r.ackP99Ms)],
    [`ack p99 < ${ACK_TARGET_P99_MS} ms`, (r) => (r.ackTargetMet ? 'yes' : 'NO')],
    ['ack p99 mention / outline / draft', (r) => ['mention', 'outline', 'draft'].map((k) => formatMs(r.ackP99ByKindMs[k]).replace(' ms', '')).join(' / ')],
    ['event-loop delay max', (r) => formatMs(r.loopDelayMaxMs)],
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
  const services = await createServices(baseConfig(), logger);
  process.stderr.write(`[soak] ${minutes} min of questions, drafts with .docx and feedback clicks …\n`);
  const result = await runSoak(services, { ...DEFAULT_SOAK, minutes, signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN }, logger);
  process.stdout.write(`${renderSoak(result)}\n`);
  writeFileSync(SOAK_RESULTS_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, result }, null, 2)}\n`);
  process.stdout.write(`结果已写入 results written: ${path.relative(ROOT, SOAK_RESULTS_FILE)}\n`);
  return soakHealthy(result) ? 0 : 1;
}
const USAGE = '用法：npm run load [-- --requests 200 --concurrency 20 --timeout-s 180 --mix mention,outline,draft --library-chunks 10000 | --soak MINUTES]';

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
  const config = baseConfig();
  process.stderr.write(`[load] building services over ${config.corpusDir} …\n`);
  const services = await createServices(config, logger);
  const results: RunResult[] = [];

  // Warm-up (not reported): loads the tokenizer dictionary, docx code and JIT paths once, so the first run measures
  // steady-state serving rather than process start-up.
  process.stderr.write('[load] warm-up …\n');
  const warmSlack = await startFakeSlack({});
  try {
    // At the runs' concurrency, so the paths taken by overlapping requests are compiled too.
    await runBurst({ name: 'warm-up', services, slack: warmSlack }, { total: 40, concurrency: options.concurrency, timeoutMs: 120_000 }, logger);
  } finally {
    await warmSlack.close();
  }

  const runs: { name: string; prepare: () => Promise<RunSetup> }[] = [
    {
      name: 'offline engine',
      prepare: async () => ({ name: 'offline engine', services, slack: await startFakeSlack({}) }),
    },
    {
      name: 'model fails 1/2',
      prepare: async () => {
        const model = halfFailingModel();
        const llm = await startFakeOpenAI({ chat: model.chat });
        const llmConfig = baseConfig({ OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'sk-load-test', OPENAI_MODEL: 'fake-model', LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '5000' });
        const withModel: Services = { ...services, config: llmConfig, llm: await createChatModel(llmConfig, logger) };
        return { name: 'model fails 1/2', services: withModel, slack: await startFakeSlack({}), llm, llmFailures: model.failures };
      },
    },
    {
      name: 'slack 429 on 1/3',
      prepare: async () => ({ name: 'slack 429 on 1/3', services, slack: await startFakeSlack({ failRate429: 1 / 3 }) }),
    },
  ];
  const libraryChunks = Math.max(0, Number(values['library-chunks']) || 0);
  const libraryDir = libraryChunks > 0 ? await mkdtemp(path.join(tmpdir(), 'reply-desk-load-')) : null;
  if (libraryDir) {
    const name = `${Math.round(libraryChunks / 1000)}k-chunk library`;
    runs.push({
      name,
      prepare: async () => {
        const corpusDir = path.join(libraryDir, 'corpus');
        const written = await writeSyntheticLibrary(config.corpusDir, corpusDir, libraryChunks);
        process.stderr.write(`[load] ${name}: ${written.documents} documents, ${written.chunks} chunks; indexing …\n`);
        const libraryConfig = baseConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: path.join(libraryDir, 'index'), DATA_DIR: path.join(libraryDir, 'data') });
        return { name, services: await createServices(libraryConfig, logger), slack: await startFakeSlack({}) };
      },
    });
  }

  try {
    for (const run of runs) {
      process.stderr.write(`[load] ${run.name}: ${options.total} requests, ${options.concurrency} at a time …\n`);
      const setup = await run.prepare();
      try {
        results.push(await runBurst(setup, options, logger));
      } finally {
        await setup.slack.close();
        await setup.llm?.close();
      }
    }
  } finally {
    if (libraryDir) await rm(libraryDir, { recursive: true, force: true });
  }
  process.stdout.write(`${renderResults(results)}\n`);
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), options, node: process.version, results }, null, 2)}\n`);
  process.stdout.write(`结果已写入 results written: ${path.relative(ROOT, RESULTS_FILE)}\n`);
  const healthy = results.every((r) => r.unanswered.length === 0 && r.answeredMoreThanOnce.length === 0 && r.docxUploaded === r.drafts && !r.crashed);
  return healthy ? 0 : 1;
}

runCli(main, { usage: USAGE, failure: 'load 失败', exitWhenDone: true });
