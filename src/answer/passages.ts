import type { Chunk, Citation, RetrievedPassage, SearchHit } from '../types.js';
import { maskPersonalData } from './privacy.js';

/** A retrieved chunk numbered for citation: [n] in answers and drafts points to it. */
export interface Passage {
  n: number;
  chunk: Chunk;
  score: number;
  /** The hit's rank in the vector and in the full-text recall (1 = first), when it came from them. */
  vectorRank?: number;
  lexicalRank?: number;
}

/** Numbers hits as passages [1]..[n] in rank order. */
export function numberPassages(hits: SearchHit[]): Passage[] {
  return hits.map((hit, i) => ({ n: i + 1, chunk: hit.chunk, score: hit.score, vectorRank: hit.vectorRank, lexicalRank: hit.lexicalRank }));
}

/** 文号 compared loosely: spaces dropped and the bracket variants 〔〕[]［］() written alike. */
function comparableNumber(text: string): string {
  return text.replace(/\s+/g, '').replace(/[〔［\[（(]/g, '〔').replace(/[〕］\]）)]/g, '〕');
}

/** "《标题》（许建政协〔2020〕13号）" — how a source is named in text; the 文号 is not repeated when the title holds it. */
export function sourceLabel(chunk: Pick<Chunk, 'title' | 'number'>): string {
  const number = chunk.number?.trim();
  if (!number || comparableNumber(chunk.title).includes(comparableNumber(number))) return `《${chunk.title}》`;
  return `《${chunk.title}》（${number}）`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Documents are data: a passage must not be able to close its own delimiter and speak as the prompt. */
function neutralizeDelimiters(text: string): string {
  return text.replace(/<\s*(\/?)\s*(passages?|question|history|proposal)\b/gi, '＜$1$2');
}

/** The passages block for a prompt: `<passages><passage n="1" title=… number=… section=…>text</passage>…</passages>`. */
export function formatPassagesForPrompt(passages: Passage[]): string {
  const body = passages
    .map((p) => {
      const attrs = [
        `n="${p.n}"`,
        `title="${escapeAttribute(p.chunk.title)}"`,
        `number="${escapeAttribute(p.chunk.number ?? '')}"`,
        `section="${escapeAttribute(p.chunk.sectionPath)}"`,
      ].join(' ');
      return `<passage ${attrs}>\n${neutralizeDelimiters(maskPersonalData(p.chunk.text.trim()))}\n</passage>`;
    })
    .join('\n');
  return `<passages>\n${body}\n</passages>`;
}

export interface CitationCheck {
  /** The text with citations to missing passages removed (and empty brackets dropped). */
  text: string;
  /** Valid passage numbers cited, in order of first appearance. */
  cited: number[];
  /** Numbers cited that do not exist (outside 1..n), in order of first appearance. */
  dropped: number[];
}

// [1] [1,2] [1、3] [1-2] ［1］ 【1】 [^1] [来源1] — brackets holding only numbers and separators (and a label some
// models add); 【待补充：…】 and other bracketed words are left alone.
const CITATION_GROUP = /[[［【]\s*(?:\^|来源|片段|文件|资料|passage\s*)?\s*(\d+(?:\s*[,，、\-–~]\s*\d+)*)\s*[\]］】]/gi;

function expandGroup(group: string): number[] {
  const out: number[] = [];
  for (const part of group.split(/\s*[,，、]\s*/)) {
    const range = part.match(/^(\d+)\s*[-–~]\s*(\d+)$/);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      for (let i = Math.min(a, b); i <= Math.max(a, b) && i - Math.min(a, b) < 50; i++) out.push(i);
    } else if (part) out.push(Number(part));
  }
  return out;
}

/** Keeps citations to passages 1..n, drops the others, and normalizes each kept group to [a][b]. */
export function validateCitations(text: string, n: number): CitationCheck {
  const cited: number[] = [];
  const dropped: number[] = [];
  const cleaned = text.replace(CITATION_GROUP, (_, group: string) => {
    const numbers = expandGroup(group);
    const kept = numbers.filter((x) => Number.isInteger(x) && x >= 1 && x <= n);
    for (const x of numbers) {
      const list = kept.includes(x) ? cited : dropped;
      if (!list.includes(x)) list.push(x);
    }
    return [...new Set(kept)].map((x) => `[${x}]`).join('');
  });
  return { text: cleaned.replace(/[ \t]+([。，；！？])/g, '$1'), cited, dropped };
}

/** Rewrites [old] to [new] per the mapping (used to renumber cited passages 1..m). */
export function renumberCitations(text: string, mapping: Map<number, number>): string {
  return text.replace(/\[(\d+)\]/g, (whole, d: string) => {
    const to = mapping.get(Number(d));
    return to === undefined ? whole : `[${to}]`;
  });
}

export function citationOf(n: number, chunk: Chunk, quote: string): Citation {
  return { n, docId: chunk.docId, title: chunk.title, number: chunk.number, section: chunk.sectionPath, quote };
}

export function toRetrieved(passages: Passage[]): RetrievedPassage[] {
  return passages.map((p) => ({
    docId: p.chunk.docId,
    title: p.chunk.title,
    section: p.chunk.sectionPath,
    text: p.chunk.text,
    score: p.score,
  }));
}

/** Shortens a passage to a quote of at most `max` characters, on a sentence boundary when one is near. */
export function shortQuote(text: string, max = 120): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}……`;
}
