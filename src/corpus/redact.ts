/** How many personal items were hidden in one text. */
export interface RedactionCounts {
  mobile: number;
  idCard: number;
  signature: number;
  formPhone: number;
}

export const REDACTED_MOBILE = '【已隐去手机号】';
export const REDACTED_ID = '【已隐去身份证号】';
export const REDACTED_SIGNATURE = '【已隐去签名】';
export const REDACTED_PHONE = '【已隐去电话】';

export function emptyRedactionCounts(): RedactionCounts {
  return { mobile: 0, idCard: 0, signature: 0, formPhone: 0 };
}

export function addRedactionCounts(a: RedactionCounts, b: RedactionCounts): RedactionCounts {
  return {
    mobile: a.mobile + b.mobile,
    idCard: a.idCard + b.idCard,
    signature: a.signature + b.signature,
    formPhone: a.formPhone + b.formPhone,
  };
}

export function totalRedactions(c: RedactionCounts): number {
  return c.mobile + c.idCard + c.signature + c.formPhone;
}

// 18-digit resident ID: 6-digit area, birth date 18xx–20xx, 3-digit sequence, check digit (0-9 or X).
const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// Mainland mobile: 1[3-9] + 9 digits, optionally +86, written plain or grouped 3-4-4 with spaces or dashes.
const MOBILE = /(?<![\d+＋])(?:(?:\+|＋)?86[ \-]?)?1[3-9]\d(?:[ \-－]?\d{4}){2}(?!\d)/g;
// On feedback forms: "提案者签名: 邹海" / "代表签字：张三" — the value after the label, up to a tab, line end or the next label.
const SIGNATURE_LABEL = /((?:提案者|提案人|建议者|建议人|代表|委员|本人)?(?:签名|签字|签章)\s*[:：]?)([ \t]*)([^\t\n:：]{1,16}?)(?=[ \t]*(?:\t|\n|$|联系|电话|日期|\d{2,4}年))/g;
// A phone written on a signature line belongs to the proposer, landline or not.
const FORM_PHONE = /((?:联系)?(?:电话|手机|方式)\s*[:：]?[ \t]*)((?:\+?86[\s-]?)?\d[\d \-－]{5,18}\d)/g;
const PLACEHOLDER = /^【已隐去/;

function redactSignatureLine(line: string, counts: RedactionCounts): string {
  let out = line.replace(SIGNATURE_LABEL, (whole, label: string, gap: string, value: string) => {
    const name = value.trim();
    if (name === '' || PLACEHOLDER.test(name) || /^(?:联系|电话|日期|年|月|日)/.test(name)) return whole;
    counts.signature++;
    return `${label}${gap}${REDACTED_SIGNATURE}`;
  });
  out = out.replace(FORM_PHONE, (_whole, label: string, _phone: string) => {
    counts.formPhone++;
    return `${label}${REDACTED_PHONE}`;
  });
  return out;
}

const SIGNATURE_LABEL_ALONE = /(?:签名|签字|签章)\s*[:：]?[ \t]*$/;

/** Word tables exported one cell per line put the signed name on the line after the label. */
function redactNameOnNextLine(lines: string[], labelIdx: number, counts: RedactionCounts): void {
  for (let j = labelIdx + 1; j < lines.length && j <= labelIdx + 2; j++) {
    const t = lines[j].trim();
    if (t === '') continue;
    if (/^[\u4e00-\u9fff·]{2,5}$/.test(t) && !/^(?:联系|电话|日期|年|月|日)/.test(t)) {
      lines[j] = lines[j].replace(t, REDACTED_SIGNATURE);
      counts.signature++;
    }
    return;
  }
}

/**
 * Hides personal data: mobile numbers (also grouped with spaces or dashes), 18-digit ID numbers, and on
 * feedback-form signature lines the proposer's name and phone. Office phones (2169961, 0730-3722246) stay.
 */
export function redactPersonalData(text: string): { text: string; counts: RedactionCounts } {
  const counts = emptyRedactionCounts();
  let out = text.replace(ID_NUMBER, () => {
    counts.idCard++;
    return REDACTED_ID;
  });
  const lines = out.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/签名|签字|签章/.test(lines[i])) continue;
    lines[i] = redactSignatureLine(lines[i], counts);
    if (SIGNATURE_LABEL_ALONE.test(lines[i])) redactNameOnNextLine(lines, i, counts);
  }
  out = lines.join('\n');
  out = out.replace(MOBILE, () => {
    counts.mobile++;
    return REDACTED_MOBILE;
  });
  return { text: out, counts };
}
