// The peer baseline every evaluation is compared with: MiniSearch 7 fed the same jieba tokens as our BM25, over
// title + heading path + text of every chunk (no synonyms, no vectors, no reranking).
import MiniSearch from 'minisearch';
import type { Chunk } from '../types.js';
import { getTokenizer } from '../text/index.js';

export type MiniSearchBaseline = MiniSearch<{ id: number; text: string }>;

function tokenizeForMiniSearch(text: string): string[] {
  return getTokenizer().searchTerms(text);
}

export function buildMiniSearch(chunks: readonly Chunk[]): MiniSearchBaseline {
  const ms = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: tokenizeForMiniSearch,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR' },
  });
  ms.addAll(chunks.map((c, id) => ({ id, text: `${c.title}\n${c.sectionPath}\n${c.text}` })));
  return ms;
}

/** The baseline's ranked chunks for a question, best first. */
export function miniSearchRanking(ms: MiniSearchBaseline, chunks: readonly Chunk[], question: string, depth: number): Chunk[] {
  return ms
    .search(question)
    .slice(0, depth)
    .map((r) => chunks[r.id as number]);
}
