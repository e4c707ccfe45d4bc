// Tables as ingestion keeps them: runs of tab-separated lines, the first line of each run its header ("小区数（个）").
import { HOLDS_DIGIT, withoutStatedYears } from './numerals.js';
import { escapeRegExp } from './regExp.js';

export interface Table {
  /** The line right before the table ("表1  2025年城镇老旧小区改造任务分解表"), when it is a caption. */
  caption: string;
  header: string[];
  rows: { line: string; cells: string[] }[];
}

// How ingestion (src/corpus/clean.ts) tells a table laid out in text from prose; there are no ingestion options.
/** Cells of an aligned row (or of a two-cell piped one) are short labels and figures: a longer one is prose, not a table. */
export const MAX_ALIGNED_CELL_CHARS = 20;
/**
 * An aligned row has at least this many cells: two cells apart by wide spacing are a label and its value, or a sign-off
 * and its date. A drawn or piped row says it is one by its verticals, and two cells suffice ("│河东区│3100│").
 */
export const MIN_ALIGNED_CELLS = 3;
export const MIN_RULED_CELLS = 2;

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());
const isTableLine = (line: string) => cellsOf(line).filter(Boolean).length >= 2 && line.includes('\t');

/** How an answer shows a quoted table row's cells apart ("A市｜87.4｜良"), as tables are commonly typed in text. */
export const SHOWN_CELL_SEPARATOR = '｜';

/** A quoted table row as an answer shows it, its cells joined by SHOWN_CELL_SEPARATOR ("甲区\t91.2\t优" → "甲区｜91.2｜优"); any other text as it is. */
export function shownRow(text: string): string {
  return isTableLine(text) ? cellsOf(text).join(SHOWN_CELL_SEPARATOR) : text;
}

/**
 * A table row stating a figure ("甲区\t78.6\t中", "8\t加装电梯全部完工\t城市更新科\t12月15日前"): data, however short.
 * A header naming years ("县区\t2025年目标（个）\t2026年目标（个）") states none.
 */
export function isFigureRow(line: string): boolean {
  return isTableLine(line) && HOLDS_DIGIT.test(withoutStatedYears(line));
}

/** The tables of a chunk: runs of tab-separated lines, the first line of each run its header. */
export function tablesOf(text: string): Table[] {
  // Most texts asked (every candidate sentence of an answer, via statesFigure) hold no tab, hence no table.
  if (!text.includes('\t')) return [];
  const lines = text.split('\n');
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isTableLine(lines[i])) continue;
    const start = i;
    while (i + 1 < lines.length && isTableLine(lines[i + 1])) i++;
    if (i === start) continue;
    const before = lines.slice(0, start).reverse().find((l) => l.trim());
    const caption = before && !isTableLine(before) && before.trim().length <= 60 ? before.trim() : '';
    tables.push({ caption, header: cellsOf(lines[start]), rows: lines.slice(start + 1, i + 1).map((line) => ({ line, cells: cellsOf(line) })) });
  }
  return tables;
}

/**
 * A question asking what a table row states as a whole, not one figure: "甲区那一行是什么情况" (the whole row),
 * "乙县的小区数和户数情况" (the columns it names). Its row answers it as a how-much question's does.
 */
export const ASKS_ROW_STATE = /情况|[那这该]一?行/u;
/** "甲区那一行", "这一行": the whole row is asked, whichever columns the question names. */
export const ASKS_WHOLE_ROW = /[那这该]一?行/u;

/** A column heading's unit in brackets: "小区数（个）" → 个, "建筑面积（万平方米）" → 万平方米. */
const COLUMN_UNIT = /[（(]([^）)\d、，,]{1,5})[）)]\s*$/u;

/** A count column named by its measure word: "户数", "居民户数", "楼栋数", "小区个数" → 户, 栋, 个. */
const COUNTED_BY_MEASURE_WORD = /([户栋幢个台部套间人处座家项条])数\s*$/u;

/**
 * A count column named by the thing it counts, in the measure word that thing is counted in: "小区数", "项目数" → 个,
 * "电梯数" → 台, "楼栋数" → 栋. Only nouns with one usual measure word: "居民数", "总数" name no unit.
 */
const COUNTED_NOUN_UNITS: [RegExp, string][] = [
  [/(?:小区|项目|社区|院落)数\s*$/u, '个'],
  [/电梯数\s*$/u, '台'],
  [/(?:楼栋|楼)数\s*$/u, '栋'],
];

/** The unit a column heading names in its closing brackets or as the thing it counts, or undefined ("序号", "备注", "总数"). */
export function columnUnit(heading: string): string | undefined {
  const bracketed = heading.match(COLUMN_UNIT)?.[1];
  if (bracketed) return bracketed;
  return COUNTED_NOUN_UNITS.find(([noun]) => noun.test(heading))?.[1] ?? heading.match(COUNTED_BY_MEASURE_WORD)?.[1];
}

/**
 * The figures a text's tables state, each with the unit its column heading (or, laid out the other way, its row's
 * first cell) names ("甲县\t22" under "小区数（个）" → "22个"): a table states its figures in the header, not beside
 * each number.
 */
export function tableFigures(text: string): string[] {
  return tablesOf(text).flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.flatMap((cell, i) => {
        // A table laid out the other way names the unit of a row's figures in its first cell ("小区（个） | 48 | 46").
        const unit = columnUnit(table.header[i] ?? '') ?? (i > 0 ? columnUnit(row.cells[0] ?? '') : undefined);
        return unit && /^\d+(?:\.\d+)?$/u.test(cell) ? [`${cell}${unit}`] : [];
      }),
    ),
  );
}

/**
 * The figures, with their columns' units, of the table rows of `text` that a quote holds: an answer quoting rows joins
 * them into one line, so the header that names their unit is no longer a table of its own.
 */
export function quotedTableFigures(quote: string, text: string): string[] {
  return tablesOf(text).flatMap((table) =>
    tableFigures([table.header.join('\t'), ...table.rows.filter((row) => row.line.trim() && quote.includes(row.line.trim())).map((row) => row.line)].join('\n')),
  );
}

/**
 * Whether a question asks which rows are of a class a table's cell names: "被评为“良”的是哪几个县区", "评定为良好的有哪
 * 些" (value 良, 良好). The class follows a word for being rated or ranked, quoted or not, and ends there: "评为良好" is of
 * 良好, not 良.
 */
export function asksRowsOfClass(question: string, value: string): boolean {
  if (!/哪|谁/u.test(question) || !/\p{Script=Han}/u.test(value)) return false;
  return new RegExp(`(?:评为|评定为|定为|等次为|等级为|等次是|等级是|属于)["“”'‘’]?${escapeRegExp(value)}["“”'‘’]?(?=$|[^\\p{Script=Han}]|[的类级档等])`, 'u').test(question);
}
