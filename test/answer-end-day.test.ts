// "投标截止时间是什么时候" answered by "中标人应当在中标通知书发出后30日内签订施工合同", "现在的补助标准执行到哪一天" by
// "6月1日以后开工的…执行调整后的标准": the day something ends is asked, and the answer opens with another step's time or
// a start. Refused (a wrong answer is worse than none); an answer opening with the end day is kept.
import { describe, expect, it } from 'vitest';
import { endDayUnstatedRefusal } from '../src/answer/gate/status.js';
import { ASKS_END_DAY, statesEndDay } from '../src/text/deadlines.js';
import type { Citation } from '../src/types.js';

const cite = (quote: string, n = 1): Citation => ({ n, docId: 'doc', title: '施工招标公告', number: null, section: '', quote, chunkId: `doc#${n}` });

describe('the day something ends, asked', () => {
  it('is read in 截止时间, 截止到哪天, 执行到哪一天 and 有效期到什么时候', () => {
    expect(ASKS_END_DAY.test('第二批施工招标的投标截止时间是什么时候')).toBe(true);
    expect(ASKS_END_DAY.test('现在的电梯补助标准执行到哪一天')).toBe(true);
    expect(ASKS_END_DAY.test('实施方案的有效期到什么时候？')).toBe(true);
    expect(ASKS_END_DAY.test('街道入户确认截止到哪天？')).toBe(true);
    expect(ASKS_END_DAY.test('细则有效期多长')).toBe(false);
    expect(ASKS_END_DAY.test('改造范围最多能放宽到什么时候')).toBe(false);
    // "As of" a time is a count's date, not an end asked.
    expect(ASKS_END_DAY.test('截止到目前全市改造了多少个小区')).toBe(false);
    expect(ASKS_END_DAY.test('截至2024年底加装了几台电梯')).toBe(false);
  });

  it('is stated by 截止, …止, 有效期至 or a date before 前, not by a span of another step', () => {
    expect(statesEndDay('投标截止时间为2025年5月29日9时30分。')).toBe(true);
    expect(statesEndDay('执行至2029年6月30日止。')).toBe(true);
    expect(statesEndDay('（一）7月15日前，街道办事处完成入户确认。')).toBe(true);
    expect(statesEndDay('中标人应当在中标通知书发出后30日内签订施工合同。')).toBe(false);
    expect(statesEndDay('申报时间为2025年10月1日至10月31日。')).toBe(true);
    expect(statesEndDay('10月31日是申报的最后一天。')).toBe(true);
    expect(statesEndDay('施工期间禁止夜间作业。')).toBe(false);
  });
});

describe('an answer opening with no end day', () => {
  it('is refused, quoting the nearest content', () => {
    const other = cite('（九）中标人应当在中标通知书发出后30日内签订施工合同。');
    const refusal = endDayUnstatedRefusal('第二批施工招标的投标截止时间是什么时候', [other]);
    expect(refusal?.answer).toContain('没有写明截止日期');
    expect(refusal?.citations[0].quote).toBe(other.quote);
    // A case bounded by a date later in the answer ("7月1日前已取得…") does not end the rule asked.
    expect(endDayUnstatedRefusal('现在的电梯补助标准执行到哪一天', [cite('6月1日以后开工的加装电梯项目，执行调整后的标准。'), cite('7月1日前已取得施工许可的，仍按9万元执行。', 2)])).toBeDefined();
  });

  it('keeps an answer opening with the end day, and a question asking no end', () => {
    expect(endDayUnstatedRefusal('截止到目前全市改造了多少个小区', [cite('2024年全市改造小区126个。')])).toBeUndefined();
    expect(endDayUnstatedRefusal('实施方案的有效期到什么时候？', [cite('本方案自印发之日起施行，有效期至2025年12月31日。')])).toBeUndefined();
    expect(endDayUnstatedRefusal('项目申报截止到哪天', [cite('请于2025年10月31日前将申报表报市住建局。')])).toBeUndefined();
    expect(endDayUnstatedRefusal('什么时候签订施工合同', [cite('中标人应当在中标通知书发出后30日内签订施工合同。')])).toBeUndefined();
  });
});
