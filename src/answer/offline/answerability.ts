// The answerability gate: whether the best evidence found is enough to answer at all (a wrong answer is worse than a
// refusal). See OFFLINE_TUNING for how the bars were calibrated.
import type { Passage } from '../../grounding/passages.js';
import type { ScoredSentence } from './scoring.js';
import type { OfflineTuning } from './tuning.js';

export interface Evidence {
  /** Coverage of the best sentence. */
  sentence: number;
  /** Best passage coverage. */
  passage: number;
}

/** Both the vector and the full-text recall rank the passage at `rank` or better. */
function recallsAgree(passage: Passage, rank: number): boolean {
  const { vectorRank, lexicalRank } = passage;
  return vectorRank !== undefined && lexicalRank !== undefined && vectorRank <= rank && lexicalRank <= rank;
}

/**
 * The retrieval's own confidence as a second signal: the best sentence's passage ranks near the top of both the
 * vector and the full-text recall, and the sentence holds most of the question's distinctive terms. A paraphrased
 * question ("谁来盯" for "质量监管") loses literal coverage that this agreement makes up for.
 */
function confidentlyRetrieved(best: ScoredSentence, t: OfflineTuning): boolean {
  return recallsAgree(best.passage, t.confidentRank) && best.distinctiveCoverage >= t.confidentDistinctiveCoverage;
}

/**
 * The bar the best passage coverage must reach: lower when retrieval is sure, higher when the recalls that ran rank the
 * passage low. A recall that returned nothing for any passage (no embeddings, or a searcher without ranks) is no
 * signal either way.
 */
function passageBarFor(best: ScoredSentence, passages: Passage[], t: OfflineTuning): number {
  if (confidentlyRetrieved(best, t)) return t.confidentPassageCoverage;
  const ranks = [
    passages.some((p) => p.vectorRank !== undefined) ? best.passage.vectorRank : null,
    passages.some((p) => p.lexicalRank !== undefined) ? best.passage.lexicalRank : null,
  ].filter((r) => r !== null);
  return ranks.every((r) => r !== undefined && r <= t.agreeingRank) ? t.minPassageCoverage : t.uncertainPassageCoverage;
}

/** The evidence the anchored sentences give, and whether it clears the bars. */
export function judgeEvidence(scored: ScoredSentence[], passages: Passage[], t: OfflineTuning): { answerable: boolean; evidence: Evidence } {
  const best = scored[0];
  const evidence = {
    sentence: best?.sentenceCoverage ?? 0,
    passage: Math.max(0, ...scored.map((s) => s.passageCoverage)),
  };
  const passageBar = best ? passageBarFor(best, passages, t) : t.minPassageCoverage;
  const answerable = !!best && evidence.sentence >= t.minSentenceCoverage && evidence.passage >= passageBar;
  return { answerable, evidence };
}
