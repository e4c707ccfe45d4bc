// The same thing named with another head noun of its kind: "供水企业" is written "市供水公司", "燃气泄漏报警装置" is
// written "燃气泄漏报警器". A Chinese compound names its kind by its last part, and a document picks one word of the kind.

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

/** Whether a (normalised) text names the word's thing with another head of its kind. */
export function holdsUnderKindHead(text: string, word: string): boolean {
  return otherKindHeadForms(word).some((form) => text.includes(form));
}
