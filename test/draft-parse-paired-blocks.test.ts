// Proposal shapes where part of the text looks like an ask and is none: the "now" half of a paired block ("目前做法：…
// 建议方案：…"). Each ask is one section, named by its action, not by the rule it rests on.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';

const cores = (text: string) => parseProposal(text).suggestions.map((s) => headingCoreOf(s.topic));

const PAIRED = [
  '关于改进小区停车收费办法的建议',
  '',
  '代表：林青禾',
  '',
  '停车收费是居民意见最多的事项之一。下面把目前的做法和我的想法对照列出，供参考。',
  '',
  '目前做法：临时停车按小时收费，夜间也照收，居民亲友来访负担较重。建议方案：夜间十点以后临时停车免费，减轻来访亲友负担。',
  '',
  '目前做法：停车收费标准由物业自定，业主无从监督。建议方案：收费标准调整前在小区公示不少于十五天，并听取业主委员会意见。',
  '',
  '代表：林青禾',
  '2026年2月',
].join('\n');

const BASED_ON_RULES = [
  '关于落实电梯维保办法的建议',
  '',
  '领衔代表：顾晚舟',
  '',
  '市里去年印发了住宅电梯维护保养管理办法，但街道怎么执行还不清楚，居民反映电梯停运后没人管。为此建议各街道办事处根据市里的办法制定本街道的实施方案，重点明确以下几项：',
  '',
  '根据办法第二章关于维保单位选聘的规定，制定维保单位考核办法，明确考核指标和淘汰程序。',
  '',
  '根据办法关于电梯停运报修时限的要求，建立停运报修登记制度，明确报修后到场时限。',
  '',
  '代表：顾晚舟',
  '2026年2月',
].join('\n');

describe("a paired block (目前做法：… 建议方案：…)", () => {
  it("makes each pair one section whose ask is the 建议 half, and the 目前 half none", () => {
    const { suggestions, notice } = parseProposal(PAIRED);
    expect(notice).toBeUndefined();
    expect(suggestions.map((s) => s.text)).toEqual([
      '夜间十点以后临时停车免费，减轻来访亲友负担。',
      '收费标准调整前在小区公示不少于十五天，并听取业主委员会意见。',
    ]);
    expect(suggestions.map((s) => s.text).join('')).not.toMatch(/按小时收费|物业自定/);
  });

  it("names each section by the ask, not by the label of the practice it replaces", () => {
    for (const core of cores(PAIRED)) expect(core).not.toMatch(/做法|目前/);
    expect(cores(PAIRED)[0]).toMatch(/临时停车免费/);
  });
});

const GENERIC_AFTER_BASIS = [
  '关于加快背街小巷整治的建议',
  '',
  '我区背街小巷路面破损、照明不足，居民出行不便。为此建议：',
  '',
  '一、按照市政府关于背街小巷环境综合整治三年行动的部署，加快推进整治。',
  '二、根据城市道路照明设施建设管理的有关规定，尽快落实。',
].join('\n');

describe("asks that open with the rule they rest on (根据…的规定，…)", () => {
  it("keeps the basis as the heading when the action after it is generic (尽快落实)", () => {
    const [first, second] = cores(GENERIC_AFTER_BASIS);
    expect(first).toMatch(/背街小巷环境综合整治/);
    expect(second).toMatch(/道路照明/);
  });

  it("names each ask by its action, not by the rule it rests on (根据…的规定，…)", () => {
    expect(cores(BASED_ON_RULES).slice(-2)).toEqual(['制定维保单位考核办法', '建立停运报修登记制度']);
  });
});
