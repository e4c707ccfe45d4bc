// "2024年完成的小区比2023年多了多少个？" asks the difference between two years' figures: the answer gives each year's
// figure and the sentence of the same passage stating the difference, not the later year's figure alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { ASKS_DIFFERENCE, STATES_DIFFERENCE } from '../src/text/index.js';
import { testLibrary } from './support/library.js';

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

const t = testLibrary({ files: { 'beichuan_zongjie_2024.txt': REVIEW } });

describe('a question asking the difference between two years', () => {
  it('tells a difference asked from a figure asked, and a sentence stating one', () => {
    expect(ASKS_DIFFERENCE.test('2024年全市改造完成的小区比2023年多了多少个？')).toBe(true);
    expect(ASKS_DIFFERENCE.test('2023年和2024年两年之间，全市实际改造完成的小区数差多少')).toBe(true);
    expect(ASKS_DIFFERENCE.test('2024年全市改造完成了多少个小区？')).toBe(false);
    expect(STATES_DIFFERENCE.test('2024年完成数比2023年多15个')).toBe(true);
    expect(STATES_DIFFERENCE.test('完成投资4.85亿元，同比增长18.6%')).toBe(true);
    expect(STATES_DIFFERENCE.test('2024年全市计划改造老旧小区118个，实际完成124个')).toBe(false);
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
