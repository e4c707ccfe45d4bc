// A how-many question is answered by a sentence that states the figure: numeral characters inside words ("一户一表",
// "统一") are no figure (src/text/numerals.ts), so a library that only names the measure has no answer to give.
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { createTestServices, type TestServices } from './support/services.js';
import { libraryDocument } from './support/library.js';

const PLAN = libraryDocument({ title: '临川区老旧小区供水改造实施方案', issuer: '临川区住房和城乡建设局' }, `临川区老旧小区供水改造实施方案

一、改造内容
老旧小区供水管网改造实行一户一表，由供水企业统一抄表到户。

二、资金安排
改造资金由区财政统一安排，供水企业承担户表以内的改造费用。
`);
const FIGURE = '\n三、完成情况\n2023年全区完成一户一表改造1260户。\n';

const libraries: TestServices[] = [];

async function library(text: string): Promise<TestServices> {
  const t = await createTestServices({ files: { 'linchuan_water.txt': text } });
  libraries.push(t);
  return t;
}

afterAll(async () => {
  for (const t of libraries) await t.cleanup();
});

describe('numerals inside words are not figures', () => {
  it('asked how many households, a sentence that only names 一户一表 is not the answer', async () => {
    const t = await library(PLAN);
    const a = await answerQuestion(t.services, '一户一表改造了多少户？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('无法作答');
  });

  it('the same question is answered where the library states the count', async () => {
    const t = await library(PLAN + FIGURE);
    const a = await answerQuestion(t.services, '一户一表改造了多少户？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1260户');
  });
});

describe('figures written with 万 or 亿 before their unit', () => {
  const SURVEY = libraryDocument({ title: '临川区既有住宅摸底调查情况通报' }, `临川区既有住宅摸底调查情况通报

一、调查结果
据摸底调查，全省需要改造的老旧住宅大约有1.2亿平方米，涉及居民约300万户。
`);

  it('asked how large an area, a sentence stating 1.2亿平方米 is the answer', async () => {
    const t = await library(SURVEY);
    const a = await answerQuestion(t.services, '全省需要改造的老旧住宅大概有多大面积？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('1.2亿平方米');
  });
});
