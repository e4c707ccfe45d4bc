// Citation markers [n] in model output: checked against the passages that exist, and renumbered.

export interface CitationCheck {
  /** The text with citations to missing passages removed (and empty brackets dropped). */
  text: string;
  /** Valid passage numbers cited, in order of first appearance. */
  cited: number[];
  /** Numbers cited that do not exist (outside 1..n), in order of first appearance. */
  dropped: number[];
}

// [1] [1,2] [1、3] [1-2] ［1］ 【1】 [^1] [来源1] — brackets holding only numbers and separators (and a label some
// models add); 【待补充：…】 and other bracketed words are left alone.
const CITATION_GROUP = /[[［【]\s*(?:\^|来源|片段|文件|资料|passage\s*)?\s*(\d+(?:\s*[,，、\-–~]\s*\d+)*)\s*[\]］】]/gi;

function expandGroup(group: string): number[] {
  const out: number[] = [];
  for (const part of group.split(/\s*[,，、]\s*/)) {
    const range = part.match(/^(\d+)\s*[-–~]\s*(\d+)$/);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      for (let i = Math.min(a, b); i <= Math.max(a, b) && i - Math.min(a, b) < 50; i++) out.push(i);
    } else if (part) out.push(Number(part));
  }
  return out;
}

/** Keeps citations to passages 1..n, drops the others, and normalizes each kept group to [a][b]. */
export function validateCitations(text: string, n: number): CitationCheck {
  const cited: number[] = [];
  const dropped: number[] = [];
  const cleaned = text.replace(CITATION_GROUP, (_, group: string) => {
    const numbers = expandGroup(group);
    const kept = numbers.filter((x) => Number.isInteger(x) && x >= 1 && x <= n);
    for (const x of numbers) {
      const list = kept.includes(x) ? cited : dropped;
      if (!list.includes(x)) list.push(x);
    }
    return [...new Set(kept)].map((x) => `[${x}]`).join('');
  });
  return { text: cleaned.replace(/[ \t]+([。，；！？])/g, '$1'), cited, dropped };
}

/** Rewrites [old] to [new] per the mapping (used to renumber cited passages 1..m). */
export function renumberCitations(text: string, mapping: Map<number, number>): string {
  return text.replace(/\[(\d+)\]/g, (whole, d: string) => {
    const to = mapping.get(Number(d));
    return to === undefined ? whole : `[${to}]`;
  });
}

