// A heading names what is done, not only how hard, in what order or where room is found: "加大执法力度，对占用公共车位的
// 依法处罚" was headed "加大执法力度", "挖掘小区内部空间，增加停车位…" by "挖掘小区内部空间", so the section named none of the
// ask's words and its evidence was searched for the frame.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, topicOf } from '../src/draft/parseProposal.js';

const heading = (text: string) => headingCoreOf(topicOf(text));

describe('a heading over an ask that opens with a frame clause', () => {
  it('keeps the clause saying what is done after how hard, in what order or where room is found', () => {
    expect(heading('加大巡查力度，对楼道堆放杂物的依法清理。')).toBe('加大巡查力度，对楼道堆放杂物的依法清理');
    expect(heading('合理安排工程次序，把地下管网改造安排在道路铺装之前完成。')).toBe('合理安排工程次序，把地下管网改造安排在道路铺装之前完成');
    expect(heading('结合片区更新，挖掘街区闲置空间，增设社区食堂和托育点。')).toBe('挖掘街区闲置空间，增设社区食堂和托育点');
  });

  it('keeps a first clause that names an action alone', () => {
    expect(heading('推行错时共享停车，开放机关单位停车场。')).toBe('推行错时共享停车');
    expect(heading('加大财政资金投入力度，扩大改造范围，提高补助标准。')).toBe('加大财政资金投入力度');
  });

  it('keeps a first clause that already says what is done: what is given, or an act the next clause takes up', () => {
    expect(heading('加大资金支持力度，对符合条件的项目给予补助。')).toBe('加大资金支持力度');
    expect(heading('优化审批顺序，将规划审批和施工许可并联办理。')).toBe('优化审批顺序');
    expect(heading('拓展发展空间，推动物业企业转型升级。')).toBe('拓展发展空间');
  });

  it('leaves a frame whole when the two clauses would be too long for a heading', () => {
    expect(heading('加大执法力度，对长期占用小区公共停车位和消防通道、私装地锁的车主依法处罚。')).toBe('加大执法力度');
  });
});
