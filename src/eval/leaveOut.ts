// Leave-documents-out: questions whose source is not in the library must be refused, not answered from the nearest
// document on the topic. Every N-th document (sorted docIds, a fixed rule) is removed, the index rebuilt in a
// temporary folder, and the answerable questions whose every known source was removed are asked again.
import type { Services } from '../services.js';
import { answerQuestion } from '../answer/index.js';
import { inProcessSearcher } from './evaluate.js';
import { documentsLeftOut } from './corpora.js';
import { openEvalServices, type EvalCorpusOptions, type LeaveOutReport } from './evaluate.js';
import { goldSources } from './metrics.js';
import type { EvalQuestion } from './questions.js';
import { ratio } from './metrics.js';

/** Default N: every 4th document is removed. */
export const LEAVE_OUT_EVERY = 4;

/** The docIds of every chunk the searcher holds. */
function indexedDocIds(search: Services['search']): string[] {
  return [...new Set(inProcessSearcher(search)?.allChunks().map((c) => c.docId) ?? [])];
}

/** Answerable questions all of whose sources (docId, docIds, alsoIn) are among `removed`. */
export function questionsOnRemoved(questions: EvalQuestion[], removed: ReadonlySet<string>): EvalQuestion[] {
  return questions.filter((q) => {
    const sources = goldSources(q);
    return q.answerable && sources.length > 0 && sources.every((g) => removed.has(g.docId));
  });
}

export async function runLeaveOut(
  full: Services,
  questions: EvalQuestion[],
  corpus: EvalCorpusOptions,
  every = LEAVE_OUT_EVERY,
): Promise<LeaveOutReport> {
  const removed = documentsLeftOut(indexedDocIds(full.search), every);
  const targets = questionsOnRemoved(questions, new Set(removed));
  const { services, dispose } = await openEvalServices({ ...corpus, excludeDocIds: new Set(removed) });
  try {
    const answered: LeaveOutReport['answered'] = [];
    for (const q of targets) {
      const answer = await answerQuestion(services, q.question, (q.history ?? []).map((text) => ({ role: 'user' as const, text })));
      if (answer.answered) answered.push({ id: q.id, question: q.question, answer: answer.answer.slice(0, 120) });
    }
    return {
      every,
      removed,
      questions: targets.length,
      refused: targets.length - answered.length,
      refusalRate: ratio(targets.length - answered.length, targets.length),
      answered,
    };
  } finally {
    dispose();
  }
}
