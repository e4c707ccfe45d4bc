// General mechanisms of the answer gate, on small libraries built here: years compared side by side may come from
// their own passages, and an answer quoting passages that miss the question's focus is refused.
import { describe, expect, it } from 'vitest';
import { answerFocusRefusal } from '../src/answer/gate/focus.js';
import { citedChunk, gatePassages } from '../src/answer/gate/passages.js';
import { citationOf, numberPassages } from '../src/grounding/passages.js';
import type { Chunk } from '../src/types.js';
import { makeChunk, memorySearcherWithStats } from './support/services.js';

/** Chunks on other topics, so that a word held by one passage is rare in the library (a focus word). */
const FILLER = ['物业服务企业应当公示收费标准。', '小区绿化由街道统一养护。', '供水管网改造由供水企业实施。', '燃气管道更新纳入年度计划。', '屋面防水按基础类内容实施。', '居民议事会每季度召开一次。', '社区食堂由街道引入企业运营。', '改造方案应当公示七日。'].map((text, i) =>
  makeChunk({ docId: `other${i}`, title: `其他事项${i}`, text }),
);

async function gate(chunks: Chunk[], question: string) {
  const search = memorySearcherWithStats(chunks);
  const passages = numberPassages(await search.search(question, { k: 6 }));
  return { passages, result: gatePassages(search, question, passages) };
}

describe('years compared side by side', () => {
  const chunks = [
    makeChunk({ docId: 'plan', title: '东湖市城镇老旧小区改造计划', text: '2025年全市计划改造城镇老旧小区238个。' }),
    makeChunk({ docId: 'summary', title: '东湖市城镇老旧小区改造工作总结', text: '2024年全市完成改造城镇老旧小区236个。' }),
    ...FILLER,
  ];

  it('each year may come from its own passage', async () => {
    const { result } = await gate(chunks, '2025年计划改造的小区数和2024年完成的小区数各是多少？');
    expect(result.assessment.pass).toBe(true);
  });

  it('a year no passage speaks of is still a mismatch', async () => {
    const { result } = await gate(chunks, '2023年改造的小区数是多少？');
    expect(result.assessment.pass).toBe(false);
    expect(result.assessment.reason).toBe('constraint-mismatch');
  });
});

describe('an answer must come from passages holding the focus', () => {
  const charging = makeChunk({ docId: 'charging', title: '电动自行车充电管理', text: '对楼道内飞线充电的，由街道会同消防部门开展专项整治。' });
  const repair = makeChunk({ docId: 'repair', title: '改造内容', text: '基础类改造包括屋面防水、楼梯间修缮等建筑物公共部位维修。' });
  const chunks = [charging, repair, ...FILLER];

  it('an answer quoting only a passage without the focus word is refused', async () => {
    const { passages, result } = await gate(chunks, '飞线充电有人管没？');
    expect(result.analysis.focus).toContain('飞线');
    const offTopic = answerFocusRefusal(result.analysis, [citationOf(1, repair, repair.text)], passages, () => '', result.readYearsFromNow);
    expect(offTopic?.answer).toContain('无法作答');
    expect(answerFocusRefusal(result.analysis, [citationOf(1, charging, charging.text)], passages, () => '', result.readYearsFromNow)).toBeUndefined();
  });

  it('a focus word in the document’s opening (the reply it names) counts for every passage of it', async () => {
    const { passages, result } = await gate(chunks, '飞线充电有人管没？');
    const opening = (docId: string) => (docId === 'repair' ? '关于楼道飞线充电问题的答复' : '');
    expect(answerFocusRefusal(result.analysis, [citationOf(1, repair, repair.text)], passages, opening, result.readYearsFromNow)).toBeUndefined();
  });
});

describe('the passage a citation quotes', () => {
  // One section indexed as two chunks: its table's first rows, then the rest.
  const first = makeChunk({ docId: 'grants', title: '西岭区补助标准', sectionPath: '三、补助标准', text: '项目｜补助（万元）\n屋面防水｜12' }, 0);
  const second = makeChunk({ docId: 'grants', title: '西岭区补助标准', sectionPath: '三、补助标准', text: '项目｜补助（万元）\n外墙保温｜30\n雨污分流｜45' }, 1);
  const passages = numberPassages([first, second].map((chunk, i) => ({ chunk, score: 1 - i / 10 })));

  it('is the chunk the quote was read from, not the first chunk of its section', () => {
    expect(citedChunk(citationOf(1, second, '雨污分流｜45'), passages)).toBe(second);
  });

  it('is found among its document’s chunks when the search did not retrieve it', () => {
    expect(citedChunk(citationOf(1, second, '外墙保温｜30'), passages.slice(0, 1), (docId) => (docId === 'grants' ? [first, second] : []))).toBe(second);
  });

  it('is found by the opening of a trimmed quote when its chunk is not known', () => {
    const citation = { ...citationOf(1, second, '……外墙保温｜30'), chunkId: 'gone' };
    expect(citedChunk(citation, passages)).toBe(second);
  });
});
