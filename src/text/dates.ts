// A date written alone on a line: a document's or a proposal's sign-off ("2024年5月6日", "二〇二四年五月六日",
// "2024-05-06", "２０２６年１月９号", "2026年1月"). The corpus reads a reply's or a policy's closing by it; drafting
// keeps it out of a proposal's asks.

const YEAR = '[\\d０-９〇零一二三四五六七八九十○Ｏ]{2,4}';
/** A month's or a day's digits or numerals. */
const NUMBER = '[\\d０-９一二三四五六七八九十]';

const DATE_LINE = new RegExp(
  `^(?:${YEAR}\\s*年\\s*${NUMBER}{1,2}\\s*月(?:\\s*${NUMBER}{1,3}\\s*[日号])?|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|[〇零一二三四五六七八九○Ｏ0-9]{4}年.{1,6}日)$`,
  'u',
);

/** Whether a (trimmed) line is a date and nothing else. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

/**
 * Whether a date line names only a year and month ("2025年6月"): in a plan's body such a line heads a stage of its
 * schedule, so it is a sign-off only where nothing but the closing follows it.
 */
export function isMonthOnlyDateLine(line: string): boolean {
  return isDateLine(line) && /月$/u.test(line);
}

/**
 * A period a month ends, as reports name it: 上半年 ends in June ("上半年开工率" is the figure at 6月底); the year ends in
 * December ("截至2024年底" is the figure at 12月31日). Not 全年, which names a year's plan or task as often as its close.
 */
const MONTH_A_PERIOD_ENDS: { month: string; period: RegExp }[] = [
  { month: '3', period: /一季度|第一季度/u },
  { month: '6', period: /上半年|二季度|第二季度/u },
  { month: '9', period: /前三季度|三季度|第三季度/u },
  { month: '12', period: /年底|年末/u },
];

/** The period reports name by the month it ends in ("6" → 上半年, 二季度), if any. */
export function periodEndingIn(month: string): RegExp | undefined {
  return MONTH_A_PERIOD_ENDS.find((p) => p.month === month)?.period;
}
