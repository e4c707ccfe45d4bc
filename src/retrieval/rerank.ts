// The rerank stage over fused candidates: a section whose heading the question names comes first, and a passage whose
// one sentence holds the question's words together beats one that scatters them. Term weights are the lexical
// index's document frequencies, so common words of the corpus ("老旧小区", "改造") count little.
import type { Chunk } from '../types.js';
import { CN_DIGIT_CHARS, normalizeWithoutPunctuation, sectionParts, splitSentences, stripListMarker, type Tokenizer } from '../text/index.js';

export interface RerankCandidate {
  /** Only the heading path is read, and the text when proximity counts. */
  chunk: Pick<Chunk, 'sectionPath' | 'text'>;
  /** The fused score (higher is better). */
  score: number;
}

export interface RerankSettings {
  headingWeight: number;
  /** A heading counts only when the question holds at least this share of its weighted words. */
  headingMinShare: number;
  proximityWeight: number;
}

/** Inverse document frequency of a term, given its document frequency and the number of chunks. */
export function idf(df: number, total: number): number {
  return df <= 0 ? 0 : Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** "第三条", "第二章", "第一部分": a heading's article or chapter label. */
const ARTICLE_LABEL = new RegExp(String.raw`^\s*第[${CN_DIGIT_CHARS}百\d]+[条章节部分]\s*`, 'u');

/** "（二）工作原则" → "工作原则": the last heading of a path without its numbering. */
export function leafHeadingText(sectionPath: string): string {
  const leaf = sectionParts(sectionPath).pop() ?? '';
  return stripListMarker(leaf.replace(ARTICLE_LABEL, '').trim()).trim();
}

/** Weighted share of `terms` found in `present` (0 when the terms weigh nothing). */
function weightedShare(terms: string[], present: ReadonlySet<string>, weight: (t: string) => number): number {
  let total = 0;
  let found = 0;
  for (const t of terms) {
    const w = weight(t);
    total += w;
    if (present.has(t)) found += w;
  }
  return total > 0 ? found / total : 0;
}

export interface RerankContext {
  tokenizer: Tokenizer;
  /** Document frequency of a term in the lexical index. */
  docFrequency: (term: string) => number;
  totalChunks: number;
  /**
   * Titles of the documents among the candidates, each once and as normalizeWithoutPunctuation writes them: a heading
   * written inside one of them ("绩效评价" of "…绩效评价办法") is what the question calls that document, not a section it
   * names. None: every named heading counts.
   */
  candidateTitles?: readonly string[];
}

/**
 * How well the section heading matches the question: the share of the heading's weighted words that the question
 * holds. A heading of only common words matches nothing.
 */
export function headingMatch(question: ReadonlySet<string>, sectionPath: string, ctx: RerankContext): number {
  const words = leafHeadingText(sectionPath);
  if (!words) return 0;
  return weightedHeadingShare(question, words, ctx);
}

function weightedHeadingShare(question: ReadonlySet<string>, words: string, ctx: RerankContext): number {
  const terms = [...new Set(ctx.tokenizer.searchTerms(words))];
  return weightedShare(terms, question, (t) => idf(ctx.docFrequency(t), ctx.totalChunks));
}

/**
 * The heading's match when the question writes the heading as it stands ("工作原则有哪些" names 二、工作原则; punctuation
 * aside: "资金筹措使用与管理" names 资金筹措、使用与管理), else 0:
 * its words scattered through the question name no section ("补助按新标准算" is not the section 补助标准, "基础类改造
 * 包括哪些内容" not the section 改造内容), and the bonus then lifted such a section above BM25's best.
 */
export function namedHeadingMatch(questionText: string, question: ReadonlySet<string>, sectionPath: string, ctx: RerankContext): number {
  const words = leafHeadingText(sectionPath);
  if (!words) return 0;
  const written = normalizeWithoutPunctuation(words);
  if (!normalizeWithoutPunctuation(questionText).includes(written) || partOfCandidateTitle(written, ctx)) return 0;
  return weightedHeadingShare(question, words, ctx);
}

/** Whether a heading (as normalised) is written inside the (normalised) title of a document among the candidates. */
function partOfCandidateTitle(written: string, ctx: RerankContext): boolean {
  return !!ctx.candidateTitles?.some((title) => title.includes(written));
}

/** The best single sentence's weighted share of the question's words (how close together the passage holds them). */
export function sentenceProximity(questionTerms: string[], text: string, ctx: RerankContext): number {
  const weight = (t: string) => idf(ctx.docFrequency(t), ctx.totalChunks);
  let best = 0;
  for (const s of splitSentences(text)) {
    best = Math.max(best, weightedShare(questionTerms, new Set(ctx.tokenizer.searchTerms(s.text)), weight));
    if (best === 1) break;
  }
  return best;
}

/**
 * Reorders candidates by fused score (as a share of the best) plus the heading and proximity bonuses. Candidates are
 * scored in place; order is stable for equal scores.
 */
export function rerank<T extends RerankCandidate>(question: string, candidates: T[], settings: RerankSettings, ctx: RerankContext): T[] {
  if (candidates.length < 2 || (settings.headingWeight === 0 && settings.proximityWeight === 0)) return candidates;
  const questionTerms = [...new Set(ctx.tokenizer.searchTerms(question))];
  const asked = new Set(questionTerms);
  const top = Math.max(...candidates.map((c) => c.score)) || 1;
  const scored = candidates.map((c, i) => {
    const share = settings.headingWeight ? namedHeadingMatch(question, asked, c.chunk.sectionPath, ctx) : 0;
    const heading = share >= settings.headingMinShare ? share : 0;
    const proximity = settings.proximityWeight ? sentenceProximity(questionTerms, c.chunk.text, ctx) : 0;
    return { c, i, value: c.score / top + settings.headingWeight * heading + settings.proximityWeight * proximity };
  });
  return scored.sort((a, b) => b.value - a.value || a.i - b.i).map((s) => s.c);
}
