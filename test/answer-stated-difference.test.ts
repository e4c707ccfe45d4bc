// "2024年完成的小区比2023年多了多少个？" asks the difference between two years' figures: the answer gives each year's
// figure and the sentence of the same passage stating the difference, not the later year's figure alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { ASKS_DIFFERENCE, STATES_DIFFERENCE } from '../src/text/index.js';
import { testLibrary } from './support/library.js';
import { makeChunk } from './support/services.js';
import { citationOf } from '../src/grounding/passages.js';
import { withStatedDifference } from '../src/answer/offline/strategies/difference.js';

const REVIEW = [
  '---',
  'title: 北川市2024年城镇老旧小区改造工作总结',
  'issuer: 北川市住房和城乡建设局',
  'kind: policy',
  '---',
  '北川市2024年城镇老旧小区改造工作总结',
  '',
  '一、主要成效',
  '（一）改造任务超额完成。2024年全市计划改造老旧小区118个，实际完成124个，惠及居民1.53万户，完成投资6.08亿元。2023年计划105个，实际完成109个，惠及居民1.36万户。2024年完成数比2023年多15个。2019年至2024年，全市累计改造老旧小区560个。',
  '（二）加装电梯。2024年全市加装电梯46台，其中东城区30台。',
  '',
].join('\n');

const TWO_MEASURES = [
  '---',
  'title: 南溪市2024年城镇老旧小区改造工作情况',
  'issuer: 南溪市住房和城乡建设局',
  'kind: policy',
  '---',
  '南溪市2024年城镇老旧小区改造工作情况',
  '',
  '一、主要成效',
  '2024年全市完成老旧小区改造120个，比2023年多15个；2024年加装电梯80部，比2023年增加30部。加装电梯应当经本单元业主表决，业主同意比例不低于三分之二。',
  '',
].join('\n');

const t = testLibrary({ files: { 'beichuan_zongjie_2024.txt': REVIEW } });
const measures = testLibrary({ files: { 'nanxi_qingkuang_2024.txt': TWO_MEASURES } });

describe('a question asking the difference between two years', () => {
  it('tells a difference asked from a figure asked, and a sentence stating one', () => {
    expect(ASKS_DIFFERENCE.test('2024年全市改造完成的小区比2023年多了多少个？')).toBe(true);
    expect(ASKS_DIFFERENCE.test('2023年和2024年两年之间，全市实际改造完成的小区数差多少')).toBe(true);
    expect(ASKS_DIFFERENCE.test('2024年全市改造完成了多少个小区？')).toBe(false);
    expect(STATES_DIFFERENCE.test('2024年完成数比2023年多15个')).toBe(true);
    expect(STATES_DIFFERENCE.test('完成投资4.85亿元，同比增长18.6%')).toBe(true);
    expect(STATES_DIFFERENCE.test('2024年全市计划改造老旧小区118个，实际完成124个')).toBe(false);
    for (const notADifference of ['加装电梯业主同意比例至少多少？', '补助比例最少多少', '两栋楼之间间距至少多少米', '比较老的小区至少几年']) {
      expect(ASKS_DIFFERENCE.test(notADifference)).toBe(false);
    }
    expect(STATES_DIFFERENCE.test('业主同意比例至少三分之二')).toBe(false);
  });

  it('gives the difference of the measure asked, once, and none to a question asking a rule', async () => {
    const lifts = await answerQuestion(measures.services, '2024年加装电梯比2023年多了多少部？');
    expect(lifts.answered).toBe(true);
    expect(lifts.answer.split('增加30部').length - 1).toBe(1);
    expect(lifts.answer).not.toContain('多15个');
    const share = await answerQuestion(measures.services, '加装电梯业主同意比例至少多少？');
    expect(share.answer).not.toContain('增加30部');
  });

  it('answers with both years’ figures and the difference the passage states', async () => {
    const answer = await answerQuestion(t.services, '2024年全市改造完成的小区比2023年多了多少个？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('124个');
    expect(answer.answer).toContain('109个');
    expect(answer.answer).toContain('多15个');
  });

  it('leaves a question asking one year’s figure as it was', async () => {
    const answer = await answerQuestion(t.services, '2024年全市实际完成改造多少个老旧小区？');
    expect(answer.answer).toContain('124个');
    expect(answer.answer).not.toContain('多15个');
  });
});

describe('the passage a difference is read from', () => {
  it('is the chunk the answer quotes, even when another of its section opens with the same words', () => {
    const section = '一、主要成效';
    const other = makeChunk({ docId: 'zongjie', sectionPath: section, text: '2024年全市加装电梯80部。其中东城区30部，西城区50部。' }, 0);
    const quoted = makeChunk({ docId: 'zongjie', sectionPath: section, text: '2024年全市加装电梯80部。2023年全市加装电梯50部。2024年比2023年增加30部。' }, 1);
    const passages = [other, quoted].map((chunk, i) => ({ n: i + 1, chunk, score: 1 }));
    const answer = { answered: true, answer: '2024年全市加装电梯80部[1]。', citations: [citationOf(1, quoted, '2024年全市加装电梯80部。')], evidence: { sentence: 1, passage: 1 } };
    const completed = withStatedDifference('2024年加装电梯比2023年多了多少部？', answer, passages);
    expect(completed.answer).toContain('增加30部');
  });
});
