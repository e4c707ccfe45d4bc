import { describe, expect, it } from 'vitest';
import { documentChunks, extractiveAsker } from './support/services.js';

// A lift-installation rule: its consent threshold is written as a share of the owners (四分之三以上), next to
// sentences with figures of other kinds (a subsidy, a publicity period).
const rules = '云岭市既有住宅加装电梯实施办法';
const chunks = documentChunks('yl-lift', { title: rules, kind: 'policy' }, [
  ['第五条', '加装电梯的，应当经本单元专有部分面积占比四分之三以上且人数占比四分之三以上的业主同意。'],
  ['第六条', '加装电梯的设计方案应当在本单元显著位置公示，公示期不少于10日。'],
  ['第八条', '亭湖区、盐都区范围内加装电梯的，每台补助15万元。'],
]);
const ask = extractiveAsker(chunks, 5);

describe('a consent threshold asked is answered with the share of owners the rules require', () => {
  it('answers 要多少业主同意 with the fraction, not a figure of another kind', async () => {
    const a = await ask('在云岭加装电梯，要多少业主同意才行？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('四分之三以上');
    expect(a.answer).not.toContain('15万元');
  });

  it('answers 几成住户点头 the same way', async () => {
    const a = await ask('加装电梯得有几成住户点头？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('四分之三以上');
  });
});
