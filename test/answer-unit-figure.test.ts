// A figure asked of a county or district is stated by one sentence of that unit for the year asked (issue #10,
// precision): not the city's figure, another district's, nor the unit's figure of another year quoted beside it.
import { describe, expect, it } from 'vitest';
import { statesWholeScopeTotal } from '../src/text/places.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPORT = libraryDocument({ title: '青川市2024年城镇老旧小区改造工作总结', issuer: '青川市住房和城乡建设局' }, `青川市2024年城镇老旧小区改造工作总结

一、总体完成情况
2023年全市计划改造135个，实际完成142个。2024年全市实际完成改造城镇老旧小区160个。分县区看，2024年东城区完成58个，南岭县31个，白水县27个，其余各县合计44个。
`);
const VISIT = libraryDocument({ title: '赴青川市考察城镇老旧小区改造的报告', issuer: '红石市住房和城乡建设局' }, `赴青川市考察城镇老旧小区改造的报告

二、主要做法
（一）加装电梯补助
东城区对既有住宅加装电梯每台补助12万元，累计加装电梯143台。
`);

// A city-wide rule ("全市范围内…每台补助") applies in each of the city's districts: it is no city total.
const CITY_RULE = libraryDocument({ title: '白沙市既有住宅加装电梯补助办法', kind: 'policy', issuer: '白沙市人民政府办公室' }, `白沙市既有住宅加装电梯补助办法

第三条 全市范围内既有住宅加装电梯的，市级财政每台补助15万元。
`);
const CITY_REPORT = libraryDocument({ title: '白沙市2024年城镇老旧小区改造工作总结', issuer: '白沙市住房和城乡建设局' }, `白沙市2024年城镇老旧小区改造工作总结

一、总体完成情况
2024年全市改造完成老旧小区88个，惠及居民9200户。
`);

const library = testLibrary({ files: { 'qingchuan_zongjie.txt': REPORT, 'hongshi_kaocha.txt': VISIT } }, { timeout: 120_000 });
const cityRule = testLibrary({ files: { 'baisha_dianti.txt': CITY_RULE, 'baisha_zongjie.txt': CITY_REPORT } }, { timeout: 120_000 });

describe('a figure of a county-level unit', () => {
  it('refuses a county year the library has only the city figure for', async () => {
    const a = await library.ask('南岭县2023年完成了多少个老旧小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有南岭2023年的相关内容');
  });

  it('answers the county in the year the sentence states', async () => {
    const a = await library.ask('南岭县2024年完成了多少个老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('南岭县31个');
  });

  it('refuses a district written after its city when only another district states the sum', async () => {
    const a = await library.ask('青川市西林区加装电梯每台补多少？');
    expect(a.answered).toBe(false);
    const own = await library.ask('青川市东城区加装电梯每台补多少？');
    expect(own.answer).toContain('12万元');
  });

  it('answers a district with a rule reaching the whole city, which is no city total', async () => {
    const a = await cityRule.ask('白沙市南湖区加装电梯每台补助多少钱？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15万元');
  });

  it('reads 全市 as a total only next to a completed count', () => {
    expect(statesWholeScopeTotal('2024年全市改造完成老旧小区88个')).toBe(true);
    expect(statesWholeScopeTotal('截至2024年底，全市既有住宅累计加装电梯210台')).toBe(true);
    expect(statesWholeScopeTotal('全市范围内既有住宅加装电梯的，市级财政每台补助15万元')).toBe(false);
    expect(statesWholeScopeTotal('全市各县区要在2025年6月底前完成摸底')).toBe(false);
  });

  it('reads 所辖县区 as the city\'s units together, not a district named 所辖', async () => {
    const a = await cityRule.ask('白沙市所辖县区2024年共改造完成多少个小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('88个');
  });

  it('reads 各县区 as the city\'s units together, not a county named 各县', async () => {
    const a = await cityRule.ask('白沙市各县区2024年共改造完成多少个小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('88个');
  });
});
