// List markers of proposal suggestions ("一是", "一要", "一、", "（一）", "第一", "1.", "(1)", "①", 首先…最后) found at
// character positions inside a suggestion part, so inline lists ("建议：一是…；二是…") split as well as line lists.
import { chineseNumberValue, CN_DIGIT } from './numerals.js';

export interface ListMarker {
  style: string;
  ordinal: number;
  /** Characters the marker takes (with its trailing punctuation and spaces). */
  length: number;
}

const CN = `${CN_DIGIT}{1,3}`;
/** Styles that number headings-like items: they start a line or follow a full stop, semicolon or colon, never a comma. */
const LINE_STYLES = new Set(['一、', '1.']);
const MARKERS: { style: string; pattern: RegExp }[] = [
  { style: '是', pattern: new RegExp(`^(${CN})是(?!否|指|因为)\\s*[，,：:]?\\s*`, 'u') },
  { style: '要', pattern: new RegExp(`^(${CN})要(?=\\p{Script=Han})`, 'u') },
  { style: '一、', pattern: new RegExp(`^(${CN})\\s*[、．.](?!\\d)\\s*`, 'u') },
  { style: '（一）', pattern: new RegExp(`^[（(](${CN})[）)]\\s*`, 'u') },
  { style: '第一', pattern: new RegExp(`^第(${CN})(?:是|[，,、：:])\\s*`, 'u') },
  { style: '（1）', pattern: /^[（(]([0-9０-９]{1,2})[）)]\s*/u },
  { style: '1.', pattern: /^([0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9])|[）)])\s*/u },
  { style: '①', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩])\s*/u },
];

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** The list marker `text` starts with, if any. */
export function markerAt(text: string): ListMarker | undefined {
  for (const { style, pattern } of MARKERS) {
    const m = text.match(pattern);
    if (!m) continue;
    const ordinal = style === '①' ? CIRCLED.indexOf(m[1]) + 1 : chineseNumberValue(m[1]);
    if (ordinal !== undefined && ordinal > 0) return { style, ordinal, length: m[0].length };
  }
  return undefined;
}

export interface ListItemMarker {
  /** Where the marker starts in the text searched. */
  start: number;
  /** Where the item's own text begins (after the marker). */
  contentStart: number;
  style: string;
  ordinal: number;
}

const AFTER_STOP = /[。；;！!？?：:\n]/u;
const AFTER_COMMA = /[，,]/u;
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 然后: 3, 最后: 0 };
const SEQUENCE = /^(首先|其次|再次|然后|最后)[，,：:]?\s*/u;

/** Every position that may open a list item: the start, after a stop or a line break, or (for 一是-like styles) after a comma. */
function candidatePositions(text: string): { at: number; afterComma: boolean }[] {
  const out: { at: number; afterComma: boolean }[] = [{ at: 0, afterComma: false }];
  for (let i = 0; i < text.length; i++) {
    const stop = AFTER_STOP.test(text[i]);
    if (!stop && !AFTER_COMMA.test(text[i])) continue;
    let j = i + 1;
    while (j < text.length && /[ \t\u3000]/.test(text[j])) j++;
    out.push({ at: j, afterComma: !stop });
  }
  return out;
}

/** All list markers in `text`, in order, of every style. */
export function listMarkers(text: string): ListItemMarker[] {
  const out: ListItemMarker[] = [];
  let sequenceCount = 0;
  for (const { at, afterComma } of candidatePositions(text)) {
    const rest = text.slice(at);
    const marker = markerAt(rest);
    if (marker && !(afterComma && LINE_STYLES.has(marker.style))) {
      out.push({ start: at, contentStart: at + marker.length, style: marker.style, ordinal: marker.ordinal });
      continue;
    }
    // 首先…其次…最后: 最后 closes whatever count came before.
    const seq = rest.match(SEQUENCE);
    if (seq) {
      const value = SEQUENCE_WORDS[seq[1]] || sequenceCount + 1;
      sequenceCount = value;
      out.push({ start: at, contentStart: at + seq[0].length, style: '首先', ordinal: value });
    }
  }
  return out;
}

/** Markers of one style numbered 1, 2, 3… in order (a stray "3." inside an item is skipped). */
function sequential(markers: ListItemMarker[]): ListItemMarker[] {
  const out: ListItemMarker[] = [];
  for (const m of markers) if (m.ordinal === out.length + 1) out.push(m);
  return out;
}

/** Lists of at least two items, one per style, each numbered from 1. */
export function enumerations(text: string): ListItemMarker[][] {
  const byStyle = new Map<string, ListItemMarker[]>();
  for (const m of listMarkers(text)) byStyle.set(m.style, [...(byStyle.get(m.style) ?? []), m]);
  const lists: ListItemMarker[][] = [];
  for (const markers of byStyle.values()) {
    // A style may hold several lists (problems 一是…三是, later suggestions 一是…二是): split where numbering restarts.
    let current: ListItemMarker[] = [];
    for (const m of markers) {
      if (m.ordinal === 1 && current.length) {
        const list = sequential(current);
        if (list.length >= 2) lists.push(list);
        current = [];
      }
      current.push(m);
    }
    const list = sequential(current);
    if (list.length >= 2) lists.push(list);
  }
  return lists.sort((a, b) => a[0].start - b[0].start);
}
