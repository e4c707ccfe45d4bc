import { describe, expect, it } from 'vitest';
import { countyUnitsAfterCity, namesPlaceWithoutUnit, placeStem, placeWrittenIn, refersToUnits } from '../src/text/places.js';

describe('places: one reading of a place name and its administrative suffix', () => {
  it('reads a place without its suffix, and leaves a two-character city whose second character is the suffix whole', () => {
    expect(placeStem('城东区')).toBe('城东');
    expect(placeStem('白河县')).toBe('白河');
    expect(placeStem('湘西自治州')).toBe('湘西');
    expect(placeStem('海南省')).toBe('海南');
    expect(placeStem('许昌')).toBe('许昌');
  });

  it('finds a place as the text writes it, suffix included, and nothing when the text does not name it', () => {
    expect(placeWrittenIn('城东区2024年计划改多少个小区', '城东')).toBe('城东区');
    expect(placeWrittenIn('青阳2020年完成了多少个', '青阳')).toBe('青阳');
    expect(placeWrittenIn('全市2020年完成了多少个', '青阳')).toBeUndefined();
  });

  it('reads a county unit after its city only where a name stands there, not a referring word or a common noun', () => {
    expect(countyUnitsAfterCity(['青川'], '青川市东城区加装电梯每台补多少？')).toEqual(['东城']);
    expect(countyUnitsAfterCity(['青川'], '青川市所辖县区2024年完成多少个小区？')).toEqual([]);
    expect(countyUnitsAfterCity(['青川'], '青川市各县区加装电梯每台补多少？')).toEqual([]);
    expect(countyUnitsAfterCity(['青川'], '青川市中心城区每台补多少？')).toEqual([]);
    expect(countyUnitsAfterCity(['青川'], '青川市棚户区改造每户补助多少？')).toEqual([]);
    expect(countyUnitsAfterCity(['青川'], '青川市东部片区改造了多少个小区？')).toEqual([]);
  });

  it('reads words that refer to units as no name, and names that begin like them as names', () => {
    for (const word of ['各县区', '各县', '全区', '本市', '所辖', '辖区']) expect(refersToUnits(word)).toBe(true);
    for (const name of ['全椒', '本溪', '各拉丹']) expect(refersToUnits(name)).toBe(false);
    expect(countyUnitsAfterCity(['滁州'], '滁州市全椒县改造了多少个小区？')).toEqual(['全椒']);
  });

  it("takes a name followed by an autonomous unit's ethnic groups for another unit, not for the name alone", () => {
    expect(namesPlaceWithoutUnit('乙的小区改造了多少个？', '乙')).toBe(true);
    expect(namesPlaceWithoutUnit('乙和丙两地改造了多少个？', '乙')).toBe(true);
    expect(namesPlaceWithoutUnit('乙州改造了多少个？', '乙')).toBe(false);
    expect(namesPlaceWithoutUnit('乙苗族自治州改造了多少个？', '乙')).toBe(false);
    expect(namesPlaceWithoutUnit('乙土家族苗族自治州改造了多少个？', '乙')).toBe(false);
    expect(namesPlaceWithoutUnit('甲回族自治县加装电梯补多少？', '甲')).toBe(false);
    expect(namesPlaceWithoutUnit('甲回族自治县加装电梯补多少？', '甲', '市')).toBe(false);
    expect(namesPlaceWithoutUnit('甲回族自治县加装电梯补多少？', '甲', '县')).toBe(true);
    expect(namesPlaceWithoutUnit('乙苗族自治州和乙的补贴一样吗？', '乙')).toBe(true);
  });
});
