// One rule for where a clause of Chinese text ends (clauses.ts): the clauses of a text, and the clause around a position
// with its offsets, which figurePlaces reads to find the place a figure's own clause names.
import { describe, expect, it } from 'vitest';
import { CLAUSE_CHAR, clauseAround, clausesOf, FOLLOWING_OPENER, leadingClause } from '../src/text/clauses.js';

describe('clauses of a text', () => {
  it('splits at commas, semicolons and sentence ends, not at colons', () => {
    expect(clausesOf('今年改造小区12个，其中：东区5个；西区7个。明年呢？')).toEqual(['今年改造小区12个', '其中：东区5个', '西区7个', '明年呢']);
  });

  it('gives the clause around a position with its offsets', () => {
    const text = '今年改造小区12个，其中：东区5个；西区7个。';
    const at = text.indexOf('5');
    expect(clauseAround(text, at)).toEqual({ start: text.indexOf('其中'), end: text.indexOf('；') });
    expect(clauseAround(text, at, { colonEnds: true })).toEqual({ start: text.indexOf('东区'), end: text.indexOf('；') });
  });

  it('runs to the ends of a text without marks', () => {
    expect(clauseAround('东区5个', 2)).toEqual({ start: 0, end: 4 });
  });
});

describe("a sentence's leading clause", () => {
  const basis = leadingClause(`(?:${FOLLOWING_OPENER})${CLAUSE_CHAR}{2,12}?规定`);

  it("matches the leading clause with its comma, so that removing it leaves the main clause", () => {
    expect('根据本市的有关规定，出台议事规则'.replace(basis, '')).toBe('出台议事规则');
    expect('对照消防规定, 完善消防设施'.replace(basis, '')).toBe('完善消防设施');
  });

  it("needs a main clause of its own after the comma, within the same sentence", () => {
    expect(basis.test('根据有关规定，照办')).toBe(false);
    expect(basis.test('根据有关规定；出台议事规则')).toBe(false);
    expect(basis.test('出台议事规则，根据有关规定')).toBe(false);
  });
});
