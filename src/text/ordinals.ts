// The N-th of a recurring event a question asks about ("第3次会议", "第三批公示", "第四轮督查"): a text answers it only
// where it names that occurrence as held, not where it names another (第1次, 第二批) or puts that one off to the future
// ("第3次会议拟于10月下旬召开", "第三批拟于11月公示").
import { clausesOf } from './clauses.js';
import { chineseNumberValue } from './numerals.js';
import { PLANNED_CLAUSE } from './plans.js';

/** A numbered occurrence of something that recurs: a meeting, an inspection, a batch, a round. */
const OCCURRENCE = /第\s*([一二三四五六七八九十]+|\d+)\s*(次|批|轮)/gu;

/** An occurrence asked: its number and its kind ("第三批" → 3, 批). */
export interface AskedOccurrence {
  ordinal: number;
  kind: string;
  said: string;
}

/** The one numbered occurrence a question asks about ("第3次会议议定了哪些事项" → 3, 次); undefined for none or several. */
export function occurrenceAsked(question: string): AskedOccurrence | undefined {
  const found = [...question.normalize('NFKC').matchAll(OCCURRENCE)];
  if (found.length !== 1) return undefined;
  const ordinal = chineseNumberValue(found[0][1]);
  return ordinal === undefined ? undefined : { ordinal, kind: found[0][2], said: found[0][0] };
}

/**
 * An occurrence as a text may write it: a batch also as a phase ("第二批" asked, "二期改造35个" written), a meeting or
 * an inspection also as a round; 第 may be left out before 期 or 批 ("一期", "二批").
 */
const OCCURRENCE_WRITTEN = /(第)?\s*([一二三四五六七八九十]+|\d+)\s*(次|批|轮|期)/gu;

/** The kinds of occurrence that are one another's words (批 and 期, 次 and 轮). */
const SAME_KIND: Record<string, string> = { 批: '批期', 期: '批期', 次: '次轮', 轮: '次轮' };

/** Whether a text names the occurrence at all ("…2025年第二批…拟拨付公示": a title names the occurrence it is about). */
export function namesOccurrence(text: string, asked: AskedOccurrence): boolean {
  return [...text.normalize('NFKC').matchAll(OCCURRENCE_WRITTEN)].some(
    ([, di, numeral, kind]) => chineseNumberValue(numeral) === asked.ordinal && SAME_KIND[asked.kind]!.includes(kind) && (!!di || '批期'.includes(kind)),
  );
}

/** Whether a text names the occurrence in a clause no plan governs ("第3次会议（9月12日）议定…", not "第3次会议拟于…召开"). */
export function namesOccurrenceHeld(text: string, asked: AskedOccurrence): boolean {
  return clausesOf(text).some((clause) => namesOccurrence(clause, asked) && !PLANNED_CLAUSE.test(clause));
}
