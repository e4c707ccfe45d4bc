// Chinese numerals are read as numbers only where they are numbers (src/text/numerals.ts): the answer checks that look
// for a figure must not take "统一" or "一户一表" for one, nor miss "二十万元".
import { describe, expect, it } from 'vitest';
import { chineseIntegerValue, figuresAsDigits, HOLDS_FIGURE_NOT_A_DATE, statedYearSpan, statedYearSpans, withoutStatedYearSpans } from '../src/text/numerals.js';

describe('chineseIntegerValue', () => {
  it('reads figures with magnitudes, digit-by-digit years and 两', () => {
    expect(chineseIntegerValue('二十万')).toBe(200000);
    expect(chineseIntegerValue('三百零五')).toBe(305);
    expect(chineseIntegerValue('一百二十万')).toBe(1200000);
    expect(chineseIntegerValue('十二')).toBe(12);
    expect(chineseIntegerValue('两')).toBe(2);
    expect(chineseIntegerValue('二〇二〇')).toBe(2020);
    expect(chineseIntegerValue('三千五')).toBe(3500);
    expect(chineseIntegerValue('一万二')).toBe(12000);
    expect(chineseIntegerValue('三千零五')).toBe(3005);
  });

  it('rejects runs that are no number', () => {
    expect(chineseIntegerValue('十四五')).toBeUndefined();
    expect(chineseIntegerValue('万一')).toBeUndefined();
    expect(chineseIntegerValue('百')).toBeUndefined();
  });
});

describe('figuresAsDigits', () => {
  it('writes numbers before a unit or measure word, and after 第 as digits', () => {
    expect(figuresAsDigits('每部电梯补贴二十万元')).toBe('每部电梯补贴200000元');
    expect(figuresAsDigits('新建社区养老服务站九处')).toBe('新建社区养老服务站9处');
    expect(figuresAsDigits('第三批改造项目')).toBe('第3批改造项目');
    expect(figuresAsDigits('审批时限为十个工作日')).toBe('审批时限为10个工作日');
    expect(figuresAsDigits('二〇二〇年完成')).toBe('2020年完成');
    expect(figuresAsDigits('两三天内办结')).toBe('2-3天内办结');
    expect(figuresAsDigits('涉及五六十户')).toBe('涉及50-60户');
    expect(figuresAsDigits('大约三四个小区')).toBe('大约3-4个小区');
  });

  it('leaves numeral characters inside words and idioms alone', () => {
    for (const text of ['统一规划，统一实施', '一是加强领导', '一般由街道负责', '实行一户一表改造', '一楼一策', '千家万户', '十分重要', '“十四五”期间', '进一步完善']) {
      expect(figuresAsDigits(text)).toBe(text);
    }
  });
});

describe('spans of years (one reader for the answer gate and the draft year labels)', () => {
  it('reads every way a span is written: dashes single or doubled, 至 or 到, the closing 年 or none', () => {
    for (const text of ['（2021—2025年）', '（2021——2025年）', '2021-2025年', '2021--2025年', '2021～2025年', '2021年至2025年', '2021年至2025', '2021到2025年', '（2021—2025）']) {
      expect(statedYearSpan(text), text).toEqual({ from: 2021, to: 2025 });
    }
  });

  it('reads only whole years: no span inside a longer number, none between a year and a month', () => {
    expect(statedYearSpans('编号12021-2025年')).toEqual([]);
    expect(statedYearSpans('2021-20251号')).toEqual([]);
    expect(statedYearSpans('2023年至12月')).toEqual([]);
  });

  it('finds each span and blanks them for rules that look for one year', () => {
    expect(statedYearSpans('2018——2021年累计改造214个，2022至2023年改造58个')).toEqual([{ from: 2018, to: 2021 }, { from: 2022, to: 2023 }]);
    expect(withoutStatedYearSpans('2018——2021年累计改造214个')).toBe(' 累计改造214个');
  });
});

describe('HOLDS_FIGURE_NOT_A_DATE', () => {
  it('finds a count, a share or a bare number, not the digits of a date', () => {
    expect(HOLDS_FIGURE_NOT_A_DATE.test('已建成活动室37处')).toBe(true);
    expect(HOLDS_FIGURE_NOT_A_DATE.test('覆盖率达到64.5%')).toBe(true);
    expect(HOLDS_FIGURE_NOT_A_DATE.test('截至2031年11月20日')).toBe(false);
    expect(HOLDS_FIGURE_NOT_A_DATE.test('截至7月底，已开放')).toBe(false);
  });
});
