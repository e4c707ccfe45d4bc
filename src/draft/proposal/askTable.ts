// A proposal that sets its asks out in a table ("序号｜群众反映的问题｜具体建议", "序号\t建议事项\t具体内容"): the
// column its header names as the asks holds one suggestion a row. The table is rewritten as the numbered list a
// proposer would otherwise have written, under that column's name (unless a lead right above announces it), so the
// suggestion finder reads it like any list: "具体建议：" / "1.扩大…" / "2.统一…". Columns before the asks (序号, the problem each row answers) are left out;
// columns after it (具体内容) are the ask's detail and follow it after a colon.
import { namesAsksColumn, REPORT_ROW_NAME } from '../../text/clauses.js';
import { DRAFT_TUNING } from '../tuning.js';

/**
 * Cells of a row: a tab (a .docx table), a pipe (a table pasted or typed as text), or a run of full-width spaces or of
 * two or more spaces (a table typed with its columns aligned: "序号\u3000建议内容" / "1\u3000进一步提高…") between cells.
 */
const CELL_SEPARATOR = /\t|[|｜]|\u3000+| {2,}/u;

/** The pipes round a row ("｜1｜…｜"), which leave no cell. */
const OUTER_PIPES = /^[|｜]|[|｜]$/gu;

/**
 * Cells of a row, at most `maxCells` of them: the rest of the line is the last cell, so an ask cell that itself holds
 * a double space ("1  进一步提高补助标准  对老年人较多的单元倾斜" under "序号  建议内容") stays one cell.
 */
function cellsOf(line: string, maxCells = Infinity): string[] | null {
  if (!CELL_SEPARATOR.test(line)) return null;
  let rest = line.trim().replace(OUTER_PIPES, '');
  const cells: string[] = [];
  for (let separator = CELL_SEPARATOR.exec(rest); separator && cells.length < maxCells - 1; separator = CELL_SEPARATOR.exec(rest)) {
    cells.push(rest.slice(0, separator.index).trim());
    rest = rest.slice(separator.index + separator[0].length);
  }
  cells.push(rest.trim());
  return cells.length >= 2 ? cells : null;
}

/** The column of a header row that holds the asks, or -1 when the row is no header of an asks table. */
function askColumnOf(header: string[], isFieldLabel: (cell: string) => boolean, maxCellChars = DRAFT_TUNING.maxAskTableHeaderCellChars): number {
  if (header.some((c) => !c || c.length > maxCellChars || /[。，,；;]/u.test(c))) return -1;
  // "提案人\t李华\t建议\t…" is a form's row of fields and values, not a table's header.
  if (header.some(isFieldLabel)) return -1;
  // "区县｜完成数｜主要措施" reports on each place: a report's table, not the asks.
  if (REPORT_ROW_NAME.test(header[0])) return -1;
  return header.findIndex(namesAsksColumn);
}

/**
 * The lines with each asks table rewritten as a heading and a numbered list; other lines as they are.
 * `isFieldLabel` tells a form's field name ("提案人", "案由"), whose rows are fields, not a table's.
 */
export function askTablesAsLists(lines: string[], isFieldLabel: (cell: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]);
    const column = header ? askColumnOf(header, isFieldLabel) : -1;
    if (!header || column < 0) {
      out.push(lines[i]);
      continue;
    }
    const rows: string[][] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const cells = cellsOf(lines[j], header.length);
      if (!cells || cells.length !== header.length || isFieldLabel(cells[0])) break;
      rows.push(cells);
    }
    if (!rows.length) {
      out.push(lines[i]);
      continue;
    }
    // Under a line that already announces what follows ("为此提出以下建议："), the list needs no heading of its own.
    const before = out.filter((l) => l.trim()).at(-1) ?? '';
    if (!/[：:]\s*$/u.test(before)) out.push(`${header[column]}：`);
    let n = 0;
    for (const cells of rows) {
      const ask = cells[column];
      if (!ask) continue;
      const detail = cells.slice(column + 1).filter(Boolean).join('；');
      out.push(`${++n}.${ask}${detail ? `：${detail}` : ''}`);
    }
    i += rows.length;
    // The table ends at its last row: a paragraph right after it is no continuation of the last ask.
    if (lines[i + 1]?.trim()) out.push('');
  }
  return out;
}
