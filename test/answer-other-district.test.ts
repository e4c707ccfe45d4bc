// A district or county the library never names, asked inside a city it does: a report on another district of that city
// is that district's fact, not the answer; a document of the whole city still answers for any of its districts.
import { describe, expect, it } from 'vitest';
import { testLibrary } from './support/library.js';

const DISTRICT_REPORT = `---
title: 关于青溪区城镇老旧小区改造工作情况的调研报告
issuer: 云岭市青溪区人大常委会调研组
kind: policy
---
关于青溪区城镇老旧小区改造工作情况的调研报告

一、基本情况
2023年，全区完成改造城镇老旧小区37个，涉及居民5260户，完成投资1.86亿元。

二、存在的问题
部分小区居民出资意愿不强，改造后长效管理机制尚未建立。

（云岭市青溪区人大常委会调研组 2024年9月）
`;

const CITY_RULE = `---
title: 云岭市既有住宅加装电梯实施办法
issuer: 云岭市人民政府
kind: policy
---
云岭市既有住宅加装电梯实施办法

第一条 本市行政区域内既有住宅加装电梯，适用本办法。
第二条 市级财政对既有住宅加装电梯每台补助10万元。
`;

const t = testLibrary({ files: { 'report.txt': DISTRICT_REPORT, 'rule.txt': CITY_RULE } }, { timeout: 120_000 });

describe('a district the library never names', () => {
  it("is not answered with another district's report", async () => {
    const a = await t.ask('云岭市白石区2023年改造了多少个老旧小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('白石');
  });

  it('the district the report is about is answered from it', async () => {
    const a = await t.ask('云岭市青溪区2023年改造了多少个老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('37个');
  });

  it('is answered from a document of the whole city', async () => {
    const a = await t.ask('云岭市白石区加装电梯每台补助多少钱？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10万元');
  });
});
