// An answer check (ANSWER_CHECKS, answerChecks.ts): the question takes a figure as adopted, the quotes turn it down.
import type { Citation } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import { ASKS_WHAT_IS_PROPOSED, ASKS_WHETHER_NOW, asksWhetherSettled, getTokenizer, normalizeForMatch, presumedFigureOf, statesFigureAsSettled, splitSentences } from '../../text/index.js';
import {
  ASKS_SINCE_WHEN,
  ASKS_START_OF_FORCE,
  ASKS_WHAT_THE_RULE_IS,
  figureValuesOf,
  laysDownRuleBesideTurnedDown,
  statesStart,
  statesTakenUp,
  turnedDownSuggestions,
  turnsDownFigure,
  type TurnedDownSuggestion,
} from '../../text/inForce.js';
import { figuresAsDigits } from '../../text/numerals.js';
import { questionTypeOf } from '../../text/questionTypes.js';
import { citedChunk } from './passages.js';
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

/** Tuning of turnedDownSuggestionRefusal. */
export const TURNED_DOWN_SUGGESTION_DEFAULTS = {
  /**
   * The share of the question's words (what it takes as started, the since-when words left out) a restated suggestion
   * must hold to be the thing asked about: "楼道灯从什么时候开始整夜常亮" and "您建议楼道灯整夜常亮" share 楼道灯, 整夜, 常亮.
   */
  askedWordsHeld: 0.5,
  /**
   * How much more of the question's words the turned-down part must hold than the suggestion's best kept clause: a
   * turned-down "并对快递柜运营给予补贴" shares 快递, 柜 with "小区快递柜从什么时候开始增设", but the kept "您建议增设小区快递柜"
   * holds all of them, so the question is on the kept part. 0: the turned-down part must hold strictly more.
   */
  keptPartMargin: 0,
};

/** What the question takes as started: its words without every when-ask (ASKS_SINCE_WHEN, ASKS_START_OF_FORCE) and the closing mark. */
function askedMatterOf(question: string): string {
  const everyMatch = (pattern: RegExp) => new RegExp(pattern.source, 'gu');
  return question.normalize('NFKC').replace(everyMatch(ASKS_SINCE_WHEN), '').replace(everyMatch(ASKS_START_OF_FORCE), '').replace(/[？?。！!，,\s]+$/u, '');
}

/**
 * "楼道灯从什么时候开始整夜常亮", "垃圾每日清运3次从哪天起执行" answered from a reply that restates the suggestion
 * ("您建议楼道灯整夜常亮。") and turns it down ("…暂不采纳", "…目前暂不具备条件"): the question takes as started what was
 * only suggested; since when it applies the library does not hold. Refused, quoting the nearest sentence, when a quoted
 * passage turns down a suggestion holding the question's words (TURNED_DOWN_SUGGESTION_DEFAULTS.askedWordsHeld) and its
 * figure, and no quoted sentence states a start. Only the part a declining sentence names is turned down ("关于审批
 * 时限，…暂不采纳" leaves the rest of "您建议…，并将审批时限压缩到24小时" open), and a part the reply states as taken up
 * ("自今年下半年起，已要求…", statesTakenUp) is answered. A question on the suggestion itself (采纳了吗, 为什么) is answered.
 */
export function turnedDownSuggestionRefusal(
  question: string,
  citations: Citation[],
  passages: Passage[],
  options = TURNED_DOWN_SUGGESTION_DEFAULTS,
): { answer: string; citations: Citation[] } | undefined {
  const text = question.normalize('NFKC');
  if (!citations.length || !(ASKS_SINCE_WHEN.test(text) || ASKS_START_OF_FORCE.test(text))) return undefined;
  if (ASKS_ABOUT_SUGGESTION.test(question) || ASKS_WHAT_IS_PROPOSED.test(question) || asksWhetherSettled(question) || ASKS_WHETHER_NOW.test(question)) return undefined;
  if (questionTypeOf(question)?.name === '原因') return undefined;
  const quoted = citations.flatMap((c) => splitSentences(c.quote).map((s) => s.text));
  if (quoted.some(statesStart)) return undefined;
  const matter = askedMatterOf(question);
  const words = [...new Set(getTokenizer().terms(matter))];
  if (!words.length) return undefined;
  const figure = presumedFigureOf(question);
  const askedShareOf = (text: string) => {
    const held = normalizeForMatch(text);
    return words.filter((w) => held.includes(normalizeForMatch(w))).length / words.length;
  };
  const isAskedThing = (part: string) => askedShareOf(part) >= options.askedWordsHeld && (!figure || figureValuesOf(figuresAsDigits(part), figure.unit).includes(figure.value));
  // A kept clause of the suggestion holding the asked words as well as the turned-down part does: the question is on it.
  const keptIsAsked = (t: TurnedDownSuggestion) => {
    const turnedDownShare = Math.max(...[...t.named, ...t.declined].map(askedShareOf));
    return t.kept.some((clause) => askedShareOf(clause) + options.keptPartMargin >= turnedDownShare);
  };
  // Turned down is what a declining sentence names ("关于审批时限，…暂不采纳"), else the suggestion's clauses on it, and
  // those only when the reply does not state the asked thing, its figure too, as taken up ("自今年下半年起，已要求…");
  // another figure taken up ("已将补助由5000元提高到8000元") leaves the asked one turned down.
  const refusesAskedThing = (t: TurnedDownSuggestion) =>
    (t.named.some(isAskedThing) || (t.declined.some(isAskedThing) && !t.stretch.some((s) => isAskedThing(s) && statesTakenUp(s)))) && !keptIsAsked(t);
  for (const citation of citations) {
    const paragraphs = (citedChunk(citation, passages)?.text ?? citation.quote).split(/\n+/u);
    if (paragraphs.flatMap(turnedDownSuggestions).some(refusesAskedThing)) return refusedWithNearest(`“${matter}”开始实行的规定（相关建议未被采纳）`, citation);
  }
  return undefined;
}
