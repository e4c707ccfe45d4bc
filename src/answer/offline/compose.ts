// Turning picked sentences into the answer text: each quote followed by [n], citations renumbered 1..m.
import type { Chunk, Citation } from '../../types.js';
import { withCitation } from '../../text/sentences.js';
import { shownRow } from '../../text/tables.js';
import { citationOf, type Passage } from '../../grounding/passages.js';
import { sourceLabel } from '../../grounding/sources.js';
import type { Evidence } from './answerability.js';

export interface ExtractiveAnswer {
  answered: boolean;
  answer: string;
  citations: Citation[];
  /** Best sentence and passage coverage, for logs and calibration. */
  evidence: Evidence;
  /**
   * Chunks the answer cites that were not among the retrieved passages (the rest of an enumerated list's section),
   * numbered after them; the caller lists them with the retrieved passages.
   */
  addedPassages?: Passage[];
  /**
   * The answer as the checks that may refuse it read it, when it differs: without the clauses added to finish a quoted
   * statement (singleFact's continuation), which never let an answer through.
   */
  judgedAnswer?: string;
  /** Given by a strategy about a document itself (who issued it, what it is: offlineAnswer.ts SPECIAL_STRATEGIES). */
  aboutDocument?: boolean;
}

/** A quoted piece of an answer. */
export interface Quoted {
  passage: Passage;
  text: string;
  /** A list's introduction ending in a colon ("……开展以下工作："): it runs into the points, which carry the [n]. */
  leadIn?: boolean;
  /** A sub-heading's label ("基础类：") put before its first sentence: shown, but not part of the cited quote. */
  label?: boolean;
}

export const NOT_COVERED = '现有文件中没有找到能回答这个问题的内容，无法作答。';

/** The "not covered" answer, listing the nearest passages as 可能相关 (no claims, so no citations). */
export function notCoveredAnswer(passages: Passage[]): string {
  const nearest = nearestSources(passages);
  return nearest ? `${NOT_COVERED}\n${nearest}` : NOT_COVERED;
}

/** "可能相关：" and the first three passages' sources, one per line, to follow a refusal; '' without passages. */
export function nearestSources(passages: Passage[]): string {
  // Several chunks of one section read as one source: the list names three different places to look.
  const lines = [...new Set(passages.map((p) => `- ${sourceLabel(p.chunk)}${p.chunk.sectionPath ? ` ${p.chunk.sectionPath}` : ''}`))];
  const nearest = lines.slice(0, 3);
  return nearest.length ? `可能相关：\n${nearest.join('\n')}` : '';
}

/** The answer's lines (each a run of quoted pieces with [n]), citations renumbered 1..m in order of appearance. */
export function composeLines(lines: Quoted[][], passages: Passage[], evidence: Evidence): ExtractiveAnswer {
  const numbers = new Map<number, number>();
  const quotes = new Map<number, string[]>();
  for (const s of lines.flat()) {
    if (s.label) continue;
    if (!numbers.has(s.passage.n)) numbers.set(s.passage.n, numbers.size + 1);
    const list = quotes.get(s.passage.n) ?? [];
    if (!list.includes(s.text)) list.push(s.text);
    quotes.set(s.passage.n, list);
  }
  const render = (s: Quoted) => (s.label ? s.text : s.leadIn && /[：:]$/.test(s.text) ? s.text : withCitation(shownRow(s.text), `[${numbers.get(s.passage.n)}]`));
  const answer = lines.map((line) => line.map(render).join('')).join('\n');
  const citations = [...numbers.entries()].map(([n, m]) => {
    const passage = passages.find((p) => p.n === n)!;
    return citationOf(m, passage.chunk, quotes.get(n)!.join('……'));
  });
  return { answered: true, answer, citations, evidence };
}

/** Lines that quote passages beyond the retrieved ones: composed, with the added passages the answer cites. */
export function composeWithAdded(lines: Quoted[][], passages: Passage[], added: Passage[], evidence: Evidence): ExtractiveAnswer {
  const used = new Set(lines.flat().map((q) => q.passage));
  return { ...composeLines(lines, [...passages, ...added], evidence), addedPassages: added.filter((p) => used.has(p)) };
}

/** One line quoted from `chunk` (retrieved or not), cited as the whole answer: a title, a sign-off, an opening sentence. */
export function composeOneLine(chunk: Chunk, text: string, passages: Passage[]): ExtractiveAnswer {
  const { passageOf, added } = passageRegistry(passages);
  return composeWithAdded([[{ passage: passageOf(chunk), text }]], passages, added, { sentence: 1, passage: 1 });
}

/**
 * Passages for chunks an answer quotes beyond the retrieved ones (the rest of a section or of a reply), numbered after
 * them; `added` lists the new ones in order.
 */
export function passageRegistry(passages: Passage[]): { passageOf: (chunk: Chunk) => Passage; added: Passage[] } {
  const added: Passage[] = [];
  const byChunk = new Map(passages.map((p) => [p.chunk.id, p]));
  const passageOf = (chunk: Chunk): Passage => {
    let p = byChunk.get(chunk.id);
    if (!p) {
      p = { n: passages.length + added.length + 1, chunk, score: 0 };
      added.push(p);
      byChunk.set(chunk.id, p);
    }
    return p;
  };
  return { passageOf, added };
}

/** A document's chunks: all of them when the searcher can list them, else those among the passages. */
export function chunksOfDocument(docId: string, passages: Passage[], chunksOf?: (docId: string) => Chunk[]): Chunk[] {
  return chunksOf?.(docId) ?? passages.filter((p) => p.chunk.docId === docId).map((p) => p.chunk);
}
