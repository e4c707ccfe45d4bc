// Passages: retrieved chunks numbered [1]..[n] for citation, and how they are shown to a model or quoted.
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

export function citationOf(n: number, chunk: Chunk, quote: string): Citation {
  return { n, docId: chunk.docId, title: chunk.title, number: chunk.number, section: chunk.sectionPath, quote, chunkId: chunk.id };
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
