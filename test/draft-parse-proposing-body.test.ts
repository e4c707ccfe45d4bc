// A proposal made by a body (a democratic party's committee, 工商联, a 界别 group) named in a 提案单位 field, and the
// sign-off under the last ask (the body's name, the date): the reply is addressed to the body by its name, with 你们,
// and the sign-off is no part of any suggestion.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { addressOf, closingLine, opening, salutation } from '../src/draft/frame.js';

const BY_A_BODY = [
  '政协某市第九届委员会第五次会议',
  '党派团体提案',
  '',
  '提案单位：民盟某市委会',
  '案由：关于在老旧小区改造中推进适老化改造的提案',
  '',
  '我市老年人口比例持续上升。民盟某市委会组织盟员开展了调研，形成如下建议：',
  '',
  '（一）把楼道扶手、无障碍坡道纳入基础类改造内容。',
  '（二）利用小区闲置用房建设社区养老服务站。',
  '（三）对高龄老年人家庭的室内适老化改造给予补贴。',
  '',
  '民盟某市委会',
  '2026年1月9日',
].join('\n');

describe('a proposal by a body named in 提案单位', () => {
  const parsed = parseProposal(BY_A_BODY);

  it('is addressed to the body by its name alone, with 你们', () => {
    expect(parsed.meta.proposers).toEqual(['民盟某市委会']);
    expect(salutation(parsed.meta)).toBe('民盟某市委会：');
    expect(addressOf(parsed.meta)).toBe('你们');
    expect(opening(parsed.meta)).toMatch(/^你们提出的/u);
    expect(closingLine(parsed.meta)).toMatch(/^感谢你们/u);
  });

  it('keeps the sign-off (the body, the date) out of the last suggestion', () => {
    expect(parsed.suggestions).toHaveLength(3);
    expect(parsed.suggestions[2].text).toBe('对高龄老年人家庭的室内适老化改造给予补贴。');
  });

  it('reads 工商联 or a 界别 group as a 提案单位 too', () => {
    const by = (body: string) => parseProposal(BY_A_BODY.replace('提案单位：民盟某市委会', `提案单位：${body}`)).meta;
    expect(by('市工商联')).toMatchObject({ proposers: ['市工商联'], organisation: true, role: null });
    expect(salutation(by('经济界别小组'))).toBe('经济界别小组：');
  });
});

describe("a member's sign-off", () => {
  it('leaves a 提案人签名 line and the date out of the last suggestion', () => {
    const text = ['关于简化加装电梯审批的提案', '提案人：张华', '', '为此建议：', '1.压缩联合审查时限。', '2.减少申请材料。', '', '提案人签名：张华', '2025年1月12日'].join('\n');
    const parsed = parseProposal(text);
    expect(parsed.suggestions.map((s) => s.text)).toEqual(['压缩联合审查时限。', '减少申请材料。']);
    expect(salutation(parsed.meta)).toBe('张华委员：');
  });
});
