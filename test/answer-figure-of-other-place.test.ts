// "白沙县今年完工了多少个小区" was answered by a news item's "…今年该区12个小区还在扫尾，将确保12月底前全部完工" (该区:
// 青川区, named the sentence before) beside "在白沙县、东岭县的4个小区同步建设了社区食堂"; "白沙县2025年计划加装几台电梯"
// by the city's plan "…加装电梯60台，力争白沙县、东岭县加装电梯实现零的突破". The place asked is named, but not as the
// place of the figure. Now each figure is read with its place (its clause's, the sentence's before it, 该区's, the
// document's), and such an answer is refused saying whose figure the library states. The county's own figure still
// answers.
import { describe, expect, it } from 'vitest';
import { placesOfFigures } from '../src/text/figurePlaces.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const NEWS = policyFile('临川市老旧小区改造项目全部开工', '临川市住房和城乡建设局', [
  '青川区是今年改造任务完成较晚的地区。区住房城乡建设局负责人坦言，今年该区12个小区还在扫尾，将确保12月底前全部完工。',
  '据介绍，今年全市改造中更新燃气管道9.6公里；在白沙县、东岭县的4个小区同步建设了社区食堂和老年人活动室。',
]);

const PLAN = policyFile('临川市住房和城乡建设局2024年城镇老旧小区改造工作总结', '临川市住房和城乡建设局', [
  '一、主要成效\n全年改造老旧小区96个，加装电梯48台，其中青川区30台，临川区18台。',
  '二、2025年工作打算\n2025年计划改造老旧小区120个，加装电梯60台，力争白沙县、东岭县加装电梯实现零的突破。',
]);

/** The city bureau's report on one county: the county's document, whoever issued it. */
const COUNTY_BY_CITY = policyFile('白沙县老旧小区改造调研报告', '临川市住房和城乡建设局', [
  '一、基本情况\n白沙县共有2000年底前建成的老旧小区40个。',
  '二、进展\n今年完工老旧小区9个，惠及居民1260户，白沙县年度改造任务全面完成。',
]);

const COUNTY = policyFile('白沙县2025年城镇老旧小区改造工作情况', '白沙县住房和城乡建设局', ['今年白沙县完工老旧小区9个，惠及居民1260户。']);

/** Other documents of the library, so that the words asked are as rare in it as in a bureau's. */
const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山', '文昌', '解放', '人民'].map((street, i) => [
    `street-${i}.txt`,
    policyFile(`${street}街道老旧小区改造工作情况`, `临川市${street}街道办事处`, [`${street}街道今年改造老旧小区${i + 3}个，完成外墙保温和管网更新，居民满意率达到9${i}%。`]),
  ]),
);

describe('the place a figure is of', () => {
  const count = /\d\s*个/u;
  it('is the place its clause names, all of a list', () => {
    expect(placesOfFigures('今年全市更新燃气管道9.6公里；在白沙县、东岭县的4个小区同步建设了社区食堂。', count, { documentPlace: '临川' })).toEqual([['东岭', '白沙']]);
  });
  it('is the place 该区 refers to in the text before', () => {
    expect(placesOfFigures('今年该区12个小区还在扫尾。', count, { before: '青川区是今年改造任务完成较晚的地区。', documentPlace: '临川' })).toEqual([['青川']]);
  });
  it('is the document\'s place when the place is named only in a later clause', () => {
    expect(placesOfFigures('加装电梯60台，力争白沙县加装电梯实现零的突破。', /\d\s*台/u, { documentPlace: '临川' })).toEqual([['临川']]);
    expect(placesOfFigures('加装电梯48台，其中青川区30台。', /\d\s*台/u, { documentPlace: '临川' })).toEqual([['临川'], ['青川']]);
  });
  it('is not read from a table row, whose columns name it', () => {
    expect(placesOfFigures('加装电梯补助（每台）\t12万元\t8万元', /\d\s*(?:万\s*)?元/u, { documentPlace: '临川' })).toEqual([[], []]);
  });
});

describe('a figure asked of a county, the library stating it only for another place', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'news.txt': NEWS, 'plan.txt': PLAN, ...OTHERS } });

  it('is refused when the county is named only beside another place\'s figure', async () => {
    const a = await t.ask('白沙县今年完工了多少个小区');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有写明白沙县的这一数字');
    expect(a.answer).toContain('青川区的');
  });

  it('is refused when the county is named after the city\'s figure', async () => {
    const a = await t.ask('白沙县2025年计划加装几台电梯');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('临川市的');
  });
});

describe('a figure asked of a county the library states', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'news.txt': NEWS, 'county.txt': COUNTY, ...OTHERS } });

  it('is answered with the county\'s own figure', async () => {
    const a = await t.ask('白沙县今年完工了多少个小区');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9个');
  });

});

describe('a figure the city bureau states in its report on a county', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'report.txt': COUNTY_BY_CITY, ...OTHERS } });

  it('is the county\'s, answered, not refused as the city\'s figure', async () => {
    const a = await t.ask('白沙县今年完工了多少个小区');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9个');
  });
});
