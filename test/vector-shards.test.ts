import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VectorRecall, liveByShard, type HnswParams } from '../src/retrieval/embeddingRecall.js';
import { createRandom } from '../bench/synthetic.js';

const DIM = 16;
/** Search breadth above the library size: every graph search is then exact, so sharding must not change a result. */
const EXACT: HnswParams = { m: 8, efConstruction: 200, efSearch: 500, shards: 1 };

function vectors(count: number, seed: number): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => Array.from({ length: DIM }, () => random() * 2 - 1));
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

/** The true `depth` nearest labels among the live ones. */
function bruteForce(points: number[][], live: (label: number) => boolean, query: number[], depth: number): number[] {
  return points
    .map((p, label) => ({ label, score: cosine(p, query) }))
    .filter((s) => live(s.label))
    .sort((a, b) => b.score - a.score || a.label - b.label)
    .slice(0, depth)
    .map((s) => s.label);
}

function build(points: number[][], shards: number): VectorRecall {
  const recall = VectorRecall.create(DIM, points.length, { ...EXACT, shards });
  points.forEach((p, label) => recall.add(p, label));
  return recall;
}

describe('vector shards', () => {
  const points = vectors(400, 7);
  const queries = vectors(20, 99);
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-shards-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('two graphs searched together return what one graph returns (the true nearest chunks), scores included', () => {
    const one = build(points, 1);
    const two = build(points, 2);
    expect(two.shards.map((g) => g.size)).toEqual([200, 200]);
    for (const q of queries) {
      const a = one.search(q, 10);
      const b = two.search(q, 10);
      expect(b.map((h) => h.index)).toEqual(bruteForce(points, () => true, q, 10));
      expect(b.map((h) => h.index)).toEqual(a.map((h) => h.index));
      b.forEach((h, i) => expect(h.score).toBeCloseTo(a[i].score, 5));
    }
  });

  it('keeps a filter, removals and later additions right across graphs, and after a save and load', async () => {
    const two = build(points, 2);
    const removed = new Set([0, 1, 2, 3, 150, 301]);
    for (const label of removed) two.remove(label);
    const added = vectors(30, 5);
    added.forEach((p, i) => two.add(p, points.length + i));
    const all = [...points, ...added];
    const live = (label: number) => !removed.has(label);
    const even = (label: number) => live(label) && label % 4 === 0;
    expect(two.size).toBe(all.length - removed.size);

    const files = [0, 1].map((s) => path.join(dir, `g${s}.hnsw`));
    const fingerprints = await two.save((s) => files[s]);
    const loaded = await VectorRecall.load(
      files.map((file, s) => ({ path: file, fingerprint: fingerprints[s] })),
      DIM,
      { count: all.length, dead: removed },
      { ...EXACT, shards: 2 },
    );
    expect(loaded.size).toBe(two.size);
    for (const recall of [two, loaded]) {
      for (const q of queries.slice(0, 8)) {
        expect(recall.search(q, 10).map((h) => h.index)).toEqual(bruteForce(all, live, q, 10));
        expect(recall.search(q, 5, even).map((h) => h.index)).toEqual(bruteForce(all, even, q, 5));
      }
      const among = [5, 6, 7, 400, 401];
      expect(recall.searchAmong(queries[0], among, 3).map((h) => h.index)).toEqual(bruteForce(all, (l) => among.includes(l), queries[0], 3));
    }
  });

  it('counts each graph’s live chunks from the label count and the removed labels', () => {
    expect(liveByShard(0, [], 2)).toEqual([0, 0]);
    expect(liveByShard(1, [], 2)).toEqual([1, 0]);
    expect(liveByShard(7, [2, 3, 5], 2)).toEqual([3, 1]);
    expect(liveByShard(7, [], 3)).toEqual([3, 2, 2]);
  });
});
