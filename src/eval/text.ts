// Text helpers shared by the metrics: comparisons ignore width, case, whitespace and traditional vs simplified
// characters (the corpus mixes "2019 年" and "2019年", full-width and half-width digits, and quotes documents written
// in traditional characters as they are), through the text layer's one comparison form.
import { normalizeForMatch } from '../text/simplify.js';

export { normalizeForMatch };

/** True when `haystack` contains `needle` after normalization; an empty needle never matches. */
export function containsNormalized(haystack: string, needle: string): boolean {
  const n = normalizeForMatch(needle);
  return n.length > 0 && normalizeForMatch(haystack).includes(n);
}

const NUMBER_PATTERN = /\d+(?:[.,]\d+)*%?/gu;

/** Arabic-digit figures in a text (after NFKC), e.g. "1.18", "434", "15%"; thousands separators removed. */
export function extractNumbers(text: string): string[] {
  const flat = text.normalize('NFKC').replace(/(\d)\s+(?=\d)/gu, '$1');
  return (flat.match(NUMBER_PATTERN) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/gu, ''));
}

/**
 * Key terms of a phrase: every figure, plus every CJK character bigram (a single CJK character when that is all
 * there is), plus Latin words. Used to judge whether a passage "shares the key terms" of an expected phrase.
 */
export function keyTerms(phrase: string): { numbers: string[]; terms: string[] } {
  const normalized = normalizeForMatch(phrase);
  const numbers = extractNumbers(normalized);
  const terms = new Set<string>();
  for (const run of normalized.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  for (const word of normalized.match(/[a-z]{2,}/gu) ?? []) terms.add(word);
  return { numbers, terms: [...terms] };
}
