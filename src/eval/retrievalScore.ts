// Retrieval quality over a question set: recall@3/@5 and MRR of a ranking function (`npm run bench`, the dev-set test).
import type { Chunk } from '../types.js';
import type { EvalQuestion } from './questions.js';

export interface RetrievalScore {
  questions: number;
  recallAt5: number;
  /** Share of questions answered within the top 3 (what an answer usually quotes from). */
  recallAt3: number;
  mrr: number;
  /** Ids of answerable questions whose section was not in the top 5. */
  misses: string[];
}

/** A hit is the right document and, when the question names one, the right section. */
export function isRelevant(chunk: Pick<Chunk, 'docId' | 'sectionPath'>, q: EvalQuestion): boolean {
  if (chunk.docId !== q.docId) return false;
  return q.section === '' || chunk.sectionPath.includes(q.section) || chunk.sectionPath.startsWith(q.section);
}

/** Recall@5 and mean reciprocal rank (within the top 5) of a ranking function over the answerable questions. */
export async function scoreRetrieval(
  questions: EvalQuestion[],
  rank: (question: string) => Promise<Pick<Chunk, 'docId' | 'sectionPath'>[]>,
): Promise<RetrievalScore> {
  const answerable = questions.filter((q) => q.answerable && q.docId);
  let found = 0;
  let foundIn3 = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const q of answerable) {
    const top = (await rank(q.question)).slice(0, 5);
    const position = top.findIndex((c) => isRelevant(c, q));
    if (position >= 0) {
      found++;
      if (position < 3) foundIn3++;
      reciprocal += 1 / (position + 1);
    } else {
      misses.push(q.id);
    }
  }
  const n = answerable.length || 1;
  return { questions: answerable.length, recallAt5: found / n, recallAt3: foundIn3 / n, mrr: reciprocal / n, misses };
}
