// What a suggestion asks, as the draft reads it for its heading and its evidence (issue #11): the proposer's listed
// examples of names go ("纺织厂家属区、农机公司宿舍等小区" → 小区), but a list of the ways the object is asked to act
// ("引导原产权单位通过出资、捐赠设施等方式参与") is part of the ask: dropping it lost 原产权单位, the ask's object.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { leadOf } from '../src/draft/evidence.js';

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
