// Asks put after a frame, with no 建议 and no opening verb: each paragraph weighing two courses ("与其…，不如…") or
// taking over a practice seen elsewhere ("外地的做法是…。我县可以借鉴，…") asks for the course after the frame. The
// proposal gets one section per such paragraph, headed by that course, not one notice on its title.
import { describe, expect, it } from 'vitest';
import { NO_SUGGESTION_NOTICE, parseProposal } from '../src/draft/parseProposal.js';
import { courseAfterFrame } from '../src/text/clauses.js';

const WEIGHED = [
  '关于改进公租房管理的提案',
  '提案人：某某委员',
  '',
  '公租房分配工作总体平稳，但群众办事还不够方便。我提出以下看法：',
  '',
  '与其让申请人在几个窗口之间来回跑，不如推行一窗受理、限时办结，让群众少跑腿。',
  '',
  '与其每年集中复核一次，不如把复核改为动态核查，及时清退不符合条件的住户。',
  '',
  '以上看法，请有关部门研究。',
].join('\n');

const BORROWED = [
  '关于学习外地经验做好物业管理的提案',
  '提案人：某某委员',
  '',
  '今年我们赴外地考察物业管理，对照外地做法，我县还有差距。',
  '',
  '甲市的做法是，每个改造小区都成立业主委员会。我县可以借鉴，把成立业主委员会作为改造验收的条件。',
  '',
  '甲市的做法是，物业费按服务等级分档收取。我县可以借鉴，明确改造小区物业服务收费标准。',
  '',
  '以上建议，供参考。',
].join('\n');

describe('asks put after a frame', () => {
  it('reads each 与其…不如… paragraph as an ask headed by the course preferred', () => {
    const parsed = parseProposal(WEIGHED);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions.map((s) => s.topic)).toEqual(['推行一窗受理、限时办结', '把复核改为动态核查']);
  });

  it('reads each 可以借鉴，… paragraph as an ask headed by what is taken over, not by the practice described', () => {
    const parsed = parseProposal(BORROWED);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions.map((s) => s.topic)).toEqual(['把成立业主委员会作为改造验收的条件', '明确改造小区物业服务收费标准']);
  });

  it('takes no comparison or judgement for a frame', () => {
    expect(courseAfterFrame('改造后的效果不如预期，居民意见较大。')).toBeNull();
    expect(courseAfterFrame('外地已经出台了托管收费标准，值得借鉴。')).toBeNull();
    expect(courseAfterFrame('与其说是改造，不如说是重建。')).toBeNull();
    expect(courseAfterFrame('这些经验我市可以借鉴，比如先成立业委会再改造。')).toBeNull();
    expect(courseAfterFrame('外地做法可以参照，但要结合本地实际。')).toBeNull();
    const background = parseProposal('关于某事的提案\n提案人：某某\n\n外地的经验值得借鉴，改造效果不如预期。');
    expect(background.notice).toBe(NO_SUGGESTION_NOTICE);
  });

  it('takes no narration, prohibition or reported speech for a frame: only we borrow, and only the proposer weighs', () => {
    expect(courseAfterFrame('在杭州，老年人可以学习使用手机软件，实现线上缴纳物业费，效果很好。')).toBeNull();
    expect(courseAfterFrame('这类做法我市不可参照，要因地制宜。')).toBeNull();
    expect(courseAfterFrame('居民说，与其排队等补贴，不如直接找施工队加装。')).toBeNull();
    const narrated = parseProposal(
      '关于物业服务的提案\n提案人：某某\n\n在杭州，老年人可以学习使用手机软件，实现线上缴纳物业费，效果很好。\n\n建议推广线上缴纳物业费。',
    );
    expect(narrated.suggestions.map((s) => s.topic)).toEqual(['推广线上缴纳物业费']);
  });

  it('heads a paragraph that opens with an ask by that ask, not by a frame after it', () => {
    const parsed = parseProposal(
      '关于加装电梯的提案\n提案人：某某\n\n对既有住宅加装电梯给予每台10万元补助。与其让居民各自申请，不如统一组织申报。',
    );
    expect(parsed.suggestions[0]?.topic).toContain('加装电梯');
  });
});
