// Plans cut into 第X部分 (common in 实施方案 and 工作要点): each part is a section of its own, so its text is never
// filed under the last 一、 item of the part before, and an answer cites the part by name.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { testLibrary } from './support/library.js';

const PLAN = `关于推进城镇老旧小区改造的实施方案

第一部分 总体要求
为深入贯彻落实国家部署，结合本市实际，制定本方案。到2025年，基本完成2000年底前建成的城镇老旧小区改造任务。

第二部分 重点任务
一、明确改造内容
改造内容分为基础类、完善类和提升类三类，由居民按需选择。
二、建立筹资机制
合理落实居民出资责任，加大政府支持力度，吸引社会力量参与。

第三部分：保障措施
加强组织领导，市政府成立城镇老旧小区改造工作领导小组，由分管副市长任组长，每季度召开一次调度会。
`;

describe('a plan cut into 第X部分', () => {
  const chunks = chunkDocument(parseDocument({ docId: 'plan', path: 'plan.txt', raw: PLAN }));

  it('files each part under its own heading and nests the 一、 items of a part inside it', () => {
    expect(chunks.map((c) => c.sectionPath).filter((p) => p !== '')).toEqual([
      '第一部分 总体要求',
      '第二部分 重点任务 > 一、明确改造内容',
      '第二部分 重点任务 > 二、建立筹资机制',
      '第三部分：保障措施',
    ]);
    const funding = chunks.find((c) => c.sectionPath.endsWith('二、建立筹资机制'))!;
    expect(funding.text).not.toContain('领导小组');
  });
});

describe('asking about a part', () => {
  const t = testLibrary({ files: { '实施方案.txt': PLAN } }, { timeout: 60_000 });

  it('cites the part that holds the answer, not the item before it', async () => {
    const answer = await answerQuestion(t.services, '老旧小区改造由谁任领导小组组长？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('分管副市长');
    expect(answer.citations.map((c) => c.section)).toContain('第三部分：保障措施');
  });
});
