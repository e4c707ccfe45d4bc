// What the table strategies (superlative.ts, classRows.ts) share: whether a table in a passage speaks of the question,
// and the answer listing some of its rows under its header, cited as one quote.
import { citationOf, type Passage } from '../../../grounding/passages.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { SHOWN_CELL_SEPARATOR, type Table } from '../../../text/tables.js';
import type { Evidence } from '../answerability.js';
import type { ExtractiveAnswer } from '../compose.js';
import type { OfflineTuning } from '../tuning.js';
import { coverage, type WeightedTerm } from '../termWeights.js';

/** Whether the table, with its passage's title, section and caption, covers enough of the question (minTableCoverage). */
export function tableCoversQuestion(terms: WeightedTerm[], passage: Passage, table: Table, t: OfflineTuning): boolean {
  const context = [passage.chunk.title, passage.chunk.sectionPath, table.caption, table.header.join(' '), ...table.rows.map((row) => row.line)].join(' ');
  return coverage(terms, normalizeForMatch(context)) >= t.minTableCoverage;
}

/** `lead` (none when ''), the table's header and `rows`, cells shown apart, each row cited [1]; the quote keeps the source's tabs. */
export function answerWithTableRows(lead: string, passage: Passage, table: Table, rows: Table['rows'], evidence: Evidence): ExtractiveAnswer {
  const lines = [...(lead ? [lead] : []), table.header.join(SHOWN_CELL_SEPARATOR), ...rows.map((row) => `${row.cells.join(SHOWN_CELL_SEPARATOR)}[1]`)];
  const quote = [table.header.join('\t'), ...rows.map((row) => row.line)].join('\n');
  return { answered: true, answer: lines.join('\n'), citations: [citationOf(1, passage.chunk, quote)], evidence };
}
