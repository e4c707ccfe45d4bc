// With a model configured: answers stream into Slack (chat.startStream/appendStream/stopStream) with sources and
// feedback attached at stop; without streaming the answer is posted; a failed model call is answered offline.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createSlackApp, type SlackApp } from '../src/slack/app.js';
import { openFeedbackStore } from '../src/feedback/store.js';
import { createTestServices, type TestServices } from './support/services.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from './support/fakeOpenAI.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from './support/fakeSlack.js';
import { eventEnvelope, JSON_TYPE, postSigned } from './support/slackRequests.js';

const SECRET = 'stream-secret';
const QUESTION = '许昌2019年完成了多少个老庭院的改造提升？';
let reply: () => FakeReply = () => ({ content: 'OK' });
let model: FakeOpenAI;
let ts: TestServices;
const apps: SlackApp[] = [];
const fakes: FakeSlack[] = [];

async function appWith(fake: FakeSlack): Promise<string> {
  const app = createSlackApp(ts.services, { mode: 'http', token: 'xoxb-s', signingSecret: SECRET, slackApiUrl: fake.url, feedbackStore: openFeedbackStore(':memory:') });
  apps.push(app);
  const server = await app.start(0, '127.0.0.1');
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
}

function mention(url: string, fake: FakeSlack, channel: string) {
  const event = { type: 'app_mention', user: 'U0S', text: `<@${fake.botUserId}> ${QUESTION}`, ts: '1700001000.000100', channel };
  return postSigned(url, JSON.stringify(eventEnvelope(event, fake.botUserId)), JSON_TYPE, { secret: SECRET });
}

const streamedText = (calls: FakeSlackCall[]) =>
  calls
    .filter((c) => ['chat.startStream', 'chat.appendStream', 'chat.stopStream'].includes(c.method))
    .flatMap((c) => (Array.isArray(c.body.chunks) ? c.body.chunks : []))
    .map((chunk: { text?: string }) => chunk.text ?? '')
    .join('');

beforeAll(async () => {
  model = await startFakeOpenAI({ chat: () => reply() });
  // The answer is made (and streamed) on a real worker thread.
  ts = await createTestServices({ env: { OPENAI_BASE_URL: model.baseURL, LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0', WORKER_THREADS: '1' } });
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  for (const fake of fakes) await fake.close();
  await ts?.cleanup();
  await model?.close();
});
beforeEach(() => {
  reply = () => ({ chunks: ['许昌2019年', '完成了434个', '老庭院改造提升目标任务[', '1]。'] });
});

describe('answers with the LLM engine in Slack', () => {
  it('streams the answer into the thread and attaches sources and feedback buttons at stop', async () => {
    const fake = await startFakeSlack();
    fakes.push(fake);
    const url = await appWith(fake);
    expect((await mention(url, fake, 'C0STREAM')).status).toBe(200);
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.stopStream'));
    const start = fake.callsTo('chat.startStream')[0];
    expect(start.body).toMatchObject({ channel: 'C0STREAM', thread_ts: '1700001000.000100', recipient_team_id: 'T0FAKE', recipient_user_id: 'U0S' });
    expect(streamedText(fake.calls)).toBe('许昌2019年完成了434个老庭院改造提升目标任务[1]。');
    const stop = fake.callsTo('chat.stopStream')[0];
    const blocks = JSON.stringify(stop.body.blocks);
    expect(blocks).toContain('[1] 对市七届政协四次会议第104号提案的答复');
    expect(stop.body.blocks.at(-1).type).toBe('context_actions');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('posts the whole answer when the workspace cannot stream', async () => {
    const fake = await startFakeSlack({ streaming: false });
    fakes.push(fake);
    const url = await appWith(fake);
    await mention(url, fake, 'C0NOSTREAM');
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const [post] = fake.callsTo('chat.postMessage');
    expect(post.body.thread_ts).toBe('1700001000.000100');
    expect(post.body.blocks[0]).toEqual({ type: 'markdown', text: '许昌2019年完成了434个老庭院改造提升目标任务[1]。' });
    expect(JSON.stringify(post.body.blocks)).toContain('来源（1）');
  });

  it('answers offline with a notice when the model fails, replacing what was streamed', async () => {
    reply = () => ({ status: 500, message: 'model down' });
    const fake = await startFakeSlack();
    fakes.push(fake);
    const url = await appWith(fake);
    await mention(url, fake, 'C0FAIL');
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.update'));
    const update = fake.callsTo('chat.update').at(-1)!;
    const blocks = update.body.blocks as { type: string; text?: string; elements?: { text: string }[] }[];
    expect(blocks[0].type).toBe('markdown');
    expect(blocks[0].text).toMatch(/434/);
    expect(blocks.some((b) => b.type === 'context' && b.elements?.[0].text.startsWith('⚠️'))).toBe(true);
    expect(update.body.ts).toBe(fake.callsTo('chat.startStream')[0].response.ts);
  });
});
