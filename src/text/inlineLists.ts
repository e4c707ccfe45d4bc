// Lists inside running text, found at character positions: "建议：一是…；二是…；三是…。", "周某某建议，一要…二要…",
// or one item per line ("一、…\n二、…", "1. …\n2. …", "第一，…"), and 首先…其次…最后.
import { listMarkerAt, sequenceMarkerAt } from './markers.js';

export interface ListItemMarker {
  /** Where the marker starts in the text searched. */
  start: number;
  /** Where the item's own text begins (after the marker). */
  contentStart: number;
  style: string;
  ordinal: number;
}

/** Styles that number lines: they start a line or follow a full stop, semicolon or colon, never a comma. */
const LINE_STYLES = new Set(['一、', '1.', '①']);
const AFTER_STOP = /[。；;！!？?：:\n]/u;
const AFTER_COMMA = /[，,]/u;

/**
 * "建议市住建局会同有关部门一是…；二是…", "建议（1）加强物业管理；（2）…": the first item of a 一是/一要 or parenthesised
 * list may follow the words that introduce it with no stop between them. Not where 一 closes a word of its own (统一是,
 * 唯一要, 第一是, 同一, 逐一, 万一, 之一).
 */
const UNPUNCTUATED_FIRST = /^(?:一[是要](?!否|指|因为)|[（(][一1１][）)])/u;
const WORD_ENDING_IN_ONE = /[统唯第同逐万之单专划均归合整纯]$/u;
/** Only these styles may open a list without a stop before the first item. */
const UNPUNCTUATED_STYLES = new Set(['是', '要', '（一）', '（1）']);

/**
 * Every position that may open a list item: the start, after a stop or a line break, after a comma, or a first
 * 一是/一要 run on from its introduction.
 */
function candidatePositions(text: string): { at: number; afterComma: boolean; unpunctuated?: boolean }[] {
  const out: { at: number; afterComma: boolean; unpunctuated?: boolean }[] = [{ at: 0, afterComma: false }];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && UNPUNCTUATED_FIRST.test(text.slice(i, i + 4)) && /\p{Script=Han}/u.test(text[i - 1]) && !WORD_ENDING_IN_ONE.test(text.slice(0, i))) {
      out.push({ at: i, afterComma: false, unpunctuated: true });
    }
    const stop = AFTER_STOP.test(text[i]);
    if (!stop && !AFTER_COMMA.test(text[i])) continue;
    let j = i + 1;
    while (j < text.length && /[ \t\u3000]/.test(text[j])) j++;
    out.push({ at: j, afterComma: !stop });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** All list markers in `text`, in order, of every style. */
export function inlineListMarkers(text: string): ListItemMarker[] {
  const out: ListItemMarker[] = [];
  let sequenceCount = 0;
  for (const { at, afterComma, unpunctuated } of candidatePositions(text)) {
    const rest = text.slice(at);
    const marker = listMarkerAt(rest);
    if (unpunctuated) {
      if (marker && UNPUNCTUATED_STYLES.has(marker.style) && marker.ordinal === 1) out.push({ start: at, contentStart: at + marker.length, style: marker.style, ordinal: 1 });
      continue;
    }
    if (marker && !(afterComma && LINE_STYLES.has(marker.style))) {
      out.push({ start: at, contentStart: at + marker.length, style: marker.style, ordinal: marker.ordinal });
      continue;
    }
    const sequence = sequenceMarkerAt(rest);
    if (sequence) {
      sequenceCount = sequence.ordinal ?? sequenceCount + 1;
      out.push({ start: at, contentStart: at + sequence.length, style: '首先', ordinal: sequenceCount });
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

/** Lists of at least two items, each numbered from 1, earliest first. */
export function inlineEnumerations(text: string): ListItemMarker[][] {
  const byStyle = new Map<string, ListItemMarker[]>();
  for (const m of inlineListMarkers(text)) byStyle.set(m.style, [...(byStyle.get(m.style) ?? []), m]);
  const lists: ListItemMarker[][] = [];
  for (const markers of byStyle.values()) {
    // One style may number several lists (problems 一是…三是, later suggestions 一是…二是): split where it restarts.
    let current: ListItemMarker[] = [];
    const close = () => {
      const list = sequential(current);
      if (list.length >= 2) lists.push(list);
    };
    for (const m of markers) {
      if (m.ordinal === 1 && current.length) {
        close();
        current = [];
      }
      current.push(m);
    }
    close();
  }
  return lists.sort((a, b) => a[0].start - b[0].start);
}
