// Asks stated with a modal (要, 应当) rather than 建议 or an opening verb: a news report's "某某建议，…要…；要…；要…；
// 同时，…" and plain paragraphs "我认为，市级财政应当…" / "…单位是…受益者，应当承担…" / "同时，要用好…" / "…建议市里…"
// are one suggestion each, not one section (or only the last paragraph's).
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

const NEWS = `委员建言：让老旧小区住得更安心

本报讯 在日前召开的市政协会议上，市政协委员周海燕带来了一份关于提高老旧小区加装电梯质量的提案。

周海燕建议，电梯选型要优先考虑无机房电梯，减少对采光的影响；要建立电梯维保费用分担办法，明确业主和物业的责任；要加强施工现场管理，避免影响居民出行；同时，对低楼层住户给予适当补偿。

据了解，该提案已被列为重点提案。`;

const PARAGRAPHS = `关于完善老旧小区排水设施管护的提案

市政协委员 孙立国

老旧小区排水管网老化，雨季积水，管护责任不清。

我认为，区级财政应当设立排水设施管护专项经费，保障日常清掏。

排水公司是管网改造的直接受益者，应当接管改造后的小区排水管网，实行专业养护。

同时，要用好智慧水务平台，对易涝点实行实时监测。

对管护不到位的街道，建议市里建立通报和考核机制。`;

describe('asks stated with a modal', () => {
  it('a news report with "…要…；要…；要…；同时，…" gives four suggestions', () => {
    const topics = parseProposal(NEWS).suggestions.map((s) => s.topic);
    expect(topics).toHaveLength(4);
    expect(topics[1]).toContain('维保费用');
    expect(topics[3]).toContain('补偿');
  });

  it('plain paragraphs of "我认为，…应当…", a duty, "同时，要…" and a closing 建议 give four suggestions', () => {
    const topics = parseProposal(PARAGRAPHS).suggestions.map((s) => s.topic);
    expect(topics).toHaveLength(4);
    expect(topics[0]).toContain('管护专项经费');
    expect(topics[1]).toContain('排水');
    expect(topics[3]).toContain('通报');
  });

  it('an elaboration after a full stop stays with its ask', () => {
    const text = `关于加强老旧小区管网排查的提案\n\n提案人：王明\n\n建议对老旧小区地下管网开展一次全面排查，摸清底数。要对排查出的隐患建立台账，逐项销号。`;
    expect(parseProposal(text).suggestions).toHaveLength(1);
  });
});
