// The month a figure stands at ("截至10月底", "10月31日"): a question asking a figure as of one month is not answered
// by a sentence giving it as of another ("截至6月底已新增1580个", asked 截至10月底).
import { boundedMemo } from '../boundedMemo.js';
import { statesTimePoint } from './comparisons.js';
import { BEFORE_DATE_WORDS, monthsOfPeriodPoints, NOW_WORDS, UP_TO_WORDS, YEAR_POINT } from './dates.js';
import { HOLDS_FIGURE_NOT_A_DATE, MONTH_NUMBER, monthEitherWay, monthNumber, RANGE_SYMBOL_CHARS } from './numerals.js';
import { unplannedClauses } from './plans.js';
import { splitSentences } from './sentences.js';

/** Not the second end of a range ("1—9月底" is a period, not the 9月 point). */
const NOT_A_RANGE_END = `(?<![\\d${RANGE_SYMBOL_CHARS}])`;

/** The words opening the point a figure is counted up to ("截至", "截止"), as alternatives of a pattern. */
const UP_TO = UP_TO_WORDS.join('|');

/** The word making a date a deadline ("12月底前", "9月30日之前"). */
const BEFORE = `(?:${BEFORE_DATE_WORDS})`;

/** A day of a month ("20日", "20号"). */
const DAY = '\\d{1,2}\\s*[日号]';
/** A day of a month, its number captured ("7月12日" → 12). */
const DAY_OF_MONTH = '(\\d{1,2})\\s*[日号]';

/** A year before the month ("截至2024年10月底", "截至今年10月底"). */
const YEAR_BEFORE = `(?:${YEAR_POINT}|今年|去年|当年)?`;

/**
 * What follows a month named as a deadline: "12月底前全部开工", "9月30日之前完成". The figure beside it stands as of
 * another time ("截至目前已开工98个"); the month is the target's, not the data's.
 */
const AS_DEADLINE = `(?!\\s*(?:底|末|${DAY})?\\s*${BEFORE})`;

/**
 * The month a question asks a figure as of: "截至10月底", "截至7月31日", "10月底的开工率", "十月末". Not a deadline
 * ("8月底前开工率要达到多少"), which asks a target, nor a bare month ("5月份才装好"), which tells a story.
 */
const ASKED_MONTH_POINT = new RegExp(
  `(?:${UP_TO})\\s*${YEAR_BEFORE}\\s*((${MONTH_NUMBER})\\s*月${AS_DEADLINE}(?:底|末|${DAY})?)|${NOT_A_RANGE_END}((${MONTH_NUMBER})\\s*月${AS_DEADLINE}(?:底|末))`,
  'u',
);

/**
 * A month a text gives a figure as of: "截至6月底", "截至2024年6月", "截至九月底", "7月末". Not a deadline ("力争12月底前全部开工"),
 * nor a date an event happened on ("已于4月28日下达", "2025年3月印发").
 */
const STATED_MONTH_POINT = new RegExp(
  `(?:${UP_TO})\\s*${YEAR_BEFORE}\\s*(${MONTH_NUMBER})\\s*月${AS_DEADLINE}|${NOT_A_RANGE_END}(${MONTH_NUMBER})\\s*月${AS_DEADLINE}(?:底|末)`,
  'gu',
);

/** A month point asked: the month in digits ("10") and the point as the asker wrote it ("10月15日", "十月底"). */
export interface AskedMonthPoint {
  month: string;
  said: string;
}

/** The month point a question asks its figure as of, if it names one. */
export function askedMonthPoint(question: string): AskedMonthPoint | undefined {
  const m = question.match(ASKED_MONTH_POINT);
  if (!m) return undefined;
  const said = m[1] ?? m[3];
  return { month: monthNumber(m[2] ?? m[4]), said: said.replace(/\s+/gu, '') };
}

/** The months a text gives figures as of ("截至6月底…，力争9月底前…" → 6; "下一步，10月底完成…验收" names a plan's month → none). */
export function statedMonthPoints(text: string): string[] {
  return [...new Set([...reportedPart(text).matchAll(STATED_MONTH_POINT)].map((m) => monthNumber(m[1] ?? m[2])))];
}

/** A month named as a deadline: "6月底前", "九月底之前", "9月30日前". */
const DEADLINE_MONTH = new RegExp(`${NOT_A_RANGE_END}(${MONTH_NUMBER})\\s*月(?:底|末|${DAY})?\\s*${BEFORE}`, 'gu');

/** The months a text names as deadlines ("6月底前开工率达到50%，9月底前全部开工" → 6, 9). */
export function deadlineMonths(text: string): string[] {
  return [...new Set([...text.matchAll(DEADLINE_MONTH)].map((m) => monthNumber(m[1])))];
}

/** A word naming the present: "截至目前累计已加装电梯86台". */
const NOW_WORD = new RegExp(NOW_WORDS.join('|'), 'u');

/** A word saying a figure is reached by now, when its clause names no point of its own: "已开工98个", "累计加装86台", "今年新增46台". */
const REACHED_BY_NOW = /已|累计|今年/u;

/** A point a clause counts its figure up to: "截至9月15日", "截止8月". */
const COUNTED_UP_TO = new RegExp(UP_TO, 'u');

/** The clauses of a text, a clause naming only a point joined to the next ("截至三季度末，已开工52个" is one). */
function clausesWithTheirPoints(text: string): string[] {
  const clauses: string[] = [];
  let carried = '';
  for (const clause of text.split(/[，,；;。]/u).filter((c) => c.trim())) {
    const joined = carried + clause;
    if (!HOLDS_FIGURE_NOT_A_DATE.test(joined) && namesOwnPoint(joined)) carried = joined;
    else {
      clauses.push(joined);
      carried = '';
    }
  }
  return carried ? [...clauses, carried] : clauses;
}

function namesOwnPoint(clause: string): boolean {
  return COUNTED_UP_TO.test(clause) || monthsOfPeriodPoints(clause).length > 0;
}

/**
 * Whether a text states a figure as of now: a clause naming the present ("截至目前已开工98个"), or one reached by now
 * naming no point of its own ("全市已开工98个", "今年已加装86台"; not "截至9月15日已完成2个", nor "已更正", which states no figure).
 */
function statesFigureAsOfNow(text: string): boolean {
  return clausesWithTheirPoints(text).some((c) => HOLDS_FIGURE_NOT_A_DATE.test(c) && (NOW_WORD.test(c) || (REACHED_BY_NOW.test(c) && !namesOwnPoint(c))));
}

/**
 * Whether every figure a text's sentences state stands as of a quarter named in its clause or an earlier clause of the
 * sentence ("截至三季度末，已竣工52台，在建21台"), none as of now ("全市已加装86台，二季度末为46台" gives one as of now).
 */
function figuresAsOfQuartersOnly(sentences: string[]): boolean {
  const figures = sentences.flatMap((sentence) => {
    let quarterNamed = false;
    return clausesWithTheirPoints(sentence).flatMap((clause) => {
      quarterNamed ||= monthsOfPeriodPoints(clause).length > 0;
      return HOLDS_FIGURE_NOT_A_DATE.test(clause) ? [quarterNamed] : [];
    });
  });
  return figures.length > 0 && figures.every(Boolean) && !statesFigureAsOfNow(sentences.join('，'));
}

/**
 * Whether a text gives its figures as of other months only, not the one asked (in any form, "10月31日", "1—10月"): it
 * states another month point, or it sets targets by other months and reports nothing reached ("6月底前开工率达到50%，
 * 9月底前全部开工" gives no rate as of 8月底; "截至目前已开工98个，力争12月底前全部开工" gives one as of now).
 */
export function statesOtherMonthOnly(text: string, asked: string, askedSaid = ''): boolean {
  const reported = reportedPart(text);
  if (statesTimePoint(reported, `${asked}月`)) return namesOtherDaysOnly(reported, asked, askedSaid);
  // The month asked named only as a plan's ("下一步，10月底完成…验收"): no figure stands as of it,
  // unless the text reports one reached by now beside it, as of no other month (then the asker's month may be now).
  if (statesTimePoint(text, `${asked}月`)) return statedMonthPoints(text).length > 0 || !statesFigureAsOfNow(reported);
  // Every figure stands at a quarter ("截至三季度末竣工52台"): another month than the one asked.
  return statedMonthPoints(text).some((m) => m !== asked) || figuresAsOfQuartersOnly(reportedSentences(text)) || (deadlineMonths(text).length > 0 && !statesFigureAsOfNow(text));
}

/** The days a month's 底 / 末 is written as ("截至8月31日" is the 8月底 figure). */
const END_OF_MONTH_DAYS = ['28', '29', '30', '31'];

/** The day of a month a point names ("8月31日" → 31). */
const DAY_OF_MONTH_NAMED = new RegExp(`月\\s*${DAY_OF_MONTH}`, 'u');
/** A month's end named ("8月底", "8月末"). */
const END_OF_MONTH_NAMED = /月\s*[底末]/u;

/** The days a point asked names: "8月31日" → 31, "8月底" → 28–31; none for a month alone ("8月份"). */
function daysOfPointAsked(said: string): string[] {
  const day = said.match(DAY_OF_MONTH_NAMED)?.[1];
  if (day) return [String(Number(day))];
  return END_OF_MONTH_NAMED.test(said) ? END_OF_MONTH_DAYS : [];
}

/**
 * Whether the text gives its figures only as of another day of the month asked, counted up to it ("截至7月12日…完成率
 * 72.4%", asked 截至7月31日 or 7月底): every mention of the month is such a point or a deadline ("7月31日前将全部审结"),
 * and nothing is stated as of now. A day that opens a range ("7月1日至31日，共抽查…") or dates an event ("自7月10日新系统
 * 上线以来") is not the figure's point; nor is a month named without a day ("1—8月", "8月底").
 */
function namesOtherDaysOnly(reported: string, asked: string, askedSaid: string): boolean {
  const days = daysOfPointAsked(askedSaid);
  if (!days.length || statesFigureAsOfNow(reported)) return false;
  const mentions = mentionsOfMonth(reported, asked);
  return mentions.length > 0 && mentions.every((m) => m.day !== undefined && !days.includes(m.day));
}

/**
 * Where a text names the month asked, deadlines left out: the day of each mention that is a point counted up to
 * ("截至7月12日" → 12), undefined for any other ("7月1日至31日", "自7月10日…以来", "1—7月", "7月底").
 */
function mentionsOfMonth(text: string, asked: string): { day?: string }[] {
  const mention = new RegExp(`(${UP_TO})?\\s*${YEAR_BEFORE}\\s*${NOT_A_RANGE_END}${monthEitherWay(asked)}\\s*月(?:\\s*${DAY_OF_MONTH}|\\s*[底末])?(\\s*${BEFORE})?`, 'gu');
  return [...text.matchAll(mention)]
    .filter((m) => m[3] === undefined)
    .map((m) => ({ day: m[1] !== undefined && m[2] !== undefined ? String(Number(m[2])) : undefined }));
}

/** The days of the month asked a text counts figures up to ("截至7月12日，…88件" → 7月12日), for the refusal to name. */
export function statedDaysOfMonth(text: string, asked: string): string[] {
  return [...new Set(mentionsOfMonth(reportedPart(text), asked).flatMap((m) => (m.day ? [`${asked}月${m.day}日`] : [])))];
}

/** The part of a month a date names ("7月底", "10月末", "3月初"). */
const PART_OF_NAMED_MONTH = /(\d{1,2})月(底|初|末)/gu;
/** The days a part of a month is written as in a document ("7月31日" for 7月底). */
const END_OF_MONTH_WRITTEN = `(?:底|末|(?:${END_OF_MONTH_DAYS.join('|')})日)`;
const DAYS_OF_MONTH_PART: Record<string, string> = { 底: END_OF_MONTH_WRITTEN, 末: END_OF_MONTH_WRITTEN, 初: '(?:初|[1-5]日)' };

/**
 * Whether a passage holds the 月底 / 月末 / 月初 of a date the question names ("截至7月底"): as written, or as the
 * days it stands for ("截至7月31日"). Another month's end ("6月底") does not hold it.
 */
export function holdsNamedMonthPart(word: string, question: string, passage: string): boolean {
  return !!namedMonthPartForms(word, question)?.test(passage);
}

/**
 * How a document writes the 月底 / 月末 / 月初 of the dates a question names ("6月底" → 6月底, 6月末, 6月30日…), as one
 * pattern; undefined when the word is no such part of a month the question names.
 */
export function namedMonthPartForms(word: string, question: string): RegExp | undefined {
  const forms = [...question.matchAll(PART_OF_NAMED_MONTH)]
    .filter((m) => word === `月${m[2]}`)
    .map((m) => `(?<!\\d)${m[1]}月${DAYS_OF_MONTH_PART[m[2]]}`);
  return forms.length ? monthPartPattern(forms.join('|')) : undefined;
}

/** How many month-part patterns are kept (a question names a month part or two); past this the store starts over. */
const MONTH_PART_PATTERNS_KEPT = 256;

/**
 * The patterns namedMonthPartForms gives, kept by source: the term weights and the evidence gate ask for the same month
 * parts of a question once per term and passage.
 */
const monthPartPattern = boundedMemo(MONTH_PART_PATTERNS_KEPT, (source: string) => new RegExp(source, 'u'));

/** The ellipsis a quote of two sentences apart puts before the second ("…。……下一步，…"). */
const QUOTE_GAP = /^[…\s]+/u;

/**
 * What a text reports rather than plans: its clauses no plan governs ("计划改造60个，截至10月底已开工48个" → "截至10月底
 * 已开工48个"; "下一步，10月底完成…验收" → ""). A deadline stays: it is that month's target ("6月底前开工率不低于60%"),
 * which a question on that month's requirement asks.
 */
function reportedPart(text: string): string {
  return reportedSentences(text).join('，');
}

/** What each sentence of a text reports rather than plans (reportedPart, sentence by sentence). */
function reportedSentences(text: string): string[] {
  return splitSentences(text)
    .map((sentence) => unplannedClauses(sentence.text.replace(QUOTE_GAP, '')).join('，'))
    .filter(Boolean);
}

