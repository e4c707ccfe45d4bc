// The N-th of a recurring event a question asks about ("第3次会议", "第三批公示", "第四轮督查"): a text answers it only
// where it names that occurrence as held, not where it names another (第1次, 第二批) or puts that one off to the future
// ("第3次会议拟于10月下旬召开", "第三批拟于11月公示").
import { clausesOf } from './clauses.js';
import { chineseNumberValue, CN_DIGIT } from './numerals.js';
import { PLANNED_CLAUSE } from './plans.js';

/** What a numbered occurrence is of, when the question says it ("第三次会议", "第二批公示"): kept in what is refused. */
const OCCURRENCE_NOUN = '(?:(?:全体|常务)?会议|督查|检查|公示)';

/** A numbered occurrence of something that recurs: a meeting, an inspection, a batch, a round. */
const OCCURRENCE = new RegExp(`第\\s*(${CN_DIGIT}+|\\d+)\\s*(次|批|轮)${OCCURRENCE_NOUN}?`, 'gu');

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
 * an inspection also as a round; 第 may be left out before 期 or 批 ("一期", "二批"), or before 次会议 after a congress's 届 ("十五届人大三次会议"); 首 is 第一 ("首批", "首次", "首轮").
 */
const OCCURRENCE_WRITTEN = new RegExp(String.raw`(第|首)?\s*(${CN_DIGIT}+|\d+)?\s*(次|批|轮|期)`, 'gu');

/** A session of a congress written without 第: after its 届 ("十五届三次会议") or before 次会议 ("人大三次会议"). */
const SESSION_BEFORE = /届\s*$/u;
const SESSION_AFTER = /^\s*(?:全体)?会议/u;

/** The ordinal an occurrence is written with: 首 alone is the first; a numeral without 第 counts only for a batch, a phase or a session. */
function writtenOrdinal(match: RegExpMatchArray): number | undefined {
  const [whole, di, numeral, kind] = match;
  if (!numeral) return di === '首' ? 1 : undefined;
  if (di === '首') return undefined;
  const at = match.index ?? 0;
  const input = match.input ?? '';
  const counted = !!di || '批期'.includes(kind) || (kind === '次' && (SESSION_BEFORE.test(input.slice(0, at)) || SESSION_AFTER.test(input.slice(at + whole.length))));
  return counted ? chineseNumberValue(numeral) : undefined;
}

/** The kinds of occurrence that are one another's words (批 and 期, 次 and 轮). */
const SAME_KIND: Record<string, string> = { 批: '批期', 期: '批期', 次: '次轮', 轮: '次轮' };

/** Whether a text names the occurrence at all ("…2025年第二批…拟拨付公示": a title names the occurrence it is about). */
export function namesOccurrence(text: string, asked: AskedOccurrence): boolean {
  return [...text.normalize('NFKC').matchAll(OCCURRENCE_WRITTEN)].some((match) => SAME_KIND[asked.kind]!.includes(match[3]) && writtenOrdinal(match) === asked.ordinal);
}

/** Whether a text names the occurrence in a clause no plan governs ("第3次会议（9月12日）议定…", not "第3次会议拟于…召开"). */
export function namesOccurrenceHeld(text: string, asked: AskedOccurrence): boolean {
  return clausesOf(text).some((clause) => namesOccurrence(clause, asked) && !PLANNED_CLAUSE.test(clause));
}
