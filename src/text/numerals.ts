// Chinese numerals as documents write them in list markers, article labels and headings (一 … 九十九).

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** One numeral character of a list marker or heading ordinal, for regular expressions. */
export const CN_DIGIT = '[一二三四五六七八九十]';

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
