// "绩效评价被评为“良”的是哪几个县区", "被评为良好的是哪两个县区": which rows of a table a column puts in the class asked.
// Each row says only "良" where the question says much more, so no row scores as a sentence: the rows are found by
// their cell.
import { citationOf, type Passage } from '../../../grounding/passages.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { asksRowsOfClass, SHOWN_CELL_SEPARATOR, tablesOf } from '../../../text/tables.js';
import type { Evidence } from '../answerability.js';
import type { ExtractiveAnswer } from '../compose.js';
import type { OfflineTuning } from '../tuning.js';
import { coverage, type WeightedTerm } from '../termWeights.js';

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
        const context = [passage.chunk.title, passage.chunk.sectionPath, table.caption, table.header.join(' '), ...table.rows.map((row) => row.line)].join(' ');
        if (coverage(terms, normalizeForMatch(context)) < t.minTableCoverage) continue;
        const rows = table.rows.filter((row) => row.cells[column] === value);
        const lines = [
          `${table.header[column]}为“${value}”的是：`,
          table.header.join(SHOWN_CELL_SEPARATOR),
          ...rows.map((row) => `${row.cells.join(SHOWN_CELL_SEPARATOR)}[1]`),
        ];
        const quote = [table.header.join('\t'), ...rows.map((row) => row.line)].join('\n');
        return { answered: true, answer: lines.join('\n'), citations: [citationOf(1, passage.chunk, quote)], evidence };
      }
    }
  }
  return undefined;
}
