// One date-line rule serves the corpus (a reply's or policy's closing) and drafting (a proposal's sign-off).
import { describe, expect, it } from 'vitest';
import { isDateLine, openingOwnYear, withoutYearsOfDatedPoints } from '../src/text/dates.js';

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

describe("openingOwnYear", () => {
  it("reads the year a sentence opens with as the year its facts are of", () => {
    expect(openingOwnYear('2025年，全区办结维修申请27件。')).toBe('2025');
    expect(openingOwnYear('2024年度全区考核得分91分。')).toBe('2024');
    expect(openingOwnYear('2023年改造的小区全部移交。')).toBe('2023');
  });

  it("leaves a dated event, a start, a span and a bound", () => {
    for (const s of ['2024年12月，市政府印发细则。', '2023年以来，累计改造40个。', '2025年起补助每台8万元。', '2021年至2025年累计改造90个。', '2020年底前建成的小区纳入改造。', '全区2025年改造30个。']) {
      expect(openingOwnYear(s)).toBeUndefined();
    }
  });

  it("blanks only the years of dated points", () => {
    expect(withoutYearsOfDatedPoints('至2026年4月底办结5项，2027年完成')).not.toContain('2026');
    expect(withoutYearsOfDatedPoints('至2026年4月底办结5项，2027年完成')).toContain('2027');
  });
});
