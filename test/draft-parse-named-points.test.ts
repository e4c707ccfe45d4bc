// Points a proposer numbers in words of their own ("请求一：", "甲、") and a 【办法】 part after a 【理由】 part that lists
// the problems: each point is a suggestion, the problems are none.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { withPlainLineMarker } from '../src/text/markers.js';

describe('points numbered in the proposer\'s own words', () => {
  it('reads "请求一：" and "甲、" lines as the plain marker of their ordinal, and leaves two parties named as they are', () => {
    expect(withPlainLineMarker('请求二：在社区增设便民服务点；')).toBe('第二，在社区增设便民服务点；');
    expect(withPlainLineMarker('建议三：规范快递柜收费。')).toBe('第三，规范快递柜收费。');
    expect(withPlainLineMarker('乙、规范小区广告位收益管理。')).toBe('2.规范小区广告位收益管理。');
    expect(withPlainLineMarker('甲、乙双方应当签订协议。')).toBe('甲、乙双方应当签订协议。');
  });

  it('takes each 请求 point as a suggestion, without the problem before them', () => {
    const text = [
      '关于完善社区便民服务设施的提案',
      '提案人：樊子衿',
      '',
      '我区老旧社区配套不足，居民买菜难、修车难的问题突出。我们提出三项请求：',
      '请求一：在每个社区设置便民菜店，给予三年租金减免；',
      '请求二：利用闲置车棚开设便民维修点；',
      '请求三：建立便民服务点星级评定制度。',
    ].join('\n');
    const { suggestions } = parseProposal(text);
    expect(suggestions.map((s) => s.text)).toEqual(['在每个社区设置便民菜店，给予三年租金减免', '利用闲置车棚开设便民维修点', '建立便民服务点星级评定制度。']);
  });

  it('takes each 甲乙丙 point as a suggestion, headed without its stem', () => {
    const text = [
      '关于规范老旧小区公共收益管理的提案',
      '提案人：宁舒窈',
      '',
      '不少小区的广告位、停车位收益去向不明。为此，提出以下建议：',
      '',
      '甲、尽快出台小区公共收益管理办法，明确收益归全体业主所有。',
      '',
      '乙、公共收益收支情况每季度在小区公示。',
      '',
      '丙、将公共收益优先用于补充专项维修资金。',
    ].join('\n');
    const { suggestions } = parseProposal(text);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toBe('尽快出台小区公共收益管理办法');
    expect(suggestions.every((s) => !/^[甲乙丙]/u.test(s.topic))).toBe(true);
  });
});

describe('a 【办法】 part after a 【理由】 part', () => {
  it('takes the asks under 【办法】, not the problems listed under 【理由】', () => {
    const text = [
      '【案由】关于改进社区养老助餐服务的提案',
      '【提案人】甘若溪',
      '【理由】我们在调研中发现：一是助餐点分布不均，部分社区没有；二是餐费补贴标准多年未调整；三是送餐上门服务覆盖面小。',
      '【办法】',
      '①按照服务半径合理布设社区助餐点；',
      '②适时调整高龄老人餐费补贴标准；',
      '③对行动不便的老人提供送餐上门服务。',
    ].join('\n');
    const { suggestions } = parseProposal(text);
    expect(suggestions.map((s) => s.topic)).toEqual(['按照服务半径合理布设社区助餐点', '适时调整高龄老人餐费补贴标准', '对行动不便的老人提供送餐上门服务']);
  });
});

describe('【现状】 and 【建议】 in pairs', () => {
  it('takes each 建议 as a suggestion and leaves every 现状 out, the first one too', () => {
    const text = [
      '关于改进小区垃圾分类管理的提案',
      '提案人：岑若谷',
      '',
      '【现状】部分小区的分类垃圾桶常年满溢，清运不及时。',
      '【建议】按小区户数配足分类垃圾桶，并加密清运频次。',
      '',
      '【现状】不少居民虽然知道要分类，但投放点离单元太远。',
      '【建议】在每个单元附近设置定时定点投放点。',
    ].join('\n');
    const { suggestions } = parseProposal(text);
    expect(suggestions.map((s) => s.text)).toEqual(['按小区户数配足分类垃圾桶，并加密清运频次。', '在每个单元附近设置定时定点投放点。']);
  });
});
