import { REDACTED_ID, REDACTED_SIGNATURE, SIGNATURE_LABEL, SIGNATURE_WORD, SIGNER } from './fieldLabels.js';
import { bankCardEdits, emailEdits, formFieldEdits } from './personalFields.js';
import type { RedactionCounts, RedactionEdit } from './redactionTypes.js';
import { foldFullWidth } from '../text/simplify.js';

export type { RedactionCounts, RedactionEdit } from './redactionTypes.js';
export { REDACTED_ID, REDACTED_SIGNATURE } from './fieldLabels.js';

export const REDACTED_MOBILE = '【已隐去手机号】';
export const REDACTED_PHONE = '【已隐去电话】';

export function emptyRedactionCounts(): RedactionCounts {
  return { mobile: 0, idCard: 0, signature: 0, formPhone: 0, bankCard: 0, email: 0, address: 0, instruction: 0 };
}

export function addRedactionCounts(a: RedactionCounts, b: RedactionCounts): RedactionCounts {
  const sum = emptyRedactionCounts();
  for (const key of Object.keys(sum) as (keyof RedactionCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** Pieces of personal data hidden (quarantined instructions are not counted here). */
export function totalRedactions(c: RedactionCounts): number {
  return c.mobile + c.idCard + c.signature + c.formPhone + c.bankCard + c.email + c.address;
}

/** Everything taken out of the indexed text: personal data and quarantined instructions. */
export function totalQuarantined(c: RedactionCounts): number {
  return totalRedactions(c) + c.instruction;
}

// Resident ID: 6-digit area, birth date 18xx–20xx, 3-digit sequence, check digit (0-9 or X); people also write it in
// groups (110101 19900307 123X) — and the old 15-digit form has a 2-digit year and no check digit.
const SEP = '[ \\-]?';
export const ID_NUMBER = new RegExp(
  '(?<![0-9A-Za-z])[1-9]\\d{5}' +
    SEP +
    '(?:(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])' + SEP + '\\d{3}[\\dXx]' +
    '|\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])' + SEP + '\\d{3})' +
    '(?![0-9A-Za-z])',
  'g',
);
// Mainland mobile: 1[3-9] + 9 digits, optionally +86, written plain or grouped 3-4-4 with spaces or dashes.
export const MOBILE = /(?<![\d+＋])(?:(?:\+|＋)?86[ \-]?)?1[3-9]\d(?:[ \-－]?\d{4}){2}(?!\d)/g;
// On feedback forms: "提案者签名: 邹海" / "代表签字：张三" — the value after the label, up to a tab, line end or the next label.
const SIGNATURE_FIELD = new RegExp(`(${SIGNATURE_LABEL}\\s*[:：]?)([ \\t]*)([^\\t\\n:：]{1,16}?)(?=[ \\t]*(?:\\t|\\n|$|联系|电话|日期|\\d{2,4}年))`, 'g');
// A phone written on a signature line belongs to the proposer, landline or not.
const FORM_PHONE = /((?:联系)?(?:电话|手机|方式)\s*[:：]?[ \t]*)((?:\+?86[\s-]?)?\d[\d \-－]{5,18}\d)/g;
const PLACEHOLDER = /^【已隐去/;
const SIGNATURE_LABEL_ALONE = new RegExp(`(?:${SIGNATURE_WORD})\\s*[:：]?[ \\t]*$`);
const NOT_A_NAME = /^(?:联系|电话|日期|年|月|日)/;
/** A signed name holds no sentence punctuation: "签字确认后方可恢复作业。" is a rule stated in prose, not a field. */
const CLAUSE_PUNCTUATION = /[。，,；;！!？?、]/u;
/**
 * A name written straight after the label, without a colon or a space, follows a signer's label ("委员签名张三") and is
 * short: after a bare 签字 ("监理单位签字确认") the words go on with the sentence.
 */
const GLUED_NAME = /^[\u4e00-\u9fff·]{2,4}$/u;
const SIGNER_LABEL = new RegExp(`^(?:${SIGNER})`, 'u');

/** The value after a signature label is a signed name, not the rest of a sentence that mentions signing. */
function isSignedValue(label: string, gap: string, name: string): boolean {
  if (name === '' || PLACEHOLDER.test(name) || NOT_A_NAME.test(name) || CLAUSE_PUNCTUATION.test(name)) return false;
  return /[:：\s]$/u.test(label) || gap !== '' || (SIGNER_LABEL.test(label) && GLUED_NAME.test(name));
}


function signatureLineEdits(line: string, offset: number): RedactionEdit[] {
  const edits: RedactionEdit[] = [];
  for (const m of line.matchAll(SIGNATURE_FIELD)) {
    const [, label, gap, value] = m;
    if (!isSignedValue(label, gap, value.trim())) continue;
    const start = offset + m.index + label.length + gap.length;
    edits.push({ start, end: start + value.length, replacement: REDACTED_SIGNATURE, kind: 'signature' });
  }
  for (const m of line.matchAll(FORM_PHONE)) {
    const start = offset + m.index + m[1].length;
    edits.push({ start, end: start + m[2].length, replacement: REDACTED_PHONE, kind: 'formPhone' });
  }
  return edits;
}

/** Word tables exported one cell per line put the signed name on the line after the label. */
function nameOnNextLineEdit(lines: { text: string; start: number }[], labelIdx: number): RedactionEdit | null {
  for (let j = labelIdx + 1; j < lines.length && j <= labelIdx + 2; j++) {
    const t = lines[j].text.trim();
    if (t === '') continue;
    if (!/^[\u4e00-\u9fff·]{2,5}$/.test(t) || NOT_A_NAME.test(t)) return null;
    const start = lines[j].start + lines[j].text.indexOf(t);
    return { start, end: start + t.length, replacement: REDACTED_SIGNATURE, kind: 'signature' };
  }
  return null;
}

function withOffsets(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}

/**
 * Finds personal data: 18-digit ID numbers, on feedback-form signature lines the proposer's name and phone,
 * Luhn-valid bank card numbers, mobile numbers (also grouped with spaces or dashes), personal e-mail addresses and
 * the home-address / ID / signature fields of forms in any layout. Office phones (2169961, 0730-3722246) are not.
 * The edits are sorted and do not overlap.
 */
export function findPersonalData(original: string): RedactionEdit[] {
  const text = foldFullWidth(original);
  const found: RedactionEdit[] = [];
  for (const m of text.matchAll(ID_NUMBER)) {
    found.push({ start: m.index, end: m.index + m[0].length, replacement: REDACTED_ID, kind: 'idCard' });
  }
  const lines = withOffsets(text);
  lines.forEach((line, i) => {
    if (!/签名|签字|签章/.test(line.text)) return;
    found.push(...signatureLineEdits(line.text, line.start));
    if (SIGNATURE_LABEL_ALONE.test(line.text)) {
      const edit = nameOnNextLineEdit(lines, i);
      if (edit) found.push(edit);
    }
  });
  found.push(...bankCardEdits(text));
  for (const m of text.matchAll(MOBILE)) {
    found.push({ start: m.index, end: m.index + m[0].length, replacement: REDACTED_MOBILE, kind: 'mobile' });
  }
  found.push(...emailEdits(text), ...formFieldEdits(lines));
  // Earlier finds win (an ID number is not also a phone); keep the survivors in text order.
  const kept: RedactionEdit[] = [];
  for (const edit of found) {
    if (!kept.some((k) => edit.start < k.end && k.start < edit.end)) kept.push(edit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function applyRedactions(text: string, edits: RedactionEdit[]): string {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.replacement;
    last = e.end;
  }
  return out + text.slice(last);
}

export function countRedactions(edits: RedactionEdit[]): RedactionCounts {
  const counts = emptyRedactionCounts();
  for (const e of edits) counts[e.kind]++;
  return counts;
}

/**
 * Hides personal data: mobile numbers (also grouped with spaces or dashes), 18-digit ID numbers, and on
 * feedback-form signature lines the proposer's name and phone. Office phones (2169961, 0730-3722246) stay.
 */
export function redactPersonalData(text: string): { text: string; counts: RedactionCounts } {
  const edits = findPersonalData(text);
  return { text: applyRedactions(text, edits), counts: countRedactions(edits) };
}
