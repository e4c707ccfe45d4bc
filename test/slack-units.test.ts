import { describe, expect, it } from 'vitest';
import { answerBlocks, markdownMessages, MAX_MARKDOWN_BLOCK_CHARS, splitText, TEXT } from '../src/slack/blocks.js';
import { cleanSlackText, EventDeduper, refusalFor, requesterOf } from '../src/slack/guard.js';
import { historyFromMessages } from '../src/slack/conversation.js';
import { parseFeedbackAction } from '../src/slack/listeners/actions/feedback.js';
import { modalMeta, modalText } from '../src/slack/listeners/views/draftModalSubmission.js';
import type { Answer } from '../src/types.js';

describe('Slack message limits', () => {
  it('splits a long draft into messages of one markdown block under 12,000 chars each, at paragraph breaks, losing nothing', () => {
    const paragraph = `${'老旧小区改造工作稳步推进。'.repeat(40)}\n\n`;
    const draft = paragraph.repeat(60); // ~31,000 chars
    const parts = markdownMessages(draft, ['⚠️ 请核对']);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      const markdown = part.blocks.filter((b) => b.type === 'markdown') as { text: string }[];
      expect(markdown).toHaveLength(1);
      expect(markdown[0].text.length).toBeLessThanOrEqual(MAX_MARKDOWN_BLOCK_CHARS);
      expect(JSON.stringify(part.blocks).length).toBeLessThan(13_000);
      expect(markdown[0].text.endsWith('。')).toBe(true);
    }
    expect(parts.at(-1)!.blocks.at(-1)).toMatchObject({ type: 'context' });
    const joined = parts.map((p) => (p.blocks[0] as { text: string }).text).join('');
    expect(joined.replace(/\s/g, '')).toBe(draft.replace(/\s/g, ''));
  });

  it('cuts text without any line break at the limit', () => {
    const pieces = splitText('字'.repeat(25_000));
    expect(pieces.map((p) => p.length)).toEqual([MAX_MARKDOWN_BLOCK_CHARS, MAX_MARKDOWN_BLOCK_CHARS, 3_000]);
  });

  it('lists at most ten source elements under an answer, summarising the rest', () => {
    const citations = Array.from({ length: 14 }, (_, i) => ({ n: i + 1, docId: `d${i}`, title: `文件${i + 1}`, number: i % 2 ? null : `某发〔2020〕${i}号`, section: '', quote: '', chunkId: `d${i}#0` }));
    const answer: Answer = { question: 'q', answered: true, answer: '答[1]。', citations, retrieved: [], engine: { llm: 'offline', embeddings: 'x' } };
    const context = answerBlocks(answer, 'id').find((b) => b.type === 'context') as { elements: { text: string }[] };
    expect(context.elements).toHaveLength(10);
    expect(context.elements[1].text).toBe('[1] 文件1 · 某发〔2020〕0号');
    expect(context.elements[2].text).toBe('[2] 文件2');
    expect(context.elements[9].text).toBe('…另有 6 条来源');
  });
});

describe('allow-lists', () => {
  const config = (users: string[], channels: string[]) => ({ ALLOWED_USERS: users, ALLOWED_CHANNELS: channels });
  const mention = (user: string, channel: string) => requesterOf({ type: 'event_callback', event: { type: 'app_mention', user, channel, ts: '1' } });

  it('lets everyone in when no list is set, and checks users and channels when they are', () => {
    expect(refusalFor(config([], []), mention('U1', 'C1'))).toBeNull();
    expect(refusalFor(config(['U1'], []), mention('U2', 'C1'))).toBe('user');
    expect(refusalFor(config([], ['C1']), mention('U2', 'C2'))).toBe('channel');
    expect(refusalFor(config(['U1'], ['C1']), mention('U1', 'C1'))).toBeNull();
  });

  it('does not apply the channel list to DMs, and reads slash commands and interactions', () => {
    const dm = requesterOf({ type: 'event_callback', event: { type: 'message', channel_type: 'im', user: 'U1', channel: 'D1', ts: '1' } });
    expect(refusalFor(config([], ['C1']), dm)).toBeNull();
    const command = requesterOf({ command: '/draft-reply', user_id: 'U9', channel_id: 'C9' });
    expect(command).toMatchObject({ user: 'U9', channel: 'C9', kind: 'command' });
    const modal = (metadata: string) => requesterOf({ type: 'view_submission', user: { id: 'U1' }, view: { private_metadata: metadata } });
    expect(refusalFor(config([], ['C1']), modal('{"channel":"C1"}'))).toBeNull();
    expect(refusalFor(config([], ['C1']), modal('{"channel":"C2"}'))).toBe('channel');
    expect(refusalFor(config([], ['C1']), modal('feedback-id'))).toBeNull();
    const click = requesterOf({ type: 'block_actions', user: { id: 'U3' }, channel: { id: 'C3' } });
    expect(refusalFor(config(['U1'], []), click)).toBe('user');
  });
});

describe('input handling', () => {
  it('removes mention tokens and Slack escapes from what the user typed', () => {
    expect(cleanSlackText('<@U0BOT> 面积&lt;60㎡ 的&amp;套型 <https://x.cn|通知>')).toBe('面积<60㎡ 的&套型 通知');
  });

  it('remembers event ids for its time window only', () => {
    let now = 0;
    const d = new EventDeduper(1000, 100, () => now);
    expect(d.seenBefore('Ev1')).toBe(false);
    expect(d.seenBefore('Ev1')).toBe(true);
    now = 1500;
    expect(d.seenBefore('Ev1')).toBe(false);
  });

  it('builds conversation history from a thread: the app is the assistant, the current message is left out', () => {
    const turns = historyFromMessages(
      [
        { ts: '1', user: 'U1', text: '<@U0BOT> 问题一' },
        { ts: '2', user: 'U0BOT', bot_id: 'B1', text: '回答一' },
        { ts: '3', user: 'U1', text: '追问' },
      ],
      '3',
      'U0BOT',
    );
    expect(turns).toEqual([
      { role: 'user', text: '问题一' },
      { role: 'assistant', text: '回答一' },
    ]);
  });

  it('joins the modal text inputs in order and normalises its metadata', () => {
    const v = (value: string) => ({ value: { value } });
    const values = { text_1: v('第一段'), text_3: v('第三段'), text_2: v('第二段'), number: v('第１２号'), proposers: v('赵丽、钱明，孙亮'), title: v('') };
    expect(modalText(values)).toBe('第一段第二段第三段');
    expect(modalMeta(values)).toEqual({ number: '12', proposers: ['赵丽', '钱明', '孙亮'] });
  });

  it('reads a feedback click from the feedback_buttons element and from the plain-button fallback', () => {
    expect(parseFeedbackAction({ action_id: 'answer_feedback', value: 'down:abc' })).toEqual({ rating: 'down', answerId: 'abc' });
    expect(parseFeedbackAction({ action_id: 'answer_feedback_up', value: 'abc' })).toEqual({ rating: 'up', answerId: 'abc' });
    expect(parseFeedbackAction({ action_id: 'answer_feedback', value: '' })).toBeNull();
  });

  it('says in Chinese how long a paste was and what the limit is', () => {
    expect(TEXT.inputTooLong(60_000, 50_000)).toContain('60000 字');
  });
});

describe('app factory', () => {
  it('builds a Socket Mode app from the tokens, and refuses to start with a token Slack rejects', async () => {
    const { createSlackApp } = await import('../src/slack/app.js');
    const { startFakeSlack } = await import('./support/fakeSlack.js');
    const { loadConfig } = await import('../src/config.js');
    const { silentLogger } = await import('../src/logger.js');
    const fake = await startFakeSlack({ failMethods: { 'auth.test': 'invalid_auth' } });
    try {
      const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: fake.url, LOG_LEVEL: 'silent' }, { slack: true });
      expect(config.slackMode).toBe('socket');
      const services = { config, logger: silentLogger() } as never;
      const socket = createSlackApp(services, { mode: 'socket' });
      expect(socket.app).toBeDefined();
      expect(() => createSlackApp({ config: { ...config, SLACK_SIGNING_SECRET: undefined }, logger: silentLogger() } as never, { mode: 'http' })).toThrow(/SLACK_SIGNING_SECRET/);
      await expect(socket.start()).rejects.toThrow(/SLACK_BOT_TOKEN（invalid_auth）/);
      await socket.stop().catch(() => undefined);
    } finally {
      await fake.close();
    }
  });
});

describe('drafting from a shared file when Slack fails', () => {
  it('resolves (never throws into Bolt) when even the refusal of an unsupported file cannot be delivered', async () => {
    const { draftFromFile } = await import('../src/slack/drafting.js');
    const { silentLogger } = await import('../src/logger.js');
    const notified: string[] = [];
    const deps = { services: { logger: silentLogger() } } as unknown as Parameters<typeof draftFromFile>[1];
    const notify = async (line: string) => {
      notified.push(line);
      throw new Error('slack_webapi_platform_error');
    };
    const req = { client: {} as never, channel: 'C1', threadTs: null, user: 'U1', outline: false, notify, token: 'x' };
    await expect(draftFromFile({ ...req, file: { name: 'photo.png', url_private: 'http://127.0.0.1:9/x' } }, deps)).resolves.toBeUndefined();
    expect(notified).toEqual([TEXT.unsupportedFile]);
  });
});

describe('drafting a text that is no proposal', () => {
  it('tells the requester politely and drafts and posts nothing', async () => {
    const { draftInSlack } = await import('../src/slack/drafting.js');
    const { silentLogger } = await import('../src/logger.js');
    const notified: string[] = [];
    const posted: unknown[] = [];
    let drafted = 0;
    const deps = {
      services: { logger: silentLogger(), config: { MAX_INPUT_CHARS: 50_000 } },
      work: { run: async () => void drafted++ },
    } as unknown as Parameters<typeof draftInSlack>[1];
    const client = { chat: { postMessage: async (m: unknown) => posted.push(m) } } as never;
    const req = { client, channel: 'C1', threadTs: null, user: 'U1', outline: false, notify: async (line: string) => notified.push(line) };
    await draftInSlack({ ...req, text: '今天天气不错，我们去公园散步吧' }, deps);
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatch(/^抱歉.*不是提案或建议.*请粘贴提案/);
    expect(drafted).toBe(0);
    expect(posted).toEqual([]);
  });
});
