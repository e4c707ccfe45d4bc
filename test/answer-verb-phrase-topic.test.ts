// A verb phrase the dictionary holds whole ("加装电梯") names its object: a library that never mentions 电梯 cannot
// answer "加装电梯有什么补贴？" with its general 财政奖补 sentences, however well 补贴 matches.
import { describe, expect, it } from 'vitest';
import { gatePassages } from '../src/answer/gate/passages.js';
import { numberPassages } from '../src/grounding/passages.js';
import type { Chunk } from '../src/types.js';
import { makeChunk, memorySearcherWithStats } from './support/services.js';

const FILLER = ['物业服务企业应当公示收费标准。', '小区绿化由街道统一养护。', '供水管网改造由供水企业实施。', '燃气管道更新纳入年度计划。', '屋面防水按基础类内容实施。', '居民议事会每季度召开一次。', '社区食堂由街道引入企业运营。', '改造方案应当公示七日。'].map((text, i) =>
  makeChunk({ docId: `other${i}`, title: `其他事项${i}`, text }),
);
const subsidy = makeChunk({ docId: 'subsidy', title: '老旧小区改造资金', text: '一是实施财政奖补，对供水、供电改造项目按比例给予补贴。' });
const lift = makeChunk({ docId: 'lift', title: '既有住宅加装电梯', text: '既有住宅加装电梯的，每台补贴10万元。' });

async function gate(chunks: Chunk[], question: string) {
  const search = memorySearcherWithStats(chunks);
  const passages = numberPassages(await search.search(question, { k: 6 }));
  return gatePassages(search, question, passages);
}

describe('a verb phrase whose object the library never names', () => {
  it('is refused, naming what is missing, when the library never mentions 电梯', async () => {
    const result = await gate([subsidy, ...FILLER], '加装电梯有什么补贴？');
    expect(result.assessment.pass).toBe(false);
    expect(result.assessment.unknownTerms).toContain('加装电梯');
  });

  it('is answered when the library speaks of it', async () => {
    const result = await gate([subsidy, lift, ...FILLER], '加装电梯有什么补贴？');
    expect(result.assessment.pass).toBe(true);
  });
});
