// Proposal shapes written blind for issue #11 (no fixture phrase; invented names): a 一是 list run on from "建议市住建局
// 会同有关部门", a deputy named after his city ("九江市人大代表 周建平"), a member named in a news report who goes to see
// rather than speaks, a bare name under the title, and a proposal whose one ask is its last paragraph with no 建议.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { addressOf, salutation } from '../src/draft/frame.js';

describe('a 一是 list run on from the words that introduce it', () => {
  const text =
    '关于推进既有住宅加装电梯的建议\n\n某市人大代表 周建平\n\n老旧住宅老年居民多，补助标准偏低，低层住户反对。建议市住建局会同有关部门一是提高加装电梯财政补助标准；二是出台低层住户利益平衡办法；三是允许业主提取住房公积金用于加装电梯。';

  it('gives one section per item, not one section on the whole sentence', () => {
    const { suggestions, notice } = parseProposal(text);
    expect(notice).toBeUndefined();
    expect(suggestions.map((s) => s.topic)).toEqual(['提高加装电梯财政补助标准', '出台低层住户利益平衡办法', '允许业主提取住房公积金用于加装电梯']);
  });

  it('does not read 统一是 or 第一是 as the start of a list', () => {
    const { suggestions } = parseProposal('关于规范改造标准的提案\n提案人：张华\n\n建议全市统一是非常必要的；二是要简化程序。\n');
    expect(suggestions.some((s) => /^是非常必要/u.test(s.text))).toBe(false);
  });

  it('leaves a problem list run on from its introduction out of the suggestions', () => {
    const { suggestions } = parseProposal('关于加装电梯的提案\n提案人：张华\n\n目前存在的问题一是补助偏低；二是审批繁琐。为此建议：一是提高补助标准；二是简化审批。\n');
    expect(suggestions.map((s) => s.topic)).toEqual(['提高补助标准', '简化审批']);
  });
});

describe('proposers named without a label', () => {
  it('a deputy named after his city is addressed by his name, not the city ("九江市人大代表 周建平")', () => {
    const { meta } = parseProposal('关于推进加装电梯的建议\n\n九江市人大代表 周建平\n\n建议：一是提高补助标准；二是简化审批。');
    expect(meta.proposers).toEqual(['周建平']);
    expect(salutation(meta)).toBe('周建平代表：');
    expect(addressOf(meta)).toBe('您');
  });

  it('a member named in a news report while going to see a place ("市政协委员黄丽萍到柳北区调研")', () => {
    const { meta } = parseProposal(
      '市政协委员调研企业遗留宿舍区改造\n\n本报讯 近日，市政协委员黄丽萍到柳北区多个宿舍区调研。黄丽萍建议，（一）将“三无”小区纳入改造计划；（二）引导原产权单位出资参与改造。',
    );
    expect(meta.proposers).toEqual(['黄丽萍']);
    expect(salutation(meta)).toBe('黄丽萍委员：');
  });

  it('a bare name on the line under the title ("欧阳晨")', () => {
    const { meta } = parseProposal('关于将零散老旧楼院纳入改造的提案\n\n欧阳晨\n\n我市还有不少老宿舍没有纳入改造。建议把这类小区作为优先改造对象。');
    expect(meta.proposers).toEqual(['欧阳晨']);
    expect(salutation(meta)).toBe('欧阳晨委员：');
  });

  it('a short word under the title is no name ("背景", "项目")', () => {
    for (const word of ['背景', '项目', '现状']) {
      const { meta } = parseProposal(`关于老旧小区改造的提案\n\n${word}\n\n我市老旧小区多。建议加快改造进度。`);
      expect(meta.proposers).toEqual([]);
    }
  });
});

describe('the one ask stated as the last paragraph, with no 建议 and no marker', () => {
  const text =
    '关于老旧小区雨污分流改造的提案\n\n提案人：杜晓峰\n\n城区部分老旧小区雨水、污水合用一套管道，雨天污水外溢，臭味扰民。\n\n在老旧小区改造中把雨污分流作为基础类改造内容优先实施，做到应分尽分，并同步开展管网日常维护。';

  it('is the suggestion (no notice, the background is not it)', () => {
    const { suggestions, notice } = parseProposal(text);
    expect(notice).toBeUndefined();
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].text).toMatch(/^在老旧小区改造中把雨污分流/u);
  });

  it('a last paragraph that only describes stays background: the title answers', () => {
    const { notice } = parseProposal('关于老旧小区雨污分流改造的提案\n\n提案人：杜晓峰\n\n城区部分老旧小区雨污合流。\n\n雨天污水外溢，臭味扰民，居民反映强烈。');
    expect(notice).toBeDefined();
  });
});

describe('a lone numbered paragraph that asks, with no lead and no 建议 (the known open case of issue #11)', () => {
  const background = '关于支持改造后老旧小区引入物业服务的提案\n\n提案人：黎文静\n\n我市老旧小区改造完成后，不少小区仍处于无人管理状态，改造成果难以巩固。\n\n';
  it.each(['一、', '1.', '1、', '（一）', '第一，'])('is the one suggestion after the background (marker %s)', (marker) => {
    const { suggestions, notice } = parseProposal(`${background}${marker}对改造后首次引入专业化物业服务的小区，由财政给予物业服务启动补助。\n`);
    expect(notice).toBeUndefined();
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].text).toBe('对改造后首次引入专业化物业服务的小区，由财政给予物业服务启动补助。');
    expect(suggestions[0].topic).toContain('物业服务启动补助');
  });

  it('is the one suggestion when it is the whole body', () => {
    const { suggestions, notice } = parseProposal('关于支持改造后老旧小区引入物业服务的提案\n\n提案人：黎文静\n\n1.对改造后首次引入专业化物业服务的小区给予启动补助，帮助物业企业度过前期困难。\n');
    expect(notice).toBeUndefined();
    expect(suggestions.map((s) => s.topic)).toEqual(['对改造后首次引入专业化物业服务的小区给予启动补助']);
  });

  it('a lone numbered paragraph stating a problem is no suggestion', () => {
    const { notice } = parseProposal(`${background}1.改造资金不足，改造进度缓慢。\n`);
    expect(notice).toBeDefined();
  });
});

describe('首先…其次…最后 asks after a paragraph on problems', () => {
  it('are the suggestions: each item asks, whatever the paragraph before says about problems', () => {
    const { suggestions, notice } = parseProposal(
      '关于加快既有住宅加装电梯的提案\n\n提案人：唐晓燕\n\n加装电梯仍存在审批环节多、补助少、维保无人管等问题。\n\n首先，要进一步精简加装电梯审批，明确办理时限。其次，要提高市、区两级财政补助标准。最后，要研究加装电梯后的维护保养费用分担办法。',
    );
    expect(notice).toBeUndefined();
    expect(suggestions.map((s) => s.topic)).toEqual(['进一步精简加装电梯审批，明确办理时限', '提高市、区两级财政补助标准', '研究加装电梯后的维护保养费用分担办法']);
  });

  it('a list of the problems themselves stays out ("存在问题：一是审批环节多；二是补助偏低")', () => {
    const { suggestions } = parseProposal('关于加装电梯的提案\n\n提案人：唐晓燕\n\n加装电梯存在以下问题：一是审批环节多；二是补助偏低。\n\n建议简化审批、提高补助。');
    expect(suggestions.every((s) => !/审批环节多|补助偏低/u.test(s.text))).toBe(true);
  });
});

describe('numbered heading lines, each over its own paragraph', () => {
  it('name the sections; the paragraph under each is its text, not glued into its heading', () => {
    const { suggestions } = parseProposal(
      '关于提升老旧小区适老化水平的提案\n\n提案人：付雅琴\n\n我市老旧小区中独居、高龄老人集中，适老化设施普遍缺乏。\n\n一、完善公共区域无障碍设施\n小区出入口、单元门口多有台阶，轮椅难以通行。建议在改造中统一增设坡道、扶手。\n\n二、发展老年助餐服务\n在有条件的老旧小区设立老年食堂或助餐点，对高龄老人给予就餐补贴。\n\n以上建议，请予研究采纳。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['完善公共区域无障碍设施', '发展老年助餐服务']);
    expect(suggestions[0].text).toContain('增设坡道、扶手');
  });
});

describe('"我认为应当…" paragraphs, then 同时 / 此外', () => {
  it('are the asks, headed without 我认为应当 or 还要', () => {
    const { suggestions, notice } = parseProposal(
      '关于拓宽老旧小区改造资金渠道的提案\n\n提案人：钟海涛\n\n老旧小区改造资金需求大，仅靠财政投入难以为继。\n\n我认为应当按照“谁受益、谁出资”原则，引导居民合理分担改造费用。\n\n同时，专业经营单位应当承担其产权范围内管线设施的改造费用。\n\n此外，还要积极争取金融机构支持。',
    );
    expect(notice).toBeUndefined();
    expect(suggestions.map((s) => s.topic)).toEqual(['引导居民合理分担改造费用', '专业经营单位应当承担其产权范围内管线设施的改造费用', '积极争取金融机构支持']);
  });
});

describe('asks numbered with the word that names them ("建议一：…", "建议二：…")', () => {
  it('give one section each, headed by the ask and not by its number', () => {
    const { suggestions } = parseProposal(
      '关于进一步推进既有住宅加装电梯工作的提案\n\n提案人：韦庆丰\n\n电梯造价上涨、审批手续繁琐等问题仍影响居民加装积极性。\n\n建议一：提高加装电梯财政补助标准，对造价上涨部分给予适当补贴。\n\n建议二：简化加装电梯审批手续，推行联合审查。\n\n建议三：允许业主提取住房公积金支付加装电梯费用。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['提高加装电梯财政补助标准', '简化加装电梯审批手续，推行联合审查', '允许业主提取住房公积金支付加装电梯费用']);
    expect(suggestions[0].text).toBe('提高加装电梯财政补助标准，对造价上涨部分给予适当补贴。');
  });
});

describe('more form and list shapes', () => {
  it('reads "建议（1）…；（2）…；（3）…" with no colon after 建议 as three suggestions', () => {
    const { suggestions } = parseProposal('关于加强老旧小区管理的提案\n\n提案人：张华\n\n我市老旧小区管理薄弱。\n\n建议（1）加强物业管理；（2）加大资金投入；（3）完善配套设施。\n');
    expect(suggestions.map((s) => s.topic)).toEqual(['加强物业管理', '加大资金投入', '完善配套设施']);
  });

  it('reads the proposer from a "代表姓名：" field', () => {
    const { meta } = parseProposal('关于加强老旧小区管理的建议\n\n代表姓名：刘洋\n\n我市老旧小区管理薄弱。\n\n建议：一是加强物业管理；二是加大资金投入。\n');
    expect(meta.proposers).toEqual(['刘洋']);
    expect(salutation(meta)).toBe('刘洋代表：');
  });
});

describe('further header and item shapes', () => {
  const body = '我市老旧小区管理薄弱，问题较多。\n\n';
  it('a proposing body on its own line under the title ("民盟市委会") is the proposer, addressed as a body', () => {
    const { meta } = parseProposal(`关于加强老旧小区管理的提案\n\n民盟市委会\n\n${body}建议：一是加强物业管理；二是加大资金投入。\n`);
    expect(meta.proposers).toEqual(['民盟市委会']);
    expect(meta.organisation).toBe(true);
  });

  it('"市人大代表：王丽华、陈志强" names two deputies', () => {
    const { meta } = parseProposal(`关于加强老旧小区管理的建议\n\n市人大代表：王丽华、陈志强\n\n${body}建议：一是加强物业管理；二是加大资金投入。\n`);
    expect(meta.proposers).toEqual(['王丽华', '陈志强']);
    expect(addressOf(meta)).toBe('你们');
  });

  it('items opened by a dash ("——加强物业管理；") are headed without it', () => {
    const { suggestions } = parseProposal(`关于加强老旧小区管理的提案\n\n提案人：张华\n\n${body}具体建议：\n——加强物业管理，引入专业化物业服务；\n——加大资金投入，争取上级补助；\n——完善配套设施。\n`);
    expect(suggestions.map((s) => s.topic)).toEqual(['加强物业管理，引入专业化物业服务', '加大资金投入，争取上级补助', '完善配套设施']);
  });

  it('"为此，建议市住建局：加强物业管理…" is headed by the ask after the colon, not by whom it asks', () => {
    const { suggestions } = parseProposal(`关于加强老旧小区管理的提案\n\n提案人：张华\n\n${body}为此，建议市住建局：加强物业管理，引入专业化物业服务企业。同时，加大资金投入，积极争取上级补助资金。\n`);
    expect(suggestions[0].topic).toBe('加强物业管理，引入专业化物业服务企业');
  });
});
