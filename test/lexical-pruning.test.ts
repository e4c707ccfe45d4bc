import { describe, expect, it } from 'vitest';
import { LEXICAL_DEFAULTS, LexicalIndex, type Recalled } from '../src/retrieval/fullTextRecall.js';
import type { ChunkTerms } from '../src/retrieval/terms.js';

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** Zipf-like term draws: a few very common terms, a long tail of rare ones (as in real text). */
function corpus(rand: () => number, docs: number, vocabulary: number): ChunkTerms[] {
  const draw = () => Math.floor(vocabulary * rand() ** 3);
  const field = (n: number) => Uint32Array.from({ length: n }, draw);
  return Array.from({ length: docs }, () => ({
    title: field(2 + Math.floor(rand() * 6)),
    heading: rand() < 0.3 ? new Uint32Array(0) : field(1 + Math.floor(rand() * 8)),
    body: field(20 + Math.floor(rand() * 200)),
  }));
}

/** Pruned and exhaustive agree exactly: the same chunks in the same order with bit-identical scores. */
function expectSameTop(pruned: Recalled[], exhaustive: Recalled[]): void {
  expect(pruned).toEqual(exhaustive);
}

describe('BM25F with MaxScore pruning', () => {
  const rand = random(42);
  const VOCABULARY = 3000;
  const vocabulary = Array.from({ length: VOCABULARY }, (_, i) => `t${i}`);
  const docs = corpus(rand, 4000, VOCABULARY);
  const index = LexicalIndex.build(vocabulary, docs);
  const queries = Array.from({ length: 200 }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 7) }, () => vocabulary[Math.floor(VOCABULARY * rand() ** 2)]),
  );

  it('returns the same top-k scores as scoring every posting, on 200 random queries and several depths', () => {
    for (const [i, q] of queries.entries()) {
      const depth = [1, 5, 10, 50][i % 4];
      expectSameTop(index.search(q, depth), index.searchExhaustive(q, depth));
    }
  });

  it('agrees with the exhaustive scores under term weights and a filter', () => {
    for (const q of queries.slice(0, 50)) {
      const weights = new Map(q.slice(1).map((t) => [t, 0.5]));
      const accept = (d: number) => d % 3 !== 0;
      const pruned = index.search(q, 10, accept, weights);
      expectSameTop(pruned, index.searchExhaustive(q, 10, accept, weights));
      expect(pruned.every((h) => accept(h.index))).toBe(true);
    }
  });

  it('agrees with the exhaustive scores under coordination, the term floor, weights and a filter together, deep lists too', () => {
    const scoring = { coordination: 1, termFloor: 0.5 };
    for (const [i, q] of queries.entries()) {
      const depth = [3, 50, 200, 1000][i % 4];
      const weights = new Map(q.slice(1, 3).map((t) => [t, 0.5]));
      const accept = (d: number) => d % 5 !== 1;
      expectSameTop(index.search(q, depth, accept, weights, scoring), index.searchExhaustive(q, depth, accept, weights, scoring));
    }
  });

  it('agrees with the exhaustive scores under coordination and the BM25+ term floor', () => {
    for (const scoring of [
      { coordination: 1, termFloor: 0.5 },
      { coordination: 2, termFloor: 0 },
      { coordination: 0.5, termFloor: 1 },
    ]) {
      for (const [i, q] of queries.slice(0, 80).entries()) {
        const depth = [1, 5, 10, 50][i % 4];
        const weights = new Map(q.slice(2).map((t) => [t, 0.5]));
        expectSameTop(index.search(q, depth, undefined, weights, scoring), index.searchExhaustive(q, depth, undefined, weights, scoring));
      }
    }
  });

  it('ranks a chunk holding more of the question’s distinct terms first under coordination', () => {
    // Chunk 0 repeats the rarer term "a"; chunk 1 holds "a" and the commoner "b" once each: plain BM25 prefers chunk 0.
    const body = (...ids: number[]) => ({ title: new Uint32Array(0), heading: new Uint32Array(0), body: Uint32Array.from(ids) });
    const small = LexicalIndex.build(['a', 'b', 'x'], [body(0, 0, 0, 0, 0, 0, 2), body(0, 1, 2, 2, 2, 2, 2), body(1, 2, 2, 2, 2, 2, 2), body(1, 2, 2, 2, 2, 2, 2), body(1, 2, 2, 2, 2, 2, 2), body(2, 2, 2, 2, 2, 2, 2)]);
    expect(small.search(['a', 'b'], 1)[0].index).toBe(0);
    expect(small.search(['a', 'b'], 1, undefined, undefined, { coordination: 1, termFloor: 0.5 })[0].index).toBe(1);
  });

  it('scores a document by the BM25F formula with the documented defaults', () => {
    const tiny = LexicalIndex.build(['a', 'b'], [
      { title: Uint32Array.of(0), heading: new Uint32Array(0), body: Uint32Array.of(1, 1) },
      { title: new Uint32Array(0), heading: Uint32Array.of(1), body: Uint32Array.of(0, 1, 1) },
    ]);
    const { k1, b, fieldWeights } = LEXICAL_DEFAULTS;
    // Term "a" in doc 0: title tf 1, title length 1 against an average of 0.5 over the two docs.
    const tf = fieldWeights.title / (1 - b + b * (1 / 0.5));
    const idf = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5));
    const hits = tiny.search(['a'], 2);
    expect(hits.find((h) => h.index === 0)?.score).toBeCloseTo((idf * tf * (k1 + 1)) / (tf + k1), 5);
    // Doc 1 has "a" once in a body of 3 words (average 2.5).
    const bodyTf = fieldWeights.body / (1 - b + b * (3 / 2.5));
    expect(hits.find((h) => h.index === 1)?.score).toBeCloseTo((idf * bodyTf * (k1 + 1)) / (bodyTf + k1), 5);
  });

  it('drops removed documents and adds new ones without re-scoring the rest (length averages kept)', () => {
    const removed = new Set([0, 1, 2, 3, 4]);
    const added = new Map([[docs.length, docs[0]]]);
    const changed = index.withChanges(vocabulary, removed, added);
    expect(changed.size).toBe(docs.length - removed.size + 1);
    expect(changed.labels).toBe(docs.length + 1);
    for (const q of queries.slice(0, 40)) {
      const hits = changed.search(q, 10);
      expect(hits.some((h) => removed.has(h.index))).toBe(false);
      expectSameTop(hits, changed.searchExhaustive(q, 10));
    }
    // Only added (no removals): postings copied whole, bounds updated for the new chunks' terms only.
    const grown = index.withChanges(vocabulary, new Set(), new Map([[docs.length, docs[7]], [docs.length + 1, docs[9]]]));
    for (const q of queries.slice(0, 60)) expectSameTop(grown.search(q, 10), grown.searchExhaustive(q, 10));
    // The re-added copy of chunk 0 is found by chunk 0's own terms, and chunk 0 itself is gone.
    const own = [...docs[0].title].map((id) => vocabulary[id]);
    const everything = changed.searchExhaustive(own, changed.labels);
    expect(everything.map((h) => h.index)).toContain(docs.length);
    expect(everything.map((h) => h.index)).not.toContain(0);
  });
});
