// One paragraph holding several asks, each a sentence of its own ("建议市住建局简化…。财政部门应提高…。同时允许…。
// 还要建立…。"), gives one section per ask: a sentence naming another body with its modal, or opening with 允许, is an
// ask of its own, not an elaboration.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

describe('a paragraph of several asks', () => {
  it('gives one suggestion per ask, headed without the body asked', () => {
    const { suggestions } = parseProposal(
      '关于加快推进既有住宅加装电梯的提案\n提案人：刘建国\n我市老旧小区老年人比例高，上下楼困难，加装电梯需求迫切。\n建议市住建局简化加装电梯审批流程，实行联合审查。财政部门应提高加装电梯补助标准，按楼层分档补助。同时允许提取住房公积金用于加装电梯。还要建立电梯维保长效机制，明确维保责任主体。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual([
      '简化加装电梯审批流程，实行联合审查',
      '提高加装电梯补助标准，按楼层分档补助',
      '允许提取住房公积金用于加装电梯',
      '建立电梯维保长效机制，明确维保责任主体',
    ]);
  });

  it('keeps an elaboration with the ask it elaborates', () => {
    const { suggestions } = parseProposal(
      '关于老旧小区排水的提案\n提案人：王强\n老旧小区雨天积水严重。\n建议对老旧小区排水管网开展全面排查。要逐个小区建立问题清单，限期整改。',
    );
    expect(suggestions).toHaveLength(1);
  });
});
