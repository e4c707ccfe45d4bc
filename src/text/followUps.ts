// A follow-up in a thread names what changes from the question before it ("那2024年实际完成了多少个？" after "2025年
// 全市计划改造多少个？"): the year it names, or the actual figure after a planned one. The earlier question is carried
// as context with that part replaced, so the context does not ask for the year or the plan the follow-up moved away from.

import { statedYears, withStatedYearsAs } from './numerals.js';

/** Years said relative to the year of the question before ("那第二年呢？", "那去年实际装了多少台？"). */
const RELATIVE_YEARS: [RegExp, number][] = [
  [/前年/u, -2],
  [/去年|上一年|前一年|头一年/u, -1],
  [/今年|当年|同年/u, 0],
  [/明年|次年|第二年|下一年|后一年|转年/u, 1],
  [/第三年/u, 2],
];

/** What the follow-up's figure is: what was done (实际, 完成) or what is planned (计划, 打算). */
const ACTUAL = /实际|实有|已经?完成|完成了|做到了/u;
const PLANNED = /计划|打算|拟/u;
const PLANNED_WORDS = new RegExp(PLANNED.source, 'gu');

function yearsIn(text: string): string[] {
  return statedYears(text).map(String);
}

/** The year a follow-up asks about: its own 2024年, or one said relative to the single year of the earlier question. */
export function followUpYear(own: string, earlier: string): string | undefined {
  const stated = yearsIn(own);
  if (stated.length) return stated.length === 1 ? stated[0] : undefined;
  const before = [...new Set(yearsIn(earlier))];
  if (before.length !== 1) return undefined;
  const shift = RELATIVE_YEARS.find(([word]) => word.test(own))?.[1];
  return shift === undefined ? undefined : String(Number(before[0]) + shift);
}

/**
 * The follow-up with a relative year made absolute ("那第二年呢？" after a 2023 question → "那2024年呢？"), and the
 * earlier question as context for it: its year replaced by the follow-up's, its 计划 dropped when the follow-up asks
 * what was actually done.
 */
export function restateFollowUp(own: string, earlier: string): { own: string; earlier: string } {
  const year = followUpYear(own, earlier);
  let question = own;
  let context = earlier;
  if (year) {
    if (!yearsIn(own).length) {
      const relative = RELATIVE_YEARS.find(([word]) => word.test(own))?.[0];
      if (relative) question = own.replace(relative, `${year}年`);
    }
    context = withStatedYearsAs(context, `${year}年`);
  }
  if (ACTUAL.test(own) && !PLANNED.test(own)) context = context.replace(PLANNED_WORDS, '');
  return { own: question, earlier: context };
}
