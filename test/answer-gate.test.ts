// The answerability rules of issue #10, shown on a small library written for this test (not the shipped corpus).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { analyzeQuestion, assessEvidence } from '../src/grounding/evidenceGate.js';
import { startFakeOpenAI, type FakeOpenAI } from './support/fakeOpenAI.js';
import { libraryDocument, qingyangReply, testLibrary } from './support/library.js';

const REPLY = qingyangReply(`一、关于加快改造进度的建议
2019年，青阳市完成老旧小区改造35个，涉及居民4200户。2020年，青阳市完成老旧小区改造42个，涉及居民5100户。

二、关于资金筹措的建议
根据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号），建立政府与居民合理共担机制，合理落实居民出资责任。青阳市对每个改造小区给予市级财政奖补。

三、关于加装电梯的建议
对既有住宅加装电梯，每台给予财政补贴10万元，由业主自愿申请。

四、关于缓解停车难的建议
青阳市结合道路改造，在老旧小区周边新增停车位800个。
`);

const PLAN = libraryDocument({ title: '白河县城镇老旧小区改造实施方案' }, `白河县城镇老旧小区改造实施方案

一、改造内容
推进老旧小区改造要坚持居民自愿、因地制宜。本方案所称城镇老旧小区，是指建成年代较早、失养失修失管、市政配套设施不完善的住宅小区。
改造内容分为基础类、完善类、提升类三类。
（一）基础类。主要是市政配套基础设施改造提升，包括供水、排水、供电、道路等。
（二）完善类。主要是环境及配套设施改造建设，包括拆除违法建设、整治小区环境、建设停车场等。
（三）提升类。主要是公共服务设施配套建设，包括社区综合服务设施、养老、托育等。

二、缓解停车难
县城管部门对占用公共车位设置地锁的行为，发现一起拆除一起。
`);

const files = {
  'qingyang_reply.txt': REPLY,
  'baihe_plan.txt': PLAN,
};
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ chat: () => ({ content: '2020年青阳市完成老旧小区改造42个[1]。' }) });
});
afterAll(async () => {
  await fake?.close();
});
const offline = testLibrary({ files });
const withModel = testLibrary(() => ({
  files,
  env: { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'qwen2.5-7b-instruct', LLM_TIMEOUT_MS: '1500', LLM_MAX_RETRIES: '0' },
}));
beforeEach(() => {
  fake.requests.length = 0;
});

const chatCalls = () => fake.requests.filter((r) => r.path.endsWith('/chat/completions')).length;

describe('answerability by focus and constraints', () => {
  it('refuses a wrong-year question and names the years the library does hold, citing them', async () => {
    const a = await answerQuestion(offline.services, '青阳市2021年完成了多少个老旧小区改造？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有2021年/u);
    expect(a.answer).toMatch(/2019|2020/u);
    expect(a.citations.length).toBe(1);
    expect(a.answer).toContain('[1]');
  });

  it('answers the same question for a year the library holds', async () => {
    const a = await answerQuestion(offline.services, '青阳市2020年完成了多少个老旧小区改造？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('42个');
  });

  it('refuses junk, bare numbers, chit-chat and random characters', async () => {
    for (const q of ['7', '1234567890', '今天星期几', '红烧肉怎么做才好吃', '推荐一部好看的电影', '？？？']) {
      const a = await answerQuestion(offline.services, q);
      expect(a.answered, q).toBe(false);
    }
  });

  it('refuses a question whose rare focus word no passage holds', () => {
    const stats = { docFrequency: (t: string) => ({ 党建: 1, 引领: 1, 老旧小区: 40, 改造: 45, 青阳: 10 })[t] ?? 0, totalChunks: 50 };
    const analysis = analyzeQuestion('青阳老旧小区改造怎么发挥党建引领作用？', stats);
    expect(analysis.focus).toContain('党建');
    const verdict = assessEvidence(analysis, [{ text: '青阳市对每个改造小区给予市级财政奖补。' }]);
    expect(verdict.pass).toBe(false);
    expect(verdict.focusMissing).toContain('党建');
  });

  it('does not take a county figure for a national one', () => {
    const stats = { docFrequency: (t: string) => ({ 全国: 3, 改造: 45, 老旧小区: 40, 十四五: 2 })[t] ?? 1, totalChunks: 50 };
    const analysis = analyzeQuestion('十四五期间全国要改造多少个老旧小区？', stats);
    expect(analysis.level).toBe('national');
    const county = assessEvidence(analysis, [{ text: '十四五期间，我县计划改造老旧小区184个。' }]);
    expect(county.pass).toBe(false);
    expect(county.constraintsMismatch.map((m) => m.kind)).toContain('level');
    expect(assessEvidence(analysis, [{ text: '十四五期间，全国计划基本完成2000年底前建成的老旧小区改造。' }]).pass).toBe(true);
  });

  it('reads the year of a clause run ("其中：…；…") from the sentence that opened it, and only then', () => {
    const stats = { docFrequency: (t: string) => ({ 主城区: 1, 青阳: 10 })[t] ?? 5, totalChunks: 50 };
    const analysis = analyzeQuestion('青阳2021年主城区改造了多少栋？', stats);
    expect(analysis.focus).toContain('主城区');
    const run = '青阳市2021年老旧小区改造项目涉及217幢住宅楼，其中：鸡街5栋；大屯47栋；主城区159栋。';
    expect(assessEvidence(analysis, [{ text: run }]).pass).toBe(true);
    const otherYear = assessEvidence(analysis, [{ text: run.replace('2021', '2019') }]);
    expect(otherYear.pass).toBe(false);
    expect(otherYear.constraintsMismatch[0]).toMatchObject({ kind: 'year', asked: '2021', found: ['2019'] });
    // A sentence ended with 。 sets no year for what follows it two sentences later.
    expect(assessEvidence(analysis, [{ text: '青阳市2021年启动老旧小区改造。项目进展顺利。主城区改造159栋。' }]).pass).toBe(false);
  });
});

describe('named documents', () => {
  it('says in one line that a 文号 the library only quotes is not held, and answers from the passage quoting it', async () => {
    const a = await answerQuestion(offline.services, '国办发〔2020〕23号对居民出资有什么要求？');
    expect(a.answered).toBe(true);
    expect(a.answer.split('\n')[0]).toBe('库中未收录国办发〔2020〕23号全文，以下摘自引用该文件的材料。');
    expect(a.answer).toContain('合理落实居民出资责任');
  });

  it('gives no notice when the library holds the named document', async () => {
    const a = await answerQuestion(offline.services, '青建〔2022〕5号答复里加装电梯每台补贴多少？');
    expect(a.answer).not.toContain('库中未收录');
    expect(a.answer).toContain('10万元');
  });
});

describe('sentence choice by question type', () => {
  it('answers a definition question with the defining sentence', async () => {
    const a = await answerQuestion(offline.services, '白河说的城镇老旧小区是什么意思？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/是指.*失养失修失管.*\[1\]/u);
    expect(a.answer).not.toContain('居民自愿');
  });
});

describe('comparisons', () => {
  it('answers each side of a two-place question from its own document, each cited', async () => {
    const a = await answerQuestion(offline.services, '青阳和白河为解决停车难各做了什么？');
    expect(a.answered).toBe(true);
    const [first, second] = a.answer.split('\n');
    expect(first).toMatch(/^青阳：.*800个.*\[\d+\]/u);
    expect(second).toMatch(/^白河：.*发现一起拆除一起.*\[\d+\]/u);
    const cited = (line: string) => [...line.matchAll(/\[(\d+)\]/gu)].map((m) => a.citations.find((c) => c.n === Number(m[1]))!.docId);
    expect(new Set(cited(first))).toEqual(new Set(['qingyang_reply']));
    expect(new Set(cited(second))).toEqual(new Set(['baihe_plan']));
  });
});

describe('the gate runs before any model call', () => {
  it('never calls the model when no passage passes, and calls it when one does', async () => {
    for (const q of ['今天星期几', '青阳市2021年完成了多少个老旧小区改造？']) {
      const a = await answerQuestion(withModel.services, q);
      expect(a.answered, q).toBe(false);
    }
    expect(chatCalls()).toBe(0);
    const a = await answerQuestion(withModel.services, '青阳市2020年完成了多少个老旧小区改造？');
    expect(a.answered).toBe(true);
    expect(chatCalls()).toBe(1);
  });
});
