// One date-line rule serves the corpus (a reply's or policy's closing) and drafting (a proposal's sign-off).
import { describe, expect, it } from 'vitest';
import { ASKS_YEAR, isDateLine, withoutBareYears } from '../src/text/dates.js';

describe('isDateLine', () => {
  it('takes a sign-off date in any of the ways documents and proposals write it', () => {
    for (const line of ['2024年5月6日', '二〇二四年五月六日', '2024-05-06', '２０２６年１月９号', '2026年1月', '二〇二四年十二月']) {
      expect(isDateLine(line)).toBe(true);
    }
  });

  it('leaves a line that says more than a date', () => {
    for (const line of ['2024年5月6日印发', '2024年完成改造120个', '截至2024年5月']) expect(isDateLine(line)).toBe(false);
  });
});

describe("bare years and questions asking a year", () => {
  it("blanks a year told alone and keeps one a month or a part of the year fixes", () => {
    expect(withoutBareYears('2022年以来共受理投诉58件')).toBe(' 以来共受理投诉58件');
    expect(withoutBareYears('楼房于1998年建成')).toBe('楼房于 建成');
    for (const text of ['2025年4月1日起施行', '2025年底前完成', '2025年上半年开工', '2025年第三季度']) expect(withoutBareYears(text)).toBe(text);
  });

  it("tells a question asking a year from one asking when", () => {
    for (const question of ['大楼是哪年建的', '哪一年开始收费', '建成年份是多少']) expect(ASKS_YEAR.test(question)).toBe(true);
    expect(ASKS_YEAR.test('什么时候开始收费')).toBe(false);
  });
});
