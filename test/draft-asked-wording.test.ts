// What a suggestion asks, as the draft reads it for its heading and its evidence (issue #11): the proposer's listed
// examples of names go ("纺织厂家属区、农机公司宿舍等小区" → 小区), but a list of the ways the object is asked to act
// ("引导原产权单位通过出资、捐赠设施等方式参与") is part of the ask: dropping it lost 原产权单位, the ask's object. And a
// closing clause of purpose ("，保证小区公共设施坏了有钱修") is why, not what: no quote need hold its words.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { leadOf } from '../src/draft/evidence.js';
import { draftReply } from '../src/draft/index.js';
import { withoutPurpose } from '../src/draft/proposal/headings.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const OWNERS_ASK = '建议引导原产权单位通过出资、捐赠设施等方式参与本单位老宿舍的改造。';

describe('listed examples and listed ways', () => {
  it('keeps 原产权单位 in what is asked when the list names the ways it is asked to act', () => {
    const { suggestions } = parseProposal(`关于将更多零散楼院纳入改造的提案\n提案人：陈明\n\n部分老宿舍的原产权单位仍然存在。${OWNERS_ASK}`);
    expect(suggestions[0].topic).toContain('原产权单位');
    expect(leadOf(suggestions[0])).toContain('原产权单位');
  });

  it('still drops listed names: "将纺织厂家属区、农机公司宿舍等小区纳入…" is headed by the class', () => {
    const { suggestions } = parseProposal('关于加快城西片区老旧小区改造的建议\n市人大代表 李强\n\n建议：一是将纺织厂家属区、农机公司宿舍等小区纳入2026年度老旧小区改造计划。二是同步建设无障碍设施。');
    expect(suggestions[0].topic).toBe('将小区纳入2026年度老旧小区改造计划');
  });
});

const FUND_NOTICE = documentChunks('fund_notice_2023', { title: '关于加强改造后小区长效管理的通知', number: '建管〔2023〕5号', kind: 'policy' }, [
  ['一、明确管理模式', '改造后的小区应当明确管理模式，由社区报街道备案，维修资金续筹由业主大会决定，专项维修资金管理机制另行规定。'],
  ['四、公共设施维护', '小区公共设施由物业服务企业负责日常维护。'],
  ['三、建立维修资金续筹机制', '改造后小区应当建立住宅专项维修资金。专项维修资金余额不足首期交存额30%的，业主大会应当及时组织续筹。'],
]);
describe('what the ask is for', () => {
  it('quotes the 续筹 rule for "建立专项维修资金续筹机制，保证小区公共设施坏了有钱修": the purpose is no word a quote must hold', async () => {
    const text = '关于加强老旧小区改造后管理的提案\n\n提案人：韦丽\n\n建议：一是尽快明确改造后小区的管理模式。二是建立专项维修资金续筹机制，保证小区公共设施坏了有钱修。';
    const result = await draftReply(servicesOverChunks([...FUND_NOTICE, ...briefingChunks()], { stats: true }), { text });
    const cited = result.draft!.sections[1].citations;
    expect(cited.map((c) => c.section)).toContain('三、建立维修资金续筹机制');
  });

  it('keeps a clause that is the ask itself: "降低燃气入户安装费用" opens the sentence', () => {
    expect(withoutPurpose('降低燃气入户安装费用，协调企业给予优惠')).toBe('降低燃气入户安装费用，协调企业给予优惠');
    expect(withoutPurpose('在多层住宅楼梯间加装扶手和休息座椅，方便老人上下楼')).toBe('在多层住宅楼梯间加装扶手和休息座椅');
  });
});

describe('a long ask headed by its core', () => {
  it('reads the ask, not the situation before it, when the heading drops its settings', () => {
    const text = '关于缓解老旧小区停车难的建议\n\n市人大代表 覃刚\n\n一、目前不少单位的停车场夜间大多闲置，白天却一位难求。建议推动周边机关、企事业单位停车场在夜间向老旧小区居民错时共享开放。\n\n二、建议建设智慧停车诱导系统。';
    const [shared] = parseProposal(text).suggestions;
    expect(shared.topic).toBe('推动周边机关、企事业单位停车场错时共享开放');
    expect(leadOf(shared)).toContain('错时共享开放');
  });
});
