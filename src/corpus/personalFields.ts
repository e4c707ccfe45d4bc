// More personal data found at ingestion: bank card numbers, personal e-mail addresses, and the home-address /
// ID-number / signature fields of forms in any layout (label: value, label then value on the next line, table rows).
import { ID_NUMBER_LABEL, REDACTED_ID, REDACTED_SIGNATURE, SIGNATURE_LABEL } from './fieldLabels.js';
import type { RedactionEdit } from './redactionTypes.js';

export const REDACTED_BANK_CARD = '【已隐去银行卡号】';
export const REDACTED_EMAIL = '【已隐去邮箱】';
export const REDACTED_ADDRESS = '【已隐去住址】';

/**
 * 16–19 digits, plain or in groups of four (6222 0202 0011 2233 445): a card when it passes Luhn, when it carries the
 * China UnionPay prefix 62 (older UnionPay debit cards do not all pass Luhn), or when the words before it say it is one
 * (银行卡号…); other long numbers (document serials) stay.
 */
const CARD_CANDIDATE = /(?<![0-9A-Za-z])\d(?:[ \-]?\d){15,18}(?![0-9A-Za-z])/g;

/** The Luhn checksum every bank card number carries (document serials and order numbers almost never pass it). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Plain digits, or separators only between groups of four: "2020 2021" style year lists are not one number. */
function cardShaped(raw: string): boolean {
  if (!/[ \-]/.test(raw)) return true;
  const groups = raw.split(/[ \-]/);
  return groups.slice(0, -1).every((g) => g.length === 4) && groups[groups.length - 1].length <= 4;
}

/** China UnionPay's issuer prefix: a 16–19 digit number starting with it is a card whatever its checksum. */
const UNIONPAY_PREFIX = /^62/;

/** Words just before a number that say it is an account: then it is hidden even when mistyped (fails Luhn). */
const CARD_CONTEXT = /(?:银行卡|卡号|储蓄卡|借记卡|信用卡|银行账[号户]|收款账[号户]|开户行|账号|帐号|社保卡|补偿款账户)[^。\n\d]{0,8}$/;

export function bankCardEdits(text: string): RedactionEdit[] {
  const edits: RedactionEdit[] = [];
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/[ \-]/g, '');
    if (digits.length < 16 || digits.length > 19 || !cardShaped(m[0])) continue;
    if (!passesLuhn(digits) && !UNIONPAY_PREFIX.test(digits) && !CARD_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: REDACTED_BANK_CARD, kind: 'bankCard' });
  }
  return edits;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
/**
 * Government office mailboxes (…@xx.gov.cn) are published contact points and stay; every other address (free mail,
 * company and school domains) can name one person, so it is hidden.
 */
const PUBLIC_MAIL_DOMAIN = /(?:^|\.)gov\.cn$/i;

export function emailEdits(text: string): RedactionEdit[] {
  const edits: RedactionEdit[] = [];
  if (!text.includes('@')) return edits;
  for (const m of text.matchAll(EMAIL)) {
    const domain = m[0].slice(m[0].lastIndexOf('@') + 1);
    if (PUBLIC_MAIL_DOMAIN.test(domain)) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: REDACTED_EMAIL, kind: 'email' });
  }
  return edits;
}

interface FieldRule {
  kind: RedactionEdit['kind'];
  replacement: string;
  /** The whole cell is this label. */
  whole: RegExp;
  /** "label: value" inside a line (global). */
  inline: RegExp;
}

function fieldRule(kind: RedactionEdit['kind'], replacement: string, label: string): FieldRule {
  return {
    kind,
    replacement,
    whole: new RegExp(`^(?:${label})$`),
    inline: new RegExp(`(?:${label})\\s*[:：][ \\t\\u3000]*([^\\t\\n，,；;。|]{1,60}?)(?=[ \\t\\u3000]*(?:[\\t\\n，,；;。|]|$|联系|电话|手机|日期|姓名|身份|签名|签字|邮编))`, 'g'),
  };
}

/** Every label below contains one of these words (so a line or cell without one names no field). */
const FIELD_WORD = /住址|地址|住所|身份|证件号|签名|签字|签章/;

const FIELD_RULES: FieldRule[] = [
  fieldRule('address', REDACTED_ADDRESS, '(?:家庭|现|居住|户籍|常住)(?:住址|地址|住所)|住址'),
  fieldRule('idCard', REDACTED_ID, ID_NUMBER_LABEL),
  fieldRule('signature', REDACTED_SIGNATURE, SIGNATURE_LABEL),
];

/** Which field a whole cell names ("家庭住址", "身份证号码：", "签名"), if any. Bare 地址 (an office's) is not one. */
function fieldOfLabel(cell: string): FieldRule | undefined {
  if (!FIELD_WORD.test(cell)) return undefined;
  const label = cell.trim().replace(/[:：]\s*$/, '');
  if (label === '地址' || label === '住所') return undefined;
  return FIELD_RULES.find((r) => r.whole.test(label));
}

/** Other labels a form header row is made of, so "姓名 | 家庭住址 | 电话" is read as a header. */
const OTHER_FORM_LABEL = /^(?:序号|姓名|性别|年龄|民族|单位|工作单位|职务|界别|代表团|联系电话|电话|手机|手机号码?|邮编|日期|时间|备注|出生年月|政治面貌)[:：]?$/;

/** A value worth hiding: some letters or digits, not a blank to fill in (____, ……) or a mask already. */
function isFilledValue(value: string): boolean {
  const v = value.trim();
  return /[\p{L}\p{N}]/u.test(v) && !/^【已隐去/.test(v) && !/^[_＿\s.…]+$/.test(v);
}

const CELL_SPLIT = /\t|\s*\|\s*| {2,}|\u3000{2,}/;

interface Cell {
  text: string;
  start: number;
}

function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  const re = new RegExp(CELL_SPLIT.source, 'g');
  let last = 0;
  for (const m of line.matchAll(re)) {
    cells.push({ text: line.slice(last, m.index), start: lineStart + last });
    last = m.index + m[0].length;
  }
  cells.push({ text: line.slice(last), start: lineStart + last });
  return cells.filter((c) => c.text.trim() !== '');
}

function editFor(cell: Cell, rule: FieldRule): RedactionEdit | null {
  if (!isFilledValue(cell.text)) return null;
  const lead = cell.text.length - cell.text.trimStart().length;
  const value = cell.text.trim();
  return { start: cell.start + lead, end: cell.start + lead + value.length, replacement: rule.replacement, kind: rule.kind };
}

/** "家庭住址：某市某路 12 号" anywhere in a line: the value runs to a tab, a sentence break or the next label. */
function inlineFieldEdits(line: string, lineStart: number): RedactionEdit[] {
  const edits: RedactionEdit[] = [];
  for (const rule of FIELD_RULES) {
    for (const m of line.matchAll(rule.inline)) {
      const value = m[1];
      if (!isFilledValue(value)) continue;
      const start = lineStart + m.index + m[0].length - value.length;
      edits.push({ start, end: start + value.length, replacement: rule.replacement, kind: rule.kind });
    }
  }
  return edits;
}

/**
 * Form fields in cell layouts: "家庭住址\t某市某路" (value in the next cell), a label alone on its line with the value
 * on the next line (Word tables exported one cell per line), and a header row whose next row holds the values.
 */
function cellFieldEdits(lines: Cell[]): RedactionEdit[] {
  const edits: RedactionEdit[] = [];
  const rows = lines.map((l) => cellsOf(l.text, l.start));
  rows.forEach((cells, i) => {
    const next = rows.slice(i + 1, i + 3).find((r) => r.length > 0);
    const isHeader = cells.length >= 2 && cells.every((c) => fieldOfLabel(c.text) || OTHER_FORM_LABEL.test(c.text.trim()));
    cells.forEach((cell, j) => {
      const rule = fieldOfLabel(cell.text);
      if (!rule) return;
      const edit =
        isHeader && next && next.length === cells.length
          ? editFor(next[j], rule)
          : j + 1 < cells.length
            ? fieldOfLabel(cells[j + 1].text) || OTHER_FORM_LABEL.test(cells[j + 1].text.trim())
              ? null
              : editFor(cells[j + 1], rule)
            : cells.length === 1 && next && next.length === 1 && !fieldOfLabel(next[0].text) && !OTHER_FORM_LABEL.test(next[0].text.trim()) && next[0].text.trim().length <= 60
              ? editFor(next[0], rule)
              : null;
      if (edit) edits.push(edit);
    });
  });
  return edits;
}

/** Home-address, ID-number and signature fields of forms, in any of the layouts above. */
export function formFieldEdits(lines: Cell[]): RedactionEdit[] {
  const edits: RedactionEdit[] = [];
  for (const line of lines) if (FIELD_WORD.test(line.text)) edits.push(...inlineFieldEdits(line.text, line.start));
  if (lines.some((l) => FIELD_WORD.test(l.text))) edits.push(...cellFieldEdits(lines));
  return edits;
}
