// "哪几个街道…各几个", "包括哪几个方面": a sentence listing the names with their counts ("府山街道12个、荷花街道10个",
// "任务完成（40分）、资金使用（20分）…四个方面") names them; it is no count without names, and the answer is given.
import { describe, expect, it } from 'vitest';
import { countsWithoutNaming } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const PLAN = libraryDocument({ title: '青川区2025年城镇老旧小区改造工作安排' }, `青川区2025年城镇老旧小区改造工作安排

一、任务分解
2025年全区计划改造城镇老旧小区38个。
金山街道12个、银湖街道10个、铜岭街道9个、铁桥街道7个。

二、考核评价
年度考核实行百分制，包括任务完成（40分）、资金使用（30分）、群众满意（30分）三个方面。
`);

const library = testLibrary({ files: { 'qingchuan_anpai.txt': PLAN } }, { timeout: 120_000 });

describe('names listed with their counts', () => {
  it('answers which 街道 and how many each from the list of names with counts', async () => {
    const a = await library.ask('青川区哪几个街道有改造任务，各几个');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('金山街道12个');
  });

  it('answers which aspects from a list whose last item has a note before the count', async () => {
    const a = await library.ask('青川区年度考核包括哪几个方面');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('资金使用（30分）');
  });

  it('reads the lists at the text layer, and a count alone still names none', () => {
    expect(countsWithoutNaming(['金山街道12个、银湖街道10个、铜岭街道9个'], '街道')).toBe(false);
    expect(countsWithoutNaming(['包括任务完成（40分）、资金使用（30分）、群众满意（30分）三个方面'], '方面')).toBe(false);
    // A total and a qualified part of it name none: "哪几个小区" is not answered by them.
    expect(countsWithoutNaming(['全区共有小区12个、老旧小区8个'], '小区')).toBe(true);
    expect(countsWithoutNaming(['全区有街道5个、涉农街道2个'], '街道')).toBe(true);
    expect(countsWithoutNaming(['全区改造涉及3个街道'], '街道')).toBe(true);
    expect(countsWithoutNaming(['改造小区126个、涉及居民15860户'], '小区')).toBe(true);
  });
});
