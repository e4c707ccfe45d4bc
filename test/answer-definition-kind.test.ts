// "什么叫基础类改造内容？" asks what a kind is: the item of the list of kinds that says so ("（一）基础类：屋面防水、
// 外墙整治…", "1.基础类。满足居民安全需要…的内容") answers it, not a sentence that only files something under the kind
// ("白蚁防治属于基础类改造内容", which holds the question's words more closely).
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { documentChunks, extractiveAsker } from './support/services.js';

const faq = documentChunks('qc-faq', { title: '青川市城镇老旧小区改造政策问答', kind: 'policy' }, [
  ['', '白蚁防治属于基础类改造内容，由区住房和城乡建设局委托专业机构实施，居民不另行出资。'],
  ['', '外墙保温等节能改造纳入基础类改造内容，优先使用中央和省级补助资金。'],
]);

const colonItems: Chunk[] = documentChunks('qc-banfa', { title: '青川市城镇老旧小区改造管理办法', kind: 'policy' }, [
  [
    '第二章 改造内容 > 第五条',
    [
      '第五条 改造内容分为以下三类：',
      '（一）基础类：屋面防水、外墙整治、二次供水、排水防涝、供电、燃气、道路等配套设施和公共部位改造；',
      '（二）完善类：加装电梯、停车设施、充电设施、无障碍和适老化设施；',
      '（三）提升类：社区综合服务设施、养老托育、便民市场。',
      '基础类内容应当应改尽改，完善类、提升类内容由居民协商确定。',
    ].join('\n'),
  ],
]);

const labelledItems: Chunk[] = documentChunks('qc-fangan', { title: '青川市城镇老旧小区改造实施方案', kind: 'policy' }, [
  [
    '二、改造内容 > 1.基础类',
    ['1.基础类。满足居民安全需要和基本生活需求的内容，包括：', '（1）供水、排水、供电、燃气、道路等配套基础设施改造；', '（2）屋面防水、楼道门窗等公共部位维修。'].join('\n'),
  ],
  ['二、改造内容 > 2.完善类', '2.完善类。满足居民生活便利需要和改善型生活需求的内容，包括加装电梯、停车设施。'],
  ['三、改造标准', '基础类改造原则上每平方米建筑面积不超过350元。'],
]);

describe('what a kind of renovation content is', () => {
  it('is the kind\'s item in the list of kinds (基础类：…), not a sentence filing one thing under it', async () => {
    const a = await extractiveAsker([...faq, ...colonItems], 6)('什么叫基础类改造内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('屋面防水、外墙整治');
    expect(a.answer).not.toContain('白蚁防治属于');
  });

  it('is the sentence opening the item the kind labels (1.基础类。满足…的内容)', async () => {
    const a = await extractiveAsker([...faq, ...labelledItems], 6)('什么是老旧小区改造里的“基础类”内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('满足居民安全需要和基本生活需求');
    expect(a.answer).not.toContain('外墙保温等节能改造纳入');
  });
});
