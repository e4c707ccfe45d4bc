// Chinese numerals in list markers (一 … 九十九). Kept here until the shared src/text layer provides them.
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

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
