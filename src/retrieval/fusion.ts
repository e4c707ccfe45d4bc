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
