// "中标金额最低的是哪家", "总投资最大的是哪个小区": which one holds the highest or lowest figure of something. A limit
// asked with 最 ("最多能取多少", "最长几年", "最晚什么时候") asks an amount, not which one: it names no 哪/谁.

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
  const text = question.normalize('NFKC');
  for (const clause of text.split(/[，。？！；,?!;]/u)) {
    const found = clause.match(SUPERLATIVE);
    if (!found || found.index === undefined || !ASKS_WHICH.test(clause)) continue;
    return { highest: HIGHEST.has(found[1]), word: found[0], compared: clause.slice(0, found.index) };
  }
  return undefined;
}

/** A table cell that is one figure, perhaps with its unit ("1518.66万元", "3960", "87.4", "61.9%"): its number. */
export function cellFigure(cell: string): number | undefined {
  const found = cell.normalize('NFKC').trim().match(/^(\d+(?:\.\d+)?)(?:\p{Script=Han}{0,3}|%)$/u);
  return found ? Number(found[1]) : undefined;
}
