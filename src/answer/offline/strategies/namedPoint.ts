// "A答复第四部分里的“三是”讲的是什么？", "第一部分（一）里第1点讲的是什么？": a question that names a point of a list by its
// place in the document is answered with that point — not with the nearest sentence on the topic, nor the whole list.
import type { Chunk } from '../../../types.js';
import { chineseNumberValue, CN_DIGIT, CN_DIGIT_CHARS } from '../../../text/numerals.js';
import { formOfNotesAsked, markerOf, NOTES_HEADING, notesItemAsked, splitAtInlineMarkers } from '../../../text/markers.js';
import { sectionParts } from '../../../text/sectionPath.js';
import { splitSentences } from '../../../text/sentences.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { chunksOfDocument, composeWithAdded, passageRegistry, type ExtractiveAnswer, type Quoted } from '../compose.js';
import type { ExtractiveOptions } from '../scoring.js';
import { leadingClauses } from '../sentenceFilters.js';
import type { OfflineTuning } from '../tuning.js';

const NUMERAL = `[${CN_DIGIT_CHARS}\\d]+`;
const PART = new RegExp(`第\\s*(${NUMERAL})\\s*部分`, 'u');
const SUB_SECTION = new RegExp(`[（(](${NUMERAL})[）)]`, 'u');
/** The point: "三是" (a list in running text) or "第1点" / "第二点". */
const POINT = new RegExp(`(?<![第\\d])(${CN_DIGIT})是|第\\s*(${NUMERAL})\\s*[点项]`, 'u');

export interface PointReference {
  /** Ordinal of the document's top-level part ("第四部分" → 4), when named. */
  part?: number;
  /** Ordinal of the sub-section ("（一）" → 1), when named. */
  subSection?: number;
  point: number;
  /** The point is a "三是" in running text (else any numbered style). */
  spoken: boolean;
}

const valueOf = (numeral: string) => chineseNumberValue(numeral.normalize('NFKC'));

/** The part, sub-section and point a question names; undefined unless it names a point within a named part. */
export function pointReference(question: string): PointReference | undefined {
  const q = question.normalize('NFKC').replace(/\s+/g, '');
  const point = q.match(POINT);
  const part = q.match(PART);
  if (!point || !part) return undefined;
  const ordinal = valueOf(point[1] ?? point[2]);
  const partOrdinal = valueOf(part[1]);
  if (!ordinal || !partOrdinal) return undefined;
  const sub = q.match(SUB_SECTION);
  return { part: partOrdinal, subSection: sub ? valueOf(sub[1]) : undefined, point: ordinal, spoken: !!point[1] };
}

/** A heading's marker: "四、", "（一）", "1、". */
const HEADING_ORDINAL = new RegExp(String.raw`^\s*(?:(${CN_DIGIT}+)[、.]|[（(](${NUMERAL})[）)]|(\d+)[、.])`, 'u');

/** A heading's ordinal by its marker ("四、关于…" → 4, "（一）完善政策体系" → 1). */
function headingOrdinal(heading: string): number | undefined {
  const m = heading.normalize('NFKC').match(HEADING_ORDINAL);
  const numeral = m?.[1] ?? m?.[2] ?? m?.[3];
  return numeral ? valueOf(numeral) : undefined;
}

/** The chunks under the named part (and sub-section), in order. */
function partChunks(chunks: Chunk[], ref: PointReference): Chunk[] {
  return chunks
    .filter((c) => {
      const parts = sectionParts(c.sectionPath);
      if (headingOrdinal(parts[0] ?? '') !== ref.part) return false;
      return ref.subSection === undefined || parts.slice(1).some((p) => headingOrdinal(p) === ref.subSection);
    })
    .sort((a, b) => a.ordinal - b.ordinal);
}

/** The point's lead unit and the unit after it, each with its chunk. */
function findPoint(chunks: Chunk[], ref: PointReference): { chunk: Chunk; text: string }[] | undefined {
  const units = chunks.flatMap((chunk) => splitSentences(chunk.text).flatMap((s) => splitAtInlineMarkers(s.text).map((text) => ({ chunk, text }))));
  const at = units.findIndex((u) => {
    const marker = markerOf(u.text.trim());
    // Under a named "（一）", its own heading line is not one of its points.
    return marker?.ordinal === ref.point && (ref.spoken ? marker.style === '是' : ref.subSection === undefined || marker.style !== '（一）');
  });
  return at < 0 ? undefined : units.slice(at, at + 2);
}

/**
 * The point the question names, from the first retrieved document that has the named part: its lead, and when the
 * lead only names the measure (shortLeadChars or less), the sentence after it.
 */
export function answerNamedPoint(question: string, passages: Passage[], options: ExtractiveOptions, evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  const ref = pointReference(question);
  if (!ref) return undefined;
  const { passageOf, added } = passageRegistry(passages);
  for (const docId of [...new Set(passages.map((p) => p.chunk.docId))]) {
    const found = findPoint(partChunks(chunksOfDocument(docId, passages, options.chunksOf), ref), ref);
    if (!found) continue;
    const [lead, next] = found;
    const pieces: Quoted[] = [{ passage: passageOf(lead.chunk), text: leadingClauses(lead.text, t.maxPointChars) }];
    if (next && lead.text.length <= t.shortLeadChars && !markerOf(next.text.trim())) {
      pieces.push({ passage: passageOf(next.chunk), text: leadingClauses(next.text, t.maxPointChars) });
    }
    return composeWithAdded([pieces], passages, added, evidence);
  }
  return undefined;
}

/** The part a question names ("第二部分" → 2), with or without a point. */
export function namedPart(question: string): number | undefined {
  const part = question.normalize('NFKC').replace(/\s+/g, '').match(PART);
  return part ? valueOf(part[1]) : undefined;
}

/**
 * "第二部分提了哪两条…": the sentences under the named part, when any retrieved passage is under it; unchanged
 * otherwise.
 */
export function withinNamedPart<T extends { passage: Passage }>(question: string, scored: T[]): T[] {
  const part = namedPart(question);
  if (part === undefined) return scored;
  const inPart = scored.filter((s) => headingOrdinal(sectionParts(s.passage.chunk.sectionPath)[0] ?? '') === part);
  return inPart.length ? inPart : scored;
}

/** The unit of `notes` numbered `n` ("2．…", "（2）…", "②…"); a spoken "二是" or an article 第二条 is no notes item. */
function numberedUnit(notes: string, n: number): string | undefined {
  const units = splitSentences(notes).flatMap((s) => splitAtInlineMarkers(s.text)).map((u) => u.trim());
  return units.find((u) => {
    const marker = markerOf(u);
    return marker?.ordinal === n && marker.style !== '是' && marker.style !== '第一';
  });
}

/** The first notes heading at or after `from` (a line start there, not the middle of a sentence cut at `from`). */
function notesHeadingFrom(text: string, from: number): RegExpExecArray | null {
  const heading = new RegExp(NOTES_HEADING.source, 'gu');
  heading.lastIndex = from;
  const found = heading.exec(text);
  return found && (found.index > 0 || from === 0) ? found : null;
}

/**
 * Item `n` of a document's form notes, read in document order across chunks (items set on their own lines may each be a
 * chunk): after the name of `form` when given ("附件2 意见反馈表 … 填表说明"), from the first notes heading on, up to the
 * next notes heading (another form's) or the first chunk that is no numbered item.
 */
function notesItemOfDocument(chunks: Chunk[], n: number, form?: string): { chunk: Chunk; item: string } | undefined {
  let stage: 'form' | 'heading' | 'notes' = form ? 'form' : 'heading';
  for (const chunk of [...chunks].sort((a, b) => a.ordinal - b.ordinal)) {
    let text = chunk.text;
    // The notes ended without the item: look for further notes (another form's, when no form is named).
    if (stage === 'notes' && !markerOf(text.trim())) {
      if (form) return undefined;
      stage = 'heading';
    }
    let from = 0;
    if (stage === 'form') {
      const at = text.indexOf(form!);
      if (at < 0) continue;
      from = at + form!.length;
      stage = 'heading';
    }
    // One chunk may hold the end of one form's notes and another form's notes whole.
    for (;;) {
      if (stage === 'heading') {
        const heading = notesHeadingFrom(text, from);
        if (!heading) break;
        text = text.slice(heading.index + heading[0].length);
        from = 0;
        stage = 'notes';
      }
      const nextNotes = text.search(NOTES_HEADING);
      const item = numberedUnit(nextNotes < 0 ? text : text.slice(0, nextNotes), n);
      if (item) return { chunk, item };
      if (nextNotes < 0) break;
      if (form) return undefined;
      text = text.slice(nextNotes);
      stage = 'heading';
    }
  }
  return undefined;
}

/**
 * "征询表填表说明第3条讲的是什么", "…意见反馈表，填表说明第2条说截止到哪天": that item of the notes of a form — of the form
 * named, in a retrieved document that holds it (a notice may carry a 申报表 and a 反馈表; another form's item is no
 * answer), or, when no form is named, of the first retrieved document whose notes have it — not the sentence nearest
 * the topic, nor the document's article 第二条.
 */
export function answerNotesItem(question: string, passages: Passage[], options: ExtractiveOptions, evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  const n = notesItemAsked(question);
  if (n === undefined) return undefined;
  const form = formOfNotesAsked(question);
  const { passageOf, added } = passageRegistry(passages);
  const documents = [...new Set(passages.map((p) => p.chunk.docId))].map((docId) => chunksOfDocument(docId, passages, options.chunksOf));
  const found = firstOf(documents, (chunks) => notesItemOfDocument(chunks, n, form));
  if (!found) return undefined;
  return composeWithAdded([[{ passage: passageOf(found.chunk), text: leadingClauses(found.item, t.maxPointChars) }]], passages, added, evidence);
}

function firstOf<T, R>(items: T[], pick: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const picked = pick(item);
    if (picked !== undefined) return picked;
  }
  return undefined;
}
