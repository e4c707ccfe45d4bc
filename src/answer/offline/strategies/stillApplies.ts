// "…现在还有效吗", "…现在还执行吗": whether a rule still applies. The sentence scoring best on the question's words often
// restates the rule (what the old version listed, how it was enforced) while another sentence of the passages says that
// version ended; an answer led by the restatement is refused for saying nothing of whether it applies.
import { statedYears, yearsAsDigits } from '../../../text/numerals.js';
import { ASKS_STILL_APPLIES, DATED_FROM, STATES_ENDED, STATES_WHETHER_APPLIES } from '../../../text/inForce.js';
import { promote, type ScoredSentence } from '../scoring.js';
import type { OfflineTuning } from '../tuning.js';

/** "自2025年6月1日起": the date from which a rule runs or ends, which names no version of it. */
const DATE_RUN_FROM = new RegExp(DATED_FROM, 'gu');

/** The years a text names a rule or a version by ("2021年版…", "2019年印发的…"), the dates it runs from left out. */
function versionYears(text: string): number[] {
  return statedYears(yearsAsDigits(text.normalize('NFKC')).replace(DATE_RUN_FROM, ' '));
}

/**
 * Whether `sentence` names a year the question and the best sentence do not ("2021年版…不再执行" when "2025年版…" is
 * asked, or the best sentence states the 2025 figure asked): it speaks of another version than the one asked.
 */
function namesAnotherVersion(sentence: string, question: string, best: string): boolean {
  const asked = new Set([...versionYears(question), ...statedYears(yearsAsDigits(best.normalize('NFKC')))]);
  return versionYears(sentence).some((year) => !asked.has(year));
}

/**
 * For a question whether a rule still applies whose best sentence does not say whether it does: the best-ranked
 * sentence saying the rule has ended (STATES_ENDED) leads, when it holds a focus word, clears the sentence bar on its
 * own words and names no other version (year) than the question and the best sentence do. A sentence saying only that
 * a rule changed ("由50%提高到60%") is left where it ranks: which rule changed is for the rest of the answer to show.
 * Else the list as it is.
 */
export function preferStatedEnd(question: string, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  if (!best || !ASKS_STILL_APPLIES.test(question) || STATES_WHETHER_APPLIES.test(best.text)) return scored;
  const ended = scored.find(
    (s) => STATES_ENDED.test(s.text) && s.onFocus && s.sentenceCoverage >= t.minSentenceCoverage && !namesAnotherVersion(s.text, question, best.text),
  );
  return promote(scored, ended);
}
