import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from './support/fakeOpenAI.js';
import { testLibrary } from './support/library.js';
import { REPO_ROOT } from './support/services.js';

/** What the fake model answers next; each test sets it. */
let reply: (body: any, n: number) => FakeReply | Promise<FakeReply> = () => ({ content: 'OK' });
let fake: FakeOpenAI;

function promptOf(body: any): string {
  return (body?.messages ?? []).map((m: any) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
}

beforeAll(async () => {
  fake = await startFakeOpenAI({ chat: (body, n) => reply(body, n) });
});
afterAll(async () => {
  await fake?.close();
});
const t = testLibrary(() => ({
  env: { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'qwen2.5-7b-instruct', LLM_TIMEOUT_MS: '1500', LLM_MAX_RETRIES: '0' },
}));
beforeEach(() => {
  fake.requests.length = 0;
});

const QUESTION = '许昌2019年完成了多少个老庭院的改造提升？';

describe('LLM engine against a fake OpenAI-compatible server', () => {
  it('sends the numbered passages inside delimiters and the question, and names the model', async () => {
    reply = () => ({ content: '2019年完成了434个老庭院改造提升目标任务[1]。' });
    const a = await answerQuestion(t.services, QUESTION);
    expect(a.engine.llm).toBe('openai:qwen2.5-7b-instruct');
    expect(a.answered).toBe(true);
    const body = fake.requests.find((r) => r.path.endsWith('/chat/completions'))!.body;
    expect(body.model).toBe('qwen2.5-7b-instruct');
    expect(body.stream).toBe(true);
    const prompt = promptOf(body);
    expect(prompt).toMatch(/<passages>\n<passage n="1" title="[^"]*" number="[^"]*" section="[^"]*">\n[\s\S]+<\/passage>\n<\/passages>/);
    expect(prompt).toContain(`<question>\n${QUESTION}\n</question>`);
    expect(prompt.match(/<passage n="/g)).toHaveLength(a.retrieved.length);
    expect(prompt).toContain(a.retrieved[0].text.trim().slice(0, 30));
  });

  it('drops a citation to a passage that does not exist', async () => {
    reply = () => ({ content: '许昌2019年完成434个老庭院改造[1]。另有示范项目[9]。' });
    const a = await answerQuestion(t.services, QUESTION, [], { k: 4 });
    expect(a.retrieved).toHaveLength(4);
    expect(a.answer).toBe('许昌2019年完成434个老庭院改造[1]。另有示范项目。');
    expect(a.citations.map((c) => c.n)).toEqual([1]);
    expect(a.citations[0].docId).toBe(a.retrieved[0].docId);
    expect(a.citations[0].quote.length).toBeGreaterThan(0);
  });

  it('streams the answer in order, never showing an invalid citation', async () => {
    reply = () => ({ chunks: ['2019年', '完成了434个', '老庭院改造[', '1]。', '另[7', ']有[2]。'] });
    const tokens: string[] = [];
    const a = await answerQuestion(t.services, QUESTION, [], { k: 4, onToken: (x) => tokens.push(x) });
    expect(tokens.length).toBeGreaterThan(2);
    expect(tokens.join('')).toBe(a.answer);
    expect(a.answer).toBe('2019年完成了434个老庭院改造[1]。另有[2]。');
    expect(tokens.join('')).not.toContain('[7');
    expect(tokens[0]).toBe('2019年');
  });

  it('falls back to the offline engine on a 500, with a one-line notice', async () => {
    reply = () => ({ status: 500 });
    const a = await answerQuestion(t.services, QUESTION);
    expect(a.engine.llm).toBe('offline');
    expect(a.notice).toMatch(/模型服务出错（500）.*离线/);
    expect(a.notice).not.toContain('\n');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('434');
  });

  it('falls back on a model that hangs, within the timeout', { timeout: 8000 }, async () => {
    reply = () => ({ hang: true });
    const tokens: string[] = [];
    const a = await answerQuestion(t.services, QUESTION, [], { onToken: (x) => tokens.push(x) });
    expect(a.engine.llm).toBe('offline');
    expect(a.notice).toContain('超时');
    expect(a.answer).toContain('434');
    expect(tokens.join('')).toContain(a.answer);
  });

  it('falls back when the answer cites nothing (ungrounded) or rate limits persist', async () => {
    reply = () => ({ content: '许昌做得很好，完成了很多改造。' });
    const ungrounded = await answerQuestion(t.services, QUESTION);
    expect(ungrounded.engine.llm).toBe('offline');
    expect(ungrounded.notice).toContain('模型输出不符合要求');
    expect(ungrounded.answer).toContain('434');
    reply = () => ({ status: 429 });
    const limited = await answerQuestion(t.services, QUESTION);
    expect(limited.engine.llm).toBe('offline');
    expect(limited.notice).toContain('请求过多');
  });

  it('falls back when the model changes a figure the documents give', async () => {
    reply = () => ({ content: '许昌2019年完成了999个老庭院改造[1]。' });
    const a = await answerQuestion(t.services, QUESTION);
    expect(a.engine.llm).toBe('offline');
    expect(a.notice).toContain('数字与文件不符');
    expect(a.answer).toContain('434');
    expect(a.answer).not.toContain('999');
  });

  it('reports answered: false when the model says the passages do not answer', async () => {
    reply = () => ({ content: '【无法回答】现有文件中没有找到能回答这个问题的内容。' });
    const a = await answerQuestion(t.services, '深圳城中村拆迁的补偿标准是多少？');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.answer).toContain('没有找到');
    expect(a.engine.llm).toBe('openai:qwen2.5-7b-instruct');
  });

  it('rewrites a follow-up with prompts/condense.md and searches the rewritten question', async () => {
    reply = (body) =>
      promptOf(body).includes('<history>')
        ? { content: '许昌老旧小区改造中居民出资多少钱？' }
        : { content: '延中小区居民共计出资26万元[1]。' };
    const history = [
      { role: 'user' as const, text: '许昌老旧小区改造的资金是怎么保障的？我的电话是13912345678' },
      { role: 'assistant' as const, text: '多方筹措改造资金[1]。' },
    ];
    const a = await answerQuestion(t.services, '那居民出了多少钱？', history);
    expect(a.standaloneQuestion).toBe('许昌老旧小区改造中居民出资多少钱？');
    const [condense, answer] = fake.requests.map((r) => promptOf(r.body));
    expect(condense).toContain('<question>\n那居民出了多少钱？\n</question>');
    expect(condense).toContain('许昌老旧小区改造的资金是怎么保障的？');
    expect(answer).toContain('<question>\n许昌老旧小区改造中居民出资多少钱？\n</question>');
    expect(JSON.stringify(fake.requests)).not.toContain('13912345678');
  });

  it('refuses personal-data questions without calling the model, and sends no redacted value in any request', async () => {
    reply = () => ({ content: '见意见表[1]。' });
    const refused = await answerQuestion(t.services, '张金国委员的手机号码是多少？');
    expect(refused.answered).toBe(false);
    expect(fake.requests).toHaveLength(0);

    const raw = ['replies', 'policies']
      .flatMap((d) => readdirSync(path.join(REPO_ROOT, 'corpus', d)).map((f) => readFileSync(path.join(REPO_ROOT, 'corpus', d, f), 'utf8')))
      .join('\n');
    const mobiles = [...new Set(raw.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g) ?? [])];
    expect(mobiles.length).toBeGreaterThan(0);
    for (const q of ['政协提案办理情况征询意见表上提案者填了什么意见？', '君山区这份建议的承办人和联系方式？', '提案者签名和联系电话那一栏写了什么']) {
      await answerQuestion(t.services, q, [], { k: 10 });
    }
    const sent = JSON.stringify(fake.requests);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(sent).toContain('征询意见表');
    for (const m of mobiles) expect(sent).not.toContain(m);
  });
});
