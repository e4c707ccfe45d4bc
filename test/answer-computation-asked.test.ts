// "物业管理覆盖率是怎么算的" answered by "…覆盖率达到91%", "居民改造出资是怎么算的" by a district's totals: how a figure is
// worked out is asked, and the answer gives only what it stands at. Refused (a wrong answer is worse than none).
import { describe, expect, it } from 'vitest';
import { computationUnstatedRefusal } from '../src/answer/gate/figures.js';
import { ASKS_HOW_COMPUTED, statesComputation } from '../src/text/questionTypes.js';
import type { Citation } from '../src/types.js';

const cite = (quote: string, n = 1): Citation => ({ n, docId: 'doc', title: '城镇老旧小区改造绩效目标', number: null, section: '', quote, chunkId: `doc#${n}` });

describe('how a figure is worked out, asked', () => {
  it('is read in 怎么算, 如何计算 and 计算方法, not in a case put to a rule', () => {
    expect(ASKS_HOW_COMPUTED.test('物业管理覆盖率是怎么算的')).toBe(true);
    expect(ASKS_HOW_COMPUTED.test('逾期竣工违约金怎么算')).toBe(true);
    expect(ASKS_HOW_COMPUTED.test('完工率的计算方法是什么')).toBe(true);
    expect(ASKS_HOW_COMPUTED.test('补助按新标准算还是老标准算')).toBe(false);
    expect(ASKS_HOW_COMPUTED.test('只搭了围挡算不算开工')).toBe(false);
  });

  it('is said by a share, a sum per unit, a basis or what is counted, not by a value', () => {
    expect(statesComputation('物业管理覆盖率，是指实行物业管理的改造小区个数占已改造小区总数的比例。')).toBe(true);
    expect(statesComputation('居民按每户500元出资。')).toBe(true);
    expect(statesComputation('仅设置围挡的不计入开工。')).toBe(true);
    expect(statesComputation('户均改造成本｜≤2.5万元/户')).toBe(false);
    expect(statesComputation('2024年改造小区长效管理覆盖率达到91%。')).toBe(false);
  });
});

describe('an answer giving only values', () => {
  it('is refused, quoting the nearest content', () => {
    const value = cite('（三）2024年改造小区长效管理覆盖率达到91%。');
    const refusal = computationUnstatedRefusal('长效管理覆盖率是怎么算的', [value]);
    expect(refusal?.answer).toContain('没有写明计算方法');
    expect(refusal?.citations[0].quote).toBe(value.quote);
    expect(computationUnstatedRefusal('西秀区的居民改造出资是怎么算的', [cite('2023年，西秀区改造老旧小区46个，惠及居民5820户，完成投资2.14亿元。')])).toBeDefined();
  });

  it('keeps an answer saying how it is worked out', () => {
    expect(computationUnstatedRefusal('逾期竣工违约金怎么算', [cite('每逾期一日按合同价款的万分之五支付违约金。')])).toBeUndefined();
    expect(computationUnstatedRefusal('“无所谓”怎么算', [cite('“无所谓”视为不反对。')])).toBeUndefined();
    expect(computationUnstatedRefusal('覆盖率是多少', [cite('覆盖率达到91%。')])).toBeUndefined();
  });
});
