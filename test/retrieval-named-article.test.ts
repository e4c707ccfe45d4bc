import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../src/retrieval/plan.js';
import { documentChunks, memorySearcher } from './support/services.js';

// An invented draft (南川市). None of its wording is in the shipped corpus or the evaluation sets.
const chunks = documentChunks('nc-wygl', { title: '南川市改造后小区物业管理办法（讨论稿）', kind: 'policy' }, [
  ['第三条', '第三条 改造后的小区按照下列方式确定管理模式：'],
  ['第三条 > （一）具备条件的', '（一）具备条件的，由业主大会选聘专业化物业服务企业；'],
  ['第三条 > （二）暂不具备条件的', '（二）暂不具备选聘条件的，由街道、社区组织托管；'],
  ['第三条 > （三）规模较小的', '（三）规模较小的小区，可以由业主自行管理；'],
  ['第三条 > （四）无人管理的', '（四）无人管理的小区，由区指定的国有物业服务企业兜底接管，兜底期限不超过3年。'],
  ['第四条', '第四条 对改造后新引入专业化物业服务的小区，由财政给予物业费补贴。'],
]);

describe('a named article longer than the chunks it may bring', () => {
  it('brings its lead and the part the question is about, not only its first parts', async () => {
    const retrieved = await retrievePassages(memorySearcher(chunks), { question: '讨论稿第三条里，国有物业企业兜底接管最长几年？', k: 4 });
    const section = retrieved.hits.slice(0, retrieved.sectionHits).map((h) => h.chunk.text);
    expect(section[0]).toMatch(/^第三条/);
    expect(section.some((t) => t.includes('兜底期限不超过3年'))).toBe(true);
    expect(section.length).toBeLessThanOrEqual(3);
  });
});
