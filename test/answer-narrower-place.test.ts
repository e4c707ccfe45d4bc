// "晋中市太谷区…" where the library names 晋中 (through its 榆次区) but never 太谷: the place asked is the district, so a
// 榆次区 figure is no answer; the district the library holds is still answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { createTestServices, type TestServices } from './support/services.js';

const NEWS = `---
title: 榆次区老旧小区改造见成效
kind: policy
---
榆次区老旧小区改造见成效

记者从山西省晋中市榆次区住房和城乡建设局获悉，2023年榆次区共改造老旧小区46个，惠及居民11280户。
`;

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices({ files: { 'news.txt': NEWS } });
}, 120_000);
afterAll(async () => {
  await t?.cleanup();
});

describe('a district inside a city the library names', () => {
  it('refuses a district the library never names, not answering with another district of the same city', async () => {
    const a = await answerQuestion(t.services, '晋中市太谷区2023年改造了多少个老旧小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('46个');
  });

  it('answers the district it holds', async () => {
    const a = await answerQuestion(t.services, '晋中市榆次区2023年改造了多少个老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('46个');
  });
});
