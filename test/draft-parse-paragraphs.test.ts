// Plain proposals that put one suggestion per paragraph, with no markers (issue #11): the drafter must get one
// section per suggestion, whatever verb each paragraph opens with, after any announcing line ("为此，提出如下建议。",
// "对此，我有以下几点建议："), and never a section for the background or for the announcing line itself.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/index.js';
import { opening } from '../src/draft/frame.js';

const BACKGROUND =
  '关于加快老旧小区加装电梯工作的提案\n\n提案人：周立新\n\n近年来，我市老龄化程度不断加深，老旧小区中高龄老人上下楼困难的问题日益突出。\n\n目前加装电梯工作推进缓慢，主要原因是审批环节多、资金筹措难、低层住户意见不一。\n\n';
const ASKS = [
  '简化加装电梯审批程序，推行联合审查、一窗受理，压缩办理时限。',
  '积极争取上级补助资金，提高财政补助标准，允许业主提取住房公积金。',
  '做好低层住户的协调工作，探索建立利益平衡和补偿机制。',
];

function topics(text: string): string[] {
  return parseProposal(text).suggestions.map((s) => s.topic);
}

describe('one suggestion per paragraph, no markers', () => {
  it('gives one section per paragraph after "为此，提出如下建议。", not one for the announcing line', () => {
    const got = topics(`${BACKGROUND}为此，提出如下建议。\n\n${ASKS.join('\n\n')}\n\n以上建议，请予采纳。`);
    expect(got).toHaveLength(3);
    expect(got[0]).toContain('简化加装电梯审批程序');
    expect(got[1]).toContain('积极争取上级补助资金');
    expect(got[2]).toContain('做好低层住户的协调工作');
    expect(got.join('')).not.toMatch(/如下|以下/u);
  });

  it('reads "对此，我有以下几点建议：" as the start of the asks', () => {
    const got = topics(`${BACKGROUND}对此，我有以下几点建议：\n\n${ASKS.join('\n\n')}`);
    expect(got).toHaveLength(3);
    expect(got.join('')).not.toContain('几点');
  });

  it('with no announcing line at all, keeps the background out and every ask in, whatever verb opens it', () => {
    const got = topics(`${BACKGROUND}${ASKS.join('\n\n')}`);
    expect(got).toHaveLength(3);
    expect(got.some((t) => /老龄化|推进缓慢/u.test(t))).toBe(false);
  });

  it('takes a paragraph opening with a principle ("按照谁受益、谁出资的原则，引导…") and heads it by the action', () => {
    const text = `${BACKGROUND}${ASKS[0]}\n\n${ASKS[1]}\n\n按照谁受益、谁出资的原则，引导居民合理分担加装费用。`;
    const got = topics(text);
    expect(got).toHaveLength(3);
    expect(got[2]).toBe('引导居民合理分担加装费用');
  });

  it('takes a paragraph whose subject comes before "要" ("小区雨污分流改造要与…统筹推进") once the asks have begun', () => {
    const text =
      '关于统筹推进老旧小区地下管网改造的提案\n\n提案人：孙慧\n\n我市不少老旧小区地下管网老化严重，一到汛期就出现积水。\n\n加快编制小区地下管网改造计划，优先改造积水严重的小区。\n\n小区雨污分流改造要与市政管网建设统筹推进，避免改了接不上。\n\n改造后的管网要明确养护责任单位，定期检测疏通。';
    expect(topics(text)).toHaveLength(3);
  });
});

describe('headings after a scope clause', () => {
  it('names the action, not whom it applies to, and keeps an object named first', () => {
    const text = '关于完善老旧小区改造配套政策的建议\n\n市人大代表 冯建国\n\n建议：一是对改造后引入物业服务的小区，给予物业费财政补助，减轻居民负担。二是对长期闲置的车位，统筹调剂使用，提高车位利用率。';
    const got = topics(text);
    expect(got[0]).toMatch(/^给予物业费财政补助/u);
    expect(got[1]).toContain('车位');
  });
});

describe('plain paragraphs whose opening verb the tagger reads as a noun (利用, 规范) or that open with an occasion', () => {
  const PARKING =
    '关于缓解居民区停车难的提案\n\n提案人：钱海波\n\n近年来，城区居民汽车保有量快速增长，夜间停车位缺口越来越大，居民反映强烈。\n\n' +
    '充分利用周边机关、学校停车场，在夜间和节假日向附近居民错时开放。\n\n' +
    '在背街小巷整治中统筹规划路内停车泊位，利用闲置地块建设临时停车场。\n\n' +
    '规范住宅区内部停车秩序，由业主委员会或物业统一划线管理。';

  it('gives one section per ask, the background left out', () => {
    const got = parseProposal(PARKING).suggestions;
    expect(got).toHaveLength(3);
    expect(got[0].text).toMatch(/^充分利用周边机关/u);
    expect(got[1].text).toMatch(/^在背街小巷整治中/u);
    expect(got[2].text).toMatch(/^规范住宅区内部停车秩序/u);
  });

  it('leaves out background paragraphs that open with such a word but describe a lack ("规划部门…未考虑", "委托管理模式存在漏洞")', () => {
    const background = '规划部门审批时未考虑消防通道。\n\n委托管理模式存在漏洞，业主意见较大。\n\n更新改造资金来源单一。\n\n';
    const text = PARKING.replace('充分利用周边', `${background}充分利用周边`);
    const got = parseProposal(text).suggestions.map((s) => s.text);
    expect(got).toHaveLength(3);
    expect(got.join('\n')).not.toMatch(/未考虑|存在漏洞|来源单一/u);
  });

  it('still leaves out a paragraph that reports what was found on such an occasion ("在走访中了解到")', () => {
    const text = PARKING.replace('近年来，城区居民', '在走访中了解到，城区居民');
    const got = parseProposal(text).suggestions.map((s) => s.text).join('\n');
    expect(got).not.toContain('走访');
  });
});

describe('the opening names the kind once', () => {
  it('a 提案 titled "关于…的建议" is opened as "关于“…”的提案收悉", not "关于“…的建议”的提案"', () => {
    const { meta } = parseProposal('关于规范电动自行车集中充电的建议\n\n提案人：罗晓\n\n建议：一是在小区增设集中充电桩。二是加强充电场所消防巡查。');
    expect(meta.kind).toBe('提案');
    expect(opening(meta)).toBe('您提出的关于“规范电动自行车集中充电”的提案收悉，现答复如下：');
  });
});
