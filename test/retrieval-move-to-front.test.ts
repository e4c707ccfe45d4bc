// The stages moving the candidate answering the kind of question asked to the front share one rule of reordering.
import { describe, expect, it } from 'vitest';
import { firstQualifyingToFront } from '../src/retrieval/moveToFront.js';

describe('firstQualifyingToFront', () => {
  const ranked = ['甲', '乙一', '丙', '丁一'];
  const endsInOne = (c: string) => c.endsWith('一');

  it("moves the best-ranked qualifying candidate to the front, the others keeping their order", () => {
    expect(firstQualifyingToFront(ranked, endsInOne)).toEqual(['乙一', '甲', '丙', '丁一']);
  });

  it("looks only among the places it is given", () => {
    expect(firstQualifyingToFront(ranked, endsInOne, { from: 2 })).toEqual(['丁一', '甲', '乙一', '丙']);
    expect(firstQualifyingToFront(ranked, endsInOne, { to: 1 })).toBe(ranked);
  });

  it("leaves the ranking as it is when none qualifies", () => {
    expect(firstQualifyingToFront(ranked, (c) => c === '戊')).toBe(ranked);
  });
});
