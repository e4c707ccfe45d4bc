// An answer check (ANSWER_CHECKS, answerChecks.ts): the question takes a figure as adopted, the quotes turn it down.
import type { Citation } from '../../types.js';
import { ASKS_WHAT_IS_PROPOSED, ASKS_WHETHER_NOW, asksWhetherSettled, presumedFigureOf, statesFigureAsSettled, splitSentences } from '../../text/index.js';
import { ASKS_WHAT_THE_RULE_IS, laysDownRuleBesideTurnedDown, turnsDownFigure } from '../../text/inForce.js';
import { figuresAsDigits } from '../../text/numerals.js';
import { questionTypeOf } from '../../text/questionTypes.js';
import { refusedWithNearest } from './refusal.js';

/** A question on the suggestion itself ("…的建议采纳了吗", "为什么没采纳"): the word turning it down answers it. */
const ASKS_ABOUT_SUGGESTION = /采纳|建议|提议|意见|提案|答复/u;

/**
 * "合同期限延长到5年以后，哪些家庭可以适用", "2日内上门的规定从哪天起执行" answered by "…延长到5年的建议暂不采纳" or
 * "办法规定3日内上门处理，…2日的建议暂不采纳": the question takes the figure as adopted, and the quotes hold it only as a
 * suggestion turned down, settled nowhere. Whatever is asked of it (which projects, since when) the library does not
 * hold: refused, quoting the sentence that turns it down. A question on the suggestion, on a plan or on whether it is
 * settled is answered by that sentence, as are the reasons.
 */
export function turnedDownFigureRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const figure = presumedFigureOf(question);
  if (!figure || !citations.length) return undefined;
  if (ASKS_ABOUT_SUGGESTION.test(question) || ASKS_WHAT_IS_PROPOSED.test(question) || asksWhetherSettled(question) || ASKS_WHETHER_NOW.test(question)) return undefined;
  if (questionTypeOf(question)?.name === '原因') return undefined;
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((s) => ({ citation: c, text: figuresAsDigits(s.text) })));
  if (sentences.some((s) => statesFigureAsSettled(s.text, figure))) return undefined;
  // Asked what the rule is: a rule the quotes lay down answers it, though in another unit ("48小时内" for "2日内").
  if (ASKS_WHAT_THE_RULE_IS.test(question) && sentences.some((s) => laysDownRuleBesideTurnedDown(s.text))) return undefined;
  const turningDown = sentences.find((s) => turnsDownFigure(s.text, figure));
  return turningDown && refusedWithNearest(`确定为“${figure.written}”的规定（相关建议未被采纳）`, turningDown.citation);
}
