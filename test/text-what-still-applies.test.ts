// "…是不是已经提到5万元了" answered "尚未确定" shows what applies meanwhile: a figure of the unit asked, another number
// than the one asked (compared as numbers), never a year read as the asked figure.
import { describe, expect, it } from 'vitest';
import { figuresAsDigits, whatStillApplies } from '../src/text/index.js';

describe('what still applies beside a change not settled', () => {
  it('keeps a figure in force that holds the asked one as text (1.2元 beside the asked 2元)', () => {
    const q = figuresAsDigits('河清区改造小区物业服务费是不是已经涨到每平方米2元了');
    expect(whatStillApplies(q, ['物业服务费'], ['改造小区物业服务费仍按每平方米1.2元执行。'])).toBe('改造小区物业服务费仍按每平方米1.2元执行。');
    expect(whatStillApplies(figuresAsDigits('补助是不是提到5万元了'), ['补助'], ['补助仍按每台15万元执行。'])).toBe('补助仍按每台15万元执行。');
  });

  it('reads the asked figure past a year before it', () => {
    const q = figuresAsDigits('听说2025年区级补助提到5万元了，这个定了没有');
    expect(whatStillApplies(q, ['区级补助'], ['2023年全区完成加装电梯区级补助发放86台。', '区级补助继续执行每台3万元。'])).toBe('区级补助继续执行每台3万元。');
  });

  it('reads a rate asked in per cent without throwing', () => {
    const q = figuresAsDigits('居民出资比例是不是已经提到30%了');
    expect(whatStillApplies(q, ['出资比例'], ['居民出资比例仍按20%执行。'])).toBe('居民出资比例仍按20%执行。');
  });

  it('does not offer the asked figure itself', () => {
    expect(whatStillApplies(figuresAsDigits('补助是不是提到5万元了'), ['补助'], ['补助仍按每台5万元执行。'])).toBeUndefined();
  });
});
