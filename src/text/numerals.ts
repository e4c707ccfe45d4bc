// Chinese numerals as documents write them in list markers, article labels and headings (一 … 九十九).

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The numerals 一 … 九 without 十: digits as a year is said or written one by one ("二〇二三年", "九八年"). */
export const CN_UNIT_DIGIT_CHARS = '一二三四五六七八九';
/** The numeral characters of list markers and heading ordinals (一 … 十), to write inside a character class beside others. */
export const CN_DIGIT_CHARS = `${CN_UNIT_DIGIT_CHARS}十`;
/** One numeral character of a list marker or heading ordinal, for regular expressions. */
export const CN_DIGIT = `[${CN_DIGIT_CHARS}]`;
/**
 * The characters of a small count as a text announces one ("几点", "两项", "三个方面", "5条"), to write inside a character
 * class: 几, 两, 一 … 十 and digits.
 */
export const COUNT_NUMERAL_CHARS = String.raw`几两${CN_DIGIT_CHARS}\d`;
/** One numeral character of a heading's ordinal as the heading grammar reads it (百, 零/〇 and 两 as well). */
export const CN_NUM = '[一二三四五六七八九十百零〇两]';

/** 一 → 1, 十二 → 12, 二十 → 20 (up to 99); Arabic (also full-width) digits as they are; undefined for anything else. */
export function chineseNumberValue(text: string): number | undefined {
  const ascii = text.normalize('NFKC');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[一二两三四五六七八九十]{1,3}$/.test(text)) return undefined;
  if (text === '十') return 10;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return text.length === 1 ? DIGITS[text] : undefined;
  const tens = tenAt === 0 ? 1 : DIGITS[text.slice(0, tenAt)];
  const units = tenAt === text.length - 1 ? 0 : DIGITS[text.slice(tenAt + 1)];
  if (tens === undefined || units === undefined) return undefined;
  return tens * 10 + units;
}

/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99; other numbers stay Arabic). */
export function toChineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n >= 100 || !Number.isInteger(n)) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[units]}`;
}

/** A month's number as documents write it, in digits or numerals: "9", "10", "九", "十", "十二". */
export const MONTH_NUMBER = `\\d{1,2}|十[一二]?|[${CN_UNIT_DIGIT_CHARS}]`;

/** The month a MONTH_NUMBER names, in digits: "九" → "9", "09" → "9", "十二" → "12". */
export function monthNumber(written: string): string {
  return String(chineseNumberValue(written) ?? written);
}

/**
 * A month in either writing, for a text that may use either: "9" → 9月 or 九月, never the 9 of "19" nor the 一 of
 * "十一月".
 */
export function monthEitherWay(month: string): string {
  return `(?<![\\d十])(?:${month}|${toChineseNumeral(Number(month))})`;
}

const DIGIT_VALUES: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MAGNITUDES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SECTIONS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A run of Chinese numeral characters as a number: "二十万" → 200000, "三百零五" → 305, "三千五" → 3500, "一万二" →
 * 12000, "二〇二〇" → 2020 (digit by digit). Undefined when the run is no well-formed number ("十四五" names a plan, "万一" means "in case").
 */
export function chineseIntegerValue(run: string): number | undefined {
  if (/^[〇零一二三四五六七八九]{2,}$/u.test(run)) return Number([...run].map((c) => DIGIT_VALUES[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastMagnitude = Infinity;
  /** The magnitude or section just before the current digit, with no 零 between ("三千五", "一万二"). */
  let abbreviatedAfter: number | undefined;
  for (const c of run) {
    if (c in DIGIT_VALUES) {
      if (digit !== undefined && DIGIT_VALUES[c] !== 0) return undefined;
      if (DIGIT_VALUES[c] === 0) abbreviatedAfter = undefined;
      digit = DIGIT_VALUES[c] === 0 ? undefined : DIGIT_VALUES[c];
    } else if (c in MAGNITUDES) {
      const m = MAGNITUDES[c];
      if (m >= lastMagnitude) return undefined;
      section += (digit ?? (section === 0 && m === 10 ? 1 : NaN)) * m;
      if (Number.isNaN(section)) return undefined;
      digit = undefined;
      lastMagnitude = m;
      abbreviatedAfter = m;
    } else if (c in SECTIONS) {
      if (section === 0 && digit === undefined) return undefined;
      total += (section + (digit ?? 0)) * SECTIONS[c];
      section = 0;
      digit = undefined;
      lastMagnitude = Infinity;
      abbreviatedAfter = SECTIONS[c];
    } else return undefined;
  }
  // Spoken short forms: a last digit right after 百/千/万 counts in the next magnitude down ("三千五" = 3500).
  const last = digit !== undefined && abbreviatedAfter !== undefined && abbreviatedAfter > 10 ? digit * (abbreviatedAfter / 10) : (digit ?? 0);
  const value = total + section + last;
  return value > 0 || /^[〇零]$/u.test(run) ? value : undefined;
}

/**
 * The counters (量词) things are counted in ("6077户", "12个小区", "3台"): a figure's own unit to the tokenizer, a
 * how-many ask's to a follow-up ("多少户" after "多少个"). One list for both.
 */
export const COUNTERS = '个台户项处家所座栋幢套间条名位人次批期辆';

/**
 * Counters of what a place holds — estates, buildings, homes, lifts, firms, people — not of times, items or batches
 * ("几个小区", "多少户", "几台电梯"; not "几次", "几项", "几批"): a count of these asked of a named place is its own tally.
 */
export const HOLDINGS_COUNTERS = '个户套栋幢台部家处人名间';

/** A digit: a text holding one names a figure in digits ("85%", "8年"; see figuresAsDigits for Chinese numerals). */
export const HOLDS_DIGIT = /\d/u;

/** A figure in digits, not a date: "98个", "72.4%", "620"; not "8月", "15日", "2025年". */
export const HOLDS_FIGURE_NOT_A_DATE = /(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*[年月日号])/u;

/**
 * What goes on writing a number: a digit or a decimal point. A text that opens with one after a figure's digits makes
 * another number of them ("850" or "8.5" after 8), not that figure.
 */
export const CONTINUES_NUMBER = /^[\d.]/u;

/** Units and measure words a number is counted in ("三年", "九处", "两部", "十个工作日"). */
export const MEASURE_WORDS =
  '个|户|栋|幢|项|批|期|年|条|所|家|类|套|台|部|座|间|处|人|名|位|次|倍|元|米|辆|层|件|宗|天|月|日|周|岁|种|份|轮|届|季度|小时|分钟|工作日|平方米|平米|公里|千米|亩|吨|成|万|亿';
const NUMERAL_RUN = /[〇零一二三四五六七八九十百千万亿两]+/gu;
const BEFORE_MEASURE = new RegExp(`^\\s*(?:余|多)?\\s*(?:${MEASURE_WORDS})`, 'u');
/** "一户一表", "一楼一策", "一事一议": one per each, a way of doing things, not a count. */
const DISTRIBUTIVE = /一\p{Script=Han}一\p{Script=Han}/u;

/**
 * Where a run of numeral characters in a text is a number: after 第 ("第三批"), before a unit or measure word ("九处",
 * "二十万元", "两部"), or a figure of several characters ("二十", "二〇二〇"). Not inside a word ("统一", "一般",
 * "一是", "千家万户") nor in a distributive idiom ("一户一表").
 */
function isNumberAt(text: string, run: string, at: number): boolean {
  if (chineseIntegerValue(run) === undefined) return false;
  if (text[at - 1] === '第') return true;
  const around = text.slice(Math.max(0, at - 2), at + run.length + 3);
  if (run === '一' && DISTRIBUTIVE.test(around)) return false;
  if ([...run].length >= 2 && !/^[百千万亿]/u.test(run)) return true;
  return !/^[百千万亿]$/u.test(run) && BEFORE_MEASURE.test(text.slice(at + run.length));
}

/**
 * The text with its Chinese numerals that are numbers written in digits ("补贴二十万元" → "补贴200000元", "第三批" →
 * "第3批"), the numeral characters inside words left as they are ("统一", "一户一表"): for rules that look for a figure.
 */
export function figuresAsDigits(text: string): string {
  return text.replace(NUMERAL_RUN, (run, at: number) => {
    const range = approximateRange(run);
    if (range && BEFORE_MEASURE.test(text.slice(at + run.length))) return range;
    return isNumberAt(text, run, at) ? String(chineseIntegerValue(run)) : run;
  });
}

/** Two neighbouring digits, perhaps with a magnitude, give a rough figure: "两三" → "2-3", "五六十" → "50-60". */
const RANGE = /^([一二两三四五六七八])([二三四五六七八九])([十百千万]?)$/u;

function approximateRange(run: string): string | undefined {
  const m = RANGE.exec(run);
  if (!m) return undefined;
  const [low, high] = [DIGIT_VALUES[m[1]], DIGIT_VALUES[m[2]]];
  if (high !== low + 1) return undefined;
  const scale = m[3] ? (MAGNITUDES[m[3]] ?? SECTIONS[m[3]]) : 1;
  return `${low * scale}-${high * scale}`;
}

/** "二〇二四年", "一九九八年": a year official text writes digit by digit in Chinese numerals (and 〇 for zero). */
const DIGIT_BY_DIGIT_YEAR = /(?<![〇零一二三四五六七八九十百千万])((?:一九|二[〇零])[〇零一二三四五六七八九]{2})(?=\s*年)/gu;

/**
 * The text with its digit-by-digit Chinese years in Arabic digits ("二〇二四年完成118个" → "2024年完成118个"): documents
 * date their figures either way and questions mostly write digits, so search reads both alike.
 */
export function yearsAsDigits(text: string): string {
  return text.replace(DIGIT_BY_DIGIT_YEAR, (run) => String(chineseIntegerValue(run)));
}

const STATED_YEAR = String.raw`(?<!\d)((?:19|20)\d{2})\s*年`;

/** The years a text states in Arabic digits: "截至2024年底" → [2024], "由2023年的…提高到2024年的…" → [2023, 2024]. */
export function statedYears(text: string): number[] {
  return [...text.matchAll(new RegExp(STATED_YEAR, 'gu'))].map((m) => Number(m[1]));
}

/** The text with its stated years blanked ("2024年底完成12个" → " 底完成12个"), for rules that look for other figures. */
export function withoutStatedYears(text: string): string {
  return withStatedYearsAs(text, ' ');
}

/** The text with every stated year replaced ("2025年计划改造多少个" with "2024年" → "2024年计划改造多少个"). */
export function withStatedYearsAs(text: string, replacement: string): string {
  return text.replace(new RegExp(STATED_YEAR, 'gu'), replacement);
}

/** The symbols a range is written with ("1—9月", "1-9月", "1－9月", "1~9月", "1～9月", "2021–2025年"): one list for every rule. */
export const RANGE_SYMBOLS = ['~', '～', '-', '－', '—', '–'];
/** The range symbols as the inside of a regular-expression character class ("[\\d${RANGE_SYMBOL_CHARS}]"). */
export const RANGE_SYMBOL_CHARS = RANGE_SYMBOLS.map((symbol) => (symbol === '-' ? '\\-' : symbol)).join('');

/**
 * The year a building was built ("我家楼是2002年盖的", "2003年建成的小区"), or the span of years it was built in
 * ("2001到2005年建成的小区", "2006年至2010年建成的小区"): a condition a rule's range covers ("2005年底前建成"), not the
 * year of the data asked. Not "2024年建成了几个" nor "项目2023年竣工的有多少个" (what was finished that year: 竣工/落成
 * say a project's completion, never a dwelling's age).
 */
const BUILT = '(?:建成|盖|建|建起|盖起)的';
const DWELLING = '楼|房|小区|宿舍|院';
/** The first year of a span the built year closes ("2001到", "2006年至"). */
const BUILT_SPAN_OPENING = `(?:(?<!\\d)((?:19|20)\\d{2})\\s*年?\\s*(?:[${RANGE_SYMBOL_CHARS}]+|至|到)\\s*)?`;
const BUILT_YEAR = new RegExp(
  `(?<=(?:${DWELLING})[^，,。？?]{0,4})${BUILT_SPAN_OPENING}(?<!\\d)((?:19|20)\\d{2})\\s*年(?=${BUILT})|${BUILT_SPAN_OPENING}(?<!\\d)((?:19|20)\\d{2})\\s*年(?=${BUILT}(?:${DWELLING}|住宅|房屋))`,
  'gu',
);

/** The years a question gives as a building's year (or span of years) of construction. */
export function builtYears(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(BUILT_YEAR)].flatMap((m) => m.slice(1).filter((y): y is string => !!y));
}

/** The text without the years it gives as a building's year of construction. */
export function withoutBuiltYears(text: string): string {
  return text.normalize('NFKC').replace(BUILT_YEAR, ' ');
}

/**
 * A span of years as Chinese text writes it: "2021—2025年", "2021——2025年", "（2021-2025）", "2019年至2022年",
 * "2019到2022年", "2021～2025年". Each year a whole number (not the digits of a longer one); the closing 年 optional.
 */
const YEAR_SPAN = String.raw`(?<!\d)((?:19|20)\d{2})\s*年?\s*(?:[${RANGE_SYMBOL_CHARS}]+|至|到)\s*((?:19|20)\d{2})(?!\d)\s*年?`;

/** The spans of years a text states ("2019年至2022年，全市累计…"): what they state is a total over the span, no one year's figure. */
export function statedYearSpans(text: string): { from: number; to: number }[] {
  return [...text.matchAll(new RegExp(YEAR_SPAN, 'gu'))].map((m) => ({ from: Number(m[1]), to: Number(m[2]) }));
}

/** "（2021—2025年）", "2021年至2025年": the first span of years a text states, which dates no single year. */
export function statedYearSpan(text: string): { from: number; to: number } | undefined {
  return statedYearSpans(text)[0];
}

/** The text with its spans of years blanked ("2019年至2022年累计改造365个" → " 累计改造365个"). */
export function withoutStatedYearSpans(text: string): string {
  return text.replace(new RegExp(YEAR_SPAN, 'gu'), ' ');
}

/**
 * A question asking for a total over years ("累计", "以来", "这几年"): a span of years answers it. Not 一共 / 总共 / 合计
 * / 期间, which count within one year as well ("2022年一共改造了多少个").
 */
export const ASKS_TOTAL_OVER_YEARS = /累计|以来|至今|这几年|几年来|这些年/u;

/** A year as a clause writes it, with the point of the year it names ("2024年底"). */
export const CLAUSE_YEAR_POINT = /(?:19|20)\d{2}\s*年(?:底|末|初|上半年|下半年)?/u;
