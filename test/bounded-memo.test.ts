// The one bounded memo the tokenizer, the month-part patterns, the place forms and the chunk tokenizer keep their
// per-word results in: each key computed once, everything forgotten past the limit, the answers never different.
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/boundedMemo.js';

describe('boundedMemo', () => {
  it('computes each key once and gives the same value back', () => {
    const calls: string[] = [];
    const lengthOf = boundedMemo(10, (word: string) => {
      calls.push(word);
      return { length: word.length };
    });
    const first = lengthOf('老旧小区');
    expect(lengthOf('老旧小区')).toBe(first);
    expect(calls).toEqual(['老旧小区']);
  });

  it('remembers that a key has no value (undefined) too', () => {
    let calls = 0;
    const none = boundedMemo(10, () => {
      calls += 1;
      return undefined;
    });
    none('某区');
    none('某区');
    expect(calls).toBe(1);
  });

  it('starts over once it holds `limit` keys, and still answers the same', () => {
    const calls: number[] = [];
    const double = boundedMemo(2, (n: number) => {
      calls.push(n);
      return n * 2;
    });
    expect([double(1), double(2), double(3), double(1)]).toEqual([2, 4, 6, 2]);
    // 3 found the store full (1, 2) and emptied it: 1 is computed again.
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
