// Parsing of the 公文 structure: reply header and closing, policy header, document numbers and dates. Headings: ./headings.ts.
import { hasAtMostCodePoints } from '../text/codePoints.js';
import { isDateLine, isMonthOnlyDateLine } from '../text/dates.js';
import { HANDLING_CLASS_LETTER, HANDLING_CLASS_SOURCE, readDocumentNumber } from '../text/documentNumbers.js';
import { LINE_NUMBERING } from '../text/markers.js';
import { CN_NUM, buildHeadingTree, findHeadings, matchHeading, splitLines, type HeadingNode, type Line } from './headings.js';
import { CN_DIGIT_CHARS, HOLDS_DIGIT } from '../text/numerals.js';

export * from './headings.js';

// ---------------------------------------------------------------- document numbers, dates

/** The handling class right after a 文号 ("… B类"). */
const CLASS_AFTER_NUMBER = new RegExp(`^\\s*${HANDLING_CLASS_SOURCE}`, 'u');

/** 文号 such as 许建政协〔2020〕13号 or 临建字[2020]2号, and a trailing 办理结果 class ("… B类"). */
export function parseDocNumber(text: string): { number: string | null; resultClass: 'A' | 'B' | 'C' | null } {
  const found = readDocumentNumber(text);
  if (!found) return { number: null, resultClass: null };
  const cls = CLASS_AFTER_NUMBER.exec(text.slice(found.end));
  return { number: found.text, resultClass: cls ? (cls[1] as 'A' | 'B' | 'C') : null };
}

const DATE_PATTERNS: RegExp[] = [
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})/,
];

/** First date in a string as YYYY-MM-DD. */
export function normalizeDate(text: string | null | undefined): string | null {
  if (!text) return null;
  let best: { index: number; value: string } | null = null;
  for (const re of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const value = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!best || m.index < best.index) best = { index: m.index, value };
  }
  return best?.value ?? null;
}

// ---------------------------------------------------------------- reply header and closing

export type ProposalRole = '委员' | '代表';

export interface ContactBlock {
  unit: string | null;
  phone: string | null;
  person: string | null;
}

export interface ReplyStructure {
  type: 'reply';
  title: string | null;
  number: string | null;
  signer: string | null;
  resultClass: 'A' | 'B' | 'C' | null;
  issuer: string | null;
  date: string | null;
  /** Proposal/suggestion number as digits, e.g. "104". */
  proposalNumber: string | null;
  proposalKind: '提案' | '建议' | null;
  proposalTitle: string | null;
  /** e.g. 市七届政协四次会议 */
  meeting: string | null;
  salutation: string | null;
  salutationNames: string[];
  role: ProposalRole | null;
  headings: HeadingNode[];
  contact: ContactBlock;
  cc: string[];
  attachments: string[];
  /** Offset where the closing block (contact, 抄送, signature, attachments) starts; text length when none. */
  closingStart: number;
}

export interface PolicyStructure {
  type: 'policy';
  title: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  clauses: HeadingNode[];
  closingStart: number;
}

const SALUTATION = new RegExp(String.raw`^(?:尊敬的?)?([\u4e00-\u9fff·、，,\s]{2,60}?)(?:等\s*[${CN_DIGIT_CHARS}\d]+\s*(?:位|名))?\s*(委员|代表)(?:们)?\s*(?:[：:，,]\s*(?:您好|你们好|你好)?[！!]?)?$`);

export function parseSalutation(line: string): { names: string[]; role: ProposalRole } | null {
  const text = line.trim().replace(/([：:，,])\s*(?:您好|你们好|你好)\s*[！!。]?$/, '$1');
  if (text.length > 60 || /[。！？]/.test(text)) return null;
  const m = SALUTATION.exec(text);
  if (!m) return null;
  const names = m[1]
    .split(/[、，,\s]+/)
    .map((n) => n.trim())
    .filter((n) => /^[\u4e00-\u9fff·]{2,5}$/.test(n));
  if (names.length === 0) return null;
  return { names, role: m[2] as ProposalRole };
}

const MEETING = new RegExp(
  `([\\u4e00-\\u9fff]{0,14}?(?:人大|政协)?(?:第)?${CN_NUM}+届(?:人大|政协|人民代表大会|委员会)?(?:常委会)?(?:第)?${CN_NUM}*次(?:全体)?会议)`,
);

/** Meeting name ("市七届政协四次会议") from a title or opening sentence. */
export function parseMeeting(text: string): string | null {
  const m = MEETING.exec(text);
  if (!m) return null;
  let meeting = m[1];
  meeting = meeting.replace(/^.*(?:关于|年)/, '').replace(/^(?:对|在|向|于|就)/, '');
  return meeting || null;
}

export function parseProposalNumber(text: string): string | null {
  const patterns = [
    /第\s*(\d{1,8})\s*号?\s*(?:提案|建议|议案)/,
    /[（(]\s*第?\s*(\d{1,8})\s*号\s*[）)]/,
    /(?:会议|届)\s*(\d{1,8})\s*号\s*(?:提案|建议)/,
    /(?:提案|建议)(?:编号)?\s*[:：]?\s*第\s*(\d{1,8})\s*号/,
    /(?:会议|届)\s*第\s*(\d{1,8})\s*号/,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return null;
}

export function parseProposalTitle(text: string): string | null {
  const book = /《([^《》\n]{4,80})》/.exec(text);
  if (book && /提案|建议|议案/.test(book[1])) return book[1];
  const quoted = /(?:提出|提交)的?(?:关于)?[“"「]([^”"」\n]{4,80})[”"」]/.exec(text);
  if (quoted) return quoted[1];
  if (book) return book[1];
  const paren = /[（(]((?:关于)[^（）()\n]{4,80})[）)]/.exec(text);
  return paren ? paren[1] : null;
}

const REPLY_TITLE = /(?:答复|复函|回复|答覆|复文)(?:意见)?[）)]?$/;
const ORG_SUFFIX = /(?:局|委|委员会|办事处|政府|办公室|办公厅|厅|中心|公司|街道|管委会|处|院|部)$/;
const CLOSING_LABEL = /^(?:联\s*系\s*(?:人|单位|电话|方式)|承办(?:人|单位|负责人|科室|处室)|分管(?:领导|单位)|经办人|主办单位|协办单位|单位负责人|负责人\s*[:：]|抄\s*送|附\s*件|主题词|此复|特此|[ ]*人\s*[:：]|邮政编码|(?:通讯)?地址\s*[:：])/;

export function isClosingLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (CLOSING_LABEL.test(t)) return true;
  if (isDateLine(t)) return true;
  return isOrgNameLine(t);
}

function isOrgNameLine(t: string): boolean {
  return hasAtMostCodePoints(t, 30) && ORG_SUFFIX.test(t) && !/[，。；：:,;！？]/.test(t) && !matchHeading(t);
}

const FORM_TITLE = /(?:意见|意愿|征询|反馈|测评|评价|满意度)(?:调查)?表$/;

export function isFormTitleLine(line: string): boolean {
  const t = line.trim();
  return hasAtMostCodePoints(t, 40) && FORM_TITLE.test(t) && !/[，。；：:]/.test(t);
}

/** Start of the attachments (an "附件 N" line or a feedback-form title); text length when none. */
export function findAttachmentsStart(text: string, from: number): number {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.start < from) continue;
    const t = line.text.trim();
    if (isFormTitleLine(t)) {
      const prev = lines.slice(Math.max(0, i - 3), i).reverse().find((l) => l.text.trim() !== '');
      return prev && /^附\s*件\s*\d*\s*[:：]?\s*$/.test(prev.text.trim()) ? prev.start : line.start;
    }
    if (/^附\s*件\s*\d*\s*[:：]?\s*$/.test(t)) {
      const next = lines.slice(i + 1, i + 4).find((l) => l.text.trim() !== '');
      if (next && isFormTitleLine(next.text)) return line.start;
    }
  }
  return text.length;
}

/** Start of the closing block: the first closing line after the last body text. */
export function findClosingStart(text: string, from: number): number {
  return firstClosingLineStart(text, from, isClosingLine);
}

/**
 * The start of the first line at or after `from` that `closes` the body, a schedule's month line aside (see
 * isScheduleMonth); the text's length when there is none.
 */
function firstClosingLineStart(text: string, from: number, closes: (line: string) => boolean): number {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].start < from) continue;
    if (closes(lines[i].text) && !isScheduleMonth(lines, i)) return lines[i].start;
  }
  return text.length;
}

/**
 * "（二）招标阶段\n2025年6月\n各区完成施工招标…": a month-only date line followed by body text is a stage of a schedule,
 * not the sign-off; a closing month line has only closing lines (or nothing) after it.
 */
function isScheduleMonth(lines: Line[], i: number): boolean {
  if (!isMonthOnlyDateLine(lines[i].text.trim())) return false;
  return lines.slice(i + 1).some((l) => l.text.trim() !== '' && !isClosingLine(l.text));
}

const PHONE = /(?:【已隐去(?:手机号|电话)】|(?:\(?0\d{2,3}\)?[-－ ]?)?\d{7,8}(?:[-－转]\d{1,5})?|1[3-9]\d{9}|\d{6,8})/;

function firstPhone(text: string): string | null {
  const m = PHONE.exec(text);
  return m ? m[0].replace(/\s+/g, '') : null;
}

/** 联系单位/联系人/电话 from the closing lines. */
export function parseContact(lines: string[]): ContactBlock {
  const contact: ContactBlock = { unit: null, phone: null, person: null };
  for (const raw of lines) {
    const line = raw
      .trim()
      .replace(/^[（(]\s*/, '')
      .replace(/\s*[）)]$/, '');
    const unit = /^联系单位(?:及(?:联系)?电话)?\s*[:：]\s*(.+)$/.exec(line);
    if (unit) {
      const parts = unit[1].split(/[，,；;、\s]+/).filter(Boolean);
      contact.unit ??= parts.find((p) => !HOLDS_DIGIT.test(p))?.replace(/[。；;]$/, '') ?? null;
      contact.phone ??= firstPhone(unit[1]);
      continue;
    }
    const person = /^(?:联\s*系\s*人|承办人|经办人|[ ]*人)(?:及(?:联系)?电话)?\s*[:：]\s*([\u4e00-\u9fff·]{2,5})/.exec(line);
    if (person) {
      contact.person ??= person[1];
      const rest = line.slice(person.index + person[0].length);
      if (HOLDS_DIGIT.test(rest)) contact.phone ??= firstPhone(rest);
      continue;
    }
    const phone = /(?:联系)?(?:电话|方式)\s*[:：]\s*(.+)$/.exec(line);
    if (phone && /^(?:联系|电话)/.test(line)) contact.phone ??= firstPhone(phone[1]);
  }
  return contact;
}

export function parseCc(lines: string[]): string[] {
  for (const raw of lines) {
    const m = /^抄\s*送\s*[:：]?\s*(.+)$/.exec(raw.trim());
    if (!m) continue;
    return m[1]
      .replace(/[。.]$/, '')
      .split(/[，,、；;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return [];
}

export function parseAttachments(lines: string[]): string[] {
  const titles: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^附\s*件\s*(\d+)?\s*[:：]?\s*(.*)$/.exec(lines[i].trim());
    if (!m) continue;
    let title = m[2].replace(/^\d+[.．、]\s*/, '').trim();
    if (title === '') title = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
    if (title !== '' && !titles.includes(title)) titles.push(title);
  }
  return titles;
}

function headerTitle(headerLines: string[]): string | null {
  for (let i = 0; i < headerLines.length; i++) {
    const line = headerLines[i].trim().replace(/^#{1,6}\s+/, '');
    if (!REPLY_TITLE.test(line) || line.length > 120) continue;
    if (line.length <= 4 && i > 0) return `${headerLines[i - 1].trim()}${line}`;
    return line;
  }
  return null;
}

function headerIssuer(headerLines: string[]): string | null {
  for (const line of headerLines) {
    const m = /^(.{4,40}?)文件$/.exec(line.trim());
    if (m && ORG_SUFFIX.test(m[1])) return m[1];
  }
  return null;
}

function closingIssuer(lines: string[]): string | null {
  for (const line of lines) {
    const t = line.trim().replace(/^(?:承办单位|主办单位)\s*[:：]?\s*/, '');
    if (t !== '' && isOrgNameLine(t)) return t;
  }
  return null;
}

function closingDate(lines: string[]): string | null {
  for (const line of lines) {
    const t = line.trim();
    if (isDateLine(t)) {
      const d = normalizeDate(t);
      if (d) return d;
    }
  }
  return null;
}

const HEADER_SCAN_LINES = 30;

/** The handling class in a reply's header: the 办理结果 field ("办理结果：B"), or a line holding only the class ("B类"). */
const RESULT_FIELD_CLASS = new RegExp(`办理结果\\s*[:：]?\\s*(${HANDLING_CLASS_LETTER})`, 'u');
const CLASS_ALONE_LINE = new RegExp(`^\\s*${HANDLING_CLASS_SOURCE}\\s*$`, 'mu');

/** Parses a reply (答复/复函): header, salutation, heading tree, contact block, 抄送 and attachments. */
export function parseReplyStructure(text: string, hints: { title?: string } = {}): ReplyStructure {
  const lines = splitLines(text);
  const salutationIdx = lines.slice(0, HEADER_SCAN_LINES).findIndex((l) => parseSalutation(l.text) !== null);
  const headerEnd = salutationIdx === -1 ? Math.min(lines.length, 8) : salutationIdx;
  const headerLines = lines.slice(0, headerEnd).map((l) => l.text);
  const headerText = headerLines.join('\n');
  const salutation = salutationIdx === -1 ? null : parseSalutation(lines[salutationIdx].text);
  const bodyFrom = salutationIdx === -1 ? 0 : lines[salutationIdx].end;

  const numberLine = headerLines.find((l) => l.trim().length <= 40 && parseDocNumber(l).number !== null);
  const docNumber = numberLine ? parseDocNumber(numberLine) : { number: null, resultClass: null };
  const signer = /签发人\s*[:：]\s*([\u4e00-\u9fff·]{2,5})/.exec(headerText)?.[1] ?? null;
  const classMatch = RESULT_FIELD_CLASS.exec(headerText) ?? CLASS_ALONE_LINE.exec(headerText);
  const title = headerTitle(headerLines);

  const attachmentsFrom = findAttachmentsStart(text, bodyFrom);
  const flat = findHeadings(text, bodyFrom, attachmentsFrom);
  const lastHeading = flat[flat.length - 1];
  const closingStart = Math.min(findClosingStart(text, lastHeading ? lastHeading.bodyStart : bodyFrom), attachmentsFrom);
  const headings = buildHeadingTree(
    flat.filter((h) => h.start < closingStart),
    closingStart,
  );
  const closingLines = text.slice(closingStart).split('\n');

  const opening = lines.slice(salutationIdx + 1, salutationIdx + 6).map((l) => l.text).join('\n');
  const describing = [hints.title ?? '', title ?? '', headerText, opening].join('\n');
  const role = salutation?.role ?? null;
  const meeting = parseMeeting([title ?? '', hints.title ?? '', headerText, opening].join('\n'));
  const kindWord = /提案/.test(describing) ? '提案' : /建议|议案/.test(describing) ? '建议' : null;
  const proposalKind = role === '委员' ? '提案' : role === '代表' ? '建议' : meeting?.includes('政协') ? '提案' : meeting?.includes('人大') ? '建议' : kindWord;

  return {
    type: 'reply',
    title,
    number: docNumber.number,
    signer,
    resultClass: (classMatch?.[1] as 'A' | 'B' | 'C' | undefined) ?? docNumber.resultClass,
    issuer: headerIssuer(headerLines) ?? closingIssuer(closingLines),
    date: closingDate(closingLines),
    proposalNumber: parseProposalNumber([title ?? '', hints.title ?? '', opening].join('\n')),
    proposalKind,
    proposalTitle: parseProposalTitle([opening, title ?? '', hints.title ?? ''].join('\n')),
    meeting,
    salutation: salutationIdx === -1 ? null : lines[salutationIdx].text.trim(),
    salutationNames: salutation?.names ?? [],
    role,
    headings,
    contact: parseContact(closingLines),
    cc: parseCc(closingLines),
    attachments: parseAttachments(closingLines),
    closingStart,
  };
}

const TITLE_END = /(?:通知|意见|方案|办法|决定|规定|通告|公告|报告|批复|细则|规划|条例|答复|复函)$/;

/** First line, or the first two when a title is wrapped ("…老旧小区改造" / "实施方案的通知"). */
const NOT_A_TITLE = new RegExp(`^${LINE_NUMBERING}|[。！？；]$`, 'u');

function policyTitle(lines: string[]): string | null {
  if (lines.length === 0) return null;
  const first = lines[0].replace(/^#{1,6}\s+/, '');
  // A body that starts with a numbered heading or a sentence has no title line; the file name serves instead.
  if (NOT_A_TITLE.test(first) || [...first].length > 80) return null;
  const second = lines[1] ?? '';
  const wrapped = !TITLE_END.test(first) && TITLE_END.test(second) && [...second].length <= 30 && !/[，。：:]/.test(first + second);
  return wrapped ? `${first}${second}` : first;
}

/** Parses a policy text: title (first line), 文号, issuer, date and the clause tree. */
export function parsePolicyStructure(text: string): PolicyStructure {
  const lines = splitLines(text);
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const title = policyTitle(nonEmpty.map((l) => l.text.trim()));
  const top = nonEmpty.slice(0, 12).map((l) => l.text.trim());
  const numberLine = top.find((l) => l.length <= 40 && parseDocNumber(l).number !== null);
  const number = numberLine ? parseDocNumber(numberLine).number : null;
  let issuer: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < nonEmpty.length - 1 && i < 40; i++) {
    const t = nonEmpty[i].text.trim();
    const next = nonEmpty[i + 1].text.trim();
    if (isOrgNameLine(t) && isDateLine(next)) {
      issuer = t;
      date = normalizeDate(next);
      break;
    }
  }
  if (!issuer && title) {
    const m = /^(.{4,40}?(?:人民政府|办公厅|办公室|委员会|局|部|厅))(?:关于|印发)/.exec(title);
    if (m) issuer = m[1];
  }
  const flat = findHeadings(text, 0, findAttachmentsStart(text, 0));
  const lastHeading = flat[flat.length - 1];
  const closingStart = lastHeading ? findPolicyClosing(text, lastHeading.bodyStart) : text.length;
  const clauses = buildHeadingTree(
    flat.filter((h) => h.start < closingStart),
    closingStart,
  );
  return { type: 'policy', title, number, issuer, date, clauses, closingStart };
}

/** A line closing a policy's body: its attachments, 抄送, 主题词 or 印发 line. */
const POLICY_CLOSING_LINE = /^(?:附\s*件|抄\s*送|主题词|印发)/;

/** Start of a policy's closing: its first closing line or date line after the body, a schedule's month line aside. */
function findPolicyClosing(text: string, from: number): number {
  return firstClosingLineStart(text, from, (line) => POLICY_CLOSING_LINE.test(line.trim()) || isDateLine(line.trim()));
}
