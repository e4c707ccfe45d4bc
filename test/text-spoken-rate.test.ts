// "我们自己按面积一平米得掏多少": spoken 一平米 asks a rate per square metre (每平方米), 按面积 says what the rate is per (no
// area asked), and 自己掏 / 得掏 is the residents' contribution (出资) the documents state.
import { describe, expect, it } from 'vitest';
import { askedFigure, askedRate, statesFigure } from '../src/text/askedFigure.js';
import { getSynonyms } from '../src/text/synonyms.js';

describe('a rate asked in spoken words', () => {
  it('reads 一平米 as per square metre, not a count of 一百平米', () => {
    const rate = askedRate('改造要我们自己掏钱，按面积一平米最少交多少');
    expect(rate?.test('居民出资按建筑面积每平方米不低于1.5元')).toBe(true);
    expect(rate?.test('居民出资约0.8亿元')).toBe(false);
    expect(askedRate('一百平米的房子改造要交多少')).toBeUndefined();
  });

  it('asks a sum of money per square metre, not an area, when it says 按面积', () => {
    const figure = askedFigure('改造要我们自己掏钱，按面积一平米最少交多少');
    expect(figure && statesFigure('每平方米不低于1.5元', figure)).toBe(true);
    expect(figure && statesFigure('改造面积约118万平方米', figure)).toBe(false);
    // An area asked stays one.
    expect(askedFigure('今年改造的建筑面积是多少')?.test('186.5万平方米')).toBe(true);
  });

  it('maps 一平米 and 自己…得掏 to the documents’ wording', () => {
    expect(getSynonyms().wordingFor('一平米', '我们自己一平米得掏多少')).toContain('每平方米');
    expect(getSynonyms().wordingFor('得掏', '我们自己一平米得掏多少')).toContain('居民出资');
  });
});
