// "三个标段里中标金额最低的是哪家", "台账里总投资最大的是哪个小区": which row of a table holds the highest or lowest
// figure of a column. The table states every row's figure and none says which is lowest, so without this the answer
// is the nearest prose sentence on the topic ("三个标段中标金额合计…").
import type { Chunk } from '../../../types.js';
import type { Passage } from '../../../grounding/passages.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { cellFigure, isTotalRow, superlativeAsked } from '../../../text/superlatives.js';
import { tablesOf, type Table } from '../../../text/tables.js';
import type { Evidence } from '../answerability.js';
import type { ExtractiveAnswer } from '../compose.js';
import type { OfflineTuning } from '../tuning.js';
import type { WeightedTerm } from '../termWeights.js';
import { answerWithTableRows, tableCoversQuestion } from './tableRows.js';

/**
 * Where in `compared` (the question's words before 最) a column heading is named, by one of its two-character words
 * ("总投资（万元）" → 投资): the end of the last such word, or -1. The heading named nearest 最 is the figure compared.
 */
function namedAt(compared: string, heading: string): number {
  const core = normalizeForMatch(heading.replace(/[（(][^）)]*[）)]/gu, ''));
  let at = -1;
  for (let i = 0; i + 2 <= core.length; i++) {
    const word = core.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(word)) at = Math.max(at, compared.lastIndexOf(word) >= 0 ? compared.lastIndexOf(word) + 2 : -1);
  }
  return at;
}

/** The column of the figure compared: every row a figure in it, its heading named nearest 最; or -1. */
function comparedColumn(table: Table, compared: string, t: OfflineTuning): number {
  let best = -1;
  let bestAt = -1;
  table.header.forEach((heading, i) => {
    const at = namedAt(compared, heading);
    if (at <= bestAt) return;
    const figures = table.rows.map((row) => cellFigure(row.cells[i] ?? ''));
    if (figures.length < t.minSuperlativeRows || figures.some((f) => f === undefined)) return;
    best = i;
    bestAt = at;
  });
  return best;
}

/** How far before the question's word ("最低") a line names the column compared ("得分最低", "得分全市最低"). */
const STATED_SUPERLATIVE_WINDOW_CHARS = 6;

/** A line of the text outside its tables says which is highest (lowest) of the column: its word after the heading's. */
function statesSuperlative(text: string, word: string, heading: string): boolean {
  return text.split('\n').some((line) => {
    if (line.includes('\t')) return false;
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + word.length)) {
      if (namedAt(normalizeForMatch(line.slice(Math.max(0, at - STATED_SUPERLATIVE_WINDOW_CHARS), at)), heading) >= 0) return true;
    }
    return false;
  });
}

/** The table without its total row(s) (isTotalRow). */
function withoutTotalRows(table: Table): Table {
  return { ...table, rows: table.rows.filter((row) => !isTotalRow(row.cells)) };
}

/** The table goes on in the next chunk of its document (its rows cut by chunking): its highest may not be in sight. */
function continuesInNextChunk(chunk: Chunk, chunksOf: ((docId: string) => Chunk[]) | undefined): boolean {
  const chunks = chunksOf?.(chunk.docId) ?? [];
  const next = chunks[chunks.findIndex((c) => c.id === chunk.id) + 1];
  const lastLine = chunk.text.trimEnd().split('\n').pop() ?? '';
  const firstLine = next?.text.trimStart().split('\n')[0] ?? '';
  return lastLine.includes('\t') && firstLine.includes('\t');
}

/**
 * A question asking which one holds the highest or lowest figure ("中标金额最低的是哪家") of a column of a table in one of
 * the top passages: the row(s) holding it, under the table's header, cited. Undefined when no such table is in the
 * top passages, or when the table and its document cover too little of the question (minTableCoverage).
 */
export function answerWithSuperlativeRow(
  question: string,
  terms: WeightedTerm[],
  passages: Passage[],
  evidence: Evidence,
  t: OfflineTuning,
  chunksOf?: (docId: string) => Chunk[],
): ExtractiveAnswer | undefined {
  const asked = superlativeAsked(question);
  if (!asked) return undefined;
  const compared = normalizeForMatch(asked.compared);
  for (const passage of passages.slice(0, t.superlativePassages)) {
    // A total row sums the rows compared: it is the highest of a column, yet none of the ones asked about.
    for (const table of tablesOf(passage.chunk.text).map(withoutTotalRows)) {
      const column = comparedColumn(table, compared, t);
      if (column < 0 || continuesInNextChunk(passage.chunk, chunksOf)) continue;
      // The text says it itself ("甲区得分最低"): its sentence answers, as written, not a figure picked from the rows.
      if (statesSuperlative(passage.chunk.text, asked.word, table.header[column])) return undefined;
      if (!tableCoversQuestion(terms, passage, table, t)) continue;
      const figures = table.rows.map((row) => cellFigure(row.cells[column]) ?? 0);
      const extreme = asked.highest ? Math.max(...figures) : Math.min(...figures);
      const rows = table.rows.filter((_, i) => figures[i] === extreme);
      const heading = table.header[column].replace(/[（(][^）)]*[）)]\s*$/u, '');
      return answerWithTableRows(`${heading}${asked.word}的是：`, passage, table, rows, evidence);
    }
  }
  return undefined;
}
