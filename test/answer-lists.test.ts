import { describe, expect, it } from 'vitest';
import { findEnumerations, splitAtInlineMarkers } from '../src/text/markers.js';
import { chineseNumberValue } from '../src/text/numerals.js';
import { answerExtractively, isHeadingLike, questionFocus, type ExtractiveAnswer } from '../src/answer/offline/index.js';
import { numberPassages, type Passage } from '../src/grounding/passages.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import type { Chunk } from '../src/types.js';
import { makeChunk, memorySearcher } from './support/services.js';

const reply = '对市政协第12号提案的答复';
const chunks: Chunk[] = [
  makeChunk({ docId: 'qc-reply', title: reply, sectionPath: '', text: '你们提出的关于老旧小区改造的提案收悉，现答复如下：' }, 0),
  makeChunk(
    {
      docId: 'qc-reply',
      title: reply,
      sectionPath: '一、关于保障改造资金的建议',
      text:
        '青川市多渠道筹措改造资金，保障项目顺利实施。一是争取中央补助。2021年争取中央补助资金3200万元，用于小区基础设施改造。' +
        '二是落实地方配套。市、区两级财政按1:1比例配套资金，列入年度预算。',
    },
    1,
  ),
  makeChunk({ docId: 'qc-reply', title: reply, sectionPath: '一、关于保障改造资金的建议', text: '三是引导居民出资。按照谁受益谁出资的原则，居民共计出资58万元。' }, 2),
  makeChunk({ docId: 'qc-reply', title: reply, sectionPath: '二、关于加强物业管理的建议', text: '青川市将推动改造后小区引入专业化物业服务，建立长效管理机制。' }, 3),
  makeChunk({
    docId: 'qc-plan',
    title: '青川市城镇老旧小区改造实施方案',
    kind: 'policy',
    text:
      '青川市城镇老旧小区改造实施方案\n' +
      '按照省政府关于全面推进城镇老旧小区改造工作的相关文件要求，为加快推进我市老旧住宅小区改造工作，经市政府常务会议讨论通过，现将《青川市城镇老旧小区改造实施方案》印发给你们，请认真贯彻落实，确保城镇老旧小区改造工作按期完成并取得实效，切实改善群众居住条件。\n' +
      '城镇老旧小区是指城市建成区范围内建成年代较早、失养失修失管、配套设施不完善的住宅小区。',
  }),
  makeChunk({
    docId: 'qc-news',
    title: '城镇老旧小区改造工作推进会召开',
    kind: 'policy',
    text: '城镇老旧小区改造工作推进会召开\n会议要求，各区要加快城镇老旧小区改造项目进度。',
  }),
];
const search = memorySearcher(chunks);
const tokenizer = getTokenizer();

async function ask(question: string, only?: (p: Passage) => boolean): Promise<ExtractiveAnswer> {
  const passages = numberPassages(await search.search(question, { k: 6 })).filter(only ?? (() => true));
  return answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: (docId) => search.chunksOf(docId) });
}

function sentencesOf(answer: string): string[] {
  return answer
    .split(/(?<=[。！？])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('enumerated points', () => {
  it('reads list markers, including a list that starts inside its introduction', () => {
    expect(chineseNumberValue('三')).toBe(3);
    expect(chineseNumberValue('十二')).toBe(12);
    expect(splitAtInlineMarkers('下一步将重点开展以下工作：一是加强监管；')).toEqual(['下一步将重点开展以下工作：', '一是加强监管；']);
    const units = ['总述。', '一是甲。', '细节。', '二是乙。', '（一）子项。', '三是丙。', '结语。'].map((text) => ({ text, source: text }));
    const [list] = findEnumerations(units);
    expect(list.intro?.text).toBe('总述。');
    expect(list.points.map((p) => p.units.map((u) => u.text).join(''))).toEqual(['一是甲。细节。', '二是乙。（一）子项。', '三是丙。结语。']);
    expect(findEnumerations([{ text: '一是只有一点。', source: 0 }])).toEqual([]);
  });

  it('answers a how-question with every point of the list, each cited, within 500 characters', async () => {
    const a = await ask('青川市的老旧小区改造资金是怎么筹措的？');
    expect(a.answered).toBe(true);
    for (const marker of ['一是', '二是', '三是']) expect(a.answer).toMatch(new RegExp(`(^|\\n)${marker}[^\\n]*\\[\\d+\\]`));
    expect(a.answer.length).toBeLessThanOrEqual(500);
    // The key detail of each point comes with its lead.
    expect(a.answer).toContain('3200万元');
    expect(a.answer).toContain('58万元');
    for (const s of sentencesOf(a.answer).filter((x) => !/[：:]$/.test(x))) expect(s).toMatch(/\[\d+\][。！？]?$/);
  });

  it('quotes the rest of the section when only its first chunk was retrieved, and cites that chunk', async () => {
    const a = await ask('青川市的老旧小区改造资金是怎么筹措的？', (p) => p.chunk.ordinal !== 2);
    expect(a.answer).toMatch(/三是引导居民出资\[\d+\]/);
    expect(a.addedPassages?.map((p) => p.chunk.ordinal)).toEqual([2]);
    const cited = a.citations.find((c) => c.quote.includes('三是引导居民出资'));
    expect(cited).toBeDefined();
    expect(a.answer).toContain(`三是引导居民出资[${cited!.n}]`);
  });

  it('keeps a focused answer when the question is about one of the points', async () => {
    const a = await ask('地方配套资金怎么落实，按什么比例配套？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1:1');
    expect(a.answer).not.toContain('三是');
  });
});

describe('words that stand for what the documents spell out', () => {
  it('matches a counted abbreviation ("四化") to the items it counts', async () => {
    const docs = [
      makeChunk({ docId: 'a', title: '关于民生问题的答复', text: '为小区补植绿化，让老旧小区达到“美化、绿化、亮化、净化”的目标。' }),
      makeChunk({ docId: 'b', title: '关于资金的答复', text: '改造目标是完成年度任务，资金由市、区两级财政保障。' }),
    ];
    const question = '改造要让老旧小区实现哪“四化”目标？';
    const passages = numberPassages(docs.map((chunk) => ({ chunk, score: 1 })));
    const a = answerExtractively(tokenizer, questionFocus(tokenizer, question), passages);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('美化、绿化、亮化、净化');
    expect(a.answer).not.toContain('年度任务');
  });
});

describe('a question about how a reply answered', () => {
  const replyChunks: Chunk[] = [
    makeChunk({ docId: 'hs-reply', title: '关于河山区人大三次会议5号建议的回复', text: '王某代表：\n您提出的关于加装电梯的建议收悉，现将有关情况回复如下：' }, 0),
    makeChunk({ docId: 'hs-reply', title: '关于河山区人大三次会议5号建议的回复', text: '今年我区已完成12部电梯加装，财政对每部电梯补贴20万元。下一步将简化审批流程。\n对以上答复您有什么意见，请及时反馈给我们。' }, 1),
  ];
  const replySearch = memorySearcher(replyChunks);

  it('quotes the body of the reply, not its receipt line or its closing', async () => {
    const question = '河山区关于加装电梯的建议是怎么回复的？';
    const passages = numberPassages(await replySearch.search(question, { k: 6 })).filter((p) => p.chunk.ordinal === 0);
    const a = answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: (docId) => replySearch.chunksOf(docId) });
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain('如下');
    expect(a.answer).not.toContain('反馈给我们');
    expect(a.answer).toMatch(/12部电梯加装[^。]*\[\d+\]。/);
    expect(a.addedPassages?.map((p) => p.chunk.ordinal)).toEqual([1]);
  });
});

describe('answer sentences stand on their own', () => {
  it('knows a bare title or heading from a sentence', () => {
    const passage: Passage = { n: 1, chunk: chunks[4], score: 1 };
    expect(isHeadingLike('青川市城镇老旧小区改造实施方案', passage)).toBe(true);
    expect(isHeadingLike('黑龙江省某市区2022年城镇老旧小区改造实施方案', passage)).toBe(true);
    expect(isHeadingLike('二、工作原则', passage)).toBe(true);
    expect(isHeadingLike('城镇老旧小区是指城市建成区范围内建成年代较早的住宅小区。', passage)).toBe(false);
    expect(isHeadingLike('联系人：陈绍军', passage)).toBe(false);
  });

  it('quotes the first sentence of an item line that names its section when it states a figure and its line goes on', () => {
    const item = makeChunk({
      docId: 'fy-plan',
      title: '某区老旧小区改造资金管理办法',
      kind: 'policy',
      sectionPath: '三、资金安排 > （三）方案初稿曾提出每户补助800元，最终确定为每户500元',
      text: '（三）方案初稿曾提出每户补助800元，最终确定为每户500元。各区可以另行安排配套资金。',
    });
    const statement = '（三）方案初稿曾提出每户补助800元，最终确定为每户500元。';
    expect(isHeadingLike(statement, { n: 1, chunk: item, score: 1 })).toBe(false);
    const question = '方案初稿当时写的每户补助是多少';
    const a = answerExtractively(tokenizer, questionFocus(tokenizer, question), [{ n: 1, chunk: item, score: 1 }]);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('每户补助800元');
    // A heading whose only figure is its item number stays a heading, though its line goes on.
    const heading = makeChunk({ docId: 'fy-report', title: '某市2024年工作总结', kind: 'policy', sectionPath: '三、主要成效 > 3. 分县区完成情况', text: '3. 分县区完成情况。利通区完成37个，同心县完成10个。' });
    expect(isHeadingLike('3. 分县区完成情况。', { n: 1, chunk: heading, score: 1 })).toBe(true);
    // So does a stage's heading dated by its months.
    const stage = makeChunk({ docId: 'fy-plan2', title: '某市2024年工作方案', kind: 'policy', sectionPath: '三、实施步骤 > （一）项目申报阶段（2024年1月—3月）', text: '（一）项目申报阶段（2024年1月—3月）。各县（市、区）组织居民申请。' });
    expect(isHeadingLike('（一）项目申报阶段（2024年1月—3月）。', { n: 1, chunk: stage, score: 1 })).toBe(true);
  });

  it('keeps a heading that holds an ordinal or a set phrase (第二批, 一次性) a heading: they are no amounts', () => {
    const once = makeChunk({ docId: 'fy-guide', title: '某市加装电梯办事指南', kind: 'policy', sectionPath: '四、服务承诺 > （三）一次性告知', text: '（三）一次性告知。对申请材料不全的，窗口工作人员应当场一次性告知申请人需补正的全部内容。' });
    expect(isHeadingLike('（三）一次性告知。', { n: 1, chunk: once, score: 1 })).toBe(true);
    const a = answerExtractively(tokenizer, questionFocus(tokenizer, '一次性告知是什么意思'), [{ n: 1, chunk: once, score: 1 }]);
    expect(a.answer).toContain('需补正的全部内容');
    const batch = makeChunk({ docId: 'fy-list', title: '某市2025年改造项目清单', kind: 'policy', sectionPath: '二、项目安排 > （二）第二批项目', text: '（二）第二批项目。包括幸福里、建设新村等6个小区，2025年9月开工。' });
    expect(isHeadingLike('（二）第二批项目。', { n: 1, chunk: batch, score: 1 })).toBe(true);
  });

  it('answers a definition question with the definition, without titles, notices or "……" pieces', async () => {
    const a = await ask('什么是城镇老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('是指');
    const titles = chunks.map((c) => c.title);
    for (const s of sentencesOf(a.answer)) {
      const bare = s.replace(/\[\d+\]/g, '').replace(/[。！？]$/, '');
      expect(titles).not.toContain(bare);
      expect(s.startsWith('……')).toBe(false);
    }
    expect(a.answer).not.toContain('印发给你们');
    expect(a.answer).not.toContain('会议要求');
  });
});
