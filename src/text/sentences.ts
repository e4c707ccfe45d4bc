// Sentence splitting: the one place that decides where a Chinese (or English) sentence of a document ends.
import { DOCUMENT_NUMBER_SOURCE } from './documentNumbers.js';
import { HEADING_MARKER } from './markers.js';
import { SENTENCE_END_MARKS } from './sentenceEnds.js';

export interface Sentence {
  text: string;
  /** Position in the passage, for document order. */
  index: number;
}

export { SENTENCE_END_MARKS };
// A colon ends openings like “现答复如下：”, so it does not join lines.
const CONTINUES = /[、，,（(“‘《—\-]$/;
/** A heading's numbering, or 【…】 (a source tag, "【财新网】"): such a line starts a new block. */
function startsBlock(line: string): boolean {
  return line.startsWith('【') || HEADING_MARKER.test(line);
}

/** "… 21,400 households." — an English sentence's full stop (a decimal point has a digit after it). */
const LATIN_SENTENCE_END = /[A-Za-z)\]"'’”]\.$/;

/** A document number on its own line ("牡政办发〔2022〕14号"): the title above it and the salutation below stay apart. */
const DOC_NUMBER = new RegExp(`^${DOCUMENT_NUMBER_SOURCE}$`, 'u');

/**
 * Splits passage text into sentences. Lines broken inside a sentence (PDF wraps, "2018、\n\n2019 年") are joined first;
 * headings and short label lines stay on their own.
 */
export function splitSentences(text: string): Sentence[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const blocks: string[] = [];
  for (const line of lines) {
    const prev = blocks[blocks.length - 1];
    const joinable =
      prev !== undefined &&
      !startsBlock(line) &&
      !DOC_NUMBER.test(line) &&
      !DOC_NUMBER.test(prev) &&
      (CONTINUES.test(prev) || (prev.length >= 40 && !SENTENCE_END_MARKS.includes(prev[prev.length - 1]) && !LATIN_SENTENCE_END.test(prev)));
    if (joinable) blocks[blocks.length - 1] = prev + line;
    else blocks.push(line);
  }
  const out: Sentence[] = [];
  for (const block of blocks) {
    const pattern = new RegExp(`[^${SENTENCE_END_MARKS}]+?(?:[${SENTENCE_END_MARKS}]+[”’」）)]*|如下[:：]|$)`, 'g');
    for (const m of block.matchAll(pattern)) {
      const s = m[0].trim();
      if (/[\p{L}\p{N}]/u.test(s)) out.push({ text: s, index: out.length });
    }
  }
  return out;
}

/** A sentence that asks ("…能纳入老旧小区改造吗？"): it ends in a question mark. */
export function endsAsQuestion(sentence: string): boolean {
  return /[?？]\s*$/u.test(sentence);
}

/** A citation mark in an answer or a draft's body: "[1]", "[2,3]". */
const CITATION_MARK = /\[\d+(?:[,，、]\s*\d+)*\]/gu;

/** Text without its citation marks: what the answer says, not where it says it from. */
export function withoutCitationMarks(text: string): string {
  return text.replace(CITATION_MARK, '');
}

/**
 * Places [n] before a sentence's closing punctuation: "……试点城市[1]。", "……先行先试[1]。”". A closing quote or bracket
 * with no sentence end before it closes what it opened, not the sentence: the mark goes after it ("（B类）[1]。",
 * "组长：王某（区政协副主席）[1]。"), so the bracketed words are quoted whole.
 */
export function withCitation(sentence: string, marks: string): string {
  const m = sentence.match(/^([\s\S]*?)([。！？!?；;]*[”’」）)]*)$/);
  if (!m || !/^[。！？!?；;]/.test(m[2])) {
    // An English sentence keeps its own full stop after the mark.
    if (LATIN_SENTENCE_END.test(sentence)) return `${sentence.slice(0, -1)}${marks}.`;
    return `${sentence}${marks}。`;
  }
  const body = m[1];
  const tail = m[2].replace(/[；;]$/, '。');
  return `${body}${marks}${tail}`;
}

/**
 * The first line with text after the line a quote of `text` ends on ("" when that line is the last, or the quote is not
 * in it); a trimmed quote ("……" between parts) is found by its last part.
 */
export function lineAfterQuoted(text: string, quote: string): string {
  const last = quote.split('……').at(-1)?.trim() ?? '';
  const at = last ? text.indexOf(last) : -1;
  if (at < 0) return '';
  const rest = text.slice(at + last.length);
  const lineEnd = rest.indexOf('\n');
  return lineEnd < 0 ? '' : rest.slice(lineEnd + 1).split('\n').find((line) => line.trim())?.trim() ?? '';
}

/**
 * Sentences of a passage as quotable strings: a quotation “…” is never cut in the middle, lines are sentences of their
 * own, spaces between Chinese characters are dropped and fragments under 8 characters are left out. (splitSentences
 * above joins lines a PDF wrapped and keeps positions; drafting quotes whole lines and needs neither.)
 */
export function splitQuotableSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\s*\n\s*/g, '\n').split('\n')) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      current += ch;
      if (ch === '“') depth += 1;
      else if (ch === '”') depth = Math.max(0, depth - 1);
      else if (depth === 0 && /[。！？!?；;]/u.test(ch)) {
        out.push(current);
        current = '';
      }
    }
    if (current) out.push(current);
  }
  return out
    .map((s) => s.replace(/\s+(?=[\p{Script=Han}，。；、“”])/gu, '').replace(/(?<=[\p{Script=Han}，。；、“”])\s+/gu, '').trim())
    .filter((s) => s.length >= 8 && !/^[”’）)】」]/u.test(s));
}

/**
 * Sentence spans [start, end) of a text as it stands (no joining, offsets exact): each runs to its end punctuation
 * (with a closing quote or bracket) or a line break, and an English sentence also ends at ". " before a capital.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = new RegExp(`[^${SENTENCE_END_MARKS}\\n]*(?:[${SENTENCE_END_MARKS}]+[”"’）)]?|\\n|$)`, 'g');
  for (const m of text.matchAll(re)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    for (const part of m[0].split(/(?<=[A-Za-z)"'][.])(?=\s+[A-Z])/)) {
      spans.push({ start, end: start + part.length });
      start += part.length;
    }
  }
  return spans;
}
