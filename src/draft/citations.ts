import type { Chunk, Citation } from '../types.js';
import { citationOf, shortQuote } from '../grounding/passages.js';
import { itemAt } from '../text/itemLabels.js';
import { joinSectionPath, sectionParts } from '../text/sectionPath.js';

/** Numbers cited chunks [1], [2]… across a whole draft, so one source keeps one number in every section. */
export class CitationRegistry {
  private readonly byChunk = new Map<string, Citation>();
  private readonly texts = new Map<number, string>();

  cite(chunk: Chunk, quote: string): Citation {
    // One number per source; each use keeps the sentence it quotes (a section shows what it cites, not the first use).
    const existing = this.byChunk.get(chunk.id);
    const section = quotedSection(chunk, quote);
    if (existing) return { ...existing, section, quote: shortQuote(quote) };
    const citation = { ...citationOf(this.byChunk.size + 1, chunk, shortQuote(quote)), section };
    this.byChunk.set(chunk.id, citation);
    this.texts.set(citation.n, passageFactText(chunk));
    return citation;
  }

  /** Full text of the passage behind citation n (what the fidelity check compares against). */
  textOf(n: number): string | undefined {
    return this.texts.get(n);
  }

  all(): Citation[] {
    return [...this.byChunk.values()].sort((a, b) => a.n - b.n);
  }
}

/** Characters of a quote's opening looked for in its passage (a quote may join sentences or drop a lead-in). */
const QUOTE_PROBE_CHARS = 12;

/**
 * The section a quote is cited from: the chunk's section path and, when the quote sits in an item the chunker does not
 * cut at ("2.1 基本补助。…" under "2. 补助标准", "二是关于缩短审批时限。…" in a reply), that item ("2. 补助标准 > 2.1 基本补助").
 */
export function quotedSection(chunk: Pick<Chunk, 'sectionPath' | 'text'>, quote: string): string {
  const at = chunk.text.indexOf(quote.trim().slice(0, QUOTE_PROBE_CHARS));
  const item = at === -1 ? null : itemAt(chunk.text, at);
  const parts = sectionParts(chunk.sectionPath);
  // A heading line kept in its section's text ("（一）基本补助。每台15万元。") is that section's, not an item inside it.
  const headed = item && (parts[parts.length - 1] ?? '').replace(/\s/gu, '').startsWith(item.number);
  return item && !headed ? joinSectionPath([...parts, item.label]) : chunk.sectionPath;
}

/** What a citation vouches for: the passage and the title and 文号 shown with it. */
export function passageFactText(chunk: Pick<Chunk, 'title' | 'number' | 'sectionPath' | 'text'>): string {
  return [chunk.title, chunk.number ?? '', chunk.sectionPath, chunk.text].join('\n');
}

export function uniqueByNumber(citations: Citation[]): Citation[] {
  const seen = new Set<number>();
  return citations.filter((c) => (seen.has(c.n) ? false : (seen.add(c.n), true)));
}
