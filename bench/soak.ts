// `npm run load -- --soak MINUTES`: a steady mix against the app in HTTP mode on 127.0.0.1 for a bounded time —
// questions (@mentions), full drafts whose .docx is uploaded, and 👍 clicks on the answers — to see whether memory
// holds. Reports RSS at start, after warm-up and at the end (each after a forced GC), ack p99, and errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import { openFeedbackStore } from '../src/feedback/store.js';
import { createSlackApp } from '../src/slack/app.js';
import { TEXT } from '../src/slack/blocks.js';
import { percentile } from '../src/eval/metrics.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../test/support/fakeSlack.js';
import { commandForm, eventEnvelope, FORM, interactionForm, JSON_TYPE } from '../test/support/slackRequests.js';

export interface SoakOptions {
  minutes: number;
  /** Measured RSS "after warm-up" is taken this long after the start (default: a fifth of the run, at most 2 min). */
  warmupMinutes: number;
  /** Pause between cycles; each cycle waits for all its answers first, so the load stays steady, never piles up. */
  pauseMs: number;
  /** A cycle not finished in this time counts as an error. */
  cycleTimeoutMs: number;
  signingSecret: string;
  botToken: string;
}

export const DEFAULT_SOAK: Omit<SoakOptions, 'minutes' | 'signingSecret' | 'botToken'> = { warmupMinutes: 2, pauseMs: 250, cycleTimeoutMs: 60_000 };

export interface SoakResult {
  minutes: number;
  cycles: number;
  requests: { mentions: number; drafts: number; feedbackClicks: number };
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  errors: { http: number; timeouts: number; apologies: number; crashes: string[] };
  rssMB: { start: number; afterWarmup: number; end: number; minAfterWarmup: number; maxAfterWarmup: number };
  /** (end − after warm-up) / after warm-up, in percent. */
  rssDriftPercent: number;
  heapUsedMB: { afterWarmup: number; end: number };
  loadAverage: { start: number[]; end: number[] };
  samples: { minute: number; rssMB: number; heapUsedMB: number }[];
}

const QUESTIONS = ['老旧小区改造的内容分成哪几类？', '老旧小区改造资金如何分担？', '加装电梯有哪些支持政策？', '牡丹江2022年计划改造多少个老旧小区项目？'];
const PROPOSALS = [
  '关于加强老旧小区改造后长效管理的提案\n提案人：赵丽委员\n老旧小区改造后缺乏物业服务。建议：一是建立长效管理机制；二是推动专业化物业服务进入老旧小区；三是简化维修资金使用程序。',
  '关于推进老旧小区停车设施建设的建议\n领衔代表：王燕\n具体建议如下：\n1. 挖潜增加停车泊位。\n2. 推行错时共享停车。',
];

/** A persistent client in a worker thread (its own event loop, like Slack's servers): signs, sends, times the ack. */
const CLIENT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { performance } = require('node:perf_hooks');
parentPort.on('message', async ({ id, contentType, body }) => {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', workerData.secret).update('v0:' + timestamp + ':' + body).digest('hex');
  const t0 = performance.now();
  try {
    const res = await fetch(workerData.endpoint, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      body,
      signal: AbortSignal.timeout(10000),
    });
    await res.arrayBuffer();
    parentPort.postMessage({ id, ms: performance.now() - t0, status: res.status });
  } catch (err) {
    parentPort.postMessage({ id, ms: performance.now() - t0, status: 0, error: String((err && err.message) || err) });
  }
});
`;

interface Ack {
  id: number;
  ms: number;
  status: number;
  error?: string;
}

function startClient(endpoint: string, secret: string) {
  const worker = new Worker(CLIENT_SOURCE, { eval: true, workerData: { endpoint, secret } });
  const waiting = new Map<number, (ack: Ack) => void>();
  worker.on('message', (ack: Ack) => {
    waiting.get(ack.id)?.(ack);
    waiting.delete(ack.id);
  });
  let nextId = 0;
  return {
    send(contentType: string, body: string): Promise<Ack> {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, contentType, body });
      });
    },
    stop: () => worker.terminate(),
  };
}

/** A GC before each reading, so RSS shows memory still held rather than garbage not yet collected. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function memory(): { rssMB: number; heapUsedMB: number } {
  collectGarbage();
  const m = process.memoryUsage();
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed) };
}

async function until(predicate: () => boolean, deadline: number): Promise<boolean> {
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

const repliesIn = (calls: FakeSlackCall[], channel: string, method = 'chat.postMessage') =>
  calls.filter((c) => c.method === method && c.status === 200 && c.body?.channel === channel);

interface CycleOutcome {
  acks: Ack[];
  timedOut: boolean;
  apologies: number;
}

/** One cycle: two questions and one full draft at once, then a 👍 on the first answer; waits for every reply. */
async function runCycle(n: number, slack: FakeSlack, client: ReturnType<typeof startClient>, timeoutMs: number): Promise<CycleOutcome> {
  const deadline = performance.now() + timeoutMs;
  const channels = [`CSOAK${n}Q1`, `CSOAK${n}Q2`];
  const draftChannel = `CSOAK${n}D`;
  const mention = (channel: string, i: number) => {
    const ts = `${1_700_000_000 + n}.${String(i).padStart(6, '0')}`;
    const event = { type: 'app_mention', user: `USOAK${n % 20}`, text: `<@${slack.botUserId}> ${QUESTIONS[(n + i) % QUESTIONS.length]}`, ts, event_ts: ts, channel, channel_type: 'channel' };
    return client.send(JSON_TYPE, JSON.stringify(eventEnvelope(event, slack.botUserId, `EvSOAK${n}-${i}`)));
  };
  const draft = client.send(
    FORM,
    commandForm({ command: '/draft-reply', text: PROPOSALS[n % PROPOSALS.length], channel: draftChannel, user: `USOAK${n % 20}`, responseUrl: slack.responseUrl(`soak-${n}`) }),
  );
  const acks = await Promise.all([mention(channels[0], 1), mention(channels[1], 2), draft]);

  let timedOut = !(await until(() => channels.every((c) => repliesIn(slack.calls, c).length > 0), deadline));
  const answer = repliesIn(slack.calls, channels[0])[0];
  const feedback = (answer?.body?.blocks as any[] | undefined)?.find((b) => b.type === 'context_actions')?.elements?.[0];
  if (feedback) {
    const click = interactionForm({
      type: 'block_actions',
      user: { id: `USOAK${n % 20}`, team_id: 'T0FAKE' },
      team: { id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      trigger_id: `trigger.soak.${n}`,
      channel: { id: channels[0] },
      container: { type: 'message', channel_id: channels[0], message_ts: answer.response?.ts ?? '1' },
      actions: [{ type: 'feedback_buttons', action_id: feedback.action_id, block_id: 'fb', value: feedback.positive_button.value, action_ts: '1' }],
    });
    acks.push(await client.send(FORM, click));
    timedOut ||= !(await until(() => repliesIn(slack.calls, channels[0], 'chat.postEphemeral').some((c) => c.body.text === TEXT.feedbackThanks), deadline));
  } else {
    timedOut = true;
  }
  timedOut ||= !(await until(() => slack.calls.some((c) => c.method === 'files.completeUploadExternal' && c.body?.channel_id === draftChannel), deadline));
  const apologies = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body?.text === TEXT.error).length;
  return { acks, timedOut, apologies };
}

/** Runs the soak for `options.minutes` (bounded: it stops by itself) and returns its figures. */
export async function runSoak(services: Services, options: SoakOptions, logger: Logger): Promise<SoakResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'reply-desk-soak-'));
  const feedbackStore = openFeedbackStore(dataDir);
  const slack = await startFakeSlack({});
  const app = createSlackApp(services, { mode: 'http', token: options.botToken, signingSecret: options.signingSecret, slackApiUrl: slack.url, feedbackStore });
  const crashes: string[] = [];
  const onCrash = (err: unknown) => void crashes.push(err instanceof Error ? err.message : String(err));
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  const server = await app.start(0, '127.0.0.1');
  const { port } = server!.address() as { port: number };
  const client = startClient(`http://127.0.0.1:${port}/slack/events`, options.signingSecret);

  const loadStart = loadavg().map((l) => Math.round(l * 100) / 100);
  const start = memory();
  const started = performance.now();
  const endAt = started + options.minutes * 60_000;
  const warmupAt = started + Math.min(options.warmupMinutes, options.minutes / 5) * 60_000;
  let afterWarmup: { rssMB: number; heapUsedMB: number } | null = null;
  const samples: SoakResult['samples'] = [];
  let nextSample = started;
  const acks: number[] = [];
  const requests = { mentions: 0, drafts: 0, feedbackClicks: 0 };
  const errors = { http: 0, timeouts: 0, apologies: 0, crashes };
  let cycles = 0;
  let end = start;
  try {
    while (performance.now() < endAt) {
      const outcome = await runCycle(cycles, slack, client, options.cycleTimeoutMs);
      cycles++;
      requests.mentions += 2;
      requests.drafts += 1;
      requests.feedbackClicks += outcome.acks.length - 3;
      for (const ack of outcome.acks) {
        if (ack.status === 200) acks.push(ack.ms);
        else errors.http++;
      }
      if (outcome.timedOut) errors.timeouts++;
      errors.apologies += outcome.apologies;
      // The fake Slack's own records are the harness's memory, not the app's: cleared after each cycle.
      slack.calls.length = 0;
      slack.uploads.clear();
      const now = performance.now();
      if (!afterWarmup && now >= warmupAt) afterWarmup = memory();
      if (now >= nextSample) {
        samples.push({ minute: Math.round(((now - started) / 60_000) * 10) / 10, ...memory() });
        nextSample = now + 30_000;
        logger.info({ cycles, rssMB: samples.at(-1)!.rssMB }, 'soak progress');
        process.stderr.write(`[soak] ${samples.at(-1)!.minute} min: ${cycles} cycles, RSS ${samples.at(-1)!.rssMB} MB\n`);
      }
      await sleep(options.pauseMs);
    }
    // Read while the app is still up: teardown frees its caches and would flatter the figure.
    end = memory();
  } finally {
    await client.stop();
    await app.stop();
    await slack.close();
    feedbackStore.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
  }
  const warm = afterWarmup ?? start;
  const afterWarmupSamples = samples.filter((s) => s.minute * 60_000 >= warmupAt - started).map((s) => s.rssMB);
  return {
    minutes: options.minutes,
    cycles,
    requests,
    ackP50Ms: percentile(acks, 50),
    ackP99Ms: percentile(acks, 99),
    errors,
    rssMB: {
      start: start.rssMB,
      afterWarmup: warm.rssMB,
      end: end.rssMB,
      minAfterWarmup: Math.min(warm.rssMB, end.rssMB, ...afterWarmupSamples),
      maxAfterWarmup: Math.max(warm.rssMB, end.rssMB, ...afterWarmupSamples),
    },
    rssDriftPercent: Math.round(((end.rssMB - warm.rssMB) / warm.rssMB) * 1000) / 10,
    heapUsedMB: { afterWarmup: warm.heapUsedMB, end: end.heapUsedMB },
    loadAverage: { start: loadStart, end: loadavg().map((l) => Math.round(l * 100) / 100) },
    samples,
  };
}

/** Holds when RSS stayed within 10 % of its after-warm-up value and nothing failed. */
export function soakHealthy(r: SoakResult): boolean {
  const errors = r.errors.http + r.errors.timeouts + r.errors.apologies + r.errors.crashes.length;
  return errors === 0 && Math.abs(r.rssDriftPercent) <= 10 && r.rssMB.maxAfterWarmup <= r.rssMB.afterWarmup * 1.1;
}

export function renderSoak(r: SoakResult): string {
  const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);
  return [
    `== npm run load -- --soak ${r.minutes}: ${r.cycles} cycles (${r.requests.mentions} questions, ${r.requests.drafts} drafts with .docx, ${r.requests.feedbackClicks} 👍 clicks) ==`,
    `RSS start / after warm-up / end   ${r.rssMB.start} / ${r.rssMB.afterWarmup} / ${r.rssMB.end} MB (drift ${r.rssDriftPercent} %, range after warm-up ${r.rssMB.minAfterWarmup}–${r.rssMB.maxAfterWarmup} MB)`,
    `heap used after warm-up / end     ${r.heapUsedMB.afterWarmup} / ${r.heapUsedMB.end} MB`,
    `ack p50 / p99                     ${ms(r.ackP50Ms)} / ${ms(r.ackP99Ms)}`,
    `errors (HTTP / timeouts / apologies / crashes)  ${r.errors.http} / ${r.errors.timeouts} / ${r.errors.apologies} / ${r.errors.crashes.length}`,
    `load average (1/5/15 min) start → end  ${r.loadAverage.start.join(' ')} → ${r.loadAverage.end.join(' ')}`,
    `verdict: ${soakHealthy(r) ? 'RSS held within 10 % after warm-up, no errors' : 'NOT healthy (see above)'}`,
  ].join('\n');
}
