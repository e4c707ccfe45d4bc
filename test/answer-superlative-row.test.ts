// "三个标段里中标金额最低的是哪家" (issue #10, sentence choice by question type): which one holds the lowest or highest
// figure of a table's column. The table states each row's figure and no sentence says which is lowest, so the answer
// was the nearest prose sentence ("三个标段中标金额合计…"); now it is the row holding it, under the table's header.
import { describe, expect, it } from 'vitest';
import { cellFigure, superlativeAsked } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const AWARD = libraryDocument({ title: '2025年青川区城镇老旧小区改造工程施工中标结果公告' }, `2025年青川区城镇老旧小区改造工程施工中标结果公告

一、项目基本情况
本工程涉及青川区老旧小区32个，划分为三个标段，最高投标限价合计5200.00万元。

二、中标结果
标段｜中标单位｜中标金额｜工期｜项目经理
一标段｜临川恒远建设有限公司｜1986.40万元｜150日历天｜甲某某
二标段｜青川市安居建筑有限公司｜1320.15万元｜120日历天｜乙某某
三标段｜临川城建集团有限公司｜1702.80万元｜140日历天｜丙某某
三个标段中标金额合计5009.35万元，比最高投标限价下浮3.7%。
`);

const SCORES = libraryDocument({ title: '青川区2024年度改造补助资金绩效评价报告' }, `青川区2024年度改造补助资金绩效评价报告

五、各街道得分
街道｜得分｜等级
东城街道｜91.2｜优
西城街道｜78.6｜中
南城街道｜86.4｜良
西城街道得分最低，主要因档案管理扣分较多。
`);

const library = testLibrary({ files: { 'qingchuan_zhongbiao.txt': AWARD, 'qingchuan_jixiao.txt': SCORES } }, { timeout: 120_000 });

describe('which one holds the highest or lowest figure of a table', () => {
  it('answers with the row holding the lowest figure of the column named', async () => {
    const a = await library.ask('青川区改造工程三个标段里中标金额最低的是哪家？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('青川市安居建筑有限公司｜1320.15万元');
    expect(a.answer).not.toContain('临川恒远建设有限公司');
    expect(a.answer).not.toContain('合计5009.35万元');
  });

  it('answers with the row holding the highest one', async () => {
    const a = await library.ask('青川区改造工程三个标段里中标金额最高的是哪家？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('临川恒远建设有限公司｜1986.40万元');
    expect(a.answer).not.toContain('青川市安居建筑有限公司');
  });

  it('leaves it to the text where the text says it itself', async () => {
    const a = await library.ask('青川区绩效评价里哪个街道得分最低？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('西城街道得分最低');
  });

  it('reads which one asked from a limit asked with 最', () => {
    expect(superlativeAsked('三个标段里中标金额最低的是哪家')).toMatchObject({ highest: false, word: '最低', compared: '三个标段里中标金额' });
    expect(superlativeAsked('台账里总投资最大的是哪个小区')).toMatchObject({ highest: true, word: '最大' });
    expect(superlativeAsked('用公积金最多能取多少')).toBeUndefined();
    expect(superlativeAsked('最晚什么时候报到哪个部门')).toBeUndefined();
    expect(cellFigure('1518.66万元')).toBe(1518.66);
    expect(cellFigure('61.9%')).toBe(61.9);
    expect(cellFigure('在建（屋面完成80%）')).toBeUndefined();
  });
});
