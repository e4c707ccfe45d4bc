// "老旧小区改造包括哪些内容？" (the console's own example question) asks for the kinds of work, not for the definition
// whose "不包括城中村…" merely shares its verb.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { questionTypeOf } from '../src/text/questionTypes.js';
import { createTestServices, type TestServices } from './support/services.js';

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices();
}, 120_000);
afterAll(async () => {
  await t?.cleanup();
});

describe('包括哪些 questions', () => {
  it('reads 包括什么 as asking for the kinds, and a negated list as no list of kinds', () => {
    expect(questionTypeOf('老旧小区改造都包括什么？')?.name).toBe('内容');
    const listsKinds = questionTypeOf('改造内容分为哪几类？')?.strict?.sentence;
    expect(listsKinds?.test('改造内容分为基础类、完善类和提升类。')).toBe(true);
    expect(listsKinds?.test('改造不包括城中村、自建房和商品房。')).toBe(false);
  });

  it.each(['老旧小区改造包括哪些内容？', '城镇老旧小区改造都包括什么'])('answers %s with the kinds on the shipped corpus', async (question) => {
    const answer = await answerQuestion(t.services, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer.split(/\[\d+\]/)[0]).toContain('基础类');
    expect(answer.answer).not.toContain('不包括');
  });
});
