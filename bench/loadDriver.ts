// The Slack side of `npm run load`, in its own process: a fake Slack Web API (optionally answering 429), the
// response_url receiver, a fake model server (optionally failing half its calls), and the client that sends the
// signed requests (in a worker thread, so its timing is not held up by the fakes). None of this runs in the measured
// app process, as in a deployment, where Slack's servers and the model are elsewhere.
// bench/load.ts forks this file and drives it over IPC (see DriverRequest / DriverReply).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../src/config.js';
import { loadCliConfig } from '../src/cli/run.js';
import { createLogger } from '../src/logger.js';
import { buildIndex } from '../src/retrieval/index.js';
import { createEmbeddings } from '../src/retrieval/embeddings.js';
import { TEXT } from '../src/slack/blocks.js';
import { requestOutcomes } from '../src/eval/loadOutcomes.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../test/support/fakeSlack.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../test/support/fakeOpenAI.js';
import { commandForm, eventEnvelope, FORM, JSON_TYPE } from '../test/support/slackRequests.js';
import { writeSyntheticLibrary } from './library.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The configuration of a load run: this checkout's, with no allow-lists and no configured model server. */
export function loadConfigWith(extra: Record<string, string> = {}): AppConfig {
  // The runs talk to loopback fakes only: a configured model server must not be used.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_')));
  return loadCliConfig({ env: { ...env, ALLOWED_CHANNELS: '', ALLOWED_USERS: '', ...extra }, cwd: ROOT });
}

/** Where a synthetic library of a run lives under `dir`. */
function libraryEnv(dir: string): Record<string, string> {
  return { CORPUS_DIR: path.join(dir, 'corpus'), INDEX_DIR: path.join(dir, 'index'), DATA_DIR: path.join(dir, 'data') };
}

export type RequestKind = 'outline' | 'draft' | 'mention';

export interface SlackSideOptions {
  /** Fraction of chat.postMessage calls answered 429. */
  failRate429?: number;
  /** Serve a model that fails every second chat call. */
  halfFailingModel?: boolean;
}

export interface BurstRequest {
  endpoint: string;
  secret: string;
  total: number;
  mix: RequestKind[];
  concurrency: number;
  timeoutMs: number;
}

export interface AckResult {
  id: number;
  kind: RequestKind;
  ms: number;
  status: number;
  error?: string;
}

/** What the Slack side saw of one burst. Times are from the first request sent. */
export interface BurstReport {
  acks: AckResult[];
  requests: number;
  /** Until every request was acked. */
  burstMs: number;
  /** Until every request had its first answer; null when some never got one in time. */
  completionMs: number | null;
  timedOut: boolean;
  answeredOnce: number;
  unanswered: number[];
  answeredMoreThanOnce: number[];
  apologies: number;
  drafts: number;
  docxUploaded: number;
  slackCalls: Record<string, number>;
  slack429: number;
  llmCalls: number;
  llmFailures: number;
}

export type DriverRequest =
  | { id: number; type: 'setup'; options: SlackSideOptions }
  | { id: number; type: 'library'; sourceCorpus: string; dir: string; chunks: number }
  | { id: number; type: 'burst'; burst: BurstRequest }
  /** Sends the same requests to `burst.endpoint` and only times the responses (for a no-op server: the floor). */
  | { id: number; type: 'fire'; burst: BurstRequest }
  | { id: number; type: 'teardown' };

export type DriverReply =
  | { id: number; type: 'ready'; slackUrl: string; llmBaseURL: string | null }
  | { id: number; type: 'library'; documents: number; chunks: number; env: Record<string, string> }
  | { id: number; type: 'report'; report: BurstReport }
  | { id: number; type: 'acks'; acks: AckResult[] }
  | { id: number; type: 'done' }
  | { id: number; type: 'failed'; message: string };

export interface LoadRequest {
  id: number;
  kind: RequestKind;
  /** Every request gets its own channel, so each Slack call can be traced back to the request that caused it. */
  channel: string;
  /** ts of the question message (mentions): an answer is posted in its thread. */
  questionTs: string | null;
  contentType: string;
  body: string;
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

function buildRequest(id: number, botUserId: string, responseUrl: (id: number) => string, mix: RequestKind[]): LoadRequest {
  const kind = mix[id % mix.length];
  const channel = `CLOAD${String(id).padStart(4, '0')}`;
  const user = `ULOAD${id % 25}`;
  if (kind === 'mention') {
    const ts = `${1_700_000_000 + id}.000100`;
    const event = { type: 'app_mention', user, text: `<@${botUserId}> ${QUESTIONS[id % QUESTIONS.length]}`, ts, event_ts: ts, channel, channel_type: 'channel' };
    return { id, kind, channel, questionTs: ts, contentType: JSON_TYPE, body: JSON.stringify(eventEnvelope(event, botUserId, `EvLOAD${id}`)) };
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

function burstRequests(burst: BurstRequest, botUserId: string, responseUrl: (id: number) => string): LoadRequest[] {
  return Array.from({ length: burst.total }, (_, i) => buildRequest(i, botUserId, responseUrl, burst.mix));
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
 * sending the request to reading the response, and the fakes' work does not delay the client.
 * Plain JavaScript (eval'd) so it needs no TypeScript loader. Bounded: each request times out after 10 s.
 * node:http over `concurrency` kept-alive connections rather than fetch: Slack's servers are not on the app's machine,
 * but this client is, and fetch spent about three times the CPU per request (0.4–0.7 s per 200 against 0.16 s, issue
 * #15), CPU the Bolt thread then waited for on a small machine.
 */
const CLIENT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { Agent, request: httpRequest } = require('node:http');
const { performance } = require('node:perf_hooks');
const { endpoint, secret, concurrency, requests } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const results = [];
let next = 0;
function post(request, headers) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(endpoint, { method: 'POST', agent, headers, timeout: 10000 }, (res) => {
      res.on('error', reject);
      res.on('end', () => resolve(res.statusCode));
      res.resume();
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 10 s')));
    req.on('error', reject);
    req.end(request.body);
  });
}
async function send(request) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + request.body).digest('hex');
  const headers = { 'content-type': request.contentType, 'content-length': Buffer.byteLength(request.body), 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
  const t0 = performance.now();
  try {
    const status = await post(request, headers);
    results.push({ id: request.id, ms: performance.now() - t0, status });
  } catch (err) {
    results.push({ id: request.id, ms: performance.now() - t0, status: 0, error: String(err && err.message || err) });
  }
}
Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, async () => {
  while (next < requests.length) await send(requests[next++]);
})).then(() => {
  agent.destroy();
  parentPort.postMessage(results);
});
`;

/** Sends the requests from the client thread, `concurrency` at a time, and times each from send to response read. */
export function fireFromWorker(endpoint: string, secret: string, requests: LoadRequest[], concurrency: number): Promise<Omit<AckResult, 'kind'>[]> {
  const worker = new Worker(CLIENT_SOURCE, {
    eval: true,
    workerData: { endpoint, secret, concurrency, requests: requests.map(({ id, contentType, body }) => ({ id, contentType, body })) },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (results: Omit<AckResult, 'kind'>[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
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

/** Full drafts whose .docx reached Slack, or whose thread was told it could not be made (one call each). */
function docxDelivered(calls: FakeSlackCall[]): number {
  return calls.filter((c) => c.status === 200 && (c.method === 'files.completeUploadExternal' || (c.method === 'chat.postMessage' && c.body.text === TEXT.docxFailed))).length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface SlackSide {
  slack: FakeSlack;
  collector: Awaited<ReturnType<typeof startResponseCollector>>;
  llm: FakeOpenAI | null;
  llmFailures: () => number;
}

async function setUp(options: SlackSideOptions): Promise<SlackSide> {
  const slack = await startFakeSlack({ failRate429: options.failRate429 });
  const collector = await startResponseCollector();
  if (!options.halfFailingModel) return { slack, collector, llm: null, llmFailures: () => 0 };
  const model = halfFailingModel();
  return { slack, collector, llm: await startFakeOpenAI({ chat: model.chat }), llmFailures: model.failures };
}

/** Sends the burst, waits until every request has an answer and every full draft its .docx (or time is up). */
async function runBurst(side: SlackSide, burst: BurstRequest): Promise<BurstReport> {
  const { slack, collector } = side;
  const requests = burstRequests(burst, slack.botUserId, collector.url);
  const started = performance.now();
  const kindOf = new Map(requests.map((r) => [r.id, r.kind]));
  const acks = (await fireFromWorker(burst.endpoint, burst.secret, requests, burst.concurrency)).map((a) => ({ ...a, kind: kindOf.get(a.id)! }));
  const burstMs = performance.now() - started;

  const deadline = started + burst.timeoutMs;
  const count = () => requestOutcomes([...slack.calls, ...collector.calls], requests, TEXT.error);
  const drafts = requests.filter((r) => r.kind === 'draft').length;
  const unfinished = () => [...result.values()].some((c) => c.answers === 0) || docxDelivered(slack.calls) < drafts;
  let result = count();
  while (performance.now() < deadline && unfinished()) {
    await sleep(200);
    result = count();
  }
  const timedOut = unfinished();
  // A little longer, to catch duplicates.
  await sleep(1_500);
  result = count();

  const entries = [...result.entries()];
  const firstAnswers = entries.map(([, c]) => c.firstAt).filter((t): t is number => t !== null);
  const slackCalls: Record<string, number> = {};
  for (const call of slack.calls) slackCalls[call.method] = (slackCalls[call.method] ?? 0) + 1;
  return {
    acks,
    requests: requests.length,
    burstMs,
    completionMs: timedOut || firstAnswers.length === 0 ? null : Math.max(...firstAnswers) - started,
    timedOut,
    answeredOnce: entries.filter(([, c]) => c.answers === 1).length,
    unanswered: entries.filter(([, c]) => c.answers === 0).map(([id]) => id),
    answeredMoreThanOnce: entries.filter(([, c]) => c.answers > 1).map(([id]) => id),
    apologies: entries.reduce((s, [, c]) => s + c.apologies, 0),
    drafts,
    docxUploaded: slack.calls.filter((c) => c.status === 200 && c.method === 'files.completeUploadExternal').length,
    slackCalls,
    slack429: slack.calls.filter((c) => c.status === 429).length,
    llmCalls: side.llm ? side.llm.requests.filter((r) => r.path.endsWith('/chat/completions')).length : 0,
    llmFailures: side.llmFailures(),
  };
}

async function tearDown(side: SlackSide | null): Promise<void> {
  await side?.slack.close();
  await side?.collector.close();
  await side?.llm?.close();
}

/** Serves bench/load.ts's requests, one at a time, until the parent disconnects. */
function serve(): void {
  let side: SlackSide | null = null;
  const reply = (message: DriverReply) => process.send!(message);
  process.on('message', (message: DriverRequest) => {
    const handle = async (): Promise<DriverReply> => {
      switch (message.type) {
        case 'setup':
          await tearDown(side);
          side = await setUp(message.options);
          return { id: message.id, type: 'ready', slackUrl: side.slack.url, llmBaseURL: side.llm?.baseURL ?? null };
        case 'burst':
          if (!side) throw new Error('burst before setup');
          return { id: message.id, type: 'report', report: await runBurst(side, message.burst) };
        case 'fire': {
          const requests = burstRequests(message.burst, 'U0NOBODY', (id) => `http://127.0.0.1:9/response/${id}`);
          const acks = await fireFromWorker(message.burst.endpoint, message.burst.secret, requests, message.burst.concurrency);
          return { id: message.id, type: 'acks', acks: acks.map((a) => ({ ...a, kind: requests[a.id].kind })) };
        }
        case 'library': {
          // Written and indexed here, as `npm run ingest` would, so the app process starts on a built index.
          const env = libraryEnv(message.dir);
          const written = await writeSyntheticLibrary(message.sourceCorpus, env.CORPUS_DIR, message.chunks);
          const config = loadConfigWith(env);
          await buildIndex({ config, logger: createLogger(process.env.LOG_LEVEL ?? 'error'), embeddings: createEmbeddings(config) });
          return { id: message.id, type: 'library', ...written, env };
        }
        case 'teardown':
          await tearDown(side);
          side = null;
          return { id: message.id, type: 'done' };
      }
    };
    handle().then(reply, (err: unknown) => reply({ id: message.id, type: 'failed', message: err instanceof Error ? err.stack ?? err.message : String(err) }));
  });
  process.on('disconnect', () => void tearDown(side).finally(() => process.exit(0)));
}

/** Set by bench/load.ts when it forks this file. */
export const DRIVER_ENV = 'REPLY_DESK_LOAD_DRIVER';

if (process.env[DRIVER_ENV] === '1' && process.send) serve();
