// Two vocabulary entries a drafter would notice (src/text), over the bureau4 library (柳州, synthetic): 原产权单位 is
// one term of art (国办发〔2020〕23号's word for the unit that owned the housing), so the 实施方案's sentence on
// 专业经营单位 paying for pipes in their 产权范围 is not evidence for "引导原产权单位出资参与改造"; and 易涝 is written
// 易积水 or 内涝 in replies, so "对低洼易涝小区增设雨水调蓄设施" is answered by the reply's "对地势低洼、易积水的小区，
// 改造时同步增设雨水调蓄设施". The proposal was written blind for issue #11.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { testLibrary } from './support/library.js';
import { REPO_ROOT } from './support/services.js';

const PROPOSAL = `关于老旧小区改造的提案

提案人：黄丽萍

为此建议：
（一）对仍有原产权单位的小区，引导原产权单位出资参与改造。
（二）全面推进老旧小区雨污分流改造，对低洼易涝小区增设雨水调蓄设施。
`;

const t = testLibrary({ corpus: path.join(REPO_ROOT, 'test/fixtures/eval/bureau4/corpus') }, { timeout: 120_000 });

describe('terms of art and their written forms', () => {
  it('cites the reply on 原产权单位, never the 专业经营单位 sentence that shares 产权 and 单位', async () => {
    const result = await draftReply(t.services, { text: PROPOSAL });
    const owners = result.draft!.sections[0];
    expect(owners.citations.some((c) => c.docId === 'liuzhou_zx_no036_2020' && c.section.includes('原产权单位'))).toBe(true);
    expect(owners.citations.some((c) => c.section.includes('专营单位'))).toBe(false);
    expect(owners.paragraphs.join('')).not.toContain('专业经营单位承担');
  });

  it('asks a quote for 绩效评价, not for the purpose after it ("…，提高资金使用效益")', async () => {
    const proposal = '关于加强老旧小区改造资金管理的建议\n\n梁志军、卢芳芳等2名代表\n\n我们建议，一要落实市级奖补资金；二要对专项资金实行年度绩效评价，提高资金使用效益。';
    const result = await draftReply(t.services, { text: proposal });
    const review = result.draft!.sections[1];
    expect(review.citations.some((c) => c.docId === 'liuzhou_zjgl_2022' && c.section.includes('第十一条'))).toBe(true);
  });

  it("reads 易涝 as the reply's 易积水 and cites its 排水管网 section", async () => {
    const result = await draftReply(t.services, { text: PROPOSAL });
    const drainage = result.draft!.sections[1];
    expect(drainage.citations.some((c) => c.docId === 'liuzhou_rd_no045_2025' && c.section.includes('排水管网'))).toBe(true);
  });
});

describe('精简 is written 简化 in replies', () => {
  const b2 = testLibrary({ corpus: path.join(REPO_ROOT, 'test/fixtures/eval/bureau2/corpus') }, { timeout: 120_000 });

  it('cites the reply section 关于简化审批程序 for "要进一步精简加装电梯审批"', async () => {
    const proposal =
      '关于加快既有住宅加装电梯的提案\n\n提案人：唐晓燕\n\n加装电梯仍存在审批环节多、补助少等问题。\n\n首先，要进一步精简加装电梯审批，实行联合审批、一窗受理，明确办理时限。其次，要提高市、区两级财政补助标准，减轻业主筹资压力。';
    const result = await draftReply(b2.services, { text: proposal });
    const approvals = result.draft!.sections[0];
    expect(approvals.citations.some((c) => c.docId === 'mianyang_zx8-5_no082_2021' && c.section.includes('简化审批'))).toBe(true);
  });
});
