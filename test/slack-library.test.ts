// The document library from Slack, end to end over HTTP: signed requests → Bolt app (real services and index over a
// temp corpus) → fake Slack Web API (which also serves the uploaded files). Admin uploads with preview and confirm,
// replacement by 文号, refusals, App Home status and removal, the audit log, and per-channel documents.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../src/slack/app.js';
import { openAuditLog, type AuditLog } from '../src/library/audit.js';
import {
  ADD_TO_LIBRARY_CALLBACK_ID,
  LIBRARY_CANCEL_ACTION_ID,
  LIBRARY_CONFIRM_ACTION_ID,
  LIBRARY_REMOVE_ACTION_ID,
  LIBRARY_TEXT,
} from '../src/slack/libraryBlocks.js';
import { createTestServices, SHIPPED_CORPUS, type TestServices } from './support/services.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from './support/fakeSlack.js';
import { eventEnvelope, FORM, interactionForm, JSON_TYPE, postSigned } from './support/slackRequests.js';
import { makeDocx } from './fixtures/corpus/builders.js';

const SECRET = 'library-signing-secret';
const TOKEN = 'xoxb-library-token';
const ADMIN = 'U0ADMIN';
const STAFF = 'U0STAFF';
const ADMIN_DM = 'D0ADMIN';
const STAFF_DM = 'D0STAFF';

const ELEVATOR_NUMBER = '某建政协〔2025〕7号';
const elevatorReply = (subsidy: string) =>
  [
    '某市住房和城乡建设局',
    ELEVATOR_NUMBER,
    '关于加快既有住宅加装电梯的提案的答复',
    '王明委员：',
    '你提出的关于“加快既有住宅加装电梯”的提案收悉，现答复如下：',
    '一、关于加大财政补贴力度的建议',
    `我市既有住宅加装电梯的财政补贴标准为每台${subsidy}，由市、区两级财政各承担一半。业主可拨打咨询电话13812345678了解申请办法。`,
    '二、关于简化审批流程的建议',
    '加装电梯实行联合审批，审批时限压缩至15个工作日，由街道统一受理申请材料。',
    '联系单位及电话：市住房和城乡建设局房屋管理科，0371-12345678。',
  ].join('\n');
const ELEVATOR_QUESTION = '既有住宅加装电梯的财政补贴标准是每台多少？';

const PIPE_QUESTION = '城市地下综合管廊的入廊费标准是多少？';
const RESTRICTED_POLICY = [
  '---',
  'title: 城市地下综合管廊有偿使用办法',
  'kind: policy',
  'channels: ["C1"]',
  '---',
  '城市地下综合管廊有偿使用办法',
  '第一条 为规范城市地下综合管廊有偿使用，制定本办法。',
  '第二条 城市地下综合管廊入廊费标准为每米每年120元，由管线单位按年缴纳。',
  '第三条 管廊运营单位负责日常维护，维护费用纳入入廊费统筹使用。',
].join('\n');

let ts: TestServices;
let slack: FakeSlack;
let audit: AuditLog;
let bot: SlackApp;
let endpoint: string;
let corpusSource: string;
let eventCounter = 0;

const corpusDir = () => ts.config.corpusDir;
const uploadsDir = () => path.join(corpusDir(), 'uploads');
const listUploads = async () => (existsSync(uploadsDir()) ? (await readdir(uploadsDir())).sort() : []);

const sendEvent = (event: Record<string, unknown>) =>
  postSigned(endpoint, JSON.stringify(eventEnvelope(event, slack.botUserId, `EvLib${++eventCounter}`)), JSON_TYPE, { secret: SECRET });

const interact = (payload: object) => postSigned(endpoint, interactionForm(payload), FORM, { secret: SECRET });

const postsTo = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === channel);
const textOf = (call: FakeSlackCall) => `${call.body.text ?? ''}\n${JSON.stringify(call.body.blocks ?? [])}`;

async function waitForPost(channel: string, after: number, pattern: RegExp): Promise<FakeSlackCall> {
  await slack.waitFor(() => postsTo(channel).slice(after).some((c) => pattern.test(textOf(c))), 30_000);
  return postsTo(channel).slice(after).find((c) => pattern.test(textOf(c)))!;
}

let messageTs = 1_700_100_000;
/** A DM to the app with a file attached (served by the fake Slack at url_private) and the given text. */
async function sendFile(user: string, channel: string, name: string, data: Buffer | string, text: string) {
  const url = slack.addFile(`${messageTs}-${name}`, data);
  const ts = `${++messageTs}.000100`;
  const size = Buffer.isBuffer(data) ? data.length : Buffer.byteLength(data);
  const res = await sendEvent({ type: 'message', channel_type: 'im', channel, user, text, ts, subtype: 'file_share', files: [{ name, size, url_private: url }] });
  expect(res.status).toBe(200);
  return ts;
}

/** Sends a file as the admin and returns the preview message (with its buttons). */
async function previewOf(name: string, data: Buffer | string): Promise<FakeSlackCall> {
  const before = postsTo(ADMIN_DM).length;
  await sendFile(ADMIN, ADMIN_DM, name, data, '入库');
  return waitForPost(ADMIN_DM, before, new RegExp(LIBRARY_CONFIRM_ACTION_ID));
}

function buttonOf(preview: FakeSlackCall, actionId: string): { value: string; text: { text: string } } {
  const actions = (preview.body.blocks as any[]).find((b) => b.type === 'actions');
  return actions.elements.find((e: { action_id: string }) => e.action_id === actionId);
}

let clicks = 0;
/** A button click; each carries its own trigger id and action_ts, as Slack's do (a byte-identical request is a replay). */
function click(user: string, actionId: string, value: string, where: { channel: string; ts: string }) {
  clicks += 1;
  return interact({
    type: 'block_actions',
    user: { id: user, team_id: 'T0FAKE' },
    team: { id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    trigger_id: `trigger.${user}.${clicks}`,
    channel: { id: where.channel },
    container: { type: 'message', channel_id: where.channel, message_ts: where.ts },
    message: { type: 'message', ts: where.ts, text: 'preview' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: String(clicks) }],
  });
}

let questionTs = 1_700_200_000;
/** Asks in a channel (@mention) or a DM (message.im) and returns the answer's text and sources. */
async function ask(channel: string, question: string, user = STAFF): Promise<string> {
  const before = postsTo(channel).length;
  const ts = `${++questionTs}.000100`;
  const event = channel.startsWith('D')
    ? { type: 'message', channel_type: 'im', channel, user, text: question, ts }
    : { type: 'app_mention', channel, user, text: `<@${slack.botUserId}> ${question}`, ts };
  expect((await sendEvent(event)).status).toBe(200);
  await slack.waitFor(() => postsTo(channel).slice(before).some((c) => c.body.thread_ts === ts), 30_000);
  return textOf(postsTo(channel).slice(before).find((c) => c.body.thread_ts === ts)!);
}

async function openHome(user: string): Promise<any> {
  const before = slack.callsTo('views.publish').length;
  expect((await sendEvent({ type: 'app_home_opened', user, channel: user === ADMIN ? ADMIN_DM : STAFF_DM, tab: 'home' })).status).toBe(200);
  await slack.waitFor(() => slack.callsTo('views.publish').slice(before).some((c) => c.body.user_id === user), 30_000);
  return slack.callsTo('views.publish').slice(before).find((c) => c.body.user_id === user)!.body.view;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  corpusSource = await mkdtemp(path.join(tmpdir(), 'reply-desk-library-src-'));
  await cp(SHIPPED_CORPUS, corpusSource, { recursive: true });
  await writeFile(path.join(corpusSource, 'policies', 'pipe_gallery_c1.md'), RESTRICTED_POLICY);
  // Answers come from a real work thread, so every upload and removal must reach it (index reload) before the next answer.
  ts = await createTestServices({ corpus: corpusSource, env: { ADMIN_USERS: `${ADMIN}, U0OTHERADMIN`, WORKER_THREADS: '1' } });
  slack = await startFakeSlack();
  audit = openAuditLog(path.join(ts.dir, 'data'));
  bot = createSlackApp(ts.services, { mode: 'http', token: TOKEN, signingSecret: SECRET, slackApiUrl: slack.url, auditLog: audit });
  const server = await bot.start(0, '127.0.0.1');
  endpoint = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  audit?.close();
  await slack?.close();
  await ts?.cleanup();
  if (corpusSource) await rm(corpusSource, { recursive: true, force: true });
});

describe('adding documents from Slack', () => {
  it('refuses a non-admin politely, downloads nothing and writes nothing', async () => {
    const before = postsTo(STAFF_DM).length;
    await sendFile(STAFF, STAFF_DM, 'elevator.txt', elevatorReply('20万元'), '入库');
    const reply = await waitForPost(STAFF_DM, before, /管理员/);
    expect(reply.body.text).toBe(LIBRARY_TEXT.notAdmin);
    expect(slack.callsTo('file.download')).toHaveLength(0);
    expect(await listUploads()).toEqual([]);
    expect(audit.entries()).toEqual([]);

    // The message shortcut too.
    const res = await interact({
      type: 'message_action',
      callback_id: ADD_TO_LIBRARY_CALLBACK_ID,
      trigger_id: 'trigger.staff',
      user: { id: STAFF, team_id: 'T0FAKE' },
      team: { id: 'T0FAKE' },
      channel: { id: 'C0FILES', name: 'files' },
      message: { type: 'message', user: STAFF, ts: '1700000900.000100', files: [{ name: 'x.txt', url_private: slack.addFile('x.txt', 'x') }] },
      response_url: slack.responseUrl('lib'),
    });
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral' && c.body.user === STAFF && c.body.text === LIBRARY_TEXT.notAdmin));
    expect(slack.callsTo('file.download')).toHaveLength(0);
  });

  it('shows an admin what the file holds without writing it, then on 确认入库 writes it, indexes it and answers from it', async () => {
    const before = await ask('C0ASK', ELEVATOR_QUESTION);
    expect(before).not.toContain('加装电梯的提案的答复');

    const data = Buffer.from(elevatorReply('20万元'), 'utf8');
    const preview = await previewOf('加装电梯答复.txt', data);
    const shown = String(preview.body.text);
    expect(shown).toContain('关于加快既有住宅加装电梯的提案的答复');
    expect(shown).toContain(ELEVATOR_NUMBER);
    expect(shown).toContain('答复件');
    expect(shown).toMatch(/章节：2 个（一、关于加大财政补贴力度的建议；二、关于简化审批流程的建议）/);
    expect(shown).toContain('手机号 1 处');
    expect(shown).toContain('uploads/加装电梯答复.txt');
    expect(buttonOf(preview, LIBRARY_CONFIRM_ACTION_ID).text.text).toBe('确认入库');
    // Parsed only: nothing on disk, nothing in the audit log, nothing answerable yet.
    expect(await listUploads()).toEqual([]);
    expect(audit.entries()).toEqual([]);

    const confirm = buttonOf(preview, LIBRARY_CONFIRM_ACTION_ID).value;
    const postsBefore = postsTo(ADMIN_DM).length;
    expect((await click(ADMIN, LIBRARY_CONFIRM_ACTION_ID, confirm, { channel: ADMIN_DM, ts: preview.response.ts })).status).toBe(200);
    const done = await waitForPost(ADMIN_DM, postsBefore, /已入库/);
    expect(done.body.thread_ts).toBe(preview.body.thread_ts);
    expect(await listUploads()).toEqual(['加装电梯答复.txt']);
    const written = await readFile(path.join(uploadsDir(), '加装电梯答复.txt'));
    expect(written.equals(data)).toBe(true);

    const answer = await ask('C0ASK', ELEVATOR_QUESTION);
    expect(answer).toContain('20万元');
    expect(answer).toContain('关于加快既有住宅加装电梯的提案的答复');

    const [row] = audit.entries();
    expect(audit.entries()).toHaveLength(1);
    expect(row).toMatchObject({ user: ADMIN, action: 'add', docId: '加装电梯答复', file: 'uploads/加装电梯答复.txt', sha256: sha256(data), number: ELEVATOR_NUMBER });

    // A second click (or a click on 取消 afterwards) does nothing again.
    const postsAfter = postsTo(ADMIN_DM).length;
    await click(ADMIN, LIBRARY_CONFIRM_ACTION_ID, confirm, { channel: ADMIN_DM, ts: preview.response.ts });
    await waitForPost(ADMIN_DM, postsAfter, new RegExp(LIBRARY_TEXT.settled));
    expect(audit.entries()).toHaveLength(1);
    expect(await listUploads()).toEqual(['加装电梯答复.txt']);
  });

  it('asks before replacing a document with the same 文号, and replaces it on 替换', async () => {
    const data = await makeDocx(elevatorReply('25万元').split('\n'));
    const preview = await previewOf('加装电梯答复（修订）.docx', data);
    expect(String(preview.body.text)).toContain('文件库中已有文号相同的文件');
    expect(String(preview.body.text)).toContain('uploads/加装电梯答复.txt');
    const replace = buttonOf(preview, LIBRARY_CONFIRM_ACTION_ID);
    expect(replace.text.text).toBe('替换');
    expect(await listUploads()).toEqual(['加装电梯答复.txt']);

    const postsBefore = postsTo(ADMIN_DM).length;
    await click(ADMIN, LIBRARY_CONFIRM_ACTION_ID, replace.value, { channel: ADMIN_DM, ts: preview.response.ts });
    await waitForPost(ADMIN_DM, postsBefore, /已替换/);
    expect(await listUploads()).toEqual(['加装电梯答复（修订）.docx']);

    const answer = await ask('C0ASK', ELEVATOR_QUESTION);
    expect(answer).toContain('25万元');
    expect(answer).not.toContain('20万元');
    expect(audit.entries()[0]).toMatchObject({
      action: 'replace',
      file: 'uploads/加装电梯答复（修订）.docx',
      replaced: 'uploads/加装电梯答复.txt',
      sha256: sha256(data),
    });
  });

  it('previews a file through the 加入文件库 shortcut in the admin’s DM with the app', async () => {
    const url = slack.addFile('shortcut-greenway.txt', elevatorReply('18万元').replace(ELEVATOR_NUMBER, '某建政协〔2025〕9号'));
    const res = await interact({
      type: 'message_action',
      callback_id: ADD_TO_LIBRARY_CALLBACK_ID,
      trigger_id: 'trigger.admin',
      user: { id: ADMIN, team_id: 'T0FAKE' },
      team: { id: 'T0FAKE' },
      channel: { id: 'C0FILES', name: 'files' },
      message: { type: 'message', user: STAFF, ts: '1700000901.000100', files: [{ name: '加装电梯（区）.txt', size: 500, url_private: url }] },
      response_url: slack.responseUrl('lib2'),
    });
    expect(res.status).toBe(200);
    const preview = await waitForPost(ADMIN, 0, new RegExp(LIBRARY_CONFIRM_ACTION_ID));
    expect(String(preview.body.text)).toContain('某建政协〔2025〕9号');
    expect(preview.body.thread_ts).toBeUndefined();
    expect(postsTo('C0FILES')).toHaveLength(0);
    await click(ADMIN, LIBRARY_CANCEL_ACTION_ID, buttonOf(preview, LIBRARY_CANCEL_ACTION_ID).value, { channel: ADMIN, ts: preview.response.ts });
    await slack.waitFor(() => slack.callsTo('chat.update').some((c) => c.body.ts === preview.response.ts && String(c.body.text).includes(LIBRARY_TEXT.cancelled)));
    expect(await listUploads()).toEqual(['加装电梯答复（修订）.docx']);
  });

  it('writes nothing on 取消, and answers unreadable or unsupported files with a Chinese message', async () => {
    const preview = await previewOf('另一份.txt', elevatorReply('30万元').replace(ELEVATOR_NUMBER, '某建政协〔2025〕8号'));
    const before = postsTo(ADMIN_DM).length;
    await click(ADMIN, LIBRARY_CANCEL_ACTION_ID, buttonOf(preview, LIBRARY_CANCEL_ACTION_ID).value, { channel: ADMIN_DM, ts: preview.response.ts });
    await slack.waitFor(() => slack.callsTo('chat.update').some((c) => String(c.body.text).includes(LIBRARY_TEXT.cancelled)));
    // Confirming after the cancel does nothing.
    await click(ADMIN, LIBRARY_CONFIRM_ACTION_ID, buttonOf(preview, LIBRARY_CONFIRM_ACTION_ID).value, { channel: ADMIN_DM, ts: preview.response.ts });
    await waitForPost(ADMIN_DM, before, new RegExp(LIBRARY_TEXT.settled));
    expect(await listUploads()).toEqual(['加装电梯答复（修订）.docx']);

    const entries = audit.entries().length;
    let mark = postsTo(ADMIN_DM).length;
    await sendFile(ADMIN, ADMIN_DM, 'setup.exe', Buffer.from([0x4d, 0x5a, 0, 1, 2]), '入库');
    expect(String((await waitForPost(ADMIN_DM, mark, /只能入库/)).body.text)).toContain('setup.exe');
    mark = postsTo(ADMIN_DM).length;
    const downloads = slack.callsTo('file.download').length;
    await sendEvent({
      type: 'message', channel_type: 'im', channel: ADMIN_DM, user: ADMIN, text: '入库', ts: `${++messageTs}.000100`, subtype: 'file_share',
      files: [{ name: 'huge.pdf', size: 30 * 1024 * 1024, url_private: slack.addFile('huge.pdf', 'x') }],
    });
    await waitForPost(ADMIN_DM, mark, /文件太大/);
    expect(slack.callsTo('file.download')).toHaveLength(downloads);
    mark = postsTo(ADMIN_DM).length;
    await sendFile(ADMIN, ADMIN_DM, 'note.txt', '随便看看', '');
    expect(String((await waitForPost(ADMIN_DM, mark, /收到文件/)).body.text)).toContain('附言“入库”');
    mark = postsTo(ADMIN_DM).length;
    await sendFile(ADMIN, ADMIN_DM, 'broken.docx', Buffer.from('not a zip file at all'), '入库');
    await waitForPost(ADMIN_DM, mark, /无法(读取|解析)“broken\.docx”/);
    expect(await listUploads()).toEqual(['加装电梯答复（修订）.docx']);
    expect(audit.entries()).toHaveLength(entries);
  });
});

describe('App Home', () => {
  it('shows everyone the library status, and only admins the recent additions with 移除', async () => {
    const staffHome = JSON.stringify(await openHome(STAFF));
    expect(staffHome).toMatch(/文件：\d+ 份（答复件 \d+，政策文件 \d+）/);
    expect(staffHome).toMatch(/分块：\d+ 个/);
    expect(staffHome).toContain('最近一次入库');
    expect(staffHome).toContain('离线');
    expect(staffHome).not.toContain(LIBRARY_REMOVE_ACTION_ID);

    const adminHome = await openHome(ADMIN);
    const removable = (adminHome.blocks as any[]).filter((b) => b.accessory?.action_id === LIBRARY_REMOVE_ACTION_ID);
    expect(removable.map((b) => b.accessory.value)).toEqual(['uploads/加装电梯答复（修订）.docx']);
    expect(removable[0].accessory.confirm.confirm.text).toBe('移除');
  });

  it('removes a document after the confirm dialog: the file is gone, the Home refreshed, the answer no longer uses it', async () => {
    const homeBefore = JSON.stringify(await openHome(ADMIN));
    const documentsBefore = Number(/文件：(\d+) 份/.exec(homeBefore)![1]);
    const before = slack.callsTo('views.publish').length;
    await interact({
      type: 'block_actions',
      user: { id: ADMIN, team_id: 'T0FAKE' },
      team: { id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      trigger_id: 'trigger.home',
      container: { type: 'view', view_id: `V0HOME${ADMIN}` },
      view: { id: `V0HOME${ADMIN}`, type: 'home' },
      actions: [{ type: 'button', action_id: LIBRARY_REMOVE_ACTION_ID, block_id: 'r', value: 'uploads/加装电梯答复（修订）.docx', action_ts: '1' }],
    });
    await slack.waitFor(() => slack.callsTo('views.publish').slice(before).some((c) => c.body.user_id === ADMIN), 30_000);
    const refreshed = JSON.stringify(slack.callsTo('views.publish').at(-1)!.body.view);
    expect(refreshed).toContain('已从文件库移除');
    expect(Number(/文件：(\d+) 份/.exec(refreshed)![1])).toBe(documentsBefore - 1);
    expect(refreshed).not.toContain(LIBRARY_REMOVE_ACTION_ID);
    expect(await listUploads()).toEqual([]);

    const answer = await ask('C0ASK', ELEVATOR_QUESTION);
    expect(answer).not.toContain('25万元');
    expect(answer).not.toContain('加装电梯的提案的答复');
    expect(audit.entries()[0]).toMatchObject({ user: ADMIN, action: 'remove', file: 'uploads/加装电梯答复（修订）.docx' });
    expect(audit.entries().map((e) => e.action)).toEqual(['remove', 'replace', 'add']);
  });

  it('refuses removal by a non-admin and a path outside the library', async () => {
    const policy = 'policies/pipe_gallery_c1.md';
    let before = slack.callsTo('views.publish').length;
    const remove = (user: string, value: string) =>
      interact({
        type: 'block_actions',
        user: { id: user, team_id: 'T0FAKE' },
        team: { id: 'T0FAKE' },
        api_app_id: 'A0FAKE',
        container: { type: 'view', view_id: 'V0HOME' },
        actions: [{ type: 'button', action_id: LIBRARY_REMOVE_ACTION_ID, block_id: 'r', value, action_ts: '1' }],
      });
    await remove(STAFF, policy);
    await slack.waitFor(() => slack.callsTo('views.publish').length > before, 30_000);
    expect(JSON.stringify(slack.callsTo('views.publish').at(-1)!.body.view)).toContain(LIBRARY_TEXT.notAdmin);
    before = slack.callsTo('views.publish').length;
    await remove(ADMIN, '../index/manifest.json');
    await slack.waitFor(() => slack.callsTo('views.publish').length > before, 30_000);
    expect(JSON.stringify(slack.callsTo('views.publish').at(-1)!.body.view)).toContain('文件库中没有这个文件');
    expect(existsSync(path.join(corpusDir(), policy))).toBe(true);
    expect(existsSync(path.join(ts.config.indexDir, 'manifest.json'))).toBe(true);
    expect(audit.entries()).toHaveLength(3);
  });
});

describe('documents restricted to a channel', () => {
  it('answers from a document restricted to C1 in C1 only, never in C2 or a DM', async () => {
    const inC1 = await ask('C1', PIPE_QUESTION);
    expect(inC1).toContain('120元');
    expect(inC1).toContain('城市地下综合管廊有偿使用办法');
    for (const channel of ['C2', STAFF_DM]) {
      const elsewhere = await ask(channel, PIPE_QUESTION);
      expect(elsewhere, channel).not.toContain('120元');
      expect(elsewhere, channel).not.toContain('管廊有偿使用办法');
    }
  });
});
