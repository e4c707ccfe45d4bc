// End to end over HTTP on 127.0.0.1: signed requests → Bolt app (real services over a temp corpus) → fake Slack Web API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createSlackApp, type SlackApp } from '../src/slack/app.js';
import { openFeedbackStore, type FeedbackStore } from '../src/feedback/store.js';
import { DRAFT_MODAL_CALLBACK_ID, DRAFT_SHORTCUT_CALLBACK_ID, FEEDBACK_COMMENT_CALLBACK_ID, STATUS_SEARCHING, TEXT } from '../src/slack/blocks.js';
import { createTestServices, type TestServices } from './support/services.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from './support/fakeSlack.js';
import { commandForm, eventEnvelope, FORM, interactionForm, JSON_TYPE, postSigned } from './support/slackRequests.js';

const SECRET = 'e2e-signing-secret';
const TOKEN = 'xoxb-e2e-token';
const PROPOSAL = [
  '关于加强老旧小区改造后长效管理的提案',
  '提案人：赵丽委员',
  '老旧小区改造后缺乏物业服务，设施损坏无人维修。建议：一是建立长效管理机制；二是推动专业化物业服务进入老旧小区；三是简化维修资金使用程序。',
].join('\n');

let ts: TestServices;
let slack: FakeSlack;
let store: FeedbackStore;
let bot: SlackApp;
let endpoint: string;

async function startApp(services: TestServices['services'], feedbackStore: FeedbackStore, fake: FakeSlack) {
  const app = createSlackApp(services, { mode: 'http', token: TOKEN, signingSecret: SECRET, slackApiUrl: fake.url, feedbackStore });
  const server = await app.start(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events` };
}

const sendEvent = (event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) =>
  postSigned(endpoint, JSON.stringify(eventEnvelope(event, slack.botUserId, eventId)), JSON_TYPE, { secret: SECRET, headers });

const postsTo = (channel: string, calls: FakeSlackCall[] = slack.calls) =>
  calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === channel);

const blockText = (call: FakeSlackCall): string => JSON.stringify(call.body.blocks ?? []);

function markdownOf(call: FakeSlackCall): string {
  return (call.body.blocks as { type: string; text?: string }[]).filter((b) => b.type === 'markdown').map((b) => b.text).join('\n');
}

beforeAll(async () => {
  // One real worker thread does the answering, drafting and .docx rendering, as in production.
  ts = await createTestServices({ env: { WORKER_THREADS: '1' } });
  slack = await startFakeSlack();
  store = openFeedbackStore(path.join(ts.dir, 'data'));
  ({ app: bot, url: endpoint } = await startApp(ts.services, store, slack));
});

afterAll(async () => {
  await bot?.stop();
  store?.close();
  await slack?.close();
  await ts?.cleanup();
});

describe('Slack app over HTTP', () => {
  it('acks a slash command before the draft is done, then posts the draft with its headings and uploads the .docx to its thread', async () => {
    const release = slack.hold('chat.postMessage');
    let res: Response;
    try {
      res = await postSigned(endpoint, commandForm({ command: '/draft-reply', text: PROPOSAL, channel: 'C0DRAFT', user: 'U0A' }), FORM, { secret: SECRET });
      // The HTTP answer came back while the draft could not yet have been delivered (its postMessage is held).
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('正在起草');
    } finally {
      release();
    }
    await slack.waitFor((calls) => calls.some((c) => c.method === 'files.completeUploadExternal'));
    const [draft] = postsTo('C0DRAFT');
    const md = markdownOf(draft);
    expect(md).toContain('提案的答复');
    expect(md).toContain('赵丽委员：');
    expect(md).toMatch(/\*\*一、关于建立长效管理机制的建议\*\*/);
    expect(md).toMatch(/下步工作安排/);
    expect(draft.body.thread_ts).toBeUndefined();

    const draftTs = draft.response.ts;
    const complete = slack.callsTo('files.completeUploadExternal').at(-1)!;
    expect(complete.body.channel_id).toBe('C0DRAFT');
    expect(complete.body.thread_ts).toBe(draftTs);
    const getUrl = slack.callsTo('files.getUploadURLExternal').at(-1)!;
    expect(String(getUrl.body.filename)).toMatch(/\.docx$/);
    const uploaded = slack.uploads.get(complete.body.files[0].id)!;
    expect(uploaded.includes(Buffer.from('PK\u0003\u0004', 'latin1'))).toBe(true); // a zip (.docx) arrived
  });

  it('answers an @mention in its thread, with the answer as a markdown block, its sources and feedback buttons', async () => {
    const res = await sendEvent({
      type: 'app_mention',
      user: 'U0A',
      text: `<@${slack.botUserId}> 老旧小区改造的内容分成哪几类？`,
      ts: '1700000100.000100',
      channel: 'C0ASK',
      event_ts: '1700000100.000100',
    });
    expect(res.status).toBe(200);
    await slack.waitFor(() => postsTo('C0ASK').length > 0);
    const [answer] = postsTo('C0ASK');
    expect(answer.body.thread_ts).toBe('1700000100.000100');
    const blocks = answer.body.blocks as { type: string; elements?: { text?: string; type: string }[] }[];
    expect(blocks[0].type).toBe('markdown');
    expect(markdownOf(answer)).toMatch(/基础类/);
    const sources = blocks.find((b) => b.type === 'context' && b.elements?.some((e) => e.text?.startsWith('来源')));
    expect(sources?.elements?.[1]?.text).toMatch(/^\[1\] .*老旧小区/);
    expect(blocks.at(-1)!.type).toBe('context_actions');
  });

  it('stores a 👍 click with the question, and a 👎 click with the comment typed into its modal', async () => {
    await sendEvent({ type: 'app_mention', user: 'U0B', text: `<@${slack.botUserId}> 老旧小区改造包括哪些内容？`, ts: '1700000200.000100', channel: 'C0FB' });
    await slack.waitFor(() => postsTo('C0FB').length > 0);
    const feedback = (postsTo('C0FB')[0].body.blocks as any[]).find((b) => b.type === 'context_actions').elements[0];
    const click = (value: string, user: string) =>
      postSigned(
        endpoint,
        interactionForm({
          type: 'block_actions',
          user: { id: user, team_id: 'T0FAKE' },
          team: { id: 'T0FAKE' },
          api_app_id: 'A0FAKE',
          trigger_id: `trigger.${user}`,
          channel: { id: 'C0FB' },
          container: { type: 'message', channel_id: 'C0FB', message_ts: '1' },
          actions: [{ type: 'feedback_buttons', action_id: feedback.action_id, block_id: 'fb', value, action_ts: '1' }],
        }),
        FORM,
        { secret: SECRET },
      );
    expect((await click(feedback.positive_button.value, 'U0B')).status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral' && c.body.text === TEXT.feedbackThanks));
    expect((await click(feedback.negative_button.value, 'U0C')).status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'views.open' && c.body.view.callback_id === FEEDBACK_COMMENT_CALLBACK_ID));
    const modal = slack.callsTo('views.open').at(-1)!.body.view;
    const submit = await postSigned(
      endpoint,
      interactionForm({
        type: 'view_submission',
        user: { id: 'U0C', team_id: 'T0FAKE' },
        team: { id: 'T0FAKE' },
        api_app_id: 'A0FAKE',
        view: { ...modal, id: 'V1', state: { values: { comment: { value: { type: 'plain_text_input', value: '没有说明各级财政的比例' } } } } },
      }),
      FORM,
      { secret: SECRET },
    );
    expect(submit.status).toBe(200);
    const entries = () => store.entries().filter((e) => e.question === '老旧小区改造包括哪些内容？');
    await waitUntil(() => entries().some((e) => e.comment));
    const byRating = Object.fromEntries(entries().map((e) => [e.rating, e]));
    expect(byRating.up.feedbackUser).toBe('U0B');
    expect(byRating.up.answer).toBe(markdownOf(postsTo('C0FB')[0]).trim());
    const shownSources = (postsTo('C0FB')[0].body.blocks as any[])
      .filter((b) => b.type === 'context')
      .flatMap((b) => b.elements.map((e: { text: string }) => e.text))
      .filter((t: string) => /^\[\d+\] /.test(t));
    expect(byRating.up.sources).toEqual(shownSources);
    expect(byRating.down.comment).toBe('没有说明各级财政的比例');
  });

  it('answers a DM follow-up with the thread history as conversation, showing status in the assistant pane', async () => {
    const thread = '1700000300.000100';
    slack.setThread('D0FOLLOW', thread, [
      { user: 'U0D', text: '牡丹江市2022年老旧小区改造实施方案有哪些内容？', ts: thread },
      { user: slack.botUserId, bot_id: 'B0BOT', text: '（上一条回答）', ts: '1700000301.000100' },
      { user: 'U0D', text: '计划改造多少个小区？', ts: '1700000302.000100' },
    ]);
    await sendEvent({
      type: 'message',
      channel: 'D0FOLLOW',
      channel_type: 'im',
      user: 'U0D',
      text: '计划改造多少个小区？',
      ts: '1700000302.000100',
      thread_ts: thread,
    });
    await slack.waitFor(() => postsTo('D0FOLLOW').length > 0);
    const replies = slack.callsTo('conversations.replies').find((c) => c.body.channel === 'D0FOLLOW');
    expect(replies?.body.ts).toBe(thread);
    const [answer] = postsTo('D0FOLLOW');
    expect(answer.body.thread_ts).toBe(thread);
    // "牡丹江" is only in the history: the sources show the follow-up was understood in its context.
    expect(blockText(answer)).toContain('牡丹江');
    const status = slack.callsTo('assistant.threads.setStatus').find((c) => c.body.channel_id === 'D0FOLLOW');
    expect(status?.body.status).toBe(STATUS_SEARCHING);
  });

  it('rejects a bad signature and a stale timestamp with 401 and calls no Web API method', async () => {
    const before = slack.calls.length;
    const body = JSON.stringify(eventEnvelope({ type: 'app_mention', user: 'U0A', text: '老旧小区', ts: '1.1', channel: 'C0BAD' }, slack.botUserId));
    const bad = await postSigned(endpoint, body, JSON_TYPE, { secret: SECRET, signWith: 'not-the-secret' });
    const stale = await postSigned(endpoint, body, JSON_TYPE, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(bad.status).toBe(401);
    expect(stale.status).toBe(401);
    // A later, valid request is answered; nothing in between came from the rejected ones.
    await sendEvent({ type: 'app_mention', user: 'U0A', text: `<@${slack.botUserId}>`, ts: '1700000400.000100', channel: 'C0AFTER' });
    await slack.waitFor(() => postsTo('C0AFTER').length > 0);
    expect(slack.calls.slice(before).filter((c) => c.body?.channel !== 'C0AFTER')).toEqual([]);
    expect(postsTo('C0AFTER')[0].body.text).toBe(TEXT.help); // an empty mention gets the help text
  });

  it('answers a load balancer health check without touching Slack', async () => {
    const before = slack.calls.length;
    const res = await fetch(endpoint.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect(slack.calls.length).toBe(before);
  });

  it('answers a retried or duplicated event once', async () => {
    const event = { type: 'app_mention', user: 'U0A', text: `<@${slack.botUserId}> 加装电梯有哪些支持政策？`, ts: '1700000500.000100', channel: 'C0RETRY' };
    expect((await sendEvent(event, 'EvRETRY1')).status).toBe(200);
    await slack.waitFor(() => postsTo('C0RETRY').length > 0);
    const retry = await sendEvent(event, 'EvRETRY1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    expect((await sendEvent(event, 'EvRETRY1')).status).toBe(200);
    // A later event is answered; by then a second answer to the retried one would have been posted too.
    await sendEvent({ ...event, channel: 'C0RETRY2', ts: '1700000501.000100' }, 'EvRETRY2');
    await slack.waitFor(() => postsTo('C0RETRY2').length > 0);
    expect(postsTo('C0RETRY')).toHaveLength(1);
  });

  it('gives a 60,000-character paste a clear limit message', async () => {
    await sendEvent({ type: 'message', channel: 'D0LONG', channel_type: 'im', user: 'U0A', text: '老'.repeat(60_000), ts: '1700000600.000100' });
    await slack.waitFor(() => postsTo('D0LONG').length > 0);
    const [reply] = postsTo('D0LONG');
    expect(reply.body.text).toMatch(/内容过长（60000 字），超过 2000 字/);
    expect(reply.body.blocks).toBeUndefined();
  });

  it('drafts from a .txt shared in the DM with 起草 (downloaded with the bot token) and refuses other file types', async () => {
    const url = slack.addFile('proposal.txt', PROPOSAL);
    await sendEvent({
      type: 'message',
      subtype: 'file_share',
      channel: 'D0FILE',
      channel_type: 'im',
      user: 'U0A',
      text: '请起草答复',
      ts: '1700000700.000100',
      files: [{ id: 'F1', name: 'proposal.txt', size: Buffer.byteLength(PROPOSAL), url_private: url, url_private_download: url }],
    });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'files.completeUploadExternal' && c.body.channel_id === 'D0FILE'));
    const download = slack.callsTo('file.download').find((c) => c.body.name === 'proposal.txt')!;
    expect(download.authorization).toBe(`Bearer ${TOKEN}`);
    expect(markdownOf(postsTo('D0FILE')[0])).toContain('赵丽委员：');

    const image = slack.addFile('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await sendEvent({
      type: 'message',
      subtype: 'file_share',
      channel: 'D0PNG',
      channel_type: 'im',
      user: 'U0A',
      text: '起草',
      ts: '1700000701.000100',
      files: [{ id: 'F2', name: 'photo.png', size: 4, url_private: image }],
    });
    await slack.waitFor(() => postsTo('D0PNG').length > 0);
    expect(postsTo('D0PNG').map((c) => c.body.text)).toEqual([TEXT.unsupportedFile]);
    expect(slack.callsTo('file.download').some((c) => c.body.name === 'photo.png')).toBe(false);
  });

  it('reads slash command text as the user typed it, not Slack’s escaped form', async () => {
    const escaped = PROPOSAL.replace('简化维修资金', '简化水&amp;电维修资金').replace('提案人：', '<@U0OTHER> 提案人：');
    const res = await postSigned(endpoint, commandForm({ command: '/reply-outline', text: escaped, channel: 'C0ESC', user: 'U0A' }), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    await slack.waitFor(() => postsTo('C0ESC').length > 0);
    const posted = JSON.stringify(postsTo('C0ESC').map((c) => c.body));
    expect(posted).toContain('赵丽委员');
    expect(posted).toContain('简化水&电维修资金');
    expect(posted).not.toMatch(/&amp;|U0OTHER/);
  });

  it('opens the modal for a slash command without text and drafts an outline from the submitted fields', async () => {
    const res = await postSigned(endpoint, commandForm({ command: '/reply-outline', text: '', channel: 'C0MODAL', user: 'U0A' }), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'views.open' && c.body.view.callback_id === DRAFT_MODAL_CALLBACK_ID));
    const view = slack.callsTo('views.open').at(-1)!.body.view;
    const [first, second] = [PROPOSAL.slice(0, 40), PROPOSAL.slice(40)];
    const values = {
      title: { value: { type: 'plain_text_input', value: '关于加强老旧小区改造后长效管理的提案' } },
      number: { value: { type: 'plain_text_input', value: '第21号' } },
      meeting: { value: { type: 'plain_text_input', value: '市八届政协二次会议' } },
      proposers: { value: { type: 'plain_text_input', value: '赵丽、钱明' } },
      text_1: { value: { type: 'plain_text_input', value: first } },
      text_2: { value: { type: 'plain_text_input', value: second } },
    };
    const submit = await postSigned(
      endpoint,
      interactionForm({ type: 'view_submission', user: { id: 'U0A', team_id: 'T0FAKE' }, team: { id: 'T0FAKE' }, api_app_id: 'A0FAKE', view: { ...view, id: 'V2', state: { values } } }),
      FORM,
      { secret: SECRET },
    );
    expect(submit.status).toBe(200);
    await slack.waitFor(() => postsTo('C0MODAL').length > 0);
    const md = markdownOf(postsTo('C0MODAL')[0]);
    expect(md).toContain('【提纲】');
    expect(md).toContain('市八届政协二次会议第21号提案');
    expect(md).toContain('赵丽、钱明委员：');
    expect(slack.callsTo('files.completeUploadExternal').some((c) => c.body.channel_id === 'C0MODAL')).toBe(false);
  });

  it('drafts a reply from a message via the 起草答复 shortcut, into that message’s thread', async () => {
    const res = await postSigned(
      endpoint,
      interactionForm({
        type: 'message_action',
        callback_id: DRAFT_SHORTCUT_CALLBACK_ID,
        trigger_id: 'trigger.shortcut',
        user: { id: 'U0A', team_id: 'T0FAKE' },
        team: { id: 'T0FAKE' },
        channel: { id: 'C0SHORT', name: 'proposals' },
        message: { type: 'message', user: 'U0E', text: PROPOSAL, ts: '1700000800.000100' },
        response_url: slack.responseUrl('shortcut'),
      }),
      FORM,
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'files.completeUploadExternal' && c.body.channel_id === 'C0SHORT'));
    const [draft] = postsTo('C0SHORT');
    expect(draft.body.thread_ts).toBe('1700000800.000100');
    expect(markdownOf(draft)).toContain('一、关于建立长效管理机制的建议');
  });
});

describe('allow-lists', () => {
  let fake: FakeSlack;
  let guarded: SlackApp;
  let url: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const config = { ...ts.services.config, ALLOWED_USERS: ['U0OK'] };
    ({ app: guarded, url } = await startApp({ ...ts.services, config }, openFeedbackStore(':memory:'), fake));
  });
  afterAll(async () => {
    await guarded?.stop();
    await fake?.close();
  });

  it('gives a user outside the allow-list the one-line refusal and nothing from the corpus', async () => {
    const body = JSON.stringify(
      eventEnvelope({ type: 'app_mention', user: 'U0NO', text: `<@${fake.botUserId}> 老旧小区改造的内容分成哪几类？`, ts: '1700000900.000100', channel: 'C0GUARD' }, fake.botUserId),
    );
    expect((await postSigned(url, body, JSON_TYPE, { secret: SECRET })).status).toBe(200);
    const command = await postSigned(url, commandForm({ command: '/draft-reply', text: PROPOSAL, channel: 'C0GUARD', user: 'U0NO' }), FORM, { secret: SECRET });
    expect(await command.json()).toMatchObject({ text: TEXT.userNotAllowed });
    // An allowed user's mention afterwards is answered, so the refused one had its chance to be answered too.
    const allowed = JSON.stringify(
      eventEnvelope({ type: 'app_mention', user: 'U0OK', text: `<@${fake.botUserId}> 老旧小区改造的内容分成哪几类？`, ts: '1700000901.000100', channel: 'C0OK' }, fake.botUserId),
    );
    await postSigned(url, allowed, JSON_TYPE, { secret: SECRET });
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0OK'));

    const toGuarded = fake.calls.filter((c) => c.body?.channel === 'C0GUARD' || c.body?.channel_id === 'C0GUARD');
    expect(toGuarded.map((c) => [c.method, c.body.user, c.body.text])).toEqual([['chat.postEphemeral', 'U0NO', TEXT.userNotAllowed]]);
  });
});

async function waitUntil(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Slack rate limits', () => {
  it('retries a chat.postMessage answered with 429 and Retry-After, so the answer still arrives once', async () => {
    const fake = await startFakeSlack({ failRate429: 1 / 2 });
    const app = createSlackApp(ts.services, {
      mode: 'http',
      token: TOKEN,
      signingSecret: SECRET,
      slackApiUrl: fake.url,
      // The client's own backoff, shortened for the test (production keeps the default retry policy).
      clientOptions: { retryConfig: { retries: 3, minTimeout: 5, maxTimeout: 20 } },
    });
    try {
      const server = await app.start(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
      const event = { type: 'app_mention', user: 'U0A', text: `<@${fake.botUserId}> 老旧小区改造的内容分成哪几类？`, ts: '1700001100.000100', channel: 'C0RATE' };
      await postSigned(url, JSON.stringify(eventEnvelope(event, fake.botUserId)), JSON_TYPE, { secret: SECRET });
      await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.status === 200));
      const attempts = fake.callsTo('chat.postMessage');
      expect(attempts.map((c) => c.status)).toEqual([429, 200]);
      expect(attempts[1].body.thread_ts).toBe('1700001100.000100');
    } finally {
      await app.stop();
      await fake.close();
    }
  });

  it('acks a replayed slash command without answering it again, and rejects timestamps 6 minutes old or 10 minutes ahead', async () => {
    const form = commandForm({ command: '/draft-reply', text: '', channel: 'C0REPLAY', user: 'U0A' });
    const timestamp = Math.floor(Date.now() / 1000);
    const modals = () => slack.callsTo('views.open').length;
    const opened = modals();
    const first = await postSigned(endpoint, form, FORM, { secret: SECRET, timestamp });
    expect(first.status).toBe(200);
    await slack.waitFor(() => modals() > opened);
    const replay = await postSigned(endpoint, form, FORM, { secret: SECRET, timestamp });
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    // A later command is handled; by then a second modal for the replay would have been opened too.
    await postSigned(endpoint, commandForm({ command: '/draft-reply', text: '', channel: 'C0REPLAY2', user: 'U0A' }), FORM, { secret: SECRET });
    await slack.waitFor(() => modals() > opened + 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(modals()).toBe(opened + 2);

    const before = slack.calls.length;
    const future = await postSigned(endpoint, form, FORM, { secret: SECRET, timestamp: timestamp + 10 * 60 });
    const past = await postSigned(endpoint, form, FORM, { secret: SECRET, timestamp: timestamp - 6 * 60 });
    expect(future.status).toBe(401);
    expect(past.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.calls.length).toBe(before);
  });
});
