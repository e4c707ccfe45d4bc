// A year framed as a deadline: "到2022年…要形成什么", "2025年底前…" — a target to be met by then, not the year a
// plan's own figures are for ("2022年改造项目11个").

const DEADLINE_BEFORE = '(?:到|至|截至|截止到?)\\s*';
const DEADLINE_AFTER = '\\s*年(?:底|末)?(?:前|以前|之前)';

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
 * A time stated as a limit: a date or period followed by 前 / 之前 / 以前 / 为止 ("10月15日前", "2025年底前", "月底以前"),
 * 截止 / 截至 a date, or a span to act within ("15个工作日内", "收到之日起30日内").
 */
const STATES_LIMIT = /(?:[\d〇零一二三四五六七八九十]\s*(?:日|号|月|年|季度)|底|末|初|中旬|下旬|上旬)\s*(?:前|之前|以前|为止)|截止|截至|\d+\s*个?(?:工作日|日|天|周|月)(?:内|以内|之内)/u;

/** True when the text states a time as a limit ("2025年底前", "15个工作日内"): a date something is to be done by. */
export function statesLimit(text: string): boolean {
  return STATES_LIMIT.test(text);
}

/** True when the question asks the latest time allowed and the text states no limit: the text is not the answer. */
export function lacksAskedLimit(question: string, text: string): boolean {
  return ASKS_LATEST.test(question) && !STATES_LIMIT.test(text);
}
