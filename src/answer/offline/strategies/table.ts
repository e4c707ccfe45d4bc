// "2025年改造计划任务分解表里甲县要改多少个小区、多少户？": a figure that sits in a table row (tab-separated cells,
// as ingestion keeps tables) is answered with that row under the table's header, its cells shown apart as the document writes them. Rows are too short to
// be scored as sentences, so without this the answer would be the nearest prose sentence on the topic.
import { citationOf, type Passage } from '../../../grounding/passages.js';
import { ENDS_IN_ROW_PLACE_UNIT, namesPlaceWithoutUnit } from '../../../text/places.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { HOLDS_DIGIT } from '../../../text/numerals.js';
import { ASKS_ROW_STATE, ASKS_WHOLE_ROW, columnUnit, tablesOf, type Table } from '../../../text/tables.js';
import type { Evidence } from '../answerability.js';
import type { ExtractiveAnswer } from '../compose.js';
import { ASKS_FOR_QUANTITY } from '../questionAnalysis.js';
import type { OfflineTuning } from '../tuning.js';
import { coverage, type WeightedTerm } from '../termWeights.js';
import { answerWithTableRows } from './tableRows.js';

/** A cell naming what its row is about ("甲县", "居民出资"), not a figure or a number. */
function isLabelCell(cell: string): boolean {
  return (cell.match(/\p{Script=Han}/gu) ?? []).length >= 2 && !HOLDS_DIGIT.test(cell);
}

/** The question names the row's label: in full, or a place without its 区/县/市 ("甲、乙两个区"). */
function namesLabel(question: string, label: string): boolean {
  const norm = normalizeForMatch(label);
  if (question.includes(norm)) return true;
  return norm.length >= 3 && ENDS_IN_ROW_PLACE_UNIT.test(norm) && namesPlaceWithoutUnit(question, norm.slice(0, -1), norm.slice(-1));
}

/** The question asks for one of the table's columns: a word of its heading ("小区数（个）" → 小区), or its unit counted ("多少户"). */
function asksColumn(question: string, heading: string): boolean {
  const unit = columnUnit(heading);
  const core = normalizeForMatch(heading.replace(/[（(][^）)]*[）)]/gu, ''));
  const words = Array.from({ length: Math.max(0, core.length - 1) }, (_, i) => core.slice(i, i + 2));
  // "个" counts anything ("多少个车位"): only a unit that says what is counted (户, 栋, 万元) names the column.
  const counted = !!unit && unit !== '个' && new RegExp(`(?:多少|几)个?${unit}`, 'u').test(question);
  return words.some((w) => /^\p{Script=Han}{2}$/u.test(w) && question.includes(w)) || counted;
}

/**
 * A table laid out the other way, its places across the header ("指标 | 甲区 | 乙区") and what is counted down its
 * first column ("小区（个）", "居民（户）"): the column the question names, each asked row's figure in it.
 */
function answerFromColumn(asked: string, table: Table, passage: Passage, terms: WeightedTerm[], evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  const at = table.header.findIndex((cell, i) => i > 0 && isLabelCell(cell) && namesLabel(asked, cell));
  if (at < 0) return undefined;
  const rows = table.rows.filter((row) => row.cells[at] && isLabelCell(row.cells[0]) && asksColumn(asked, row.cells[0]));
  if (!rows.length || rows.length > t.maxTableRows) return undefined;
  const context = [passage.chunk.title, passage.chunk.sectionPath, table.caption, table.header.join(' '), ...rows.map((row) => row.line)].join(' ');
  if (coverage(terms, normalizeForMatch(context)) < t.minTableCoverage) return undefined;
  const caption = table.caption.replace(/[：:]\s*$/u, '');
  const line = `${table.header[at]}：${rows.map((row) => `${row.cells[0]}${row.cells[at]}`).join('，')}[1]`;
  const quote = [table.header.join('\t'), ...rows.map((row) => row.line)].join('\n');
  return { answered: true, answer: [...(caption ? [`${caption}：`] : []), line].join('\n'), citations: [citationOf(1, passage.chunk, quote)], evidence };
}

/**
 * A how-much question naming a row of a table in one of the top passages (its label) and one of its columns: the
 * table's caption, then each named row with its figures, cited. Undefined when no table row is named, or when the
 * table and its document cover too little of the question (minTableCoverage).
 */
export function answerFromTable(question: string, terms: WeightedTerm[], passages: Passage[], evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  if (!ASKS_FOR_QUANTITY.test(question) && !/分别|各是|是多少/u.test(question) && !ASKS_ROW_STATE.test(question)) return undefined;
  const asked = normalizeForMatch(question);
  // A row asked as a row ("甲区那一行") is looked for in every passage: the question says a table answers it.
  for (const passage of ASKS_WHOLE_ROW.test(asked) ? passages : passages.slice(0, t.tablePassages)) {
    for (const table of tablesOf(passage.chunk.text)) {
      const named = table.rows
        .map((row) => ({ row, labelAt: row.cells.findIndex((c) => isLabelCell(c) && namesLabel(asked, c)) }))
        .filter(({ labelAt }) => labelAt >= 0);
      if (!named.length) {
        const column = answerFromColumn(asked, table, passage, terms, evidence, t);
        if (column) return column;
        continue;
      }
      if (named.length > t.maxTableRows) continue;
      const columns = table.header.filter((h, i) => !named.some(({ labelAt }) => labelAt === i) && asksColumn(asked, h));
      if (!columns.length && !ASKS_WHOLE_ROW.test(asked)) continue;
      const context = [passage.chunk.title, passage.chunk.sectionPath, table.caption, table.header.join(' '), ...named.map(({ row }) => row.line)].join(' ');
      if (coverage(terms, normalizeForMatch(context)) < t.minTableCoverage) continue;
      // The rows as the document writes them, under the header that names their columns (as the other table strategies).
      const caption = table.caption.replace(/[：:]\s*$/u, '');
      return answerWithTableRows(caption ? `${caption}：` : '', passage, table, named.map(({ row }) => row), evidence);
    }
  }
  return undefined;
}
