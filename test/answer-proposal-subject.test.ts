// A question about a document itself (issue #10): "…第17号提案是关于什么的？" asks the proposal's title, which the
// reply's opening quotes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { createTestServices, type TestServices } from './support/services.js';
import { libraryDocument } from './support/library.js';

const REPLY = libraryDocument({ title: '青川市住房和城乡建设局关于市政协六届二次会议第0017号提案的答复', number: '青建政协〔2025〕4号', kind: 'reply' }, `青川市住房和城乡建设局
青建政协〔2025〕4号

关于市政协六届二次会议第0017号提案的答复

周敏委员：
你提出的《关于加快老旧小区雨污分流改造的提案》收悉。经研究，现答复如下：

一、关于管网排查
2024年全市完成老旧小区排水管网排查126公里，建立问题台账。

二、关于资金保障
雨污分流改造纳入基础类改造内容，优先安排中央补助资金。
`);

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices({ files: { 'reply_no0017.txt': REPLY } });
}, 120_000);
afterAll(async () => {
  await t?.cleanup();
});

describe('what a proposal is about', () => {
  it('is answered with the proposal title the reply opens with, not the reply\'s content', async () => {
    const a = await answerQuestion(t.services, '市政协六届二次会议第0017号提案是关于什么的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('关于加快老旧小区雨污分流改造的提案');
    expect(a.answer).not.toContain('126公里');
  });

  it('leaves a question about what the reply says to the reply', async () => {
    const a = await answerQuestion(t.services, '市政协六届二次会议第0017号提案的答复讲了什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('126公里');
  });
});
