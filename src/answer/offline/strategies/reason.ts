// 原因: a 为什么 question is answered by the reason the text gives. Where the text itself asks the question (an
// article titled "……为何以2000年为时间界限？", a Q&A heading), the sentences right after it are that reason. An answer
// that only restates the rule, with no reason or purpose in it, is refused: the library gives the rule, not its why.
import { normalizeForMatch } from '../../../text/simplify.js';
import { splitSentences, type Sentence } from '../../../text/sentences.js';
import { ASKS_WHY, clausesBeforeRule, givesReason, headingAsksWhy, questionTypeOf, statesProblem, statesProblemBeforeAct } from '../../../text/questionTypes.js';
import { sectionParts } from '../../../text/sectionPath.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { composeLines, nearestSources, type ExtractiveAnswer } from '../compose.js';
import { answersAfterQuestion } from '../sentenceFilters.js';
import type { ScoredSentence } from '../scoring.js';
import { coverage, type WeightedTerm } from '../termWeights.js';
import type { OfflineTuning } from '../tuning.js';

/** The first sentences of a passage whose heading asks the question's why (or names its background), if it is one. */
function underAskingHeading(question: string, terms: WeightedTerm[], passage: Passage, t: OfflineTuning): Sentence[] {
  const heading = sectionParts(passage.chunk.sectionPath).at(-1);
  if (!heading || !headingAsksWhy(question, heading)) return [];
  // The title says which document the heading is of ("《…实施细则》政策解读" > "一、起草背景").
  if (coverage(terms, normalizeForMatch(`${passage.chunk.title}${heading}`)) < t.askedReasonCoverage) return [];
  return answersAfterQuestion(splitSentences(passage.chunk.text), -1, t.askedSentenceAnswers);
}

/** The sentences following a sentence of the passage that asks the question's why, if one does. */
function afterAskingSentence(terms: WeightedTerm[], passage: Passage, t: OfflineTuning): Sentence[] {
  const sentences = splitSentences(passage.chunk.text);
  const at = sentences.findIndex((s) => ASKS_WHY.test(s.text) && coverage(terms, normalizeForMatch(s.text)) >= t.askedReasonCoverage);
  return at === -1 ? [] : answersAfterQuestion(sentences, at, t.askedSentenceAnswers);
}

/**
 * "为什么以2000年为时间界限？" when a retrieved passage asks the same (its sentence covering at least
 * askedReasonCoverage of the question's terms): the sentences that follow that question, cited. A passage under a
 * heading asking it ("1. 为什么要制定《办法》？", or "一、起草背景" for why a document was made) is answered by its first
 * sentences: such a heading is looked for among all retrieved passages, an asking sentence among the first
 * askedReasonPassages.
 */
export function answerAfterAskedReason(question: string, terms: WeightedTerm[], passages: Passage[], evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  if (questionTypeOf(question)?.name !== '原因') return undefined;
  for (const [rank, passage] of passages.entries()) {
    const under = underAskingHeading(question, terms, passage, t);
    const reason = under.length || rank >= t.askedReasonPassages ? under : afterAskingSentence(terms, passage, t);
    if (reason.length) return composeLines([reason.map((s) => ({ passage, text: s.text }))], passages, evidence);
  }
  return undefined;
}

export const REASON_NOT_GIVEN = '现有文件写明了相关规定，但没有说明原因，无法回答“为什么”。';

/**
 * "为什么不/没…" asks about a decision, which a reply explains by the circumstances ("省厅正在编制导则，暂不单独制定"),
 * seldom with a causal word; only a question about why a rule is as it is needs the reason worded as one.
 */
const ASKS_WHY_NOT = /不|没|未|无法|进不了/;

/** A 为什么 question about a rule answered by sentences none of which gives a reason or purpose: refused, saying so. */
export function refuseWithoutReason(question: string, answer: ExtractiveAnswer, passages: Passage[]): ExtractiveAnswer {
  // A shortfall or difficulty stated before the change or act it led to ("…难以了解服务质量，调整为6个月", "连续两个月排名
  // 末位，…约谈") is the circumstance the rule or act answers, as answerWithStatedCause reads it before a rule.
  if (!answer.answered || questionTypeOf(question)?.name !== '原因' || ASKS_WHY_NOT.test(question) || givesReason(answer.answer) || splitSentences(answer.answer).some((s) => statesProblemBeforeAct(s.text, question))) return answer;
  return { answered: false, answer: `${REASON_NOT_GIVEN}\n${nearestSources(passages)}`.trim(), citations: [], evidence: answer.evidence };
}

/**
 * A 为什么 question about a rule whose chosen sentences give no reason: the text may still state the circumstance the
 * rule answers right before it, in the same sentence ("甲区开工率仅为41.7%，会议要求…达到90%") or in the sentence
 * just before it in its passage ("我市冬季气温低，…难以保证质量。每年11月1日至次年3月15日为冬季停工期"). Among the
 * statedCauseCandidates best sentences that state the rule asked about (statedCauseCoverage), the first so preceded is
 * answered with that circumstance and the rule.
 */
export function answerWithStatedCause(question: string, scored: ScoredSentence[], passages: Passage[], evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  if (questionTypeOf(question)?.name !== '原因' || ASKS_WHY_NOT.test(question)) return undefined;
  for (const s of scored.slice(0, t.statedCauseCandidates).filter((c) => c.sentenceCoverage >= t.statedCauseCoverage)) {
    if (statesProblem(clausesBeforeRule(s.text))) return composeLines([[{ passage: s.passage, text: s.text }]], passages, evidence);
    const before = s.index > 0 ? splitSentences(s.passage.chunk.text)[s.index - 1]?.text : undefined;
    if (before && statesProblem(before) && !ASKS_WHY.test(before)) {
      return composeLines([[{ passage: s.passage, text: before }, { passage: s.passage, text: s.text }]], passages, evidence);
    }
  }
  return undefined;
}
