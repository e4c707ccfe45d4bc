// BM25's length normalisation is moderate (LEXICAL_DEFAULTS.b = 0.5): a long chunk holding the asked words twice (a
// whole FAQ, one chunk of a news report, a reply section listing several measures) outranks a short chunk that names
// them once. At BM25's usual 0.75 the short one won (on the tune halves 0.5 puts 7 more questions at rank 1).
import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../src/retrieval/fullTextRecall.js';
import type { ChunkTerms } from '../src/retrieval/terms.js';

/** Term ids 0 and 1 are the asked words; 2 is every other word. */
function body(ids: number[]): ChunkTerms {
  return { title: new Uint32Array(0), heading: new Uint32Array(0), body: Uint32Array.from(ids) };
}

describe('length normalisation', () => {
  it('ranks a chunk three times as long holding the asked words twice above a short one holding them once', () => {
    const long = body([0, 1, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
    const short = body([0, 1, 2, 2]);
    const index = LexicalIndex.build(['施工', '投诉电话', '其他'], [short, long]);
    expect(index.search(['施工', '投诉电话'], 2).map((r) => r.index)).toEqual([1, 0]);
  });
});
