import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';
import { documentChunks, extractiveAsker } from './support/services.js';

// A plan whose numbered items open with a run-in heading ("2.满意度测评。") and then say what the item requires.
const plan = '云岭市城镇老旧小区改造实施方案';
const chunks = [
  ...documentChunks('yl-plan', { title: plan, kind: 'policy' }, [
    ['四、实施程序 > （三）竣工验收', '1.联合验收。项目竣工后30日内，由县区住建部门组织联合验收。\n2.满意度测评。居民满意度低于80%的，不得通过验收，由施工单位限期整改。'],
    ['二、改造内容 > （二）改造内容', '1.基础类。满足居民安全需要和基本生活需求的内容，包括：\n（1）供水、排水、供电等配套基础设施改造；\n（2）屋面防水、外墙保温等节能改造。\n2.完善类。满足居民生活便利需要的内容，包括加装电梯、停车场。'],
    ['三、资金筹措', '外墙保温等节能改造纳入基础类改造内容，优先使用中央和省级补助资金。'],
    ['五、长效管理', '改造完成后，根据小区实际选择专业化物业服务、街道社区托管或业主自治等管理模式。'],
  ]),
];
const ask = extractiveAsker(chunks, 5);

describe('a run-in heading is read with the item it heads', () => {
  it('keeps "2.满意度测评。" with the sentence after it', () => {
    const texts = splitSentences('2.满意度测评。居民满意度低于80%的，不得通过验收。').map((s) => s.text);
    expect(texts).toEqual(['2.满意度测评。居民满意度低于80%的，不得通过验收。']);
  });

  it('keeps short list items that share a paragraph apart', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('主要任务：1.完成摸底。2.制定方案。3.组织实施。')).toEqual([
      '主要任务：1.完成摸底。',
      '2.制定方案。',
      '3.组织实施。',
    ]);
    expect(texts('（一）动员部署。（二）全面实施。（三）总结验收。')).toEqual(['（一）动员部署。', '（二）全面实施。', '（三）总结验收。']);
  });

  it('answers what an item requires with its requirement, not its heading alone', async () => {
    const a = await ask('实施方案对居民满意度有什么要求？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('低于80%');
    expect(a.answer).not.toMatch(/满意度测评\[\d\]/u);
  });

  it('answers what a kind is with the item that describes it', async () => {
    const a = await ask('什么是老旧小区改造里的“基础类”内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^1\.基础类。满足居民安全需要/u);
  });
});
