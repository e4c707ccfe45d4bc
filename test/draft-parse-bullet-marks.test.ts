// Bullets and highlight marks a proposer sets before a line ("● 把…") or before the ask inside a paragraph ("…很不方便。
// ★建议…") carry no words: the headings name the ask, not the mark or the background before it. Invented text.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';
import { withoutBulletMarks } from '../src/text/markers.js';

describe('bullet and highlight marks in a proposal', () => {
  it('heads each bulleted line by its ask, without the bullet', () => {
    const text = ['关于改进背街小巷环境整治的建议', '', '提出人：汪若溪（区人大代表）', '', '建议：', '● 对背街小巷路灯实行网格化巡查。', '', '● 按户数增设分类垃圾桶。'].join('\n');
    const topics = parseProposal(text).suggestions.map((s) => headingCoreOf(s.topic));
    expect(topics).toEqual(['对背街小巷路灯实行网格化巡查', '按户数增设分类垃圾桶']);
  });

  it('heads a paragraph whose ask is marked with ★ after its background by the ask', () => {
    const text = [
      '关于改进背街小巷环境整治的提案',
      '',
      '提案人：汪若溪（区政协委员）',
      '',
      '背街小巷的路灯坏了很久没人修，晚上出行很不方便。★建议对背街小巷路灯实行网格化巡查，损坏的三天内修复。',
      '',
      '一些巷子里的垃圾桶数量太少，夏天气味很大。★建议按户数增设分类垃圾桶，并增加清运频次。',
    ].join('\n');
    const topics = parseProposal(text).suggestions.map((s) => headingCoreOf(s.topic));
    expect(topics).toHaveLength(2);
    expect(topics[0]).toContain('路灯实行网格化巡查');
    expect(topics[1]).toContain('增设分类垃圾桶');
  });

  it('keeps a zero written ○ and a form box', () => {
    expect(withoutBulletMarks('二○二五年一月')).toBe('二○二五年一月');
    expect(withoutBulletMarks('□满意 □不满意')).toBe('□满意 □不满意');
  });
});
