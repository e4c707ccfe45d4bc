// The Slack app with its heavy work on a real worker thread: a full queue gets a polite busy reply, a crashed thread
// costs one apology and is restarted, and an index change reaches the thread before its next answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../src/slack/app.js';
import { TEXT } from '../src/slack/blocks.js';
import { buildIndex, openSearcher } from '../src/retrieval/index.js';
import { createTestServices, type TestServices } from './support/services.js';
import { startFakeSlack, type FakeSlack } from './support/fakeSlack.js';
import { eventEnvelope, JSON_TYPE, postSigned } from './support/slackRequests.js';
import { BUSY_MARKER, CRASH_MARKER, FAULTY_WORKER } from './support/faults.js';

const SECRET = 'pool-signing-secret';
const QUESTION = '老旧小区改造的内容分成哪几类？';

let ts: TestServices;
let slack: FakeSlack;
const logLines: Record<string, unknown>[] = [];
const running: SlackApp[] = [];

async function startApp(workOptions: SlackAppOptions['workOptions']): Promise<string> {
  const app = createSlackApp(ts.services, { mode: 'http', token: 'xoxb-pool', signingSecret: SECRET, slackApiUrl: slack.url, workOptions });
  running.push(app);
  const server = await app.start(0, '127.0.0.1');
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
}

let stamp = 1_700_100_000;
function mention(endpoint: string, channel: string, question: string) {
  const messageTs = `${stamp++}.000100`;
  const event = { type: 'app_mention', user: 'U0POOL', text: `<@${slack.botUserId}> ${question}`, ts: messageTs, event_ts: messageTs, channel };
  return postSigned(endpoint, JSON.stringify(eventEnvelope(event, slack.botUserId, `Ev${channel}${messageTs}`)), JSON_TYPE, { secret: SECRET });
}

const repliesIn = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === channel);
const textOf = (channel: string) => repliesIn(channel).map((c) => String(c.body.text));

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  ts = await createTestServices({ env: { WORKER_THREADS: '1' }, logger });
  slack = await startFakeSlack();
});

afterAll(async () => {
  for (const app of running) await app.stop();
  await slack?.close();
  await ts?.cleanup();
});

describe('Slack work on a worker thread', () => {
  it('answers a crashed request with an apology, logs the crash, restarts the thread and answers the next request', async () => {
    const endpoint = await startApp({ threads: 1, entry: FAULTY_WORKER });
    expect((await mention(endpoint, 'C0CRASH', `${CRASH_MARKER}${QUESTION}`)).status).toBe(200);
    await slack.waitFor(() => repliesIn('C0CRASH').length > 0);
    expect(textOf('C0CRASH')).toEqual([TEXT.error]);
    expect(logLines.some((l) => l.exitCode === 70 && String(l.msg).includes('work thread exited'))).toBe(true);

    expect((await mention(endpoint, 'C0AFTER', QUESTION)).status).toBe(200);
    await slack.waitFor(() => repliesIn('C0AFTER').length > 0, 60_000);
    const [answer] = repliesIn('C0AFTER');
    expect(answer.body.text).not.toBe(TEXT.error);
    expect(JSON.stringify(answer.body.blocks)).toMatch(/基础类/);
    expect(repliesIn('C0CRASH')).toHaveLength(1);
  });

  it('with the queue full, tells the extra askers in Chinese to try again, and answers everyone else: nothing lost', async () => {
    const endpoint = await startApp({ threads: 1, maxQueued: 1, entry: FAULTY_WORKER });
    // The first question holds the only thread; of the next three, one fits in the queue and two are refused.
    expect((await mention(endpoint, 'C0BUSY0', `${BUSY_MARKER}${QUESTION}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const channels = ['C0BUSY1', 'C0BUSY2', 'C0BUSY3'];
    const acks = await Promise.all(channels.map((c) => mention(endpoint, c, QUESTION)));
    expect(acks.map((r) => r.status)).toEqual([200, 200, 200]);
    const all = ['C0BUSY0', ...channels];
    await slack.waitFor(() => all.every((c) => repliesIn(c).length > 0), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(all.map((c) => repliesIn(c).length)).toEqual([1, 1, 1, 1]);
    const busy = channels.filter((c) => textOf(c)[0] === TEXT.busy);
    expect(busy).toHaveLength(2);
    expect(TEXT.busy).toMatch(/请.*再试/);
    expect([TEXT.busy, TEXT.error]).not.toContain(textOf('C0BUSY0')[0]);
    const queued = channels.find((c) => !busy.includes(c))!;
    expect(JSON.stringify(repliesIn(queued)[0].body.blocks)).toMatch(/基础类/);
  });

  it('reloads the index in the thread after a document is added, before answering from it', async () => {
    const endpoint = await startApp({ threads: 1 });
    const question = '雨水花园试点选定了多少个小区？';
    await mention(endpoint, 'C0BEFORE', question);
    await slack.waitFor(() => repliesIn('C0BEFORE').length > 0, 60_000);
    expect(JSON.stringify(repliesIn('C0BEFORE')[0].body)).not.toContain('雨水花园试点工作的答复');

    const doc = [
      '---',
      'title: "关于推进雨水花园试点工作的答复"',
      'kind: "reply"',
      '---',
      '',
      '关于推进雨水花园试点工作的答复',
      '',
      '一、试点进展',
      '我局会同有关部门推进雨水花园试点，试点共选定17个小区，计划于明年汛期前全部建成。',
    ].join('\n');
    await writeFile(path.join(ts.config.corpusDir, 'replies', 'yushui_huayuan_test.txt'), doc);
    // What the library does after an upload: update the index, switch this process to it, and tell the work threads.
    const { config, logger, embeddings } = ts.services;
    await buildIndex({ config, logger, embeddings });
    ts.services.search = await openSearcher({ config, logger, embeddings });
    await running.at(-1)!.work.reload();

    await mention(endpoint, 'C0AFTERDOC', question);
    await slack.waitFor(() => repliesIn('C0AFTERDOC').length > 0, 60_000);
    const [answer] = repliesIn('C0AFTERDOC');
    expect(String(answer.body.text)).toContain('17');
    expect(JSON.stringify(answer.body.blocks)).toContain('雨水花园试点工作的答复');
  });
});
