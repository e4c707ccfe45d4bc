// Near misses (issue #10): a total over a span of years ("2018年至2021年，全市累计改造…214个") is no figure of the span's
// last year; a how-many answer's year is the one its figure is stated for, not a neighbouring sentence's.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';

const EXPLAINER = libraryDocument({ title: '《青川市城镇老旧小区改造实施方案（2023—2025年）》政策解读', issuer: '青川市住房和城乡建设局' }, `一、出台背景
2018年至2021年，全市累计改造城镇老旧小区214个，惠及居民约2.6万户。原改造工作意见已于2021年底到期，需要制定新的方案。

二、完成情况
2023年全市改造城镇老旧小区58个，惠及居民7400户。
`);

const explainer = testLibrary({ files: { 'qingchuan_jiedu.txt': EXPLAINER } });

describe('a total over a span of years', () => {
  it('is not the figure of the span\'s last year: refused, saying which years the library holds', async () => {
    const a = await explainer.ask('2021年全市改造了多少个老旧小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('2018—2021');
    expect(a.answer).toContain('214个');
  });

  it('is not a one-year figure when the question counts with 一共 / 总共 (ordinary counting words, no span asked)', async () => {
    for (const q of ['2021年一共改造了多少个老旧小区？', '2021年全市总共改造了多少个老旧小区？']) {
      const a = await explainer.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).toContain('2018—2021');
    }
  });

  it('answers a question asking the total over those years', async () => {
    const a = await explainer.ask('2018年至2021年全市累计改造了多少个老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('214个');
  });

  it('leaves a one-year figure answering its year', async () => {
    const a = await explainer.ask('2023年全市改造了多少个老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('58个');
  });
});

describe('a span of years written with a doubled dash', () => {
  const library = testLibrary({
    files: {
      'yunlin_jiedu.txt': libraryDocument({ title: '《云林市城镇老旧小区改造实施方案（2022——2025年）》政策解读', issuer: '云林市住房和城乡建设局' }, `一、出台背景
2018——2021年，全市累计改造城镇老旧小区214个，惠及居民约2.6万户。原改造工作意见已于2021年底到期。
`),
    },
  });

  it('is the same span as with one dash: no figure of its last year', async () => {
    const a = await library.ask('2021年全市改造了多少个老旧小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('2018—2021');
  });
});
