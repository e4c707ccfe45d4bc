// bench/confidenceFit.ts: the logistic fit and the cut that decide whether an answer-confidence gate pays.
import { describe, expect, it } from 'vitest';
import { bestCut, fitLogistic, groupOut, loloModel, predict } from '../bench/confidenceFit.js';
import type { AnswerSignals } from '../src/answer/answerSignals.js';

type Row = Parameters<typeof predict>[1];

/** A row whose only signal is its sentence coverage; gain as the score counts a refusal of it. */
function row(set: string, sentenceCoverage: number, kind: 'right' | 'wrong' | 'unanswerable'): Row {
  const gain = kind === 'right' ? -1 : kind === 'wrong' ? 2 : 1;
  return { set, id: `${set}-${sentenceCoverage}`, right: kind === 'right', gain, signals: { sentenceCoverage } as AnswerSignals };
}

/** Per set: wrong answers at low coverage, right ones at high coverage, one right answer among the low ones. */
function separable(set: string): Row[] {
  return [row(set, 0.1, 'wrong'), row(set, 0.15, 'wrong'), row(set, 0.2, 'right'), row(set, 0.25, 'unanswerable'), ...[0.6, 0.7, 0.8, 0.9].map((c) => row(set, c, 'right'))];
}

describe('confidence fit', () => {
  it('learns that higher coverage means a right answer', () => {
    const model = fitLogistic(['a', 'b', 'c'].flatMap(separable), ['sentenceCoverage'], 1);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(predict(model, row('a', 0.9, 'right'))).toBeGreaterThan(predict(model, row('a', 0.1, 'wrong')));
  });

  it('cuts where refusing gains most, and not at all when refusing never pays', () => {
    const scored = (rows: Row[]) => rows.map((r) => ({ p: r.signals.sentenceCoverage, row: r }));
    // Refusing below 0.15 gains +4; going on to 0.25 gains +4 too (−1 right, +1 unanswerable): the fewer refusals win.
    expect(bestCut(scored(separable('a')))).toBeCloseTo(0.15, 6);
    expect(bestCut(scored([row('a', 0.1, 'right'), row('a', 0.2, 'right'), row('a', 0.3, 'wrong'), row('a', 0.9, 'right')]))).toBe(0);
  });

  it('judges each left-out set by a model and cut from the others', () => {
    const results = loloModel(['a', 'b', 'c', 'd'].flatMap(separable), ['sentenceCoverage'], 1);
    expect(results.map((r) => r.set)).toEqual(['a', 'b', 'c', 'd']);
    for (const r of results) expect(r.gain).toBeGreaterThan(0);
  });

  it('judges only the sets in the group, by a model and cut fitted on the others', () => {
    const rows = ['old1', 'old2', 'old3', 'new1', 'new2'].flatMap(separable);
    const results = groupOut(rows, ['sentenceCoverage'], 1, (set) => set.startsWith('new'));
    expect(results.map((r) => r.set)).toEqual(['new1', 'new2']);
    for (const r of results) expect(r.gain).toBeGreaterThan(0);
  });
});
