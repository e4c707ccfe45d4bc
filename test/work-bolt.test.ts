// The Bolt process with its heavy work on a work thread: it acks while the thread is stuck, it holds no index of its
// own (answers, the App Home catalog and library updates go through the thread), and the thread never ingests: a
// stale index on disk leaves it answering from the index it has until the Bolt process has updated the one on disk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createSlackApp, type SlackApp } from '../src/slack/app.js';
import { TEXT } from '../src/slack/blocks.js';
import { SearcherHandle } from '../src/retrieval/index.js';
import { createServices, type Services } from '../src/services.js';
import { createTestServices, type TestServices } from './support/services.js';
import { startFakeSlack, type FakeSlack } from './support/fakeSlack.js';
import { commandForm, eventEnvelope, FORM, JSON_TYPE, postSigned } from './support/slackRequests.js';
import { BUSY_MARKER, FAULTY_WORKER } from './support/faults.js';

const SECRET = 'bolt-signing-secret';
const QUESTION = '老旧小区改造的内容分成哪几类？';
const PROPOSAL = '关于加强老旧小区改造后长效管理的提案\n提案人：赵丽委员\n老旧小区改造后缺乏物业服务。建议：一是建立长效管理机制；二是推动专业化物业服务进入老旧小区。';

let ts: TestServices;
/** Services as `npm start` builds them with work threads: the index on disk kept current, none loaded here. */
let bolt: Services;
let slack: FakeSlack;
let app: SlackApp;
let endpoint: string;
const logLines: Record<string, unknown>[] = [];

let stamp = 1_700_200_000;
function mention(channel: string, question: string) {
  const messageTs = `${stamp++}.000100`;
  const event = { type: 'app_mention', user: 'U0BOLT', text: `<@${slack.botUserId}> ${question}`, ts: messageTs, event_ts: messageTs, channel };
  return postSigned(endpoint, JSON.stringify(eventEnvelope(event, slack.botUserId, `Ev${channel}${messageTs}`)), JSON_TYPE, { secret: SECRET });
}

const repliesIn = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === channel);

async function answerIn(channel: string, question: string): Promise<string> {
  expect((await mention(channel, question)).status).toBe(200);
  await slack.waitFor(() => repliesIn(channel).length > 0, 60_000);
  return JSON.stringify(repliesIn(channel)[0].body);
}

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  ts = await createTestServices({ env: { WORKER_THREADS: '1' }, logger });
  bolt = await createServices(ts.config, logger, 'prepare');
  slack = await startFakeSlack();
  app = createSlackApp(bolt, { mode: 'http', token: 'xoxb-bolt', signingSecret: SECRET, slackApiUrl: slack.url, workOptions: { threads: 1, entry: FAULTY_WORKER } });
  const server = await app.start(0, '127.0.0.1');
  endpoint = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await app?.stop();
  await slack?.close();
  await ts?.cleanup();
});

describe('the Bolt process with a work thread', () => {
  it('acks a request while the only work thread is stuck on another, before that one is answered', async () => {
    expect((await mention('C0STUCK', `${BUSY_MARKER}${QUESTION}`)).status).toBe(200);
    // Let the stuck question reach the thread (it is idle, so the pool hands the task over at once).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const form = commandForm({ command: '/draft-reply', text: PROPOSAL, channel: 'C0DRAFT', user: 'U0BOLT', responseUrl: slack.responseUrl('draft') });
    const ack = await postSigned(endpoint, form, FORM, { secret: SECRET });
    const ackedAt = performance.now();
    expect(ack.status).toBe(200);
    expect(((await ack.json()) as { text?: string }).text).toBe(TEXT.drafting);

    await slack.waitFor(() => repliesIn('C0STUCK').length > 0 && repliesIn('C0DRAFT').length > 0, 90_000);
    // The draft's ack came back while the thread was still busy: before the stuck question got its answer, and long
    // before the draft itself (queued behind it) was posted.
    expect(ackedAt).toBeLessThan(repliesIn('C0STUCK')[0].at);
    expect(ackedAt).toBeLessThan(repliesIn('C0DRAFT')[0].at);
    // Both were then answered, not apologised for.
    expect([repliesIn('C0STUCK')[0].body.text, repliesIn('C0DRAFT')[0].body.text]).not.toContain(TEXT.error);
  });

  it('holds no index: answers and the App Home catalog come from the work thread', async () => {
    expect(bolt.search).toBeInstanceOf(SearcherHandle);
    expect((bolt.search as SearcherHandle).loaded).toBe(false);
    expect(await answerIn('C0NOINDEX', QUESTION)).toMatch(/基础类/);

    const event = { type: 'app_home_opened', user: 'U0BOLT', channel: 'D0BOLT', tab: 'home' };
    expect((await postSigned(endpoint, JSON.stringify(eventEnvelope(event, slack.botUserId)), JSON_TYPE, { secret: SECRET })).status).toBe(200);
    await slack.waitFor(() => slack.callsTo('views.publish').length > 0, 30_000);
    const home = JSON.stringify(slack.callsTo('views.publish')[0].body.view);
    expect(home).toContain(`分块：${ts.services.search.size()} 个`);
    expect((bolt.search as SearcherHandle).loaded).toBe(false);
  });

  it('a stale index on disk: the thread keeps answering from its index and says why; it answers from the new one once the Bolt process has updated it', async () => {
    const question = '雨水花园试点选定了多少个小区？';
    const doc = ['关于推进雨水花园试点工作的答复', '', '一、试点进展', '我局会同有关部门推进雨水花园试点，试点共选定17个小区，计划于明年汛期前全部建成。'].join('\n');
    await writeFile(path.join(ts.config.corpusDir, 'replies', 'yushui_huayuan_bolt.txt'), doc);
    const manifest = path.join(ts.config.indexDir, 'manifest.json');
    const manifestBefore = await readFile(manifest, 'utf8');

    // Told to reload while the index on disk is older than the corpus: the thread must not ingest.
    await app.work.reload();
    expect(await readFile(manifest, 'utf8')).toBe(manifestBefore);
    const kept = logLines.find((l) => String(l.msg).includes('work thread kept its index'));
    expect(String(kept?.err)).toContain('语料文件已变化');
    expect(await answerIn('C0STALE', question)).not.toContain('雨水花园试点工作的答复');

    // What the library does after an upload: this process updates the index on disk (without loading it), then the
    // thread reloads.
    const summary = await (bolt.search as SearcherHandle).update();
    expect(summary.added).toEqual(['yushui_huayuan_bolt']);
    expect((bolt.search as SearcherHandle).loaded).toBe(false);
    await app.work.reload();
    const answer = await answerIn('C0FRESH', question);
    expect(answer).toContain('17');
    expect(answer).toContain('雨水花园试点工作的答复');
  });

  it('a damaged index on disk that no thread can load: the Bolt process rebuilds it once at start, then answers', async () => {
    const own = await createTestServices({ env: { WORKER_THREADS: '1' } });
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const target = (await readdir(own.config.indexDir)).find((name) => /^lexical-\d+\.bin$/.test(name))!;
    const bytes = await readFile(path.join(own.config.indexDir, target));
    bytes.fill(0x7b, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 64);
    await writeFile(path.join(own.config.indexDir, target), bytes);
    const damaged = await createSlackApp(await createServices(own.config, logger, 'prepare'), {
      mode: 'http',
      token: 'xoxb-bolt',
      signingSecret: SECRET,
      slackApiUrl: slack.url,
      workOptions: { threads: 1 },
    });
    try {
      const server = await damaged.start(0, '127.0.0.1');
      endpoint = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
      expect(lines.some((l) => String(l.msg).includes('工作线程无法加载索引'))).toBe(true);
      expect(damaged.work.status.ready).toBe(1);
      expect(await answerIn('C0REPAIRED', QUESTION)).toMatch(/基础类/);
    } finally {
      await damaged.stop();
      await own.cleanup();
    }
  });
});
