// A date written alone on a line: a document's or a proposal's sign-off ("2024年5月6日", "二〇二四年五月六日",
// "2024-05-06", "２０２６年１月９号", "2026年1月"). The corpus reads a reply's or a policy's closing by it; drafting
// keeps it out of a proposal's asks.

import { CN_DIGIT_CHARS, CN_UNIT_DIGIT_CHARS, RANGE_SYMBOL_CHARS } from './numerals.js';

const YEAR = `[\\d０-９〇零${CN_DIGIT_CHARS}○Ｏ]{2,4}`;
/** A month's or a day's digits or numerals. */
const NUMBER = `[\\d０-９${CN_DIGIT_CHARS}]`;

const DATE_LINE = new RegExp(
  `^(?:${YEAR}\\s*年\\s*${NUMBER}{1,2}\\s*月(?:\\s*${NUMBER}{1,3}\\s*[日号])?|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|[〇零${CN_UNIT_DIGIT_CHARS}○Ｏ0-9]{4}年.{1,6}日)$`,
  'u',
);

/** The words making a date a deadline ("12月底前", "9月30日之前", "年底以前"), as alternatives of a pattern. */
export const BEFORE_DATE_WORDS = '前|以前|之前';

/** A date's end followed by a deadline word ("9月30日之前", "年底以前", "3月前"), as regular-expression source. */
export const BEFORE_DATE = `(?:日|号|月|年|底|末)\\s*(?:${BEFORE_DATE_WORDS})`;

/** A year in digits as a text names it ("2023年", "2024 年"), as regular-expression source. */
export const YEAR_POINT = '(?:19|20)\\d{2}\\s*年';

/** A year alone, no month, day or part of the year after it ("2023年以来", "2024年建成"; not "2024年3月", "2024年底"). */
const BARE_YEAR = new RegExp(`(?<!\\d)${YEAR_POINT}(?!\\s*(?:\\d{1,2}\\s*月|[底内末初前中]|上半年|下半年|第))`, 'gu');

/**
 * The text with its bare years blanked ("2023年以来办结326件" → " 以来办结326件"): the year of something told is not a
 * time it fixes.
 */
export function withoutBareYears(text: string): string {
  return text.replace(BARE_YEAR, ' ');
}

/** "哪年", "哪一年", "年份": a question asking a year. */
export const ASKS_YEAR = /哪一?年|什么年份|年份/u;

/**
 * A point in time in digits: a year ("2023年", "2024年底") or a month ("6月底", "7月末"), not the second end of a range
 * ("1—9月"), as regular-expression source. Comparisons read a side by it; a list marker before it ("3.6月底前…") is read as one.
 */
export const TIME_POINT = `(?:${YEAR_POINT}(?:底|末|初)?|(?<![\\d${RANGE_SYMBOL_CHARS}])\\d{1,2}\\s*月(?:底|末|初|份)?)`;

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
const MONTH_A_PERIOD_ENDS: { month: string; period: RegExp; withinYear: boolean }[] = [
  { month: '3', period: /一季度|第一季度/u, withinYear: true },
  { month: '6', period: /上半年|二季度|第二季度/u, withinYear: true },
  { month: '9', period: /前三季度|三季度|第三季度/u, withinYear: true },
  { month: '12', period: /年底|年末/u, withinYear: false },
];

/** The period reports name by the month it ends in ("6" → 上半年, 二季度), if any. */
export function periodEndingIn(month: string): RegExp | undefined {
  return MONTH_A_PERIOD_ENDS.find((p) => p.month === month)?.period;
}

/**
 * A period within the year named as the point a figure stands at: its end ("三季度末") or a report made at it
 * ("一季度通报时"). Not one compared with ("较一季度末增加19个", "与一季度末相比"), counted since ("一季度末以来"), set as a
 * deadline ("三季度末前全部开工"), nor a report naming which ones ("一季度公示的家庭已全部入住": the families, counted now).
 */
const periodAsPoint = (period: RegExp) =>
  new RegExp(`(?<![比较与]第?)(?:${period.source})(?:末|底|(?:公示|通报)(?!的))(?!\\s*(?:${BEFORE_DATE_WORDS}))(?![^，。；]*(?:以来|相比|相较|比较))`, 'u');

/**
 * Each period within the year, as the point a figure stands at (periodAsPoint). The year's end is left out: 年底 names
 * a year's target as often as its close ("年底完工率不低于60%").
 */
const PERIODS_AS_POINTS = MONTH_A_PERIOD_ENDS.filter((p) => p.withinYear).map((p) => ({ month: p.month, point: periodAsPoint(p.period) }));

/**
 * The months in which the periods a text states figures at end ("一季度通报时，…竣工38台" → 3; "上半年新增46台", which
 * counts over the period, → none).
 */
export function monthsOfPeriodPoints(text: string): string[] {
  return PERIODS_AS_POINTS.filter((p) => p.point.test(text)).map((p) => p.month);
}

// Words that say when without a date: a year said relative to another, the present, the point a figure is counted up to.

/** A year said by a word, not its number, and how many years after the year it is said relative to it lies. */
export interface RelativeYear {
  word: string;
  offset: number;
}

/** Years said relative to the present ("今年", "去年", "当年"): they date a question or a figure without a number. */
export const YEARS_FROM_NOW: readonly RelativeYear[] = [
  { word: '前年', offset: -2 },
  { word: '去年', offset: -1 },
  { word: '今年', offset: 0 },
  { word: '当年', offset: 0 },
  { word: '明年', offset: 1 },
];

/**
 * Years said from now that name a year outright, as written where a year's number would stand ("今年以来", "去年底",
 * "上一年度"), longest first. Not 当年 (YEARS_FROM_NOW): in a document it is the year its sentence spoke of before
 * ("2023年开工，当年完工"), in a question the year of what is asked about, neither the year the text was written in.
 */
const YEARS_NAMED_FROM_NOW: readonly RelativeYear[] = [
  { word: '上一年度', offset: -1 },
  { word: '上年度', offset: -1 },
  { word: '本年度', offset: 0 },
  ...YEARS_FROM_NOW.filter((y) => y.word !== '当年'),
];

/**
 * Characters that make the word's first one part of another word before it: "提前年底", "此前年度", "当前年度", "说明年度",
 * "载明年度", "照明年度", "过去年份", "减去年初", "如今年轻人".
 */
const JOINED_BEFORE: Readonly<Record<string, string>> = { 前年: '提此之目以事从先日月年空史生眼跟面向往超当', 去年: '过失除离减扣', 明年: '说证表声查阐申标注发透光文严开鲜分载写列指讲言照', 今年: '如至迄现当古而从' };

const YEAR_NAMED_FROM_NOW = new RegExp(
  YEARS_NAMED_FROM_NOW.map((y) => (JOINED_BEFORE[y.word] ? `(?<![${JOINED_BEFORE[y.word]}])${y.word}` : y.word)).join('|'),
  'gu',
);

/**
 * Times said from the present, not by a number ("今年", "明年", "次年", "下半年", "四季度", "全年", "下一步"): a clause
 * holding one speaks of that time, whatever year the sentence before it named.
 */
const RELATIVE_TIMES = [...YEARS_NAMED_FROM_NOW.map((y) => y.word), '次年', '下半年', '第四季度', '四季度', '全年', '下一步'];

/** Whether a clause speaks of a time said from the present (RELATIVE_TIMES) that `asked` does not itself say. */
export function holdsOwnRelativeTime(clause: string, asked = ''): boolean {
  return RELATIVE_TIMES.some((word) => clause.includes(word) && !asked.includes(word));
}

/**
 * A clause opening with a time of its own ("2025年…", "9月底…", "截至6月底，…", "第三季度新增…", "上半年…", "明年…"): a
 * statement about that time, beside the one before it, not the rest of it.
 */
const OPENS_WITH_TIME = new RegExp(
  `^(?:截至|截止|到|至|自|在|计划)?\\s*(?:${TIME_POINT}|${MONTH_A_PERIOD_ENDS.map((p) => p.period.source).join('|')}|${RELATIVE_TIMES.join('|')})`,
  'u',
);

/** Whether a clause opens with a time of its own (OPENS_WITH_TIME). */
export function opensWithTime(clause: string): boolean {
  return OPENS_WITH_TIME.test(clause.trim());
}

/**
 * The text with each year said from now written as the year it is, counted from `year` ("今年以来…126台" of a 2025
 * document → "2025年以来…126台"; "去年加装了多少台" asked in 2025 → "2024年加装了多少台"), so a year said either way is
 * read and compared as a number (YEAR_POINT). 年度 stays a 年度 ("上一年度" → "2024年度").
 */
export function withYearsFromNowAs(text: string, year: number): string {
  return text.replace(YEAR_NAMED_FROM_NOW, (word) => {
    const offset = YEARS_NAMED_FROM_NOW.find((y) => y.word === word)!.offset;
    return `${year + offset}年${word.endsWith('年度') ? '度' : ''}`;
  });
}

/** The text with each year said from now written as the year it is in a document of `date` (unchanged without one). */
export function withYearsFromNowOfDate(text: string, date: string | null | undefined): string {
  const year = yearOfDate(date);
  return year ? withYearsFromNowAs(text, year) : text;
}

/** Whether one date as the corpus keeps it (YYYY-MM-DD) is later than another; false when either is unknown. */
export function isLaterDate(date: string | null | undefined, than: string | null | undefined): boolean {
  return !!date && !!than && date > than;
}

/** The year of a date as the corpus keeps it ("2025-06-10" → 2025), if it is one. */
export function yearOfDate(date: string | null | undefined): number | undefined {
  const m = date?.match(/^((?:19|20)\d{2})-/u);
  return m ? Number(m[1]) : undefined;
}

/** Years said relative to a year said before ("那第二年呢？", "同一年", "上一年"). */
export const YEARS_FROM_ANOTHER: readonly RelativeYear[] = [
  { word: '上一年', offset: -1 },
  { word: '前一年', offset: -1 },
  { word: '头一年', offset: -1 },
  { word: '同年', offset: 0 },
  { word: '同一年', offset: 0 },
  { word: '这一年', offset: 0 },
  { word: '那一年', offset: 0 },
  { word: '次年', offset: 1 },
  { word: '第二年', offset: 1 },
  { word: '下一年', offset: 1 },
  { word: '后一年', offset: 1 },
  { word: '转年', offset: 1 },
  { word: '第三年', offset: 2 },
];

/** Words for the present ("目前", "当前", "现在"): a figure as it stands. */
export const NOW_WORDS: readonly string[] = ['目前', '当前', '现在'];

/** Words opening the point a figure is counted up to ("截至6月底", "截止今年10月底"). */
export const UP_TO_WORDS: readonly string[] = ['截至', '截止'];
