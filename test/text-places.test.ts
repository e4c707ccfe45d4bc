import { describe, expect, it } from 'vitest';
import { placeStem, placeWrittenIn } from '../src/text/places.js';

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
});
