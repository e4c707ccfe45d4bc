// Defects an independent review found by using the product (2026-12-02), each as the user met it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { nearestSources } from '../src/answer/offline/compose.js';
import { draftReply } from '../src/draft/index.js';
import { addressOf } from '../src/draft/frame.js';
import { parseProposal } from '../src/draft/parseProposal.js';
import { askedPlaces } from '../src/text/places.js';
import type { Passage } from '../src/grounding/passages.js';
import { testLibrary } from './support/library.js';
import { makeChunk } from './support/services.js';

const t = testLibrary({}, { timeout: 120_000 });

describe('proposals', () => {
  it('reads the dash list under "为此，建议市住建局：" as three asks, not as one ask named after the line', () => {
    const text = '关于加强老旧小区管理的提案\n\n近年来我市老旧小区改造成效明显，但管理跟不上。\n为此，建议市住建局：\n——加强老旧小区物业管理；\n——加大老旧小区改造资金投入；\n——增设停车位和充电设施。\n';
    const topics = parseProposal(text).suggestions.map((s) => s.topic);
    expect(topics).toHaveLength(3);
    expect(topics.join('')).not.toContain('为此');
  });

  it('takes "还要…" after an ask as a further ask', () => {
    const text = '关于解决小区停车难的建议\n\n市人大代表 张建国\n\n我认为应当在老旧小区改造中挖潜增加停车位。还要加大对私设地锁、占用消防通道行为的整治力度。\n';
    const topics = parseProposal(text).suggestions.map((s) => s.topic);
    expect(topics).toHaveLength(2);
    expect(topics[1]).toContain('私设地锁');
  });

  it('addresses a proposer not yet named as 您, like the salutation with one name to fill in', () => {
    expect(addressOf(parseProposal('关于加装电梯的提案\n\n建议：加快老旧小区加装电梯。\n').meta)).toBe('您');
  });

  it('cites the bureau\'s 出工出力 sentence for an ask that ends "等多种参与方式" (多种 says how many ways, not which)', async () => {
    const result = await draftReply(t.services, { text: '关于鼓励居民参与老旧小区改造的提案\n\n建议：鼓励居民出资，探索居民出工出力出物等多种参与方式。\n' });
    const cited = result.draft!.sections[0].citations.map((c) => c.quote).join('');
    expect(cited).toContain('出工出力');
  });
});

describe('answers', () => {
  it('answers a question about one district\'s 各类 projects (各 alone weighs no places against each other)', async () => {
    const answer = await answerQuestion(t.services, '许昌市魏都区各类改造项目资金怎么筹措？');
    expect(answer.answered).toBe(true);
  });

  it('does not read 家属区 as a district named 家属', () => {
    expect(askedPlaces('国税局家属区能加装电梯吗？')).toEqual([]);
  });

  it('lists three different sources under a refusal, not one section three times', () => {
    const chunk = (docId: string, i: number) => makeChunk({ docId, title: `文件${docId}`, sectionPath: '一、总体要求', text: `第${i}段。` }, i);
    const passages = [chunk('a', 0), chunk('a', 1), chunk('a', 2), chunk('b', 0), chunk('c', 0)].map((c, i) => ({ n: i + 1, chunk: c, score: 1 })) as unknown as Passage[];
    const lines = nearestSources(passages).split('\n').slice(1);
    expect(lines).toHaveLength(3);
    expect(new Set(lines).size).toBe(3);
  });
});

describe('the full title of a document the library holds', () => {
  it.each(['许建政协〔2020〕13号的全称是什么？', '个住建函〔2021〕25号的全称是什么？'])('answers %s with the document\'s title line', async (question) => {
    const answer = await answerQuestion(t.services, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/号(?:提案|建议)的答复\[1\]/u);
  });
});

describe('who made a proposal', () => {
  it('reads a salutation where several names share one role word (郭瑞、王勇、张金国委员：)', async () => {
    const answer = await answerQuestion(t.services, '第104号提案是谁提的？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('郭瑞、王勇、张金国委员');
  });
});

describe('the handling class of a reply', () => {
  it.each([
    ['许建政协〔2020〕13号的办理结果是哪一类？', '办理结果：B'],
    ['临湘第58号提案的办理结果是哪一类？', 'B类'],
  ])('answers %s from the reply header, not from the feedback form\'s rating', async (question, expected) => {
    const answer = await answerQuestion(t.services, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
    expect(answer.answer).not.toContain('评价');
  });
});
