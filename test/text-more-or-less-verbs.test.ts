// 多/少 glued to a one-character verb ("多修", "少收", "多建"): the tagger reads it as one word it does not know, or as a
// noun, so a clause opening with it did not open with an action. It asks for more or less of that action: a clause of
// a one-sentence ask opening with it is an ask of its own.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { clauseAsks } from '../src/draft/proposal/asks.js';
import { isMoreOrLessOfAction } from '../src/text/tokenizer.js';

describe('多/少 + a one-character verb', () => {
  it('is an action, unless the dictionary knows the word otherwise', () => {
    expect(['多修', '少收', '多建', '多设', '少跑'].filter(isMoreOrLessOfAction)).toEqual(['多修', '少收', '多建', '多设', '少跑']);
    expect(['多亏', '多余', '多数', '多年', '多用', '多少'].filter(isMoreOrLessOfAction)).toEqual([]);
  });

  it('opens an ask of its own in a sentence of asks set apart by commas', () => {
    const { suggestions } = parseProposal(
      '关于小区停车的提案\n提案人：某某\n\n小区停车收费偏高，车棚不够。\n\n建议适当降低停车收费标准，少收夜间临时停车费，多修几处非机动车棚。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['适当降低停车收费标准', '少收夜间临时停车费', '多修几处非机动车棚']);
  });

  it('is no ask where it says where or when things mostly are ("多集中在…", "多建于…")', () => {
    expect(['多集中在老城区', '多分布在城郊结合部', '多建于上世纪八十年代'].filter(clauseAsks)).toEqual([]);
    const { suggestions } = parseProposal('关于小区改造的提案\n提案人：某某\n\n建议加快老旧小区改造，这些小区多建于上世纪八十年代。');
    expect(suggestions.map((s) => s.topic)).toEqual(['加快老旧小区改造']);
  });
});
