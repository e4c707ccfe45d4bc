import type { Chunk, DocumentSource } from '../types.js';
import type { ParsedDocument } from './document.js';
import { describeForm, type FeedbackForm } from './forms.js';
import { documentOrigin } from './origin.js';
import { flattenHeadings, type HeadingNode } from './structure.js';
import { SECTION_SEPARATOR, joinSectionPath } from '../text/sectionPath.js';
import { isFollowedBySiblingItem } from '../text/sectionLabels.js';

import { CHUNK_MAX_CHARS, CHUNK_MIN_CHARS } from './chunkSize.js';

export { CHUNK_MAX_CHARS, CHUNK_MIN_CHARS };
/** A sentence this short is repeated at the start of the next piece of a long section. */
export const OVERLAP_MAX_CHARS = 120;
/** A last piece shorter than this is merged into the previous one or started earlier. */
const TAIL_MERGE_CHARS = 100;

export interface SectionBlock {
  sectionPath: string;
  start: number;
  end: number;
}

function headingsOf(doc: ParsedDocument): HeadingNode[] {
  return doc.structure.type === 'reply' ? doc.structure.headings : doc.structure.clauses;
}

function subtract(range: { start: number; end: number }, holes: { start: number; end: number }[]): { start: number; end: number }[] {
  let pieces = [range];
  for (const hole of holes) {
    pieces = pieces.flatMap((p) => {
      if (hole.end <= p.start || hole.start >= p.end) return [p];
      const out: { start: number; end: number }[] = [];
      if (hole.start > p.start) out.push({ start: p.start, end: hole.start });
      if (hole.end < p.end) out.push({ start: hole.end, end: p.end });
      return out;
    });
  }
  return pieces;
}

/**
 * The document's text cut into sections: the preamble (""), each heading's own text (heading line excluded),
 * and the closing block (""). Feedback forms are left out (they become form records).
 */
export function sectionBlocks(doc: ParsedDocument): SectionBlock[] {
  const tree = headingsOf(doc);
  const closingStart = doc.structure.closingStart;
  const blocks: SectionBlock[] = [];
  const firstHeading = tree[0]?.start ?? closingStart;
  blocks.push({ sectionPath: '', start: 0, end: Math.min(firstHeading, closingStart) });
  for (const { node, path } of flattenHeadings(tree)) {
    const ownEnd = node.children[0]?.start ?? node.end;
    const ownText = doc.text.slice(node.bodyStart, ownEnd);
    const ownTextEmpty = ownText.trim() === '';
    // The text keeps a heading line that is also content: "（一）标题。正文……" / "第X条 正文……" lines, a one-line
    // item ("1.已完成改造小区58个。") with nothing under it, and an item whose text is the next items of its list
    // ("（三）…不得设置在楼道内。" over "（四）燃气管道更新…", too long to head a section), which would otherwise be lost.
    const headingLine = doc.text.slice(node.start, node.bodyStart);
    const firstOwnLine = ownText.split('\n').find((l) => l.trim() !== '');
    const keepLine = node.inline || (ownTextEmpty && node.children.length === 0) || isFollowedBySiblingItem(headingLine, firstOwnLine);
    const start = keepLine ? node.start : node.bodyStart;
    blocks.push({ sectionPath: path.join(SECTION_SEPARATOR), start, end: ownEnd });
  }
  blocks.push({ sectionPath: '', start: closingStart, end: doc.text.length });
  const holes = doc.forms.map((f) => ({ start: f.start, end: f.end }));
  return blocks.flatMap((b) => subtract(b, holes).map((r) => ({ ...b, ...r })));
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Sentence ends (。！？； and their ASCII forms, with a closing quote) and line breaks, as offsets after them. */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const re = /[。！？；!?;]+["”’」』）)]*|\n+/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const after = Math.min(m.index + m[0].length, end);
    if (after > start) ends.push(after);
  }
  if (ends[ends.length - 1] !== end) ends.push(end);
  return ends;
}

/** Splits one over-long sentence at commas, else at the size limit. */
function splitLongSentence(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let from = start;
  while (end - from > CHUNK_MAX_CHARS) {
    const window = text.slice(from, from + CHUNK_MAX_CHARS);
    const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('、'));
    const cut = comma > CHUNK_MIN_CHARS ? from + comma + 1 : from + CHUNK_MAX_CHARS;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(end);
  return cuts;
}

/**
 * Cuts [start, end) of the text into pieces of at most ~600 characters at sentence ends,
 * repeating a short last sentence at the start of the next piece.
 */
export function splitIntoPieces(text: string, start: number, end: number): { start: number; end: number }[] {
  const range = trimRange(text, start, end);
  if (range.end <= range.start) return [];
  if (range.end - range.start <= CHUNK_MAX_CHARS) return [range];
  const bounds = sentenceEnds(text, range.start, range.end).flatMap((e, i, all) => {
    const s = i === 0 ? range.start : all[i - 1];
    return e - s > CHUNK_MAX_CHARS ? splitLongSentence(text, s, e) : [e];
  });
  const pieces: { start: number; end: number }[] = [];
  let pieceStart = range.start;
  let prevEnd = range.start;
  let lastSentenceStart = range.start;
  for (const bound of bounds) {
    if (bound - pieceStart > CHUNK_MAX_CHARS && prevEnd > pieceStart) {
      pieces.push(trimRange(text, pieceStart, prevEnd));
      const lastSentence = prevEnd - lastSentenceStart;
      const overlapFits = lastSentence <= OVERLAP_MAX_CHARS && lastSentenceStart > pieceStart && bound - lastSentenceStart <= CHUNK_MAX_CHARS;
      pieceStart = overlapFits ? lastSentenceStart : prevEnd;
    }
    lastSentenceStart = prevEnd;
    prevEnd = bound;
  }
  let tail = trimRange(text, pieceStart, range.end);
  const previous = pieces[pieces.length - 1];
  if (previous && tail.end - tail.start < TAIL_MERGE_CHARS) {
    if (tail.end - previous.start <= CHUNK_MAX_CHARS) {
      previous.end = tail.end;
      tail = { start: tail.end, end: tail.end };
    } else {
      // Too short to stand alone and too long to merge: start it earlier, at a sentence end, for more overlap.
      const earlier = [range.start, ...bounds].filter((b) => b <= tail.end - CHUNK_MIN_CHARS && b >= previous.start).pop();
      if (earlier !== undefined) tail = trimRange(text, earlier, tail.end);
    }
  }
  if (tail.end > tail.start) pieces.push(tail);
  return pieces.filter((p) => p.end > p.start);
}

/** The front matter's issuer, type and level (the `type:`/`level:` keys are kept in `extra`), when any is given. */
function sourceOf(doc: ParsedDocument): DocumentSource | undefined {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined);
  const { issuer } = doc.frontMatter;
  const type = text(doc.frontMatter.extra.type);
  const level = text(doc.frontMatter.extra.level);
  if (!issuer && !type && !level) return undefined;
  return { ...(issuer ? { issuer } : {}), ...(type ? { type } : {}), ...(level ? { level } : {}) };
}

/** A character other than spaces and punctuation: a piece without one is not indexed. */
const HAS_CONTENT = /[^\s\p{P}]/u;

/** Lines packed, in order, into texts of at most CHUNK_MAX_CHARS (a longer line stands alone). */
function packLines(lines: string[]): string[] {
  const texts: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && current.length + 1 + line.length > CHUNK_MAX_CHARS) {
      texts.push(current);
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') texts.push(current);
  return texts;
}

/** "附件2": the label a form is filed under, not part of what it prints. */
const ATTACHMENT_LABEL = /^附\s*件\s*\d*\s*[:：]?$/;

interface FormPiece {
  sectionPath: string;
  text: string;
  start: number;
  end: number;
}

/**
 * A form's chunks: its record (what the form is about, its rating summary), its printed items and options, and its
 * printed instructions, as one chunk under the form's title when they fit; otherwise the instructions go to chunks
 * of their own under "title > 填表说明" (or the block's own label). Table rows the record already sums up are left out.
 */
function formPieces(form: FeedbackForm): FormPiece[] {
  const summed = form.ratings.length > 0 || form.ratingScale.length > 0 || form.resultOptions.length > 0;
  const items = form.printed
    .filter((p) => p.heading === '')
    .flatMap((p) => p.lines.filter((l, i) => l !== form.title && !ATTACHMENT_LABEL.test(l) && !(summed && (p.tableRow[i] || /评价/.test(l)))));
  const instructions = form.printed.filter((p) => p.heading !== '');
  const record = [describeForm(form), ...items];
  const whole = [...record, ...instructions.flatMap((p) => [`${p.heading}：${p.lines[0]}`, ...p.lines.slice(1)])];
  if (whole.join('\n').length <= CHUNK_MAX_CHARS) return [{ sectionPath: form.title, text: whole.join('\n'), start: form.start, end: form.end }];
  const pieces = packLines(record).map((text) => ({ sectionPath: form.title, text, start: form.start, end: form.end }));
  for (const part of instructions) {
    const sectionPath = joinSectionPath([form.title, part.heading]);
    pieces.push(...packLines(part.lines).map((text) => ({ sectionPath, text, start: part.start, end: part.end })));
  }
  return pieces;
}

/** Heading-aware chunks of a parsed document, then one personal-data-free record chunk per feedback form. */
export function chunkDocument(doc: ParsedDocument): Chunk[] {
  const chunks: Chunk[] = [];
  const origin = documentOrigin(doc);
  const source = sourceOf(doc);
  const push = (kind: Chunk['kind'], sectionPath: string, text: string, start: number, end: number): void => {
    const ordinal = chunks.length;
    const chunk: Chunk = { id: `${doc.docId}#${ordinal}`, docId: doc.docId, title: doc.title, number: doc.number, kind, sectionPath, text, start, end, ordinal };
    chunks.push({ ...chunk, ...(origin ? { origin } : {}), ...(source ? { source } : {}), ...(doc.date ? { date: doc.date } : {}) });
  };
  for (const block of sectionBlocks(doc)) {
    for (const piece of splitIntoPieces(doc.text, block.start, block.end)) {
      const text = doc.text.slice(piece.start, piece.end);
      if (!HAS_CONTENT.test(text)) continue;
      push(doc.kind, block.sectionPath, text, piece.start, piece.end);
    }
  }
  for (const form of doc.forms) {
    for (const piece of formPieces(form)) push('form', piece.sectionPath, piece.text, piece.start, piece.end);
  }
  return chunks;
}
