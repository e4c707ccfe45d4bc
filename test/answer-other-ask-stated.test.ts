// "计划改多少个小区，涉及多少户": a two-part question whose parts are answered on their own. When the sentence answering
// one part states the other part's figure too ("计划改造80个小区，涉及居民9300户"), the question is answered with it,
// not refused as half an answer. A part that sentence does not answer (another thing counted in the same unit, a
// figure of another kind) keeps the refusal. Library and questions written for this test.
import { describe, expect, it } from 'vitest';
import { answersOtherAsk } from '../src/text/otherAskStated.js';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import type { Answer } from '../src/types.js';
import { libraryDocument, testLibrary } from './support/library.js';

const PLAN = libraryDocument({ title: '青河市2026年城镇老旧小区改造计划' }, `青河市2026年城镇老旧小区改造计划

一、改造任务
2026年全市计划改造城镇老旧小区80个，涉及居民9300户。

二、市级补助
市级补助资金0.9亿元，分三批下达，第一批于3月底前下达。

三、补助标准调整
将基础类改造市级补助由每平方米30元调整为每平方米45元。
`);

const t = testLibrary({ files: { 'qinghe_plan.txt': PLAN } });

describe('a two-part question whose first answer states the second part too', () => {
  it('answers the count of estates and households from the one sentence stating both', async () => {
    const a = await t.ask('2026年全市计划改造的小区数和户数分别是多少');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('80个');
    expect(a.answer).toContain('9300户');
  });

  it('answers a sum and how many instalments from the sentence stating both', async () => {
    const a = await t.ask('2026年的市级补助资金是多少，分几批下达');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('分三批');
  });

  it('answers the old and the new standard from the sentence stating the change', async () => {
    const a = await t.ask('基础类改造补助原来是多少，后来调成了多少');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('每平方米45元');
  });
});

describe('what the first answer does not state stays refused', () => {
  it('does not read a second figure of the same unit as a figure of another thing', () => {
    expect(answersOtherAsk('完成了多少个？', '2026年计划改造80个小区，已开工60个[1]。')).toBe(false);
  });

  it('does not read households as the households of a kind the sentence never names', () => {
    expect(answersOtherAsk('其中多少户是低保户？', '2026年计划改造80个小区，涉及居民9300户[1]。')).toBe(false);
  });

  it('needs a figure of the unit asked', () => {
    expect(answersOtherAsk('涉及多少栋楼？', '2026年计划改造80个小区，涉及居民9300户[1]。')).toBe(false);
    expect(answersOtherAsk('户数是多少？', '2026年计划改造80个小区，涉及居民9300户[1]。')).toBe(true);
  });

  it('keeps a one-sided comparison refused when the answered side does not state the other', () => {
    const compared = comparisonSides('2026年全市计划改造的小区数和楼栋数分别是多少')!;
    const quote = '2026年全市计划改造城镇老旧小区80个，涉及居民9300户。';
    const answered: Answer = {
      question: '',
      answered: true,
      answer: `${quote}[1]`,
      citations: [{ n: 1, docId: 'plan', title: '计划', number: null, section: '', quote, chunkId: 'plan#0' }],
      retrieved: [],
      engine: { llm: 'offline', embeddings: 'none' },
    };
    const refused: Answer = { ...answered, answered: false, answer: '现有文件中没有找到能回答这个问题的内容，无法作答。', citations: [] };
    expect(combineSides(compared, [answered, refused])?.answered).toBe(false);
    const households = comparisonSides('2026年全市计划改造的小区数和户数分别是多少')!;
    expect(combineSides(households, [answered, refused])).toMatchObject({ answered: true, answer: answered.answer });
  });
});
