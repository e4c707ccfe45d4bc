// The one seam between drafting and the answerability gate of `ask`: a suggestion's evidence is scored and judged by
// exactly the code that decides whether a question is answered. When the gate's internals change (issue #10), only
// this file follows.
import type { Chunk, Searcher } from '../types.js';
import { gatePassages } from '../answer/gate.js';
import type { Passage } from '../grounding/passages.js';
import { getTokenizer } from '../text/tokenizer.js';
import { questionFocus } from '../answer/offline/questionAnalysis.js';
import { coverage, distinctiveTerms, matchStrength, passageContexts, weighTerms, type WeightedTerm } from '../answer/offline/termWeights.js';
import { findAnchors, scoreSentences, type ScoredSentence } from '../answer/offline/scoring.js';
import { normalizeForMatch } from '../text/simplify.js';
import { judgeEvidence } from '../answer/offline/answerability.js';
import { offlineTuning, type OfflineTuning } from '../answer/offline/tuning.js';

export type { ScoredSentence };

export interface GateResult {
  /** The gate of `ask` would answer this suggestion from these passages. */
  answerable: boolean;
  /** Every quotable, anchored sentence of the passages, scored as `ask` scores them, best first. */
  scored: ScoredSentence[];
  evidence: { sentence: number; passage: number };
  /** The suggestion's weighted terms, and those most passages lack (what makes a sentence on this topic). */
  terms: WeightedTerm[];
  distinctive: WeightedTerm[];
  /** Terms no retrieved passage holds (an unusual word of the wording, or what the library lacks). */
  absent: Set<string>;
}

/** Coverage of weighted terms by a text, as the gate measures it (normalised; partial credit for parts). */
export function coverageOf(terms: WeightedTerm[], text: string): number {
  return terms.length ? coverage(terms, normalizeForMatch(text)) : 0;
}

/**
 * Scores the passages' sentences against the suggestion's wording and asks the answer gate whether they hold an answer.
 * The suggestion is weighed once (its terms), each passage's text is normalised once (no per-sentence tokenizing).
 */
export function gateSuggestion(
  wording: string,
  passages: Passage[],
  chunksOf: (docId: string) => Chunk[],
  tuning: Partial<OfflineTuning> = {},
  search?: Searcher,
): GateResult {
  const t = offlineTuning(tuning);
  if (!passages.length) return { answerable: false, scored: [], evidence: { sentence: 0, passage: 0 }, terms: [], distinctive: [], absent: new Set() };
  const tokenizer = getTokenizer();
  const focus = questionFocus(tokenizer, wording);
  const contexts = passageContexts(passages);
  const terms = weighTerms(tokenizer, focus, contexts, t);
  const documentText = (docId: string) => chunksOf(docId).map((c) => c.text).join('\n');
  const scored = scoreSentences({ focus, terms, contexts }, passages, { documentText, chunksOf, tuning }, t).filter((s) => s.anchored);
  const judged = judgeEvidence(scored, passages, t);
  const { evidence } = judged;
  // The evidence gate `ask` applies before answering (focus words, year/place/level constraints) must pass too.
  const answerable = judged.answerable && (!search || gatePassages(search, wording, passages).assessment.pass);
  const docTexts = new Map(passages.map((p) => [p.chunk.docId, normalizeForMatch(`${p.chunk.title}\n${documentText(p.chunk.docId)}`)]));
  const distinctive = distinctiveTerms(terms, contexts, findAnchors(focus, passages, docTexts), t);
  const absent = new Set(terms.filter((w) => !contexts.some((c) => matchStrength(w, c) >= 1)).map((w) => w.norm));
  return { answerable, scored, evidence, terms, distinctive, absent };
}

/** The wording's weighted terms over any texts (e.g. whole documents): what `coverageOf` measures against. */
export function weighWording(wording: string, texts: string[], tuning: Partial<OfflineTuning> = {}): Pick<GateResult, 'terms' | 'distinctive' | 'absent'> {
  const t = offlineTuning(tuning);
  const focus = questionFocus(getTokenizer(), wording);
  const contexts = texts.map(normalizeForMatch);
  const terms = weighTerms(getTokenizer(), focus, contexts, t);
  const absent = new Set(terms.filter((w) => !contexts.some((c) => matchStrength(w, c) >= 1)).map((w) => w.norm));
  return { terms, distinctive: distinctiveTerms(terms, contexts, [], t), absent };
}
