import type { Recalled } from './fullTextRecall.js';

/** The constant of reciprocal rank fusion (Cormack et al.); 60 is what FastGPT and most hybrid search systems use. */
export const RRF_K = 60;

export interface Fused {
  index: number;
  score: number;
  /** 1-based rank in each input list, when the item appeared there. */
  ranks: (number | undefined)[];
}

/**
 * Reciprocal rank fusion: each list contributes weight / (k + rank) for each item it holds (weight 1 unless given);
 * best first.
 */
export function reciprocalRankFusion(lists: Recalled[][], k = RRF_K, weights: number[] = []): Fused[] {
  const fused = new Map<number, Fused>();
  lists.forEach((list, l) => {
    list.forEach((item, position) => {
      let entry = fused.get(item.index);
      if (!entry) {
        entry = { index: item.index, score: 0, ranks: new Array(lists.length).fill(undefined) };
        fused.set(item.index, entry);
      }
      entry.score += (weights[l] ?? 1) / (k + position + 1);
      entry.ranks[l] = position + 1;
    });
  });
  return [...fused.values()].sort((a, b) => b.score - a.score || bestRank(a) - bestRank(b) || a.index - b.index);
}

function bestRank(f: Fused): number {
  return Math.min(...f.ranks.map((r) => r ?? Number.POSITIVE_INFINITY));
}

/** How the vector and the lexical list are fused, per kind of embeddings. */
export interface FusionSettings {
  /** RRF weights of the vector list and the lexical list. */
  vectorWeight: number;
  lexicalWeight: number;
  /**
   * A lexical hit scoring at least this share of the best BM25 score is "strong": it stays ahead of every candidate
   * that is not strong, whatever the vectors say (1 or more disables the guard).
   */
  strongLexicalShare: number;
  /**
   * Whether the vector list may reorder the strong BM25 hits among themselves. Off for hashed local vectors: even
   * weighted 0.1, RRF lets them swap BM25's first and second hit (rank gaps of 1/61 − 1/62 are tiny), which cost
   * MRR on tune; they then only fill in below the strong hits.
   */
  reorderStrong: boolean;
}

/**
 * Vector and lexical recall fused by RRF, with strong BM25 hits guarded: vectors may reorder the strong hits among
 * themselves and fill in below them (where BM25 is weak or silent), but never push a strong BM25 hit down under a
 * candidate BM25 finds weak or not at all. Lists are [vector, lexical]; each best first.
 */
export function fuseRecalls(vector: Recalled[], lexical: Recalled[], settings: FusionSettings, k = RRF_K): (Fused & { strong: boolean })[] {
  const fused = reciprocalRankFusion([vector, lexical], k, [settings.vectorWeight, settings.lexicalWeight]);
  const top = lexical[0]?.score ?? 0;
  const guarded = top > 0 && settings.strongLexicalShare < 1;
  const strong = new Set(guarded ? lexical.filter((r) => r.score >= settings.strongLexicalShare * top).map((r) => r.index) : []);
  const marked = fused.map((f) => ({ ...f, strong: strong.has(f.index) }));
  const strongHits = marked.filter((f) => f.strong);
  if (!settings.reorderStrong) strongHits.sort((a, b) => a.ranks[1]! - b.ranks[1]!);
  return [...strongHits, ...marked.filter((f) => !f.strong)];
}
