// Traditional → simplified, for matching only (quotes and chunk text keep the document's own characters). Big5 gateway
// pages and Hong Kong/Taiwan sources are written in traditional characters while staff ask in simplified ones.
import { readFileSync } from 'node:fs';

/** Two lines of equal length: common traditional characters of government and housing texts, and their simplified forms. */
const TRAD_TO_SIMP_URL = new URL('./t2s.txt', import.meta.url);

let traditional: { pattern: RegExp; map: Map<string, string> } | undefined;

/**
 * Folds common traditional characters to simplified ones, one character for one (lengths stay equal), so
 * "城鎮老舊小區" and "城镇老旧小区" match. A character not in the table is left as it is.
 */
export function toSimplified(text: string): string {
  traditional ??= loadTraditionalTable();
  const { pattern, map } = traditional;
  pattern.lastIndex = 0;
  return pattern.test(text) ? text.replace(pattern, (ch) => map.get(ch) ?? ch) : text;
}

function loadTraditionalTable(): { pattern: RegExp; map: Map<string, string> } {
  const [trad = '', simp = ''] = readFileSync(TRAD_TO_SIMP_URL, 'utf8').split('\n');
  const from = [...trad];
  const to = [...simp];
  if (from.length !== to.length) throw new Error('t2s.txt 两行字数不一致');
  const map = new Map(from.map((ch, i) => [ch, to[i]]));
  return { pattern: new RegExp(`[${from.join('')}]`, 'gu'), map };
}

/** The form text is compared in: NFKC (full-width digits, Big5-gateway punctuation), simplified characters, no spaces, lowercase. */
export function normalizeForMatch(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}
