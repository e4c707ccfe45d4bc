// A kind of a thing the library never speaks of ("历史建筑" where it only writes 建筑, "垃圾分类设施" where it only writes
// 设施) is not answered with whatever sentence holds the thing (precision): "老旧小区改造中的历史建筑怎么保护" was answered
// with the year's plan (建筑面积…), "小区垃圾分类设施改造标准是什么" with the water-supply standard.
import { describe, expect, it } from 'vitest';
import { modifiesNextNoun } from '../src/text/questionWords.js';
import { libraryDocument, testLibrary } from './support/library.js';

const PLAN = libraryDocument({ title: '关于下达2025年全市城镇老旧小区改造计划的通知', issuer: '青禾市住房和城乡建设局' }, `关于下达2025年全市城镇老旧小区改造计划的通知

一、年度计划
2025年全市计划改造城镇老旧小区86个，涉及居民15200户，建筑面积120.5万平方米，总投资5.6亿元。
二、改造标准
二次供水设施改造标准按照《青禾市二次供水设施建设技术规定》执行，由市供水公司统一验收。
三、建筑节能
外墙保温改造的建筑应当达到节能65%的设计标准。
`);

const library = testLibrary({ files: { 'qh_plan.txt': PLAN } }, { timeout: 120_000 });

describe('a kind of a thing the library never speaks of', () => {
  it('refuses how a kind of building the library never names is protected', async () => {
    const a = await library.ask('老旧小区改造中的历史建筑怎么保护？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('历史');
  });

  it('refuses the standard of a kind of facility the library never names', async () => {
    const a = await library.ask('小区垃圾分类设施改造标准是什么？');
    expect(a.answered).toBe(false);
  });

  it('still answers the standard of the facility the library does name', async () => {
    const a = await library.ask('小区二次供水设施改造标准是什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('二次供水设施建设技术规定');
  });

  it('reads a noun as a kind only right before another noun', () => {
    expect(modifiesNextNoun('老旧小区改造中的历史建筑怎么保护？', '历史')).toBe(true);
    expect(modifiesNextNoun('小区垃圾分类设施改造标准是什么？', '分类')).toBe(true);
    expect(modifiesNextNoun('辽阳白塔有多高，门票多少钱', '门票')).toBe(false);
    expect(modifiesNextNoun('资金办法最新的版本里基础类补助是多少？', '版本')).toBe(false);
  });
});
