// What answers a question asking a figure or a time: a text stating a figure of the kind asked ("多少户" → "126户",
// "每平方米补多少" → "每平方米15元", "多少钱" → "…元") or a time ("什么时候" → "3月16日至3月20日", "受理之日起10个工作日内").
import { askedFigure, askedRate, HAS_FIGURE, statesFigure, withoutCarriedQuestion } from './askedFigure.js';
import { asksMeaning, questionTypeOf, statesWhen } from './questionTypes.js';

/** "哪几个街道评为优秀", "哪几项措施": the things themselves are asked, which a count of them does not answer. */
const ASKS_WHICH_ONES = /哪几/u;

/**
 * Whether a text states what the question asks for, when it asks a time or a figure of a kind (askedRate, askedFigure);
 * undefined when it asks neither, or asks what a term means ("完工率指什么" names a rate without asking one). Read in
 * the question's own words: a follow-up's standalone form carries the earlier question in closing brackets.
 */
export function askedKindStatement(question: string): ((text: string) => boolean) | undefined {
  const own = withoutCarriedQuestion(question);
  if (asksMeaning(own)) return undefined;
  if (questionTypeOf(own)?.name === '时间') return statesWhen;
  if (ASKS_WHICH_ONES.test(own)) return undefined;
  const rate = askedRate(own);
  const figure = askedFigure(own) ?? (rate ? HAS_FIGURE : undefined);
  if (!figure) return undefined;
  // A rate is stated with its figure: "按每平方米计算" names the unit without the sum.
  return (text) => statesFigure(text, figure) && (!rate || statesFigure(text, rate));
}
