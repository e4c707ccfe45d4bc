// The parts of a proposal that are not its body: form header fields (案由, 提案人, 主办, 会办, 联系电话, 【…略】, 类别),
// the title, number and meeting, and, in a report-style text (【提案内容】…【办理情况】…), everything but the content.
import type { ProposalKind } from '../../types.js';
import { isDateLine } from '../../text/dates.js';
import { listMarkerAt, withoutBulletMarks } from '../../text/markers.js';
import { CN_DIGIT_CHARS } from '../../text/numerals.js';
import { announcesAsksBelow } from './suggestions.js';
import { askTablesAsLists } from './askTable.js';

export const TITLE_LABEL =
  /^(?:案\s*由|题\s*目|标\s*题|提案题目|提案标题|建议题目|建议标题|提案名称|建议名称|事\s*由)\s*[：:]\s*(.+)$/u;
export const PROPOSER_LABEL =
  /^(?:领衔提案人|第一提案人|提\s*案\s*人|提案者|(?:提案|建议|提出)单位|联名提案人|附议人|领衔代表|领衔人|附议代表|联名代表|联名人|提出人|建议人|提\s*出\s*者|(?:(?:全国|省|市|区|县)?(?:人大|政协))?(?:代\s*表|委\s*员)(?:姓\s*名)?|(?:提案人|建议人)姓\s*名)\s*[：:]\s*(.*)$/u;
const NUMBER_LABEL = /(?:提案|建议)?(?:编\s*号|案\s*号|序\s*号|提案号|建议号)\s*[：:]?\s*(?:第\s*)?([0-9０-９]+)/u;
const NUMBER_ORDINAL = /第\s*([0-9０-９]+)\s*号/u;
export const MEETING =
  new RegExp(String.raw`([^\s\d，。：:、（）()“”"《》在于向对第的开]{0,10}?(?:第?[${CN_DIGIT_CHARS}\d]+届)[^\s，。：:、（）()“”"《》]{0,8}?(?:第?[${CN_DIGIT_CHARS}\d]+次)(?:全体会议|会议|大会))`, 'u');
const MEETING_LABEL = /^(?:会\s*议|届\s*次)\s*[：:]\s*(.+)$/u;
/** Header lines that are metadata, never body: "类别：城建", "主办：市住建局", "联系电话：…". */
const OTHER_LABEL =
  /^(?:类\s*别|分\s*类|界\s*别|工作单位|单\s*位|职\s*务|联系电话|电\s*话|手\s*机|联系地址|通讯地址|地\s*址|邮\s*编|日\s*期|时\s*间|提交时间|提交日期|立案时间|承办单位|承\s*办|主办单位|主\s*办|会办单位|会\s*办|协\s*办|办理单位|办理时限|会\s*议|届\s*次|(?:提案人|建议人|代表|委员)?签\s*名|审查意见|附\s*件)\s*[：:]/u;
/** A field withheld from the text: "【联系电话、通讯地址略】", "[手机号略]". */
const WITHHELD = /[【[（(][^】\]）)\n]{0,40}略[】\]）)]/gu;

/** A labelled part about the proposal's handling, never the proposal: 【办理情况】, 【答复意见】, 【领导批示】. */
const HANDLING_LABEL = /办理|答复|批示|回复|落实|结果|督办|评价|反馈|进展|成效/u;
/** A labelled part of the proposal that holds its suggestions: 【提案建议】, 【对策建议】, 【具体建议】, 【办法】, 【请求事项】. */
const SUGGESTION_LABEL = /建议|对策|措施|意见|办法|举措|请求/u;
/** A labelled part stating the situation a remedy answers: 【现状】. */
const SITUATION_LABEL = /^现状$/u;
const BRACKET_LABEL_LINE = /^[【[]([^】\]]{1,10})[】\]]\s*(.*)$/u;

export interface HeaderLines {
  /** All lines, labels normalised ("【提案人】张三" → "提案人：张三"); handling sections removed. */
  lines: string[];
}

function normaliseLine(line: string): string {
  return withoutBulletMarks(line.replace(WITHHELD, '').replace(/[\u3000\t ]+/g, ' ').trim());
}

/** "提案人：沈晓红    界别：农工党": several labelled fields on one line become one line each. */
function splitFieldLine(raw: string): string[] {
  const parts = raw.split(/[\u3000\t]+| {2,}/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !parts.slice(1).every((p) => /^[^：:]{1,8}[：:]/u.test(p))) return [raw];
  return parts;
}

/**
 * The proposal's lines. A report-style text (【提案内容】…【办理情况】…) keeps its header fields and its own parts
 * (内容, 背景, 建议); the parts about its handling are dropped wherever they are.
 */
export function proposalLines(text: string): string[] {
  const rawLines = askTablesAsLists(text.replace(/\r\n?/g, '\n').split('\n'), isFieldCell).flatMap(tableRowFields).flatMap(splitFieldLine);
  const lines: string[] = [];
  let section: 'header' | 'content' | 'other' = 'header';
  let sectioned = false;
  for (const raw of rawLines) {
    const line = normaliseLine(raw);
    const bracket = line.match(BRACKET_LABEL_LINE);
    if (bracket) {
      const label = bracket[1].replace(/\s+/g, '');
      if (isHeaderFieldLabel(label)) {
        lines.push(`${label}：${bracket[2]}`);
        if (section === 'content') section = 'other';
        continue;
      }
      // 办理情况, 答复, 领导批示…: not the proposal.
      sectioned = true;
      if (HANDLING_LABEL.test(label)) {
        section = 'other';
        continue;
      }
      // 提案内容, 提案背景, 提案建议…: the proposal's own parts; a suggestions part keeps its name as a heading, and so
      // does the situation a remedy is paired with (【现状】…【建议】…).
      section = 'content';
      if (SUGGESTION_LABEL.test(label) || SITUATION_LABEL.test(label)) lines.push(`${label}：`);
      if (bracket[2]) lines.push(bracket[2]);
      continue;
    }
    if (section !== 'other') lines.push(line);
  }
  return sectioned ? lines : rawLines.map(normaliseLine);
}

/** A table cell that names a field of a 提案表: "提案人", "案由", "提案内容", "办理情况". */
function isLabelCell(cell: string): boolean {
  const label = cell.replace(/\s+/g, '').replace(/[：:]$/u, '');
  return label.length <= 10 && (isHeaderFieldLabel(label) || /^(?:内容|正文)$|(?:提案|建议)(?:内容|正文|全文|摘要|背景)|办理|答复|对策|建议/u.test(label));
}

/**
 * A 提案表 row read from a .docx (cells separated by tabs): "提案人\t李华\t界别\t民进" → "【提案人】李华", "【界别】民进",
 * so table forms read like labelled text. Rows whose first cell is no field name stay as they are.
 */
function tableRowFields(line: string): string[] {
  if (!line.includes('\t')) return [line];
  const cells = line.split('\t').map((c) => c.trim());
  if (!isLabelCell(cells[0])) return [line];
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!cells[i]) continue;
    if (!isLabelCell(cells[i])) {
      out.push(cells[i]);
      continue;
    }
    out.push(`【${cells[i].replace(/\s+/g, '').replace(/[：:]$/u, '')}】${cells[i + 1] ?? ''}`);
    i++;
  }
  return out;
}

/** A table cell holding a form's field name ("提案人", "案由："): its row is a field and its value. */
function isFieldCell(cell: string): boolean {
  return isHeaderFieldLabel(cell.replace(/\s+/g, '').replace(/[：:]$/u, ''));
}

function isHeaderFieldLabel(label: string): boolean {
  const asLine = `${label}：x`;
  return TITLE_LABEL.test(asLine) || PROPOSER_LABEL.test(asLine) || OTHER_LABEL.test(asLine) || NUMBER_LABEL.test(asLine);
}

/** A line that belongs to the form header, not the body. */
export function isMetadataLine(line: string): boolean {
  return TITLE_LABEL.test(line) || PROPOSER_LABEL.test(line) || OTHER_LABEL.test(line) || (NUMBER_LABEL.test(line) && line.length <= 20) || /^[^。，]{0,20}略$/u.test(line) || isDateLine(line);
}

/** A line holding nothing but the proposers' names: "民盟某市委会", "张某、刘某", "张某 刘某". */
function signsOff(line: string, signers: string[]): boolean {
  const names = line.split(/[、，,\s\u3000]+/u).filter(Boolean);
  return names.length > 0 && signers.length > 0 && names.every((n) => signers.includes(n));
}

export function findTitle(lines: string[]): string | null {
  // A labelled value that reads as a sentence ("案由：居民上下楼困难。") describes the case; a 关于… line is the title then.
  let sentenceLabel: string | null = null;
  for (const line of lines.slice(0, 30)) {
    const labelled = line.match(TITLE_LABEL);
    if (labelled && /[。！？；]$/u.test(labelled[1].trim())) sentenceLabel ??= labelled[1];
    else if (labelled && labelled[1].trim()) return cleanTitle(labelled[1]);
  }
  for (const line of lines.slice(0, 15)) {
    if (/^关于.{2,80}$/u.test(line) && !/[。；]$/u.test(line)) return cleanTitle(line);
  }
  if (sentenceLabel) return cleanTitle(sentenceLabel);
  const head = lines.slice(0, 15).join('\n');
  const quoted = head.match(/《(关于[^》]{2,80})》/u);
  if (quoted) return cleanTitle(quoted[1]);
  // "带来了关于老旧小区改造的提案": a news report names the proposal inside a sentence.
  const named = head.match(/关于[^，。；：“”《》\n]{2,40}?的(?:提案|建议|议案)/u);
  return named ? cleanTitle(named[0]) : null;
}

function cleanTitle(raw: string): string {
  return raw
    .replace(/^[《“"]+|[》”"]+$/g, '')
    .replace(/[（(]第?\s*\d+\s*号[）)]$/u, '')
    .trim();
}

export function findNumber(head: string[]): string | null {
  for (const line of head) {
    if (OTHER_LABEL.test(line) && !/编\s*号|案\s*号/u.test(line)) continue;
    const labelled = line.match(NUMBER_LABEL);
    // "案号：2025第45号": the leading digits are the year; the ordinal before 号 is the number.
    const ordinal = line.length <= 40 ? line.match(NUMBER_ORDINAL) : null;
    const m = labelled && ordinal && ordinal.index! >= labelled.index! ? ordinal : (labelled ?? ordinal);
    if (m) return m[1].normalize('NFKC');
  }
  return null;
}

export function findMeeting(head: string[]): string | null {
  for (const line of head) {
    const labelled = line.match(MEETING_LABEL);
    if (labelled) {
      const inner = labelled[1].match(MEETING);
      return (inner ? inner[1] : labelled[1]).trim();
    }
  }
  for (const line of head) {
    const m = line.match(MEETING);
    if (m) return m[1];
  }
  return null;
}

/**
 * 提案 (CPPCC, 委员) or 建议 (people's congress, 代表): the meeting first, then the header's own words, then the role.
 * A title "关于…的建议" says nothing: CPPCC proposals are often titled that way.
 */
export function decideKind(headText: string, meeting: string | null, role: '委员' | '代表' | null): ProposalKind {
  if (meeting && /人大|人民代表大会/u.test(meeting)) return '建议';
  if (meeting && /政协|政治协商/u.test(meeting)) return '提案';
  if (role === '代表') return '建议';
  if (role === '委员') return '提案';
  if (/人民代表大会|人大代表|领衔代表|第\s*[0-9０-９]+\s*号建议|建议人/u.test(headText)) return '建议';
  return '提案';
}

/**
 * The body: the lines after the form header, without metadata lines. Header lines are the labelled fields and the
 * short lines without a comma or a stop before the first sentence (the committee's name, "提  案", "第 0217 号",
 * "张某、刘某委员", a news headline). A line announcing the asks ("为此建议：") opens the body, however short. A line
 * holding only the proposers' names (`signers`) is their sign-off ("民盟某市委会" under the last ask).
 */
export function bodyLines(lines: string[], title: string | null, signers: string[] = []): string[] {
  const out: string[] = [];
  let inHeader = true;
  for (const line of lines) {
    if (isMetadataLine(line) || signsOff(line, signers)) continue;
    if (title !== null && line.replace(/[《》]/g, '') === title) continue;
    const opensBody = line.length > 40 || /[。；;！!？?，,]/u.test(line) || listMarkerAt(line) !== undefined || announcesAsksBelow(line);
    if (inHeader && !opensBody) continue;
    if (opensBody) inHeader = false;
    out.push(line);
  }
  if (!out.length) return lines.filter((l) => l && !isMetadataLine(l) && l !== title);
  return out;
}
