// Two asks in one question ("计划改多少个小区，涉及多少户"), each answered on its own: the sentence answering the first
// often states the second's figure too ("计划改造150个小区，涉及居民19600户"). Whether a text answers an ask that way.
import { askedFigure, statesFigure } from './askedFigure.js';
import { askedPlaces } from './places.js';
import { normalizeForMatch } from './simplify.js';
import { getJieba } from './tokenizer.js';
import { figuresAsDigits } from './numerals.js';

/** A count named by its unit and 数 ("户数", "人数", "栋数"): asked as a figure of that unit. */
const COUNT_NOUN = /([户人名栋幢台个项批套间处辆家所])数/u;

/**
 * The new value of a change asked ("后来调成了多少", "提高到多少"); answered by a sentence stating the change to a figure
 * ("由每平方米40元调整为每平方米50元").
 */
const ASKS_CHANGED_VALUE = /(?:调|改|提高|提|涨|降|增加|变)(?:整)?(?:成|到|为|至)了?(?:多少|几)/u;
const STATES_CHANGED_VALUE = /(?:调整|调|提高|提升|上调|下调|降低|降|增加|增|改)(?:为|到|至)\s*[^，,。；;\d]{0,6}\d/u;
/** Words that frame a change in time ("原来", "后来"): the change stated answers them, whatever it says of time. */
const CHANGE_FRAME = /原来|原先|以前|后来|现在|最后|调成|调到|改成|改为|提到|提高|涨到|降到|变成/gu;

/** Words of an ask that ask, not name ("多少", "几批", "是", "分别"), and the figure's unit words. */
const ASKING = /^(?:多少|几\p{Script=Han}?|是|的|了|呢|吗|分别|各|各自|一共|共|总共|要|有|占|分)$/u;

/** A pattern the asked figure of an ask matches, or undefined when it asks no figure of a known unit or change. */
function figureAsked(ask: string): RegExp | undefined {
  const asked = askedFigure(ask);
  if (asked) return asked;
  const unit = ask.match(COUNT_NOUN)?.[1];
  return unit && /多少|几/u.test(ask) ? new RegExp(`\\d\\s*(?:[万亿千百]\\s*)?(?:余|多)?\\s*${unit}`, 'u') : undefined;
}

/** The words of an ask that name what is asked of (not its asking words, places or counted units). */
function namingWords(ask: string): string[] {
  const places = askedPlaces(ask);
  const plain = ask.replace(CHANGE_FRAME, ' ').replace(COUNT_NOUN, ' ').replace(/[？?。！!，,\s]+/gu, ' ');
  return getJieba()
    .cut(plain, true)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w) && !ASKING.test(w) && !places.some((p) => w.includes(p) || p.includes(w)));
}

/** The clauses of a text, each a place to look for a place named with its figure ("（贵港市126个）"). */
const CLAUSE_BREAK = /[，,。；;（）()、：:\n]/u;

/**
 * Whether `text` (another ask's answer) answers the ask `ask` (one clause of a two-part question, as asked on its own;
 * `label`, the clause as the asker wrote it, without the context carried over from the other clause) too: the ask is for a figure of a known unit or a changed value, the text states it (in a clause naming the ask's
 * place, when it names one), holds every word naming what the ask is of, and states at least one more figure (the one
 * answering the other ask). "…户数是多少" by "计划改造150个小区，涉及居民19600户"; not "完成了多少个" by "计划改造150个，
 * 已开工120个" (完成 is not said).
 */
export function answersOtherAsk(ask: string, text: string, label = ask): boolean {
  const plain = figuresAsDigits(text.replace(/\[\d+\]/gu, ''));
  const changed = ASKS_CHANGED_VALUE.test(ask);
  const figure = changed ? STATES_CHANGED_VALUE : figureAsked(ask);
  if (!figure || (plain.match(/\d+(?:\.\d+)?/gu) ?? []).length < 2) return false;
  const places = askedPlaces(label);
  const clauses = plain.split(CLAUSE_BREAK);
  const stating = places.length ? clauses.filter((c) => places.some((p) => c.includes(p))) : [plain];
  if (!stating.some((c) => statesFigure(c, figure))) return false;
  const said = normalizeForMatch(plain);
  return namingWords(label).every((w) => said.includes(normalizeForMatch(w)));
}
