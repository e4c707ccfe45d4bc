// The month a figure stands at ("截至10月底", "10月31日"): a question asking a figure as of one month is not answered
// by a sentence giving it as of another ("截至6月底已新增1580个", asked 截至10月底).
import { statesTimePoint } from './comparisons.js';
import { MONTH_NUMBER, monthNumber } from './numerals.js';

/** A year before the month ("截至2024年10月底", "截至今年10月底"). */
const YEAR_BEFORE = '(?:(?:19|20)\\d{2}\\s*年|今年|去年|当年)?';

/**
 * The month a question asks a figure as of: "截至10月底", "截至7月31日", "10月底的开工率", "十月末". Not a deadline
 * ("8月底前开工率要达到多少"), which asks a target, nor a bare month ("5月份才装好"), which tells a story.
 */
const ASKED_MONTH_POINT = new RegExp(
  `(?:(?:截至|截止)\\s*${YEAR_BEFORE}\\s*(${MONTH_NUMBER})\\s*月(?:底|末|\\d{1,2}\\s*[日号])?|(?<![\\d—－~-])(${MONTH_NUMBER})\\s*月(?:底|末))(?!\\s*(?:前|以前|之前))`,
  'u',
);

/**
 * A month a text gives a figure as of, or by: "截至6月底", "截至2024年6月", "截至九月底", "6月底前", "7月末". A date an event
 * happened on ("已于4月28日下达", "2025年3月印发") is no such point.
 */
const STATED_MONTH_POINT = new RegExp(`(?:截至|截止)\\s*${YEAR_BEFORE}\\s*(${MONTH_NUMBER})\\s*月|(?<![\\d—－~-])(${MONTH_NUMBER})\\s*月(?:底|末)`, 'gu');

/** The month ("10") a question asks its figure as of, if it names one. */
export function askedMonthPoint(question: string): string | undefined {
  const m = question.match(ASKED_MONTH_POINT);
  return m ? monthNumber(m[1] ?? m[2]) : undefined;
}

/** The months a text gives figures as of or by ("截至6月底…，9月底前…" → 6, 9). */
export function statedMonthPoints(text: string): string[] {
  return [...new Set([...text.matchAll(STATED_MONTH_POINT)].map((m) => monthNumber(m[1] ?? m[2])))];
}

/**
 * Whether a text gives its figures as of other months only: it states a month point, and not the one asked (the asked
 * month in any form, "10月31日", "1—10月").
 */
export function statesOtherMonthOnly(text: string, asked: string): boolean {
  return statedMonthPoints(text).some((m) => m !== asked) && !statesTimePoint(text, `${asked}月`);
}
