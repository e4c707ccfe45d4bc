// Pure metric functions for `npm run eval`. Each works on plain values so it can be checked by hand.
// Definitions (also written into the JSON report as `definitions`):
//   retrieval hit   — a result from the expected document whose section path includes the expected section ("" = any);
//   recall@k        — share of answerable questions with a hit in the searcher's top k; MRR — mean of 1/rank of the
//                     first hit within the top 10 (0 when none);
//   answer accuracy — share of answerable questions answered (answered: true) with any one expected phrase in the answer;
//   citation precision — over citations of answered, answerable questions: share whose cited passage (the retrieved
//                     passage of that document and section holding the quote, plus the quote) contains an expected phrase
//                     or holds all its figures and at least 60% of its CJK bigrams;
//   refusal accuracy — share of unanswerable questions answered with answered: false;
//   percentiles     — nearest rank. Text comparisons ignore whitespace, case and full/half width (NFKC).
import type { Answer, Citation, RetrievedPassage } from '../types.js';
import { containsNormalized, keyTerms, normalizeForMatch } from './text.js';

/** Where the answer to a question lives: a document, and optionally a section of it ("" = any section). */
export interface GoldSource {
  docId: string;
  section: string;
}

/** One ranked retrieval result, reduced to what a hit is judged on. */
export interface RankedSource {
  docId: string;
  section: string;
}

/** A retrieval hit: same document, and the result's section path includes the expected section (if one is given). */
export function isRetrievalHit(result: RankedSource, gold: GoldSource): boolean {
  if (result.docId !== gold.docId) return false;
  if (gold.section.trim() === '') return true;
  return normalizeForMatch(result.section).includes(normalizeForMatch(gold.section));
}

/** 1-based rank of the first hit (on any of the gold sources), or null when none of the results is a hit. */
export function firstHitRank(ranked: RankedSource[], gold: GoldSource | GoldSource[]): number | null {
  const golds = Array.isArray(gold) ? gold : [gold];
  const index = ranked.findIndex((r) => golds.some((g) => isRetrievalHit(r, g)));
  return index === -1 ? null : index + 1;
}

/** 1 when a hit is among the first k results, else 0 (one question's recall@k; there is one gold source). */
export function recallAtK(ranked: RankedSource[], gold: GoldSource, k: number): number {
  const rank = firstHitRank(ranked, gold);
  return rank !== null && rank <= k ? 1 : 0;
}

/** 1/rank of the first hit within the first `cutoff` results, else 0 (average it over questions for MRR). */
export function reciprocalRank(ranked: RankedSource[], gold: GoldSource, cutoff = 10): number {
  const rank = firstHitRank(ranked, gold);
  return rank !== null && rank <= cutoff ? 1 / rank : 0;
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at or below it.
 * p50 of [10, 20, 30, 40] is 20; p95 of 20 values is the 19th smallest. Null for no values.
 */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * An answer is accurate when it claims to answer and contains the expected phrases: any one of them (`any`, phrases
 * that are alternative wordings) or every one (`all`, phrases that are parts of one answer).
 */
export function isAnswerAccurate(answer: Pick<Answer, 'answered' | 'answer'>, expect: string[], match: 'any' | 'all' = 'any'): boolean {
  const holds = (phrase: string) => containsNormalized(answer.answer, phrase);
  return answer.answered && expect.length > 0 && (match === 'all' ? expect.every(holds) : expect.some(holds));
}

/**
 * Where a question's answer may be found: its document and section, plus (any section of) the other documents that
 * hold one side of a comparison (`docIds`) or the same answer (`alsoIn`).
 */
export function goldSources(q: { docId: string | null; section: string; docIds?: string[]; alsoIn?: string[] }): GoldSource[] {
  if (!q.docId) return [];
  const others = [...(q.docIds ?? []), ...(q.alsoIn ?? [])].filter((d) => d !== q.docId);
  return [{ docId: q.docId, section: q.section }, ...[...new Set(others)].map((docId) => ({ docId, section: '' }))];
}

/** A refusal is correct when a question the documents cannot answer gets `answered: false`. */
export function isCorrectRefusal(answer: Pick<Answer, 'answered'>): boolean {
  return !answer.answered;
}

/** Share of key terms a passage must hold to support a phrase it does not contain verbatim. */
export const KEY_TERM_SHARE = 0.6;

/**
 * A passage supports an expected phrase when it contains it (ignoring width and whitespace), or when it holds every
 * figure of the phrase and at least 60% of its CJK bigrams — so a passage that words the fact slightly differently
 * still counts, while one that merely mentions the topic does not.
 */
export function passageSupports(passage: string, expect: string[]): boolean {
  const text = normalizeForMatch(passage);
  return expect.some((phrase) => {
    if (containsNormalized(text, phrase)) return true;
    const { numbers, terms } = keyTerms(phrase);
    if (terms.length < 2) return false;
    if (!numbers.every((n) => text.includes(n))) return false;
    const shared = terms.filter((t) => text.includes(t)).length;
    return shared >= Math.ceil(KEY_TERM_SHARE * terms.length);
  });
}

/**
 * The passage a citation points to: the retrieved passage of the same document and section that contains the quote
 * (falling back to the first of that document and section), else just the quote.
 */
export function citedPassage(citation: Citation, retrieved: RetrievedPassage[]): string {
  const sameSource = retrieved.filter((p) => p.docId === citation.docId && p.section === citation.section);
  const withQuote = sameSource.find((p) => citation.quote.trim() !== '' && containsNormalized(p.text, citation.quote));
  const passage = withQuote ?? sameSource[0];
  return passage ? `${citation.quote}\n${passage.text}` : citation.quote;
}

/**
 * Citation precision of one answer: how many of its citations point to a passage that supports an expected phrase.
 * Summed over questions (micro average) by the caller.
 */
export function citationSupport(answer: Pick<Answer, 'citations' | 'retrieved'>, expect: string[]): { supported: number; total: number } {
  const supported = answer.citations.filter((c) => passageSupports(citedPassage(c, answer.retrieved), expect)).length;
  return { supported, total: answer.citations.length };
}

/** A ratio that is null (not 0) when there is nothing to measure, so a table shows "—" rather than a fake 0%. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
