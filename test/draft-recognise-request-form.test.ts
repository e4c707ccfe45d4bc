// A citizen's hotline 工单 asks for something on a matter of housing policy, but it is not a proposal: drafting a
// 提案答复 for it helps nobody. A proposal with the same words in it is still one.
import { describe, expect, it } from 'vitest';
import { looksLikeProposal } from '../src/draft/parseProposal.js';

const WORK_ORDER = [
  '12345政务服务便民热线工单',
  '',
  '工单编号：GD20251103-0152',
  '来电时间：2025年11月3日　08:15',
  '来电人：李先生',
  '诉求类型：求助',
  '',
  '诉求内容：来电人反映，其所在小区已进入供暖期，但家中暖气一直不热，室温不到15度，物业称是管网问题。希望相关部门尽快协调处理。',
  '',
  '转办单位：城区供热公司',
  '办理时限：3个工作日',
].join('\n');

describe('a citizen request form', () => {
  it('is not taken for a proposal', () => {
    expect(looksLikeProposal(WORK_ORDER)).toBe(false);
  });

  it('does not hide a proposal that mentions such requests', () => {
    expect(looksLikeProposal('关于改善老旧小区供暖质量的提案\n提案人：张华\n诉求内容：群众反映暖气不热。\n转办单位：供热公司。\n建议加快供热管网改造。')).toBe(true);
    expect(looksLikeProposal('近年来12345热线关于暖气不热的诉求较多，建议加快老旧小区供热管网改造。')).toBe(true);
  });
});
