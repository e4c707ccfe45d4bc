// A sum asked for one thing ("老楼装电梯…补多少", "加装电梯补助…是多少") is not answered by a sentence on money for
// another matter (a county's yearly fund for the whole programme, a property fee subsidy): issue #10, precision.
import { describe, expect, it } from 'vitest';
import { moneyPurposeWords } from '../src/text/askedFigure.js';
import { libraryDocument, testLibrary } from './support/library.js';

const PLAN = libraryDocument({ title: '青川县城老旧小区改造实施方案', issuer: '青川县人民政府办公室' }, `青川县城老旧小区改造实施方案

一、改造范围
县城建成区内2000年底前建成的老旧小区，经摸底共41个、6230户。

二、改造内容
基础类改造包括供排水、供电、道路等；完善类改造包括加装电梯、停车场、无障碍设施等。

三、资金保障
县级财政每年安排老旧小区改造专项资金不少于1500万元，积极争取中央、省和市级补助。
`);
const NEWS = libraryDocument({ title: '白石区老旧小区改造见闻', issuer: '白石区融媒体中心' }, `白石区老旧小区改造见闻

走进白石区的一个老小区，新铺的沥青路面平整干净，楼道里亮起了感应灯。
白石区引入国有物业企业对无物业小区实行兜底托管，物业费按每平方米每月0.4元收取，前两年由区财政补贴一半。

居民还盼着加装电梯，街道正在逐栋征求意见。
`);
const LIFTS = libraryDocument({ title: '青川市既有住宅加装电梯问答', issuer: '青川市住房和城乡建设局' }, `青川市既有住宅加装电梯问答

问：加装电梯政府补助多少钱？
答：市区范围内加装电梯的，每台补助15万元。
问：改造要居民出钱吗？
答：居民按房屋建筑面积出资，以一套80平方米的住房为例，出资不低于400元。
`);

const library = testLibrary({ files: { 'qingchuan_fangan.txt': PLAN, 'baishi_news.txt': NEWS } }, { timeout: 120_000 });
const lifts = testLibrary({ files: { 'qingchuan_fangan.txt': PLAN, 'qingchuan_dianti.txt': LIFTS } }, { timeout: 120_000 });

describe('money for another matter', () => {
  it('refuses a lift subsidy asked of a county whose only sum is its yearly fund', async () => {
    const a = await library.ask('青川县城的老楼装电梯，县里给补贴吗？补多少？');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/1500万元\[/u);
  });

  it('does not give a property fee subsidy as a district lift subsidy', async () => {
    const a = await library.ask('加装电梯补助，白石区是多少？');
    expect(a.answered).toBe(false);
  });

  it('still answers the sum stated for the thing asked, and the asker\'s 房子 as the document\'s 住房', async () => {
    expect((await lifts.ask('加装电梯补助，青川市区是多少？')).answer).toContain('15万元');
    const own = await lifts.ask('改造要自己掏钱不？80平的房子大概得出多少');
    expect(own.answered).toBe(true);
    expect(own.answer).toContain('400元');
  });

  it('reads what the money is for, not who pays or where it is written', () => {
    const isPlace = (w: string) => /青川|白石/u.test(w);
    expect(moneyPurposeWords(['加装电梯', '补助', '白石区'], isPlace)).toEqual(['加装电梯']);
    expect(moneyPurposeWords(['射阳县', '城', '老楼', '电梯', '县里', '补贴'], (w) => w.startsWith('射阳'))).toEqual(['老楼', '电梯']);
    expect(moneyPurposeWords(['规定', '市', '财政', '老旧小区改造'], isPlace)).toEqual(['老旧小区改造']);
  });
});
