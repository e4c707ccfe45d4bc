// References to a numbered part and item in a question ("第四部分第（三）项", "认定办法二、（三）", "第七条第（二）项"), the
// kind of document named before them (办法, 指引), and the item lines of a text they point at.
import { headingNumber, numberedItemAsked } from './markers.js';
import { chineseNumberValue, CN_DIGIT, CN_DIGIT_CHARS } from './numerals.js';

/** How many characters name a kind of document at a title's end (办法, 指引, 方案, 细则). */
const DOCUMENT_KIND_CHARS = 2;

/** A title's closing note in brackets ("（试行）", "（2025年修订）"), which names no kind of document. */
const TITLE_NOTE = /[（(][^（()）]*[)）]\s*$/u;

/** A title's closing note, brackets and all ("…暂行办法（已废止）" → "（已废止）"); "" when it has none. */
export function titleNote(title: string): string {
  return title.trim().match(TITLE_NOTE)?.[0].trim() ?? '';
}

/** A title without its closing note: "…审核办法（修订）" → "…审核办法". */
export function titleWithoutNote(title: string): string {
  return title.replace(TITLE_NOTE, '').trim();
}

/** Whether a title, its closing note aside ("（试行）"), ends with the kind of document `kind` ("…认定办法" → 办法). */
export function titleIsOfKind(title: string, kind: string): boolean {
  return titleWithoutNote(title).endsWith(kind);
}

/** What may stand between a document's name and a reference to its article: 的, 里, 中, a closing 》 or quotation mark. */
const BETWEEN_NAME_AND_REFERENCE = /[\s的里中》」”"]+$/u;

/**
 * How many of a title's last characters, its closing note aside, the words before a reference end with:
 * "维修资金使用办法" before "第七条" and "某市住宅专项维修资金使用办法（试行）" → 8; 0 when they share no ending.
 */
export function titleEndNamedBefore(before: string, title: string): number {
  const words = [...before.replace(BETWEEN_NAME_AND_REFERENCE, '')];
  const core = [...titleWithoutNote(title)];
  let shared = 0;
  while (shared < words.length && shared < core.length && words[words.length - 1 - shared] === core[core.length - 1 - shared]) shared++;
  return shared;
}

/** The kind of document the words before a reference end with ("…认定办法" → 办法), if they end with Han characters. */
export function kindNamedBefore(before: string): string | undefined {
  const kind = before.replace(/[\s的里中]+$/u, '').slice(-DOCUMENT_KIND_CHARS);
  return /^\p{Script=Han}+$/u.test(kind) && kind.length >= DOCUMENT_KIND_CHARS ? kind : undefined;
}

/**
 * "第四部分第（三）项" (or "第四部分（三）"): the ordinals of the part and of its item, if the question names both and
 * nothing deeper ("…（一）里第1点" is a point of the item, which other steps find).
 */
export function partItemLabels(question: string): { part: number; item: number } | undefined {
  const reference = partItemReference(question);
  return reference && { part: reference.part, item: reference.item };
}

/** "第四部分（三）", "第四部分的第（三）项": a part's ordinal, then its item's bracketed one. */
const PART_THEN_ITEM = new RegExp(String.raw`第\s*(${CN_DIGIT}+|\d+)\s*部分\s*(?:的|中的?|里的?)?\s*第?\s*[（(]\s*(${CN_DIGIT}+|\d+)\s*[)）]\s*(?:项|条|点)?`, 'u');
/**
 * "实施细则四（三）": a part's bare numeral with the item's bracketed one, as headings write them (四、… >（三）…);
 * "认定办法二、（三）": the part's numeral as its heading writes it, with its 、.
 */
const BARE_PART_THEN_ITEM = new RegExp(String.raw`(?<![${CN_DIGIT_CHARS}第])(${CN_DIGIT}+)\s*、?\s*[（(]\s*(${CN_DIGIT}+|\d+)\s*[)）]`, 'u');

/** The part and item a question names, and where in the question the reference to them starts. */
export function partItemReference(question: string): { part: number; item: number; index: number } | undefined {
  if (numberedItemAsked(question, ['点'])) return undefined;
  const m = question.match(PART_THEN_ITEM) ?? question.match(BARE_PART_THEN_ITEM);
  const [part, item] = m ? [chineseNumberValue(m[1]), chineseNumberValue(m[2])] : [];
  return m && part !== undefined && item !== undefined ? { part, item, index: m.index ?? 0 } : undefined;
}

/** "第七条第（二）项": an article's ordinal, then its item's bracketed one. */
const ARTICLE_THEN_ITEM = new RegExp(String.raw`第\s*(${CN_DIGIT}+|\d+)\s*条\s*(?:的|中的?|里的?)?\s*第?\s*[（(]\s*(${CN_DIGIT}+|\d+)\s*[)）]\s*项?`, 'u');

/**
 * "第七条第（二）项" read as a part and its item ("七、保修" >"（二）屋面防水…"), for a document whose top-level parts are
 * numbered 七、 rather than labelled 第七条: the ordinals and where the reference starts.
 */
export function articleItemAsPartItem(question: string): { part: number; item: number; index: number } | undefined {
  if (numberedItemAsked(question, ['点'])) return undefined;
  const m = question.match(ARTICLE_THEN_ITEM);
  const [part, item] = m ? [chineseNumberValue(m[1]), chineseNumberValue(m[2])] : [];
  return m && part !== undefined && item !== undefined ? { part, item, index: m.index ?? 0 } : undefined;
}

/** Whether a line opens with item number `item` ("（三）…"). */
export function opensItem(line: string, item: number): boolean {
  const n = headingNumber(line);
  return n?.level === 'item' && n.ordinal === item;
}

/**
 * A chunk's text from the line of item `item` on, up to the next item's line, when that line runs on below another
 * item's ("（二）…⏎（三）租金不高于…⏎（四）…" → "（三）租金不高于…"); undefined when the chunk opens with it or lacks it.
 */
export function itemRunOn(text: string, item: number): string | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => opensItem(line, item));
  if (at <= 0) return undefined;
  const next = lines.findIndex((line, i) => i > at && headingNumber(line)?.level === 'item');
  return lines.slice(at, next < 0 ? undefined : next).join('\n');
}

/** The item ordinal a question names inside a numbered part ("第四部分第（三）项", "二、（三）", "第七条第（二）项"). */
export function itemAskedInPart(question: string): number | undefined {
  return (partItemReference(question) ?? articleItemAsPartItem(question))?.item;
}

/** A section path under that part ("四、…" or "第四部分…") with that item below it ("（三）…"). */
export function inPartItem(parts: string[], { part, item }: { part: number; item: number }): boolean {
  const top = headingNumber(parts[0] ?? '');
  if (top?.level !== 'part' || top.ordinal !== part) return false;
  return parts.slice(1).some((p) => {
    const n = headingNumber(p);
    return n?.level === 'item' && n.ordinal === item;
  });
}
