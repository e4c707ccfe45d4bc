// A comparison's sides are each asked what is compared (issue #10, comparisons): "…，跟白河县比哪个高？" asks the first
// clause's question of 白河县, and a side answered with a sentence on another matter (a news item's 物业费 subsidy
// for "加装电梯补助") has not been found: half an answer is not given as the whole.
import { describe, expect, it } from 'vitest';
import { WEIGHED_AGAINST } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const QINGCHUAN = libraryDocument({ title: '青川市既有住宅加装电梯补助办法' }, `青川市既有住宅加装电梯补助办法

第五条 青川市城区既有住宅加装电梯的，每台补助15万元。
`);
const BAIHE = libraryDocument({ title: '白河县加装电梯工作情况' }, `白河县加装电梯工作情况

白河县对既有住宅加装电梯每台补助最高18万元，累计加装电梯96台。

二、汛期施工
白河县汛期雨水多，外墙施工的质量要求比平时高，汛期前完成屋面防水。
`);
const SHIMEN = libraryDocument({ title: '石门县：老小区改出新面貌' }, `石门县：老小区改出新面貌

记者从石门县住房和城乡建设局了解到，2023年石门县共完成老旧小区改造38个，惠及居民9420户。石门县引入国有物业企业对无物业小区实行兜底托管，物业费前两年由县财政补贴一半。
`);

const library = testLibrary({ files: { 'qingchuan_dianti.txt': QINGCHUAN, 'baihe_dianti.txt': BAIHE, 'shimen_xinwen.txt': SHIMEN } }, { timeout: 120_000 });

describe('what a comparison compares, on each side', () => {
  it('asks the first clause of the side a "跟…比哪个高" clause names', async () => {
    const a = await library.ask('青川市加装电梯每台补多少，跟白河县比哪个高？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15万元');
    expect(a.answer).toContain('18万元');
    expect(a.answer).not.toContain('汛期');
    expect(WEIGHED_AGAINST.exec('跟海口比哪个高')?.[1]).toBe('海口');
    expect(WEIGHED_AGAINST.exec('和2022年相比哪个多')?.[1]).toBe('2022年');
    expect(WEIGHED_AGAINST.test('跟物业企业签合同要多久')).toBe(false);
  });

  it('refuses when one side speaks of another matter only', async () => {
    const a = await library.ask('加装电梯补助，青川市和石门县各是多少？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('无法两方对照作答');
    expect(a.answer).toContain('15万元');
  });
});
