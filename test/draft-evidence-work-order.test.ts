// Work done is ordered best first, and among sentences answering the ask equally well the newest first — one order,
// whatever order retrieval handed them over in (a pairwise rule had let three sentences sort in a circle).
import { describe, expect, it } from 'vitest';
import { newestFirstAmongEqual, type EvidenceSentence } from '../src/draft/evidence.js';

const sentence = (text: string, relevance: number, score: number, year: number) =>
  ({ sentence: text, relevance, score, profile: { year } }) as unknown as EvidenceSentence;

const permutations = <T>(list: T[]): T[][] =>
  list.length <= 1 ? [list] : list.flatMap((item, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('the order of work done', () => {
  it('is the same for every input order, newest first among equally relevant sentences', () => {
    const a = sentence('2021年完成屋面防水3万平方米', 1.0, 1.0, 2021);
    const b = sentence('2024年完成屋面防水8万平方米', 1.0, 0.9, 2024);
    const c = sentence('屋面防水纳入改造内容', 0.99, 0.95, 2020);
    const orders = permutations([a, b, c]).map((input) => newestFirstAmongEqual(input).map((s) => s.sentence));
    for (const order of orders) expect(order).toEqual(orders[0]);
    expect(orders[0]).toEqual([b.sentence, a.sentence, c.sentence]);
  });
});
