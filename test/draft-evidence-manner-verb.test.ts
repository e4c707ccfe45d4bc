// "科学安排施工时间", "合理安排施工时序": the tokenizer glues the manner word to its verb (科学安排), a word no document
// writes. It says how the ask is to be done, not what it is about: the rule on when building may go on answers it. A
// section the library says nothing about stays a gap.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { isMannerWord } from '../src/text/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('rules_2023', { title: '北原市城镇老旧小区改造管理办法', number: '北政办规〔2023〕7号', kind: 'policy' }, [
  ['第三章 组织实施 > 第十二条', '第十二条全市城镇老旧小区改造施工期为每年4月15日至10月31日，其他时间不得进行室外湿作业施工。'],
  ['第三章 组织实施 > 第十三条', '第十三条改造项目竣工后应当组织居民代表参加验收。'],
]);
const services = () => servicesOverChunks([...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于提高老旧小区改造施工质量的提案

提案人：许文清

我市冬季漫长，一些改造项目赶在年底抢工，质量难以保证。为此建议：

一、要科学安排施工时间，避免在低温季节抢工。

二、在改造小区推广屋顶光伏发电，对居民安装光伏板给予补贴。`;

describe('a manner word glued to its verb', () => {
  it('is read as how, not what', () => {
    expect(isMannerWord('科学安排')).toBe(true);
    expect(isMannerWord('合理安排')).toBe(true);
    expect(isMannerWord('施工')).toBe(false);
    expect(isMannerWord('集中')).toBe(true);
    // Things of the field, not how: a domain noun, a noun with a one-character tail, two words the tokenizer keeps apart.
    expect(isMannerWord('集中供暖')).toBe(false);
    expect(isMannerWord('利用率')).toBe(false);
    expect(isMannerWord('集中充电')).toBe(false);
  });

  it('quotes the rule on the building season for "科学安排施工时间"', async () => {
    const [timing, solar] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(timing.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('施工期为每年4月15日至10月31日'));
    expect(solar.citations).toEqual([]);
  });
});
