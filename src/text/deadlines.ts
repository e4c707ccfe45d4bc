// A year framed as a deadline: "到2022年…要形成什么", "2025年底前…" — a target to be met by then, not the year a
// plan's own figures are for ("2022年改造项目11个").
import { BEFORE_DATE, BEFORE_DATE_WORDS } from './dates.js';
import { CN_DIGIT_CHARS } from './numerals.js';

const DEADLINE_BEFORE = '(?:到|至|截至|截止到?)\\s*';
const DEADLINE_AFTER = `\\s*年(?:底|末)?(?:${BEFORE_DATE_WORDS})`;

/** The year a question frames as a deadline ("到2022年…", "2025年底前…"), if any. */
export function askedDeadline(question: string): string | undefined {
  const m = question.match(new RegExp(`${DEADLINE_BEFORE}((?:19|20)\\d{2})\\s*年|((?:19|20)\\d{2})${DEADLINE_AFTER}`, 'u'));
  return m ? (m[1] ?? m[2]) : undefined;
}

/** True when the text sets something to be done by that year ("到2022年，基本形成…", "2022年底前完成…"). */
export function statesDeadline(text: string, year: string): boolean {
  return new RegExp(`${DEADLINE_BEFORE}${year}\\s*年|${year}${DEADLINE_AFTER}`, 'u').test(text);
}

/** "最晚什么时候交", "最迟哪天", "截止到什么时候": a when question asking the last day allowed, not any date. */
const ASKS_LATEST = /最晚|最迟|截止|截至|最后期限/u;

/**
 * "什么时候能完", "计划什么时候完成", "啥时候能换完": a when question asking by when a thing will be finished, which a
 * plan's "…前完成" answers, not the date a letter was answered nor a ledger's "截至8月10日，已完成4个". Not "到哪年基本完成",
 * which asks a year.
 */
const ASKS_FINISH_BY = /(?:什么时候|啥时候?|何时|几时|哪天)[^，,。？?]{0,4}?(?:完成|完工|竣工|建成|办结|[办改换编修装建]完|完(?=[吗呢？?。]|$))/u;

/**
 * "改造是什么时候完成的", "电梯什么时候建成了": the finishing asked of as done, whose date any text saying it answers; no
 * limit is wanted.
 */
const ASKED_AS_DONE = /(?:完成|完工|竣工|建成|办结|完)[的了]|的[吗呢]?[？?。]?\s*$/u;

/** "计划于2025年10月完成", "预计明年年底建成": a plan's date to finish, which answers by when, with or without 前. */
const PLANNED_FINISH = /(?:计划|预计|力争|争取|确保|将于|拟于|有望)[^，,。；;]{0,12}?(?:完成|完工|竣工|建成|办结|交付|投用|投入使用)/u;

/** "截至2025年8月10日，…": the day a count was taken, no limit to act by. */
const COUNTED_AT = /截至[^，,。；;]*/gu;

/** The words making a span one to act within ("30日内", "15个工作日以内", "3个月之内"), as alternatives of a pattern. */
export const WITHIN_WORDS = '内|以内|之内';

/** A span to act within ("15个工作日内", "收到之日起30日内"), as regular-expression source. */
export const SPAN_TO_ACT_WITHIN = String.raw`\d+\s*个?(?:工作日|日|天|周|月)(?:${WITHIN_WORDS})`;

/**
 * A time stated as a limit: a date or period followed by 前 / 之前 / 以前 / 为止 ("10月15日前", "2025年底前", "月底以前"),
 * 截止 / 截至 a date, or a span to act within ("15个工作日内", "收到之日起30日内").
 */
const STATES_LIMIT = new RegExp(String.raw`(?:[\d〇零${CN_DIGIT_CHARS}]\s*(?:日|号|月|年|季度)|底|末|初|中旬|下旬|上旬)\s*(?:${BEFORE_DATE_WORDS}|为止)|截止|截至|${SPAN_TO_ACT_WITHIN}`, 'u');

/** True when the text states a time as a limit ("2025年底前", "15个工作日内"): a date something is to be done by. */
export function statesLimit(text: string): boolean {
  return STATES_LIMIT.test(text);
}

/**
 * True when the question asks the latest time allowed, or by when a thing will be finished (not when it was), and the
 * text states no limit (for the latter, a plan's date to finish is one, a count's 截至 date is none): the text is not
 * the answer.
 */
export function lacksAskedLimit(question: string, text: string): boolean {
  if (ASKS_LATEST.test(question)) return !STATES_LIMIT.test(text);
  if (!ASKS_FINISH_BY.test(question) || ASKED_AS_DONE.test(question)) return false;
  const uncounted = text.replace(COUNTED_AT, '');
  return !STATES_LIMIT.test(uncounted) && !PLANNED_FINISH.test(uncounted);
}

/**
 * "投标截止时间是什么时候", "现在的补助标准执行到哪一天", "有效期到什么时候": the day something ends is asked, not when it
 * starts nor the span of another step ("中标通知书发出后30日内签订合同").
 */
export const ASKS_END_DAY =
  /截止(?:时间|日期|日|(?:到|至)(?!目前|现在|当前|今|本|去|上|年底|月底|\d))|(?:执行|施行|有效|实施)(?:到|至)(?:哪|什么时候|何时)|有效期(?:到|至)(?:哪|什么时候|何时)|到(?:哪天|哪一天)为止/u;

/**
 * A day stated as an end: 截止/截至 it, "…日止", 届满, 到期, 有效期至, the last day of a range ("10月1日至10月31日"), "最后一天",
 * or a date followed by 前 ("7月15日前", "年底前"). Not 禁止 / 停止 / 防止.
 */
const STATES_END_DAY = new RegExp(
  String.raw`截止|截至|(?:日|号|月|年|底)止|届满|到期|有效期至|最后一天|[至到]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|${BEFORE_DATE}`,
  'u',
);

/** True when the text states a day as an end (STATES_END_DAY). */
export function statesEndDay(text: string): boolean {
  return STATES_END_DAY.test(text);
}
