import type { Chunk, Citation } from '../types.js';
import { citationOf, shortQuote } from '../grounding/passages.js';

/** Numbers cited chunks [1], [2]… across a whole draft, so one source keeps one number in every section. */
export class CitationRegistry {
  private readonly byChunk = new Map<string, Citation>();
  private readonly texts = new Map<number, string>();

  cite(chunk: Chunk, quote: string): Citation {
    // One number per source; each use keeps the sentence it quotes (a section shows what it cites, not the first use).
    const existing = this.byChunk.get(chunk.id);
    if (existing) return { ...existing, quote: shortQuote(quote) };
    const citation = citationOf(this.byChunk.size + 1, chunk, shortQuote(quote));
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

/** What a citation vouches for: the passage and the title and 文号 shown with it. */
export function passageFactText(chunk: Pick<Chunk, 'title' | 'number' | 'sectionPath' | 'text'>): string {
  return [chunk.title, chunk.number ?? '', chunk.sectionPath, chunk.text].join('\n');
}

export function uniqueByNumber(citations: Citation[]): Citation[] {
  const seen = new Set<number>();
  return citations.filter((c) => (seen.has(c.n) ? false : (seen.add(c.n), true)));
}
