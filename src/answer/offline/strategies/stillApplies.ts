// "…现在还有效吗", "…现在还执行吗": whether a rule still applies. The sentence scoring best on the question's words often
// restates the rule ("2023年版清单分为三类14项") while another sentence of the passages says it has ended ("2023年版清单
// 同时废止"); an answer led by the restatement is refused for saying nothing of whether it applies.
import { ASKS_STILL_APPLIES, STATES_ENDED, STATES_WHETHER_APPLIES } from '../../../text/inForce.js';
import { promote, type ScoredSentence } from '../scoring.js';
import type { OfflineTuning } from '../tuning.js';

/**
 * For a question whether a rule still applies whose best sentence does not say whether it does: the best-ranked
 * sentence saying the rule has ended (STATES_ENDED) leads, when it holds a focus word and clears the sentence bar on its
 * own words. A sentence saying only that a rule changed ("由50%提高到60%") is left where it ranks: which rule changed is
 * for the rest of the answer to show. Else the list as it is.
 */
export function preferStatedEnd(question: string, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  if (!best || !ASKS_STILL_APPLIES.test(question) || STATES_WHETHER_APPLIES.test(best.text)) return scored;
  const ended = scored.find((s) => STATES_ENDED.test(s.text) && s.onFocus && s.sentenceCoverage >= t.minSentenceCoverage);
  return promote(scored, ended);
}
