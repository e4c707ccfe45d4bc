import { codePointLength } from '../text/codePoints.js';
import { matchHeading } from './structure.js';
import { DOCUMENT_NUMBER_SOURCE, HANDLING_CLASS_SOURCE } from '../text/documentNumbers.js';
import { foldFullWidth } from '../text/simplify.js';
import { MAX_ALIGNED_CELL_CHARS, MIN_ALIGNED_CELLS, MIN_RULED_CELLS } from '../text/tables.js';

/**
 * Text plus, for every character, its offset in the source text the cleaning started from,
 * so a citation of the cleaned text can be traced back to the original. `map.length === text.length + 1`.
 */
export interface MappedText {
  text: string;
  map: number[];
}

/** The map of a text cleaned without one (ingestion needs only the text; citations rebuild the map when they need it). */
const UNMAPPED: number[] = [];

export function identityMapped(text: string): MappedText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/**
 * Regex replacement that carries the offset map along: kept characters keep their source offsets,
 * inserted characters point at the start of what they replace.
 */
export function replaceMapped(
  source: MappedText,
  pattern: RegExp,
  replacer: (match: RegExpExecArray, input: string) => string,
): MappedText {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const keepMap = source.map !== UNMAPPED;
  const parts: string[] = [];
  const map: number[] = keepMap ? [] : UNMAPPED;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = replacer(m, source.text);
    if (replacement === m[0]) continue;
    parts.push(source.text.slice(last, m.index));
    parts.push(replacement);
    if (keepMap) {
      for (let i = last; i < m.index; i++) map.push(source.map[i]);
      for (let i = 0; i < replacement.length; i++) map.push(source.map[m.index]);
    }
    last = m.index + m[0].length;
  }
  if (last === 0 && parts.length === 0) return source;
  parts.push(source.text.slice(last));
  if (keepMap) for (let i = last; i <= source.text.length; i++) map.push(source.map[i]);
  return { text: parts.join(''), map };
}

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_CHAR = new RegExp(`[${CJK}]`);
const CJK_OR_CLOSING_PUNCT = new RegExp(`[${CJK}0-9》）)”’」』]$`);
const STARTS_LIKE_TEXT = new RegExp(`^[${CJK}0-9《“‘（(「『]`);
const TERMINAL_END = /(?:[。！？!?；;：:…】」』]|[。！？!?]["”’」』])$/;
const MID_ENUMERATION_END = /[、，,（(《“—]$/;
const TITLE_LIKE_END = /(?:通知|答复|复函|回复|意见|方案|办法|决定|规定|通告|公告|报告|请示|批复|文件)$/;
const LABEL_START = new RegExp(`^[${CJK}]{1,8}\\s*[:：]`);
const STRUCTURAL_START = /^(?:【|-\s|•|·|附件|附\s*件|抄\s*送|联系|注[:：]|填[表写报]说明|注意事项|说明[:：]|[=＝\-—_]{3,})/;
/** A header line that is only a 文号, with the handling class after it ("青住建提复〔2025〕27号 A类"). */
const DOC_NUMBER_LINE = new RegExp(`^${DOCUMENT_NUMBER_SOURCE}\\s*(?:[（(]?${HANDLING_CLASS_SOURCE}[)）]?)?$`, 'u');
/** A salutation line of a reply: "张某、李某委员：", "各位代表：". */
const SALUTATION_LINE = /^[\u4e00-\u9fff、，,]{1,40}(?:委员|代表|同志|先生|女士)[:：]$/;
const MIN_BROKEN_LINE_CHARS = 40;

/** Whether a line break between `prev` and `next` (both trimmed of the break) falls inside a sentence or number. */
export function isBrokenLine(prev: string, next: string, nextIndented: boolean, fullLineChars = MIN_BROKEN_LINE_CHARS): boolean {
  const a = prev.trim();
  const b = next.trim();
  if (a === '' || b === '' || nextIndented) return false;
  if (prev.includes('\t') || next.includes('\t')) return false;
  const headingA = matchHeading(a);
  // A heading line, or a label or item line kept in its section's text (length 0), ends where its line does.
  if ((headingA && (!headingA.inline || headingA.label)) || matchHeading(b)) return false;
  if (STRUCTURAL_START.test(b) || LABEL_START.test(b) || DOC_NUMBER_LINE.test(b) || SALUTATION_LINE.test(b)) return false;
  // A header line giving the 文号 (and the handling class after it, "…27号 A类") is a line of its own; a body line
  // opening with one ("国办发〔2020〕23号）精神，结合我市实际，…") is not.
  if (DOC_NUMBER_LINE.test(a)) return false;
  if (TERMINAL_END.test(a) || TITLE_LIKE_END.test(a)) return false;
  if (!STARTS_LIKE_TEXT.test(b)) return false;
  if (MID_ENUMERATION_END.test(a)) return true;
  return codePointLength(a) >= fullLineChars && CJK_OR_CLOSING_PUNCT.test(a);
}

function lineBefore(input: string, index: number): string {
  return input.slice(input.lastIndexOf('\n', index - 1) + 1, index);
}

function lineAfter(input: string, index: number): string {
  const end = input.indexOf('\n', index);
  return input.slice(index, end === -1 ? input.length : end);
}

/**
 * The width of a full line when the text was laid out in fixed-width lines (PDF exports: 28 characters
 * per line is the 公文 standard), so shorter full lines are joined too; null for free-flowing text.
 */
export function typicalFullLineLength(text: string): number | null {
  const lengths = text
    .split('\n')
    .filter((l) => !l.includes('\t'))
    .map((l) => codePointLength(l.trim()))
    .filter((n) => n >= 15);
  if (lengths.length < 6) return null;
  let best: { width: number; count: number } | null = null;
  for (const width of new Set(lengths)) {
    const count = lengths.filter((n) => n <= width && n >= width - 2).length;
    if (!best || count > best.count || (count === best.count && width > best.width)) best = { width, count };
  }
  return best && best.count >= 3 && best.count / lengths.length >= 0.3 ? best.width : null;
}

function joinBrokenLines(t: MappedText): MappedText {
  const full = typicalFullLineLength(t.text);
  const fullLineChars = full === null ? MIN_BROKEN_LINE_CHARS : Math.min(MIN_BROKEN_LINE_CHARS, full - 2);
  return replaceMapped(t, /\n(?:[ \t]*\n)*/g, (m, input) => {
    const prev = lineBefore(input, m.index);
    const nextRaw = lineAfter(input, m.index + m[0].length);
    const indented = /^(?: {2,}|\t)/.test(nextRaw);
    return isBrokenLine(prev, nextRaw, indented, fullLineChars) ? '' : m[0];
  });
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', middot: '·' };

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
  return ENTITIES[body.toLowerCase()] ?? entity;
}

/** Whether the spaces before `end`, between a CJK character and a digit, should go ("2019 年" → "2019年"). */
function isSpaceInsideFigure(input: string, end: number): boolean {
  const token = /^\d[\d\-]*/.exec(input.slice(end, end + 24))?.[0] ?? '';
  const rest = input.slice(end + token.length, end + token.length + 3);
  if (rest.startsWith('.')) return true;
  // A phone number or long code stands apart from the name or label before it ("王忠伟 212542").
  const standalone = token.length >= 7 || (token.length >= 5 && !/^\s*[\u4e00-\u9fff%％]/.test(rest));
  return !standalone;
}

function isCjkAt(input: string, index: number): boolean {
  return index >= 0 && index < input.length && CJK_CHAR.test(input[index]);
}

/**
 * Whether the spaces in [start, end) between two CJK characters spread out a word ("满 意", "抄 送",
 * "答   复", "会议 第104号"): one side is a lone character. Spaces between words ("副部长 黄艳",
 * "张三 李四") are kept.
 */
function isLetterSpacing(input: string, start: number, end: number): boolean {
  const leftAlone = !isCjkAt(input, start - 2);
  const rightAlone = !isCjkAt(input, end + 1);
  return leftAlone || rightAlone;
}

/**
 * Cleans OCR/HTML debris while keeping an offset map to the source:
 * checkboxes → ☑/☐, stray tags dropped, entities decoded, odd spaces normalised, spaces between CJK
 * characters and digits removed, full-width figures folded to ASCII, lines broken inside a sentence or number joined.
 * Traditional characters stay.
 */
export function cleanText(source: string): MappedText {
  return clean(identityMapped(source));
}

/** {@link cleanText}'s text alone, without the offset map (what ingestion keeps). */
export function cleanedText(source: string): string {
  return clean({ text: source, map: UNMAPPED }).text;
}

function clean(start: MappedText): MappedText {
  let t = start;
  // A step whose pattern needs a character the text lacks is skipped: it could not match (most texts have no
  // markup, and many no spaces), and these scans run over every document of an ingest.
  const has = (ch: string) => t.text.includes(ch);
  if (has('\r')) t = replaceMapped(t, /\r\n?/g, () => '\n');
  // Figures written in full width (０．５元, ３０％) read as figures everywhere; one character for one, the map holds.
  t = { text: foldFullWidth(t.text), map: t.map };
  if (has('<')) {
    t = replaceMapped(t, /<input\b[^<>]*>/gi, (m) => (/\bchecked\b/i.test(m[0]) ? '☑' : /checkbox/i.test(m[0]) ? '☐' : ''));
    t = replaceMapped(t, /<br\s*\/?>|<\/p\s*>/gi, () => '\n');
    t = replaceMapped(t, /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g, () => '');
  }
  if (has('&')) t = replaceMapped(t, /&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});/g, (m) => decodeEntity(m[0]));
  if (/[\u2500-\u257f|｜\u3000]/u.test(t.text)) t = tablesAsTabs(t);
  if (/[,／/]/u.test(t.text)) t = delimitedTablesAsTabs(t);
  t = replaceMapped(t, /[\u00a0\u3000\u2002-\u200a\u202f\u205f]/g, () => ' ');
  t = replaceMapped(t, /[\u200b-\u200d\u2060\ufeff]/g, () => '');
  // Page numbers of PDF exports ("- 3 -", "第 2 页 共 5 页") would otherwise split a sentence across pages.
  t = replaceMapped(t, /^[ \t]*(?:[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)[ \t]*(?:\n|$)/gm, () => '');
  t = joinBrokenLines(t);
  if (has(' ') || has('\t')) t = replaceMapped(t, /^ +| +$|\t+$/gm, () => '');
  if (has(' ')) t = removeSpaces(t);
  if (has('\n')) {
    t = replaceMapped(t, /\n{3,}/g, () => '\n\n');
    t = replaceMapped(t, /^\n+|\n+$/g, () => '');
  }
  return t;
}

// Tables laid out in plain text, as exports and pasted documents write them: drawn with box characters
// ("│甲区│34│"), with pipes ("乙区 | 22 | 4860"), or aligned by runs of full-width spaces (three cells or more).
// Ingestion keeps every table as tab-separated cells, one row a line (what tablesOf reads), so its rows are neither
// joined into one run-on line nor read as prose.

/** A rule line of a drawn table ("├───┼───┤") or a Markdown table's separator ("|---|:---:|"). */
const TABLE_RULE_LINE = /^[ \t\u3000]*(?:[\u2500-\u257f][\u2500-\u257f \u3000]*|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?)[ \t\u3000]*(?:\n|$)/gm;
/** The separators of a row's cells: a drawn table's verticals, pipes, or a run of two or more full-width spaces. */
const CELL_SEPARATOR = {
  drawn: /[\u2502\u2503\u2551]/u,
  piped: /[|｜]/u,
  aligned: /[\u3000][\u3000 ]+|[ ][\u3000][\u3000 ]*/u,
};
/** A line's cells, when it is a row of a table laid out in text; undefined for any other line. */
function tableRowCells(line: string): string[] | undefined {
  if (line.includes('\t')) return undefined;
  // A line with box verticals or pipes is a row of that layout or none: the spacing inside its cells splits nothing.
  const layout = CELL_SEPARATOR.drawn.test(line) ? 'drawn' : CELL_SEPARATOR.piped.test(line) ? 'piped' : CELL_SEPARATOR.aligned.test(line) ? 'aligned' : undefined;
  if (!layout) return undefined;
  const cells = line.trim().split(new RegExp(CELL_SEPARATOR[layout].source, 'gu')).map((c) => c.trim());
  if (layout === 'aligned') return cells.length >= MIN_ALIGNED_CELLS && cells.every((c) => c && codePointLength(c) <= MAX_ALIGNED_CELL_CHARS) ? cells : undefined;
  // The outer verticals or pipes of a row leave an empty first and last cell.
  if (cells[0] === '') cells.shift();
  if (cells.at(-1) === '') cells.pop();
  if (cells.length < MIN_RULED_CELLS || !cells.some(Boolean)) return undefined;
  // A pipe in prose ("…请先做文字识别（OCR） |针对以上情况…") splits it in two: two piped cells are short ones.
  if (layout === 'piped' && cells.length === MIN_RULED_CELLS && cells.some((c) => codePointLength(c) > MAX_ALIGNED_CELL_CHARS)) return undefined;
  return cells;
}

/**
 * The header of the aligned table whose first row is `next`: the header's narrower columns are often apart by one
 * full-width space only, so it is split on any spacing when that gives the row's number of cells.
 */
function alignedHeaderCells(line: string, next: string): string[] | undefined {
  const row = tableRowCells(next);
  if (!row || !CELL_SEPARATOR.aligned.test(next) || CELL_SEPARATOR.drawn.test(next) || CELL_SEPARATOR.piped.test(next)) return undefined;
  const cells = line.trim().split(/[\u3000 ]+/u);
  return cells.length === row.length && cells.every((c) => codePointLength(c) <= MAX_ALIGNED_CELL_CHARS && !/[。；;]/u.test(c)) ? cells : undefined;
}

function tablesAsTabs(start: MappedText): MappedText {
  const t = replaceMapped(start, TABLE_RULE_LINE, () => '');
  return replaceMapped(t, /^[^\n]+$/gm, (m, input) => {
    const cells = tableRowCells(m[0]) ?? alignedHeaderCells(m[0], lineAfter(input, m.index + m[0].length + 1));
    return cells?.join('\t') ?? m[0];
  });
}

/**
 * Cells apart by a comma or a slash ("序号,区（县）,小区数（个）", "指标／甲区／乙区"), as a table pasted from a
 * spreadsheet or typed by hand writes them. Prose uses these marks too, so a line is a row only inside a run of
 * MIN_DELIMITED_ROWS lines or more that split into the same number of short cells, every line after the first with a
 * figure among them.
 */
const CELL_DELIMITERS = [',', '／', '/'];
const MIN_DELIMITED_ROWS = 3;
const FIGURE_CELL = /^\d+(?:\.\d+)?%?$/u;

function delimitedCells(line: string, delimiter: string): string[] | undefined {
  if (line.includes('\t') || !line.includes(delimiter)) return undefined;
  const cells = line.split(delimiter).map((c) => c.trim());
  const short = cells.every((c) => codePointLength(c) <= MAX_ALIGNED_CELL_CHARS && !/[。；;，：:]/u.test(c));
  return cells.length >= MIN_ALIGNED_CELLS && short ? cells : undefined;
}

/** The start offsets of the lines that are rows of a delimited table. */
function delimitedRowStarts(text: string): Set<number> {
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let at = 0, offset = 0; at < lines.length; offset += lines[at].length + 1, at++) starts.push(offset);
  const rows = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    for (const delimiter of CELL_DELIMITERS) {
      const width = delimitedCells(lines[i], delimiter)?.length;
      if (!width) continue;
      let end = i + 1;
      const isRow = (cells: string[] | undefined) => cells?.length === width && cells.some((c) => FIGURE_CELL.test(c));
      while (end < lines.length && isRow(delimitedCells(lines[end], delimiter))) end++;
      if (end - i < MIN_DELIMITED_ROWS) continue;
      for (let j = i; j < end; j++) rows.add(starts[j]);
      i = end - 1;
      break;
    }
  }
  return rows;
}

function delimitedTablesAsTabs(start: MappedText): MappedText {
  const rows = delimitedRowStarts(start.text);
  if (!rows.size) return start;
  return replaceMapped(start, /^[^\n]+$/gm, (m) => {
    if (!rows.has(m.index)) return m[0];
    const delimiter = CELL_DELIMITERS.find((d) => delimitedCells(m[0], d))!;
    return m[0].split(delimiter).map((c) => c.trim()).join('\t');
  });
}

/** Spaces inside words and figures go, spaces between words stay (each step needs a space to match). */
function removeSpaces(start: MappedText): MappedText {
  let t = start;
  t = replaceMapped(t, new RegExp(`(?<=[${CJK}])[ ]+(?=[${CJK}])`, 'g'), (m, input) =>
    isLetterSpacing(input, m.index, m.index + m[0].length) ? '' : ' ',
  );
  t = replaceMapped(t, new RegExp(`(?<=[${CJK}])[ ]+(?=\\d)`, 'g'), (m, input) =>
    isSpaceInsideFigure(input, m.index + m[0].length) ? '' : ' ',
  );
  // "119 个" → "119个", but a phone number keeps its distance from the next label ("2169961 联系人").
  t = replaceMapped(t, new RegExp(`(?<=\\d)[ ]+(?=[${CJK}%％])`, 'g'), (m, input) =>
    /(?:^|[^\d.\-])\d[\d\-]{6,}$/.test(input.slice(Math.max(0, m.index - 20), m.index)) ? ' ' : '',
  );
  t = replaceMapped(t, new RegExp(`(?<=[，、。；：,;:])[ ]+(?=[${CJK}0-9《“(（])`, 'g'), () => '');
  return replaceMapped(t, / {2,}/g, () => ' ');
}

/** Applies sorted, non-overlapping replacements to a mapped text, keeping the map. */
export function applyEditsMapped(source: MappedText, edits: { start: number; end: number; replacement: string }[]): MappedText {
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  for (const e of edits) {
    parts.push(source.text.slice(last, e.start), e.replacement);
    for (let i = last; i < e.start; i++) map.push(source.map[i]);
    for (let i = 0; i < e.replacement.length; i++) map.push(source.map[e.start]);
    last = e.end;
  }
  parts.push(source.text.slice(last));
  for (let i = last; i <= source.text.length; i++) map.push(source.map[i]);
  return { text: parts.join(''), map };
}

/** Offsets in the source text of a span of the cleaned text. */
export function toSourceSpan(cleaned: MappedText, start: number, end: number): { start: number; end: number } {
  const s = cleaned.map[Math.max(0, Math.min(start, cleaned.text.length))];
  const lastChar = Math.max(start, Math.min(end, cleaned.text.length) - 1);
  const e = end > start ? cleaned.map[lastChar] + 1 : s;
  return { start: s, end: e };
}

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}
