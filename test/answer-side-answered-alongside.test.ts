// Two asks of one topic ("计划改造的小区数和户数分别是多少", "补助资金是多少，分几批", "原来是多少，后来调成了多少")
// whose first side's sentence states both figures: the short second side is answered by that sentence, not refused as
// missing. A second side the sentence does not answer (no figure of its kind, a word of its own absent, a difference
// asked) stays refused.
import { describe, expect, it } from 'vitest';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import { countNounFigure, statedFigureCount } from '../src/text/index.js';
import type { Answer } from '../src/types.js';

const answered = (quote: string, docId = 'plan'): Answer => ({
  question: '',
  answered: true,
  answer: `${quote}[1]`,
  citations: [{ n: 1, docId, title: '临川市2025年城镇老旧小区改造计划', number: null, section: '', quote, chunkId: `${docId}#1` }],
  retrieved: [],
  engine: { llm: 'offline', embeddings: 'none' },
});
const refused: Answer = { question: '', answered: false, answer: '现有文件中没有找到能回答这个问题的内容，无法作答。', citations: [], retrieved: [], engine: { llm: 'offline', embeddings: 'none' } };

function combined(question: string, quote: string) {
  const compared = comparisonSides(question);
  expect(compared).toBeDefined();
  return combineSides(compared!, [answered(quote), refused]);
}

describe('figures stated side by side', () => {
  it('counts the figures of a sentence, years and dates aside', () => {
    expect(statedFigureCount('2025年计划改造小区48个，涉及居民3200户')).toBe(2);
    expect(statedFigureCount('市级资金分三批下达，第一批于5月底前下达')).toBe(1);
    expect(statedFigureCount('于9月30日前全部开工')).toBe(0);
  });

  it('reads a count noun as the figure it asks for', () => {
    expect(countNounFigure('户数')?.test('3200户')).toBe(true);
    expect(countNounFigure('投资额')).toBeUndefined();
  });
});

describe('a short side answered by the other side’s sentence', () => {
  it('answers a second count asked of the same plan, once', () => {
    const result = combined('2025年全市计划改造的小区数和户数分别是多少', '2025年全市计划改造城镇老旧小区48个，涉及居民3200户、楼栋210栋。');
    expect(result?.answered).toBe(true);
    expect(result?.answer).toBe('2025年全市计划改造城镇老旧小区48个，涉及居民3200户、楼栋210栋。[1]');
    expect(result?.citations).toHaveLength(1);
  });

  it('answers how many batches, and what a figure was changed to', () => {
    expect(combined('临政办〔2025〕7号安排的市级补助资金是多少，分几批', '市级补助资金0.9亿元，分三批下达，第一批0.3亿元于5月底前下达。')?.answered).toBe(true);
    expect(combined('楼道照明补助原来是多少，后来调成了多少', '将楼道照明补助由每盏60元调整为每盏80元。')?.answered).toBe(true);
  });

  it('stays refused when the sentence does not answer the short side', () => {
    // No second figure beside the first.
    expect(combined('楼道照明补助原来是多少，后来调成了多少', '楼道照明补助为每盏60元。')?.answered).toBe(false);
    // A figure of another kind: 户, where 台 is asked.
    expect(combined('2025年全市计划改造多少个小区，加装电梯多少台', '2025年全市计划改造城镇老旧小区48个，涉及居民3200户。')?.answered).toBe(false);
    // The thing asked is not in the sentence.
    expect(combined('2025年全市计划改造多少个小区，加装电梯多少', '2025年全市计划改造城镇老旧小区48个，涉及居民3200户。')?.answered).toBe(false);
    // A difference asked is another figure.
    expect(combined('2024年改造一共投了多少钱，比上一年涨了多少', '2024年改造安排资金1800万元，其中市级400万元。')?.answered).toBe(false);
    // Nothing counted asked.
    expect(combined('2025年要改造的48个小区都是哪些，有具体名单吗', '2025年计划改造城镇老旧小区48个，涉及居民3200户。')?.answered).not.toBe(true);
  });
});
