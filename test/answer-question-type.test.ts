import { describe, expect, it } from 'vitest';
import { type ExtractiveAnswer } from '../src/answer/offline/index.js';
import { headingLabel } from '../src/answer/offline/strategies/questionType.js';
import { questionTypeOf } from '../src/text/questionTypes.js';
import type { Chunk } from '../src/types.js';
import { documentChunks, extractiveAsker } from './support/services.js';

const plan = '青川市城镇老旧小区改造实施方案';
const chunks: Chunk[] = documentChunks('qc-plan', { title: plan, kind: 'policy' }, [
  ['一、总体要求', '到2025年底，基本完成青川市2000年底前建成的老旧小区改造任务。'],
  ['二、改造内容 > （一）基础类', '基础类主要是满足居民安全需要和基本生活需求的内容，包括市政配套基础设施改造提升。'],
  ['二、改造内容 > （二）完善类', '主要是满足居民生活便利需要和改善型生活需求的内容，包括环境及配套设施改造建设。'],
  ['二、改造内容 > （三）提升类', '主要是丰富社区服务供给、提升居民生活品质的内容，包括公共服务设施配套建设。'],
  [
    '三、加装电梯',
    '青川市将既有住宅加装电梯纳入老旧小区改造内容，加装电梯补助标准为每部15万元。' +
      '加装电梯由市住房和城乡建设局牵头，各区政府负责组织实施。' +
      '加装电梯补助申请自2024年3月1日起受理。' +
      '之所以给予加装电梯补助，是为了解决老年居民上下楼难的问题。',
  ],
]);
const ask = extractiveAsker(chunks, 6);

/** The answer's first line, up to its first citation mark. */
const firstQuote = (a: ExtractiveAnswer) => a.answer.split(/\[\d+\]/)[0];

describe('sentence choice by question type', () => {
  it('tells the question types apart', () => {
    expect(questionTypeOf('为什么要给加装电梯补助？')?.name).toBe('原因');
    expect(questionTypeOf('加装电梯由哪个部门负责？')?.name).toBe('主体');
    expect(questionTypeOf('加装电梯补助什么时候开始受理？')?.name).toBe('时间');
    expect(questionTypeOf('加装电梯补助多少钱？')).toBeUndefined();
  });

  it('answers a why-question with the reason sentence', async () => {
    const a = await ask('青川市为什么给加装电梯补助？');
    expect(a.answered).toBe(true);
    expect(firstQuote(a)).toContain('是为了解决老年居民上下楼难的问题');
  });

  it('answers a who-question with the sentence naming the responsible body', async () => {
    const a = await ask('青川市加装电梯由哪个部门负责？');
    expect(a.answered).toBe(true);
    expect(firstQuote(a)).toContain('市住房和城乡建设局牵头');
  });

  it('answers a when-question with the dated sentence', async () => {
    const a = await ask('青川市加装电梯补助什么时候开始受理申请？');
    expect(a.answered).toBe(true);
    expect(firstQuote(a)).toContain('2024年3月1日');
  });

  it('answers a what-kinds question with the section headings, each with its first sentence and citation', async () => {
    expect(headingLabel('（一）基础类')).toBe('基础类');
    const a = await ask('青川市老旧小区改造内容包括哪几类？');
    expect(a.answered).toBe(true);
    const lines = a.answer.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^基础类主要是满足居民安全需要[^\n]*\[\d+\]/);
    expect(lines[1]).toMatch(/^完善类：主要是满足居民生活便利需要[^\n]*\[\d+\]/);
    expect(lines[2]).toMatch(/^提升类：主要是丰富社区服务供给[^\n]*\[\d+\]/);
    // The heading's label is shown, but the cited quote is the document's own words.
    expect(a.citations.map((c) => c.section)).toEqual(['二、改造内容 > （一）基础类', '二、改造内容 > （二）完善类', '二、改造内容 > （三）提升类']);
    for (const c of a.citations) expect(c.quote).not.toMatch(/^(?:完善类|提升类)：/);
  });

  it('keeps the focused answer when the question is about one kind', async () => {
    const a = await ask('青川市提升类改造包括哪些内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('公共服务设施配套建设');
    expect(a.answer).not.toMatch(/完善类：|\n/);
  });
});
