// A share word the question asks about ("比例限制") is spoken of by a passage stating a share ("不得超过…15%"): the
// library's answer is not refused for want of the word 比例, nor replaced by another passage's 比例 of another year.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, assessEvidence } from '../src/grounding/evidenceGate.js';

/** A library where only 比例 is rare: it is the question's focus word. */
const stats = { docFrequency: (t: string) => (t === '比例' ? 2 : 60), totalChunks: 100 };
const question = analyzeQuestion('改造范围放宽到2005年底的小区有比例限制吗？', stats);

const scope = { text: '改造范围可适度放宽至2005年底以前建成的小区，但按居民户数计不得超过年度任务数的15%。' };
const scopeWithoutShare = { text: '改造范围可适度放宽至2005年底以前建成的小区，由各县区结合实际确定。' };
const funds = { text: '市、区两级财政按比例分担改造资金。' };

describe('a share word held by a stated share', () => {
  it('is the focus word here', () => {
    expect(question.focus).toEqual(['比例']);
  });

  it('the passage stating 15% for 2005 answers "有比例限制吗"', () => {
    const result = assessEvidence(question, [funds, scope]);
    expect(result.pass).toBe(true);
    expect(result.passing).toEqual([1]);
  });

  it('without a share stated for 2005, the question is refused', () => {
    expect(assessEvidence(question, [funds, scopeWithoutShare]).pass).toBe(false);
  });
});
