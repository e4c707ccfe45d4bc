// "绩效评价被评为“良”的是哪几个县区", "被评为良好的是哪两个县区": which rows of a table a column puts in the class asked.
// Each row says only "良" where the question says much more, so no row scores as a sentence: the rows are found by
// their cell.
import type { Passage } from '../../../grounding/passages.js';
import { asksRowsOfClass, tablesOf } from '../../../text/tables.js';
import type { Evidence } from '../answerability.js';
import type { ExtractiveAnswer } from '../compose.js';
import type { OfflineTuning } from '../tuning.js';
import type { WeightedTerm } from '../termWeights.js';
import { answerWithTableRows, tableCoversQuestion } from './tableRows.js';

/**
 * A question asking which rows are of a class that a column of a table in one of the top passages (classRowPassages)
 * names in its cells: those rows, under the table's header, cited. The first column names the rows, so it is no class.
 * Undefined when no such table is there, or when the table and its document cover too little of the question
 * (minTableCoverage).
 */
export function answerWithClassRows(question: string, terms: WeightedTerm[], passages: Passage[], evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  for (const passage of passages.slice(0, t.classRowPassages)) {
    for (const table of tablesOf(passage.chunk.text)) {
      for (let column = 1; column < table.header.length; column++) {
        const values = [...new Set(table.rows.map((row) => row.cells[column] ?? ''))].sort((a, b) => b.length - a.length);
        const value = values.find((v) => asksRowsOfClass(question, v));
        if (!value) continue;
        if (!tableCoversQuestion(terms, passage, table, t)) continue;
        const rows = table.rows.filter((row) => row.cells[column] === value);
        return answerWithTableRows(`${table.header[column]}为“${value}”的是：`, passage, table, rows, evidence);
      }
    }
  }
  return undefined;
}
