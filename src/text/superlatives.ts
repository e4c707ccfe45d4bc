// "中标金额最低的是哪家", "总投资最大的是哪个小区": which one holds the highest or lowest figure of something. A limit
// asked with 最 ("最多能取多少", "最长几年", "最晚什么时候") asks an amount, not which one: it names no 哪/谁.
import { getTokenizer } from './tokenizer.js';

/** 最 with a word for the top or the bottom of a figure; 晚/早/长 ask limits and dates, not which one. */
const SUPERLATIVE = /最(高|大|多|低|小|少)/u;
const HIGHEST = new Set(['高', '大', '多']);
/** What asks which one: "哪家", "哪个小区", "是谁". */
const ASKS_WHICH = /哪|谁/u;

export interface SuperlativeAsked {
  /** The highest figure is asked (最高/最大/最多), else the lowest. */
  highest: boolean;
  /** The question's own word for it ("最低", "最大"). */
  word: string;
  /** The question's words before 最 in its clause ("中标金额"): where the figure compared is named. */
  compared: string;
}

/**
 * The superlative a question asks which one holds ("三个标段里中标金额最低的是哪家" → lowest, compared "三个标段里中标金额"),
 * or undefined: no 最高/最低…, or no 哪/谁 in the clause ("最多能取多少" asks a limit).
 */
export function superlativeAsked(question: string): SuperlativeAsked | undefined {
  const asked = whichOneClause(question, SUPERLATIVE);
  if (!asked) return undefined;
  const { clause, word, at } = asked;
  return { highest: HIGHEST.has(word[1]), word, compared: clause.slice(0, at) };
}

/**
 * The first clause of a question asking which one (哪/谁) with `extreme` in it, not as a limit (`isLimit` of the clause
 * from the word on): the clause, the word found and where it starts.
 */
function whichOneClause(question: string, extreme: RegExp, isLimit: (rest: string) => boolean = () => false): { clause: string; word: string; at: number } | undefined {
  for (const clause of question.normalize('NFKC').split(/[，。？！；,?!;]/u)) {
    const found = clause.match(extreme);
    if (!found || found.index === undefined || !ASKS_WHICH.test(clause) || isLimit(clause.slice(found.index))) continue;
    return { clause, word: found[0], at: found.index };
  }
  return undefined;
}

/** A table row's label for the sum of the others ("合计", "总计", "小计", "全市合计"): not one of the ones compared. */
const TOTAL_ROW_LABEL = /^\p{Script=Han}{0,4}(?:合计|总计|小计|共计)$/u;

/** Whether a table row is its total row: its first cell is a total's label (TOTAL_ROW_LABEL). */
export function isTotalRow(cells: readonly string[]): boolean {
  return TOTAL_ROW_LABEL.test((cells[0] ?? '').replace(/\s/gu, ''));
}

/** 最 with a word for an extreme of a figure or of a pace ("资金花得最快"): what a which-one question may ask of. */
const EXTREME_ASKED = /最(高|大|多|低|小|少|快|慢)/u;
/**
 * A sentence saying which one is at the top ("…满意度最高", "位居全市第一", "名列榜首"; not "全市第一批": 第一 of a
 * ranking closes the phrase), at the bottom ("…得分最低", "开工率61.9%，全市末位"), or either way: a place in a ranking
 * ("排名第…"), first to finish ("在全市率先完成": the top of a pace, the bottom of a time taken).
 */
const STATES_TOP = /最(?:高|大|多|快|好|优)|首位|居首|第一名|榜首|之首|(?:全|各)\p{Script=Han}{1,3}第一(?:名|位)?(?![\p{Script=Han}\d])/u;
const STATES_BOTTOM = /最(?:低|小|少|慢|差|末)|末位|垫底|倒数第/u;
const STATES_RANK = /排名第|排第|名列第|位列第|位居第|率先/u;
/** The words of EXTREME_ASKED asking the bottom. */
const BOTTOM_ASKED = new Set(['低', '小', '少', '慢']);
/**
 * A figure named right before 最 by its last character (a rate, a score, a degree, a sum): "完工率", "满意度", "得分",
 * "中标金额". Which one is lowest of it is said with it ("开工率61.9%，全市末位").
 */
const METRIC_ENDING = /[率度分额]$/u;

/**
 * The figure word closing the words before 最, as a word ("哪个区的进度" → 进度, "哪个县效率" → 效率, "那完工率" →
 * 完工率, where 率 is cut alone): not a fixed count of characters, which would take in 的 or the place asked of.
 */
function metricBefore(before: string): string | undefined {
  if (!METRIC_ENDING.test(before)) return undefined;
  const words = getTokenizer().cut(before);
  const last = words.at(-1) ?? '';
  const previous = words.at(-2) ?? '';
  const metric = last.length >= 2 || /^[的得]$/u.test(previous) ? last : `${previous}${last}`;
  return metric.length >= 2 ? metric : undefined;
}

/**
 * A limit asked ("最多可以放宽到哪一年", "最多能选哪几项", "最少需要哪些材料", "最低要满足哪些条件"): 最 before a modal
 * or a word of need, or 哪 asking a year, month or day.
 */
const ASKS_LIMIT = /^最\p{Script=Han}(?:能|可|允许|不超过|需|要|得|应|须)|哪一?(?:年|个?月|天|日)/u;

export interface ExtremeAsked {
  /** The clause asking it ("哪个县区今年改造的小区最多"). */
  clause: string;
  /** The bottom is asked (最低/最少/最慢…), else the top. */
  lowest: boolean;
  /** The figure it is of, when the question names one by a rate, score, degree or sum ("完工率"). */
  metric?: string;
}

/**
 * Which one is at an extreme, asked: "哪个县区今年改造的小区最多", "完工率最低的是哪个县", "哪个县区资金花得最快". Not a limit
 * asked with 最 ("最多能取多少", "最晚什么时候"): no 哪/谁 in its clause.
 */
export function extremeAsked(question: string): ExtremeAsked | undefined {
  const asked = whichOneClause(question, EXTREME_ASKED, (rest) => ASKS_LIMIT.test(rest));
  if (!asked) return undefined;
  const { clause, word, at } = asked;
  const metric = metricBefore(clause.slice(0, at).replace(/[的得]$/u, ''));
  return { clause: clause.trim(), lowest: BOTTOM_ASKED.has(word[1]), ...(metric ? { metric } : {}) };
}

/**
 * Whether a sentence says which one is at the extreme asked (of the figure asked, when one is named): the top asked is
 * not said by "…开工率最低" alone.
 */
export function statesExtreme(sentence: string, asked: ExtremeAsked): boolean {
  const text = sentence.normalize('NFKC');
  const atExtreme = STATES_RANK.test(text) || (asked.lowest ? STATES_BOTTOM : STATES_TOP).test(text);
  return atExtreme && (!asked.metric || text.includes(asked.metric));
}

/** A table cell that is one figure, perhaps with its unit ("1518.66万元", "3960", "87.4", "61.9%"): its number. */
export function cellFigure(cell: string): number | undefined {
  const found = cell.normalize('NFKC').trim().match(/^(\d+(?:\.\d+)?)(?:\p{Script=Han}{0,3}|%)$/u);
  return found ? Number(found[1]) : undefined;
}
