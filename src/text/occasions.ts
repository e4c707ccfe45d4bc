// An occasion asked by its ordinal ("领导小组第3次会议议定了哪些事项", "第三批电梯补助公示了几台"): what came of it is
// asked, which a sentence putting that very occasion still ahead ("第3次会议拟于10月下旬召开", "第三批拟于11月公示")
// cannot answer, however well its words match.
import { clausesOf } from './clauses.js';
import { chineseNumberValue } from './numerals.js';

/** "第3次", "第三批", "第四轮": an occasion named by its ordinal and its measure. */
const ORDINAL_OCCASION = /第(\d{1,2}|[一二两三四五六七八九十]{1,3})(批|次|轮)/gu;

/** An occasion a text names by its ordinal: "第3次" and "第三次" are one. */
export interface Occasion {
  ordinal: number;
  measure: string;
  /** As the text writes it ("第3次"). */
  said: string;
}

function occasionsIn(text: string): Occasion[] {
  return [...text.normalize('NFKC').matchAll(ORDINAL_OCCASION)].flatMap((m) => {
    const ordinal = chineseNumberValue(m[1]);
    return ordinal === undefined ? [] : [{ ordinal, measure: m[2], said: m[0] }];
  });
}

/** The occasion a question names by its ordinal, if it names one. */
export function occasionAsked(question: string): Occasion | undefined {
  return occasionsIn(question)[0];
}

/**
 * A clause putting what it names still ahead: "拟于10月下旬召开", "将于…公示", "计划于…", "预计…", "定于…", "尚未召开".
 * Not a plan's figure ("计划改造12个小区"): the date or the word of not yet is what puts it ahead.
 */
const STILL_AHEAD = /拟于|将于|计划于|预计于?|定于|拟在|将在|尚未(?:召开|开展|进行|举行|公示|下达|印发)/u;

/** Whether a sentence names the occasion (by the same ordinal and measure) in a clause that puts it still ahead. */
export function putsOccasionAhead(sentence: string, occasion: Occasion): boolean {
  return clausesOf(sentence).some((clause) => namesOccasion(clause, occasion) && STILL_AHEAD.test(clause));
}

/** Whether a text names the occasion, by the same ordinal and measure. */
export function namesOccasion(text: string, occasion: Occasion): boolean {
  return occasionsIn(text).some((o) => o.ordinal === occasion.ordinal && o.measure === occasion.measure);
}
