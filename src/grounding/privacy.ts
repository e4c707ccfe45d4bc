// Personal data (a proposer's mobile number, ID card number, signature, home address) is redacted at ingestion;
// these guards make sure a question cannot fish for it and an answer cannot carry it.

import { asksForPersonContact } from './personContact.js';
import { applyRedactions, ID_NUMBER, MOBILE, type RedactionEdit } from '../corpus/redact.js';
import { foldFullWidth } from '../text/simplify.js';
import { asksSigningAsProcedure } from '../text/questionTypes.js';
import { bankCardEdits, emailEdits } from '../corpus/personalFields.js';

const ID_WORDS = /身份证|证件号|身份号码|护照号/;
const PRIVATE_CONTACT = /手机|私人(?:电话|号码|联系方式)|个人(?:电话|号码|联系方式|信息)|家庭住址|家住|住址|住在哪|微信号/;
const SIGNATURE = /签名|签字/;
const CONTACT_WORDS = /电话|号码|联系方式|手机|住址|微信/;
/** People whose contact details are personal; the bureau's office phone in a contact block is public. */
const PRIVATE_PERSON = /委员|代表|提案人|建议人|提案者|领衔人|附议人|群众|居民|业主|承办人|个人/;

/** True when the question asks for someone's personal data (then it is refused, before any search or model call). */
export function asksForPersonalData(question: string): boolean {
  const q = question.normalize('NFKC');
  if (ID_WORDS.test(q)) return true;
  if (PRIVATE_CONTACT.test(q) || (SIGNATURE.test(q) && !asksSigningAsProcedure(q))) return true;
  if (asksForPersonContact(q)) return true;
  return CONTACT_WORDS.test(q) && PRIVATE_PERSON.test(q);
}

export const PRIVACY_REFUSAL =
  '抱歉，这个问题涉及个人信息（如提案人、代表或群众的手机号、身份证号、签名、住址），按规定不能提供。' +
  '如需联系承办单位，请使用答复文件中公开的联系单位及办公电话。';

/** What every mask starts with. */
export const MASK_MARK = '[已隐去';

/** Masks mobile, ID card and bank card numbers and personal e-mail in any text that leaves the process (answers, prompts, logs). */
export function maskPersonalData(text: string): string {
  // Matched on a copy with full-width digits folded to ASCII (same length), replaced in the original text.
  const folded = foldFullWidth(text);
  const edits: RedactionEdit[] = [];
  for (const [pattern, replacement, kind] of [[ID_NUMBER, '[已隐去身份证号]', 'idCard'], [MOBILE, '[已隐去手机号]', 'mobile']] as const) {
    for (const m of folded.matchAll(pattern)) {
      const edit = { start: m.index, end: m.index + m[0].length, replacement, kind };
      if (!edits.some((e) => edit.start < e.end && e.start < edit.end)) edits.push(edit);
    }
  }
  for (const edit of [...bankCardEdits(folded), ...emailEdits(folded)]) {
    const masked = { ...edit, replacement: `[已隐去${edit.kind === 'email' ? '邮箱' : '银行卡号'}]` };
    if (!edits.some((e) => edit.start < e.end && e.start < edit.end)) edits.push(masked);
  }
  return applyRedactions(text, edits.sort((a, b) => a.start - b.start));
}
