// "物业管理覆盖率是怎么算的" is refused when the answer's sentences only give the figure's value (computationUnstatedRefusal):
// a close runner-up of the same document saying how the figure is worked out leads the answer instead.
import { describe, expect, it } from 'vitest';
import { type ExtractiveAnswer } from '../src/answer/offline/index.js';
import { questionTypeOf } from '../src/text/questionTypes.js';
import type { Chunk } from '../src/types.js';
import { documentChunks, extractiveAsker } from './support/services.js';

const chunks: Chunk[] = documentChunks('qc-report', { title: '青川市2025年上半年老旧小区改造绩效自评报告', kind: 'policy' }, [
  ['三、长效管理', '截至2025年6月30日，全市已改造小区物业管理覆盖率为77%，较上年提高6个百分点。'],
  ['附、指标解释', '物业管理覆盖率，是指实行物业服务的改造小区个数占已改造小区总数的比例。'],
]);
const ask = extractiveAsker(chunks, 4);

/** The answer's first sentence, up to its first citation mark. */
const firstQuote = (a: ExtractiveAnswer) => a.answer.split(/\[\d+\]/)[0];

describe('how a figure is worked out, asked', () => {
  it('is a question type of its own; a when-question keeps its type', () => {
    expect(questionTypeOf('物业管理覆盖率是怎么算的')?.name).toBe('计算');
    expect(questionTypeOf('覆盖率什么时候开始怎么算')?.name).toBe('时间');
  });

  it('is answered by the sentence saying how the figure is worked out, not by its value', async () => {
    const a = await ask('青川市物业管理覆盖率是怎么算的');
    expect(a.answered).toBe(true);
    expect(firstQuote(a)).toContain('占已改造小区总数的比例');
  });
});
