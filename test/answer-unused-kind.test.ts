// A word the library never uses right before a noun it does ("历史建筑", "垃圾分类设施") names a kind of that thing the
// library does not speak of: refused, naming the word, not answered with a sentence about the thing in general.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { analyzeQuestion } from '../src/grounding/evidenceGate.js';
import { testLibrary } from './support/library.js';

const PLAN = `---
title: 松溪县城镇老旧小区改造实施方案
kind: policy
---
松溪县城镇老旧小区改造实施方案

一、改造任务
（一）基础类。改造供水、排水、供电、道路等市政配套设施，对建筑屋面实施防水改造。
（二）完善类。建设停车场、电动自行车充电设施，配建社区综合服务设施。
（三）提升类。建设养老、托育、助餐等公共服务设施。

二、改造标准
配套设施改造标准按照省住房和城乡建设厅的技术导则执行，建筑节能改造应当符合节能设计标准。

三、保障措施
县财政每年安排老旧小区改造资金不少于600万元。
`;

const REPLY = `---
title: 对县政协第8号提案的答复
kind: reply
---
松溪县住房和城乡建设局
对县政协第8号提案的答复

一、关于加快改造进度
2024年，全县完成老旧小区改造12个，涉及居民1500户，完成建筑屋面防水2.1万平方米。

二、关于停车设施
结合改造新增停车位300个，建设电动自行车充电设施40处。
`;

const lib = testLibrary({ files: { 'plan.txt': PLAN, 'reply.txt': REPLY } });

describe('a kind of thing the library never names', () => {
  it('is refused, naming the word the library lacks', async () => {
    const a = await answerQuestion(lib.services, '老旧小区改造中的历史建筑怎么保护？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('历史');
  });

  it('a kind the library does name is answered', async () => {
    const a = await answerQuestion(lib.services, '配套设施改造标准是什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('技术导则');
  });
});

describe('drafting reads a suggestion without this rule', () => {
  // Every word known but 历史, each in a few of the library's chunks.
  const stats = { docFrequency: (w: string) => (w === '历史' ? 0 : 5), totalChunks: 100 };

  it('a question makes the kind its focus; a suggestion (the draft gate turns the rule off) does not', () => {
    expect(analyzeQuestion('老旧小区改造中的历史建筑怎么保护？', stats).focus).toContain('历史');
    expect(analyzeQuestion('老旧小区改造中的历史建筑怎么保护？', stats, { unusedModifierIsFocus: false }).focus).not.toContain('历史');
  });
});
