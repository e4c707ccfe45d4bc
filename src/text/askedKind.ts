// What answers a question asking a figure or a time: a sentence stating a figure of the kind asked ("多少户" → "126户",
// "每平方米补多少" → "每平方米15元", "多少钱" → "…元") or a time ("什么时候" → "3月16日至3月20日", "受理之日起10个工作日内").
import { ASKS_FOR_QUANTITY, askedFigure, askedRate, HAS_FIGURE, lengthOfTimeAsked, namedRateFigure, statesFigure, withoutCarriedQuestion } from './askedFigure.js';
import { ASKS_NAMES } from './askedNames.js';
import { ASKS_YEAR, withoutBareYears } from './dates.js';
import { COUNTERS } from './numerals.js';
import { asksMeaning, questionTypeOf, statesWhen } from './questionTypes.js';
import { QUESTION_NOISE, isSpokenFiller, tagOf, wordTags } from './questionWords.js';
import { splitSentences } from './sentences.js';
import { getTokenizer } from './tokenizer.js';

/** "多少台电梯", "几个小区": the thing counted follows the count asked. */
const COUNT_THEN_OBJECT = new RegExp(`(?:多少|(?<!哪)几)\\s*[${COUNTERS}](\\p{Script=Han}+)`, 'u');
/** "电梯有多少台", "小区一共几个": the thing counted stands before the count asked. */
const OBJECT_THEN_COUNT = new RegExp(`(\\p{Script=Han}+?)(?:有|共有?|一共|总共|合计)?(?:多少|(?<!哪)几)\\s*[${COUNTERS}](?!\\p{Script=Han})`, 'u');

/**
 * The noun a count asked counts ("多少台电梯", "电梯有多少台" → "电梯"): a count of another thing ("水泵4台") does not
 * answer it. Undefined when no noun stands beside the count ("惠及多少户": the households are the unit).
 */
export function countedObjectAsked(question: string): string | undefined {
  const after = question.match(COUNT_THEN_OBJECT)?.[1];
  const before = question.match(OBJECT_THEN_COUNT)?.[1];
  const phrase = after ?? before;
  if (!phrase) return undefined;
  // The shortest search term touching the count: "加装电梯有多少台" → "电梯" (search terms cut "加装电梯" into its parts too).
  const touches = (w: string) => [...w].length >= 2 && (after ? phrase.startsWith(w) : phrase.endsWith(w));
  const word = getTokenizer().searchTerms(phrase).filter(touches).sort((a, b) => a.length - b.length)[0];
  if (!word) return undefined;
  return COMMON_NOUN_TAG.test(tagOf(word, wordTags(question)) ?? '') ? word : undefined;
}

/** A common noun's tags (jieba): not a place or person name, which it also gives verbs it does not know ("惠及"/ns). */
const COMMON_NOUN_TAG = /^n[zl]?$/u;

/**
 * What a question asking a time or a figure asks: whether a text states one, and the noun of the thing a count asked
 * counts (countedObjectAsked), which the sentence stating the count must name.
 */
export interface AskedKind {
  kind: 'time' | 'figure';
  states: (text: string) => boolean;
  /** Whether a sentence states it as an answer does: a time, not only the year of something told ("2023年以来…326件"). */
  answers: (sentence: string) => boolean;
  object?: string;
}

export function askedKindOf(question: string): AskedKind | undefined {
  const own = withoutCarriedQuestion(question);
  const type = questionTypeOf(own)?.name;
  if (asksMeaning(own) || type === '原因') return undefined;
  if (type === '时间') {
    const answers = (sentence: string) => statesWhen(ASKS_YEAR.test(own) ? sentence : withoutBareYears(sentence));
    return { kind: 'time', states: statesWhen, answers };
  }
  if (!ASKS_FOR_QUANTITY.test(own) || ASKS_NAMES.test(own)) return undefined;
  const rate = askedRate(own);
  const figure = namedRateFigure(own) ?? askedFigure(own) ?? lengthOfTimeAsked(own) ?? (rate ? HAS_FIGURE : undefined);
  if (!figure) return undefined;
  // A rate is stated with its figure: "按每平方米计算" names the unit without the sum.
  const states = (text: string) => statesFigure(text, figure) && (!rate || statesFigure(text, rate));
  return { kind: 'figure', states, answers: states, object: countedObjectAsked(own) };
}

/**
 * The fewest characters a search word of the question needs to tell what is asked: single characters ("改", "年") are
 * found in nearly every passage of a document.
 */
export const SHORTEST_TELLING_WORD = 2;

/**
 * The question's own search words beyond a document's title (`shortest` characters or more, no question word or
 * filler): what a passage of that document must hold to speak of what is asked, not only of the document.
 */
export function wordsBeyondTitle(question: string, title: string, shortest = SHORTEST_TELLING_WORD): string[] {
  const telling = (t: string) => [...t].length >= shortest && !QUESTION_NOISE.has(t) && !isSpokenFiller(t);
  return [...new Set(getTokenizer().searchTerms(question))].filter((t) => telling(t) && !title.includes(t));
}

/**
 * wordsBeyondTitle for one question, worked out once per title: the stages of one search that read the question's words
 * beyond its best document's title (askedKindFirst, titledSectionFirst) share them instead of tokenizing it again.
 */
export function wordsBeyondTitleOf(question: string): (title: string) => string[] {
  const byTitle = new Map<string, string[]>();
  return (title) => {
    const known = byTitle.get(title);
    if (known) return known;
    const words = wordsBeyondTitle(question, title);
    byTitle.set(title, words);
    return words;
  };
}

/**
 * Whether a text states the kind asked in a sentence holding one of `words` and the thing counted (if any): "本办法自…起
 * 施行" or "房源2024年建成" give a time, "物业服务费每月每平方米1.2元" a fee, but of something else than what is asked
 * when no word of the question stands beside it; "多少台电梯": a count of pumps ("水泵4台") in the same unit is not the count
 * asked.
 */
export function statesAskedBeside(asked: AskedKind, words: string[], text: string): boolean {
  const answers = (s: string) => asked.answers(s) && words.some((t) => s.includes(t)) && (!asked.object || s.includes(asked.object));
  return splitSentences(text).some((s) => answers(s.text));
}
