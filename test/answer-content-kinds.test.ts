// A 包括什么 question asks for the kinds a thing is divided into; a negated list ("不包括A、B和C") names what is left
// out, not the kinds.
import { describe, expect, it } from 'vitest';
import { questionTypeOf } from '../src/text/questionTypes.js';

describe('包括哪些 questions', () => {
  it('reads 包括什么 as asking for the kinds, and a negated list as no list of kinds', () => {
    expect(questionTypeOf('老旧小区改造都包括什么？')?.name).toBe('内容');
    const listsKinds = questionTypeOf('改造内容分为哪几类？')?.strict?.sentence;
    expect(listsKinds?.test('改造内容分为基础类、完善类和提升类。')).toBe(true);
    expect(listsKinds?.test('改造不包括城中村、自建房和商品房。')).toBe(false);
  });
});
