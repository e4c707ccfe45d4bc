// The one vocabulary of comparison questions, read by each stage at its own breadth.
import { describe, expect, it } from 'vitest';
import { ASKS_EACH_DOCUMENT, ASKS_OF_EACH_SIDE, SPANS_SIDES, WEIGHS_SIDES } from '../src/text/index.js';

describe('comparison wording', () => {
  it('reads 分别 / 哪边 as asking each side at every stage', () => {
    for (const q of ['许昌和临湘分别改造了多少个小区？', '许昌和临湘哪边提到了停车？']) {
      expect(ASKS_OF_EACH_SIDE.test(q) && SPANS_SIDES.test(q) && WEIGHS_SIDES.test(q), q).toBe(true);
    }
  });

  it('does not read a bare 各 as weighing places (各类项目 are one place\'s many things), though the gate lets it span documents', () => {
    const q = '许昌市魏都区各类改造项目资金怎么筹措？';
    expect(WEIGHS_SIDES.test(q)).toBe(false);
    expect(SPANS_SIDES.test(q)).toBe(true);
  });

  it('weighs places set against each other with 比较 / 相比, which the split leaves to the places it names', () => {
    const q = '柳州的占比和桂林相比哪个高？';
    expect(WEIGHS_SIDES.test(q)).toBe(true);
    expect(ASKS_EACH_DOCUMENT.test(q)).toBe(false);
  });

  it('asks each of two unnamed documents with 两份…各自', () => {
    expect(ASKS_EACH_DOCUMENT.test('两份答复里各自发了多少补贴？')).toBe(true);
  });
});
