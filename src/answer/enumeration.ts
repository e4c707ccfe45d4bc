// Enumerated points in a document's text ("一是……二是……三是……", "（一）（二）", "1. 2."): how replies and policies list
// their measures, and what a how / what-measures question wants back.

/** Questions that ask for the measures, steps or items a document lists. */
export const ASKS_FOR_MEASURES = /怎么|如何|怎样|哪些|措施|做法|办法|途径|举措|方式|方法|有什么|有何|采取了?什么|安排|从哪|哪来|来源/;

/** A piece of text in document order (a sentence, or the part of one before or after an inline marker). */
export interface Unit<T> {
  text: string;
  source: T;
}

interface Marker {
  style: string;
  ordinal: number;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 二十 → 20; undefined for anything else. */
export function chineseOrdinal(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return undefined;
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? NUMERALS[text] : undefined;
  const tens = ten === 0 ? 1 : NUMERALS[text[0]];
  const ones = ten === text.length - 1 ? 0 : NUMERALS[text[ten + 1]];
  return tens * 10 + ones;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** Marker patterns at the start of a unit, each with its style (points of one list share a style). */
const MARKERS: { style: string; pattern: RegExp }[] = [
  { style: '是', pattern: new RegExp(`^(${CN})是(?!否|指)`) },
  { style: '要', pattern: new RegExp(`^(${CN})要(?=[\\p{Script=Han}])`, 'u') },
  { style: '（一）', pattern: new RegExp(`^[（(](${CN})[）)]`) },
  { style: '第一', pattern: new RegExp(`^第(${CN})[，,、是：:]`) },
  { style: '（1）', pattern: /^[（(](\d{1,2})[）)]/ },
  { style: '1.', pattern: /^(\d{1,2})(?:[、．]|\.(?!\d))/ },
];

export function markerOf(text: string): Marker | undefined {
  for (const { style, pattern } of MARKERS) {
    const m = text.match(pattern);
    const ordinal = m ? chineseOrdinal(m[1]) : undefined;
    if (ordinal !== undefined) return { style, ordinal };
  }
  return undefined;
}

/** "……开展以下工作：一是将……" → ["……开展以下工作：", "一是将……"]: a list often starts inside the sentence that introduces it. */
export function splitAtInlineMarkers(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const m = rest.match(new RegExp(`[：:]\\s*(?=(?:${CN})是|[（(](?:${CN}|\\d{1,2})[）)])`));
    if (!m || m.index === undefined) break;
    const cut = m.index + m[0].length;
    if (!markerOf(rest.slice(cut))) break;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  parts.push(rest.trim());
  return parts.filter(Boolean);
}

export interface EnumeratedPoint<T> {
  ordinal: number;
  /** The unit that opens the point (starts with its marker), then the units that follow it up to the next point. */
  units: Unit<T>[];
}

export interface Enumeration<T> {
  /** The unit just before the first point (the list's introduction), when there is one. */
  intro?: Unit<T>;
  points: EnumeratedPoint<T>[];
  /** Position of the first point's unit in the units given. */
  start: number;
}

/**
 * Lists of at least two points numbered 1, 2, 3… in one style. Units after a point up to the next marker of the same
 * style belong to it; a marker of another style inside a point (a sub-list) stays part of that point.
 */
export function findEnumerations<T>(units: Unit<T>[]): Enumeration<T>[] {
  const found: Enumeration<T>[] = [];
  let i = 0;
  while (i < units.length) {
    const first = markerOf(units[i].text);
    if (!first || first.ordinal !== 1) {
      i++;
      continue;
    }
    const points: EnumeratedPoint<T>[] = [{ ordinal: 1, units: [units[i]] }];
    let j = i + 1;
    for (; j < units.length; j++) {
      const m = markerOf(units[j].text);
      if (m && m.style === first.style) {
        if (m.ordinal !== points.length + 1) break;
        points.push({ ordinal: m.ordinal, units: [units[j]] });
      } else points[points.length - 1].units.push(units[j]);
    }
    if (points.length >= 2) {
      found.push({ intro: i > 0 ? units[i - 1] : undefined, points, start: i });
      i = j;
    } else i++;
  }
  return found;
}
