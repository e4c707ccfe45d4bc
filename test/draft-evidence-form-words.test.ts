// "提高屋面防水工程质量标准", "拓宽居民出资渠道": an ask names the form of what it wants (a 标准, a 渠道), while the library
// states the content ("保修期统一由2年延长至5年", "可以通过…提取住房公积金等方式出资") without naming the form. The gate asked
// every quote's passage to hold that form word, which no passage did, so the rule answering the ask was never quoted.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('xize_2025', { title: '北原市城镇老旧小区改造实施细则', number: '北政办规〔2025〕3号', kind: 'policy' }, [
  ['第四章 > 第十五条', '第十五条改造项目屋面防水工程保修期统一由2年延长至5年，保修期内渗漏由施工单位免费维修。'],
  ['第二章 > 第八条', '第八条市级财政每年安排老旧小区改造资金不少于3000万元。'],
]);
const services = () => servicesOverChunks([...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于提高老旧小区改造质量的建议

市人大代表 柏文涛

为此建议：

一、提高屋面防水工程质量标准。

二、建立屋顶绿化养护机制。`;

describe('a focus word naming the form of the ask', () => {
  it('quotes the rule stating the content asked for, and leaves a gap where the library holds nothing on the thing', async () => {
    const [roof, greening] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(roof.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('保修期统一由2年延长至5年'));
    expect(greening.citations).toEqual([]);
  });

  it('without the rule, the form word is asked of every passage and nothing is quoted', async () => {
    const [roof] = (await draftReply(services(), { text: PROPOSAL }, { tuning: { unheldFormWordsAreWording: false } })).draft!.sections;
    expect(roof.citations).toEqual([]);
  });
});
