// The same thing named with another head noun of its kind: "供水企业" is written "市供水公司", "燃气泄漏报警装置" is
// written "燃气泄漏报警器". A Chinese compound names its kind by its last part, and a document picks one word of the kind.
import { getTokenizer } from './tokenizer.js';

/** Head nouns that name the same kind of thing (a body that trades; a device). */
const KIND_HEADS: readonly (readonly string[])[] = [
  ['企业', '公司', '集团'],
  ['装置', '设备', '器'],
];

/** Shortest stem before the head for a word to be read as "stem + head" (报警 of 报警装置). */
const MIN_STEM_CHARS = 2;

/**
 * The same word with the other heads of its kind ("报警装置" → 报警设备, 报警器; "企业" → 公司, 集团): a bare head stands
 * for any of its kind named with a head of at least two characters ("市供水公司" is an 企业). Empty when the word ends in
 * no such head.
 */
export function otherKindHeadForms(word: string): string[] {
  for (const heads of KIND_HEADS) {
    const head = heads.find((h) => word.endsWith(h));
    if (!head) continue;
    const stem = word.slice(0, -head.length);
    if (stem.length >= MIN_STEM_CHARS) return heads.filter((h) => h !== head).map((h) => stem + h);
    if (!stem) return heads.filter((h) => h !== head && h.length >= 2);
  }
  return [];
}

/** How many characters after a form are read to find where its word ends ("消防器" + 材 of 消防器材). */
const WORD_END_WINDOW = 4;

/**
 * Whether the text holds the form as a word of its own, not as the start of a longer one: "消防器" is no word of
 * "消防器材配备" (its word is 消防器材), "报警器" is one of "安装报警器并接入".
 */
export function holdsAsWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const next = text[at + form.length];
    if (!next || !/\p{Script=Han}/u.test(next)) return true;
    let end = 0;
    for (const token of getTokenizer().cut(text.slice(at, at + form.length + WORD_END_WINDOW))) {
      end += token.length;
      if (end >= form.length) break;
    }
    if (end === form.length) return true;
  }
  return false;
}

/** Whether a (normalised) text names the word's thing with another head of its kind, as a word of its own. */
export function holdsUnderKindHead(text: string, word: string): boolean {
  return otherKindHeadForms(word).some((form) => holdsAsWord(text, form));
}
