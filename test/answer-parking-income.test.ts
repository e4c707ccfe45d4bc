// What residents call the money a compound's parking brings in ("车位租出去收的钱", "停车位收的钱…账目") is what documents
// call 停车收益 / 公共收益 and its 收支情况: such questions are answered from those sentences, not refused as a topic the
// library lacks.
import { describe, expect, it } from 'vitest';
import { getSynonyms } from '../src/text/synonyms.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '对市人大第18号建议的答复', issuer: '青川市住房和城乡建设局', kind: 'reply' }, `对市人大第18号建议的答复

王代表：
您提出的关于加强老旧小区停车管理的建议收悉，现答复如下：
一、关于停车位建设
2024年全市结合老旧小区改造新增停车位1450个，施划夜间限时停车泊位620个。
二、关于停车收益管理
利用小区共有部分设置的停车位，其收益在扣除必要管理成本后归全体业主共有，主要用于小区公共设施维修养护，收支情况每季度公示一次。
三、关于加装电梯
2024年全市加装电梯86台，每台补助15万元。
`);

const PLAN = libraryDocument({ title: '青川市2025年城镇老旧小区改造计划', issuer: '青川市人民政府办公室' }, `青川市2025年城镇老旧小区改造计划

一、改造任务
2025年全市计划改造城镇老旧小区96个，涉及居民12480户。
二、改造内容
基础类改造包括供水、排水、供电、燃气、道路等配套设施改造。
三、时间节点
6月30日前全部开工，11月30日前基本完工。
四、长效管理
改造后的小区应当引入专业化物业服务或者实行社区托管。
`);

const library = testLibrary({ files: { 'qingchuan_reply.txt': REPLY, 'qingchuan_plan.txt': PLAN } }, { timeout: 120_000 });

describe('the money parking brings in, said as residents say it', () => {
  it('answers who the money from renting out parking spaces belongs to', async () => {
    const a = await library.ask('物业把院里车位租出去收的钱归谁');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('全体业主共有');
  });

  it('reads the accounts of that money as the documents word them', () => {
    expect(getSynonyms().wordingFor('账目', '停车位收的钱多久公示一次账目')).toEqual(expect.arrayContaining(['收支情况', '公示']));
    expect(getSynonyms().wordingFor('停车费', '院里停车费用在哪了')).toEqual(expect.arrayContaining(['停车收益', '公共收益']));
  });
});
