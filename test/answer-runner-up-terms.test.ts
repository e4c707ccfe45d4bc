import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { extractiveAsker, makeChunk } from './support/services.js';

// Invented documents (西岭市, 东岭市, 南岭县). None of their wording is in the shipped corpus or the evaluation sets.
const chunks: Chunk[] = [
  makeChunk({
    docId: 'xl-reply',
    title: '关于第12号提案的答复',
    sectionPath: '西岭市住房和城乡建设局答复',
    text: '因为棚改政策收紧，经过现场勘查，该小区符合老旧小区改造政策。第一批8个小区的老旧小区改造已全部开工，其余项目年内完工。同时，社区开展了前期改造意愿征集，并积极协调筹集群众参与资金等工作。',
  }),
  makeChunk({ docId: 'dl-fund', title: '东岭市城镇老旧小区改造资金管理办法', kind: 'policy', text: '市级财政每年安排老旧小区改造专项资金，用于基础类改造。' }),
  makeChunk({ docId: 'nl-reply', title: '南岭县关于小区改造的答复', text: '县级改造资金主要依靠上级补助资金和专项债券。' }),
  makeChunk({ docId: 'bl-plan', title: '北岭区老旧小区改造计划', kind: 'policy', text: '2026年北岭区计划实施老旧小区改造12个。' }),
  makeChunk({ docId: 'zl-news', title: '中岭县推进老旧小区改造', kind: 'policy', text: '中岭县老旧小区改造已惠及居民3200户。' }),
];
const ask = extractiveAsker(chunks, 6);

describe('runner-up sentences of a single-fact answer', () => {
  it('leaves out same-document sentences that share only the topic, not the asked thing (资金)', async () => {
    const a = await ask('西岭老旧小区改造资金从哪里来？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^同时，社区开展了前期改造意愿征集，并积极协调筹集群众参与资金/);
    expect(a.answer).not.toContain('棚改政策收紧');
    expect(a.answer).not.toContain('全部开工');
  });
});

describe('a reply header field the question names', () => {
  const reply: Chunk[] = [
    makeChunk({
      docId: 'xl-rd-31',
      title: '对市人大第31号建议的答复',
      text: [
        '西岭市住房和城乡建设局',
        '西住建人大〔2026〕4号',
        '签发人：周明',
        '办理结果：B类',
        '刘芳代表：',
        '您提出的关于加快老旧小区加装电梯的建议收悉，现答复如下：',
        '2025年我市累计加装电梯96台，市级财政每台补助8万元。',
      ].join('\n'),
    }),
  ];
  const askReply = extractiveAsker(reply, 4);

  it('answers 办理结果是哪一类 with the 办理结果 line, not with the reply body', async () => {
    const a = await askReply('这份答复的办理结果是哪一类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('办理结果：B类');
    expect(a.answer).not.toContain('加装电梯96台');
  });
});
