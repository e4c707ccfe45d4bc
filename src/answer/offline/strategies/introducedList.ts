// "有下列情形之一的，不纳入老旧小区改造范围：", "…可通过以下方式落实：": a sentence that introduces a list says nothing
// until its items follow. Its items are the marked sentences right after it in its passage and, where ingestion made
// items sections of their own, the sections right under its section.
import type { Chunk } from '../../../types.js';
import { chineseNumberValue, CN_DIGIT_CHARS } from '../../../text/numerals.js';
import { markerOf, partOfItemAsked } from '../../../text/markers.js';
import { sectionParts } from '../../../text/sectionPath.js';
import { splitSentences } from '../../../text/sentences.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { composeLines, composeWithAdded, passageRegistry, type ExtractiveAnswer, type Quoted } from '../compose.js';

/** A sentence ending where a list begins. */
const INTRODUCES_LIST = /[：:]\s*$/u;
/** "第（二）项", "第2项", "第三款": one item asked by its number. */
const ITEM_ASKED = new RegExp(String.raw`第\s*[（(]?\s*([${CN_DIGIT_CHARS}\d]+)\s*[）)]?\s*[项款]`, 'u');

interface Item {
  chunk: Chunk;
  text: string;
}

/** The marked sentences right after the one at `index` in its chunk, in one marker style, the first numbered 1. */
function itemsInPassage(chunk: Chunk, index: number): Item[] {
  const items: Item[] = [];
  let style: string | undefined;
  for (const s of splitSentences(chunk.text).slice(index + 1)) {
    const marker = markerOf(s.text.trim());
    if (!marker || (style ? marker.style !== style : marker.ordinal !== 1)) break;
    style = marker.style;
    items.push({ chunk, text: s.text });
  }
  return items;
}

/**
 * The first sentence of each section right under `chunk`'s section that goes on with the list: its marker in the list's
 * style, numbered next (the first numbered 1 when the passage holds none of the items).
 */
function itemSections(chunk: Chunk, chunksOf: ((docId: string) => Chunk[]) | undefined, before: Item[]): Item[] {
  const depth = sectionParts(chunk.sectionPath).length;
  const children = (chunksOf?.(chunk.docId) ?? [])
    .filter((c) => c.sectionPath.startsWith(`${chunk.sectionPath} > `) && sectionParts(c.sectionPath).length === depth + 1)
    .sort((a, b) => a.ordinal - b.ordinal);
  const last = before.length ? markerOf(before[before.length - 1].text.trim()) : undefined;
  const items: Item[] = [];
  for (const c of children) {
    const text = splitSentences(c.text)[0]?.text ?? '';
    const marker = markerOf(text.trim());
    const expected = (last?.ordinal ?? 0) + items.length + 1;
    if (!marker || marker.ordinal !== expected || (last && marker.style !== last.style)) break;
    items.push({ chunk: c, text });
  }
  return items;
}

/**
 * "第二部分（一）第3项列了哪些…" pointing at the section "（一）… > 3.不纳入对象" itself, whose lead-in the sentence is: the
 * question names the section's parent and the section by their own numbers, so it asks the section's whole list, not
 * its third item.
 */
function pointsAtOwnSection(question: string, sectionPath: string, asked: number | undefined): boolean {
  const part = partOfItemAsked(question);
  if (part === undefined || asked === undefined) return false;
  const parts = sectionParts(sectionPath).map((p) => markerOf(p.trim())?.ordinal);
  return parts.at(-1) === asked && parts.at(-2) === part;
}

/**
 * The items of the list the sentence introduces (at most maxItems; only the one asked when the question names an
 * item by its number and the list has it), as quotes; none when the sentence introduces no list.
 */
function introducedItems(question: string, sentence: Quoted, passageOf: (chunk: Chunk) => Passage, chunksOf: ((docId: string) => Chunk[]) | undefined, maxItems: number): Quoted[] {
  if (!INTRODUCES_LIST.test(sentence.text)) return [];
  const { chunk } = sentence.passage;
  const index = splitSentences(chunk.text).findIndex((s) => s.text === sentence.text);
  if (index < 0) return [];
  const inPassage = itemsInPassage(chunk, index);
  // The items the passage holds, then those ingestion made sections of their own ("第七条…：（一）…" with （二） under it).
  const items = [...inPassage, ...itemSections(chunk, chunksOf, inPassage)];
  const askedNumeral = question.normalize('NFKC').match(ITEM_ASKED)?.[1];
  const askedValue = askedNumeral ? chineseNumberValue(askedNumeral) : undefined;
  const asked = pointsAtOwnSection(question, chunk.sectionPath, askedValue) ? undefined : askedValue;
  const chosen = items.filter((i) => markerOf(i.text.trim())?.ordinal === asked);
  return (chosen.length ? chosen : items.slice(0, maxItems)).map((i) => ({ passage: passageOf(i.chunk), text: i.text }));
}

/** The same sentence, whatever closing punctuation each quote kept ("（1）直接出资；" and "（1）直接出资"). */
function sameSentence(a: string, b: string): boolean {
  const bare = (x: string) => x.trim().replace(/[；;。，,：:]+$/u, '');
  return bare(a) === bare(b);
}

/**
 * An answer's line with the items of the first list one of its sentences introduces ("…不纳入改造范围：") right after
 * that sentence, which then runs into them (the items carry the citations).
 */
export function withIntroducedItems(
  question: string,
  line: Quoted[],
  passages: Passage[],
  evidence: Evidence,
  maxItems: number,
  chunksOf?: (docId: string) => Chunk[],
): ExtractiveAnswer {
  const { passageOf, added } = passageRegistry(passages);
  for (const [at, s] of line.entries()) {
    const items = introducedItems(question, s, passageOf, chunksOf, maxItems);
    if (!items.length) continue;
    // An item the line already quotes moves to its place in the list.
    const notItem = (q: Quoted) => !items.some((i) => sameSentence(i.text, q.text));
    const rest = (part: Quoted[]) => part.filter(notItem);
    return composeWithAdded([[...rest(line.slice(0, at)), { ...s, leadIn: true }, ...items, ...rest(line.slice(at + 1))]], passages, added, evidence);
  }
  return composeLines([line], passages, evidence);
}
