// Traditional → simplified, for matching only (quotes and chunk text keep the document's own characters). Big5 gateway
// pages and Hong Kong/Taiwan sources are written in traditional characters while staff ask in simplified ones.
import { readFileSync } from 'node:fs';

/** Two lines of equal length: common traditional characters of government and housing texts, and their simplified forms. */
const TRAD_TO_SIMP_URL = new URL('./t2s.txt', import.meta.url);

/** For each UTF-16 code unit, the simplified character's code unit, or 0 when it is not folded (every entry is in the BMP). */
let traditional: Uint16Array | undefined;

/**
 * Folds common traditional characters to simplified ones, one character for one (lengths stay equal), so
 * "城鎮老舊小區" and "城镇老旧小区" match. A character not in the table is left as it is. A table look-up per code
 * unit, not a regular expression: this runs over every chunk of an ingest.
 */
export function toSimplified(text: string): string {
  const table = (traditional ??= loadTraditionalTable());
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = '';
  let copied = 0;
  for (; i < text.length; i++) {
    const to = table[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  return out + text.slice(copied);
}

function loadTraditionalTable(): Uint16Array {
  const [trad = '', simp = ''] = readFileSync(TRAD_TO_SIMP_URL, 'utf8').split('\n');
  const from = [...trad];
  const to = [...simp];
  if (from.length !== to.length) throw new Error('t2s.txt 两行字数不一致');
  if ([...from, ...to].some((ch) => ch.length !== 1)) throw new Error('t2s.txt 只能含基本多文种平面的字');
  const table = new Uint16Array(0x10000);
  from.forEach((ch, i) => (table[ch.charCodeAt(0)] = to[i].charCodeAt(0)));
  return table;
}

/**
 * Full-width digits, Latin letters, plus, hyphen and percent (１３８…, Ａ类, ３０％) folded to ASCII one for one, and a
 * full-width point between two digits (０．５) to "."; Chinese punctuation stays. Text copied from a web page or typed
 * in a Chinese input method writes figures so; folded, every figure pattern reads them, and offsets still hold.
 */
export function foldFullWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(?<=\d)．(?=\d)/g, '.');
}

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋－％]/;
const FULL_WIDTH_ALL = /[０-９Ａ-Ｚａ-ｚ＋－％]/g;

/**
 * The form a question or a proposal is read in: simplified characters and ASCII figures, one character for one. (A
 * document's chunk text keeps its own characters: see the note at the top.)
 */
export function readingForm(text: string): string {
  return toSimplified(foldFullWidth(text));
}

/** Compatibility forms folded (NFKC: full-width digits and marks, Big5-gateway punctuation) and characters simplified. */
export function simplifiedCompatible(text: string): string {
  return toSimplified(text.normalize('NFKC'));
}

/** The form text is compared in: NFKC (full-width digits, Big5-gateway punctuation), simplified characters, no spaces, lowercase. */
export function normalizeForMatch(text: string): string {
  return simplifiedCompatible(text).replace(/\s+/g, '').toLowerCase();
}

/** The form a heading is found written in a question by: normalizeForMatch without punctuation ("资金筹措、使用与管理" as "资金筹措使用与管理"). */
export function normalizeWithoutPunctuation(text: string): string {
  return normalizeForMatch(text).replace(/\p{P}/gu, '');
}
