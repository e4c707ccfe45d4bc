// A resident's letter to the bureau (尊敬的…领导 / 此致敬礼 / 来信人) asks for something on a matter of housing, but it is
// a 信访 letter, answered as one, not a proposal: no 提案答复 is drafted for it. A proposal with a courteous close is
// still one.
import { describe, expect, it } from 'vitest';
import { looksLikeProposal } from '../src/draft/parseProposal.js';

const LETTER = [
  '尊敬的市住建局领导：',
  '',
  '我住在某小区3栋5楼。去年小区改造做了屋面防水，可今年一下大雨我家卧室天花板就渗水。我找过社区，社区说让找施工队。',
  '',
  '恳请领导派人来看看，尽快帮我把漏水修好。',
  '',
  '此致',
  '敬礼',
  '',
  '来信人：王秀英',
  '2026年7月20日',
].join('\n');

describe("a resident's letter", () => {
  it('is not taken for a proposal', () => {
    expect(looksLikeProposal(LETTER)).toBe(false);
  });

  it('does not hide a proposal that closes with 此致敬礼', () => {
    expect(looksLikeProposal('关于加快老旧小区屋面防水改造的提案\n提案人：张华\n建议把屋面防水纳入基础类改造。\n此致\n敬礼')).toBe(true);
  });

  it('keeps a proposal written as a letter, with no 来信人 line, a proposal', () => {
    const text = [
      '尊敬的市住建局领导：',
      '针对我市老旧小区加装电梯推进缓慢的问题，提出如下建议：',
      '一、建议提高加装电梯财政补贴标准，减轻居民出资负担。',
      '二、建议简化加装电梯审批流程，推行一窗受理。',
      '此致',
      '敬礼',
    ].join('\n');
    expect(looksLikeProposal(text)).toBe(true);
  });
});
