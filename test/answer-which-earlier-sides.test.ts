// "甲区和乙区的全部完工时间哪个早": which of two times comes first. Each side must be answered by a sentence stating the
// time of what is asked; a sentence on the side's topic that dates another thing ("追加资金…于8月1日前拨付") gives
// nothing to set against the other side's date, so the comparison is not answered from it. Invented text.
import { describe, expect, it } from 'vitest';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import type { Answer } from '../src/types.js';

const side = (docId: string, quote: string): Answer => ({
  question: '',
  answered: true,
  answer: `${quote}[1]`,
  citations: [{ n: 1, docId, title: `${docId}老旧小区改造工作方案`, number: null, section: '', quote, chunkId: `${docId}#0` }],
  retrieved: [],
  engine: { llm: 'offline', embeddings: 'none' },
});

describe("two sides asked which time comes first", () => {
  const compared = comparisonSides('甲区和乙区的全部完工时间哪个早')!;
  const first = side('甲区', '（一）5月10日前，全部项目完工。');

  it("answers when both sides date what is asked", () => {
    const combined = combineSides(compared, [first, side('乙区', '乙区要求6月30日前全部项目完工。')]);
    expect(combined?.answered).toBe(true);
    expect(combined?.answer).toContain('6月30日前');
  });

  it("does not answer a side from a sentence dating something else", () => {
    const combined = combineSides(compared, [first, side('乙区', '会议同意追加改造资金300万元，由区财政局于8月1日前拨付。')]);
    expect(combined?.answered).toBe(false);
    expect(combined?.answer).not.toContain('拨付');
  });

  it("takes a quarter (\"第四季度开工\") for a time", () => {
    const combined = combineSides(compared, [first, side('乙区', '乙区改造项目计划第四季度全部完工。')]);
    expect(combined?.answered).toBe(true);
  });

  it("leaves a comparison of another kind alone when 后 starts another word (\"哪个后续管理更完善\")", () => {
    const other = comparisonSides('甲区和乙区的后续管理，哪个后续管理更完善')!;
    const combined = combineSides(other, [side('甲区', '改造完成后，由街道指导小区成立业主委员会。'), side('乙区', '改造完成后，无物业的小区由社区兜底管理。')]);
    expect(combined?.answered).toBe(true);
  });
});
