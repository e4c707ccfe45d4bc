// "小区里电瓶车充电一度电最多能收几块钱", "一平米要掏多少": a price or a payment asked without its unit is a sum of money,
// so the sentence stating the price answers ("收费不高于每度电1元"), not the nearest sentence with any figure ("新增充电
// 端口3000个"); a count after the verb ("收多少户") or parts asked ("分哪几块") stay what they were.
import { describe, expect, it } from 'vitest';
import { askedFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

describe('a price or a payment asked without its unit', () => {
  it('asks a sum of money', () => {
    for (const q of ['小区电动车充电，一度电最多收多少', '小区里电瓶车充电一度电最多能收几块钱', '改造时我们自己一平米要掏多少', '停一次车交几块钱？']) {
      expect(askedFigure(q)?.test('每度电1元'), q).toBe(true);
      expect(askedFigure(q)?.test('充电端口3000个'), q).toBe(false);
    }
  });

  it('leaves counts and parts alone', () => {
    expect(askedFigure('今年一共收多少户')?.test('120户')).toBe(true);
    expect(askedFigure('竣工验收打分分哪几块')).toBeUndefined();
    expect(askedFigure('改造的钱从哪几块来')).toBeUndefined();
    // 验收, 接收, 提交, 交付 take in or hand over projects, homes or papers, not money.
    for (const q of ['今年共验收了多少', '今年接收多少？', '安置房交付多少', '申报材料要提交多少？']) expect(askedFigure(q)?.test('120元') ?? false, q).toBe(false);
  });

  const REPLY = policyFile('对市人大第12号建议的答复', '临川市住房和城乡建设局', [
    '2025年全市计划改造城镇老旧小区80个，新增停车泊位1500个、电动自行车充电端口2600个，改造小区居民满意度达到90%以上。',
    '改造小区电动自行车充电设施由县区统一招标建设，充电收费不高于每度电1元（含服务费），由运营单位公示收费标准。',
  ]);
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_reply.txt': REPLY } });

  it('answers with the sentence stating the price', async () => {
    const a = await t.ask('小区里电瓶车充电一度电最多能收几块钱');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不高于每度电1元');
  });
});
