// Near misses (issue #10 item 4) on a small library written for this test: a question about a level, a detail or a
// count the library does not hold is refused and says what the library holds; the answerable neighbour is answered.
import { describe, expect, it } from 'vitest';
import { assessEvidence, type QuestionAnalysis } from '../src/grounding/evidenceGate.js';
import { libraryDocument, testLibrary } from './support/library.js';

const SUMMARY = libraryDocument({ title: '兰溪市住房和城乡建设局2024年城镇老旧小区改造工作总结', issuer: '兰溪市住房和城乡建设局' }, `兰溪市住房和城乡建设局2024年城镇老旧小区改造工作总结

一、完成情况
2024年全市改造城镇老旧小区86个，惠及居民1.2万户，完成投资3.1亿元。其中东城区改造小区32个，西城区改造小区54个。
2024年全市结合老旧小区改造新建社区养老服务站9处。

二、资金筹措
2024年争取中央补助资金1.1亿元，主要用于小区供水、排水、燃气等基础设施改造。
东城区引入社会资本1500万元建设停车楼，通过停车收费回收投资。

三、工作做法
改造方案经居民议事会通过后，报市住建部门备案。施工单位应当文明施工。
住建部门每年对改造后小区的物业服务质量开展评定，评定结果与物业费补贴挂钩。
对改造后新引入专业化物业服务的小区，由市财政在前三年给予物业费补贴。
`);

const { ask } = testLibrary({
  files: {
    'lanxi_summary.txt': SUMMARY,
  },
});

describe('near misses are refused, saying what the library holds', () => {
  it('wrong level: asked what the state does, a city department (住建部门) is not the ministry (住建部)', async () => {
    const a = await ask('国家对老旧小区改造后的物业费有补贴标准吗？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有全国层面/u);
    expect(a.answer).toContain('物业费补贴');
    const local = await ask('兰溪对改造后小区的物业费有补贴吗？');
    expect(local.answered).toBe(true);
    expect(local.answer).toContain('物业费补贴');
  });

  it('absent detail: the activity a how-question closes on (招标) must be one the library speaks of', async () => {
    const a = await ask('兰溪老旧小区改造的施工单位是怎么招标的？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有.*招标/u);
    const held = await ask('兰溪老旧小区改造方案是怎么备案的？');
    expect(held.answered).toBe(true);
    expect(held.answer).toContain('报市住建部门备案');
  });

  it('absent count: a figure of the same unit about something else is not the count asked', async () => {
    const a = await ask('兰溪2024年新建了多少处社区食堂？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有给出多少处社区食堂');
    expect(a.answer).toContain('社区养老服务站9处');
    expect(a.citations).toHaveLength(1);
    const held = await ask('兰溪2024年新建了多少处社区养老服务站？');
    expect(held.answered).toBe(true);
    expect(held.answer).toContain('9处');
  });

  it('absent count: a sentence on the topic with a figure of another kind (投资) does not say how many', async () => {
    const a = await ask('东城区的停车楼有多少个车位？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有给出多少个车位');
    expect(a.answer).toContain('1500万元');
  });

  it('wrong year: the years the library holds are named', async () => {
    const a = await ask('2023年兰溪改造了多少个老旧小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有2023年.*只有2024年/u);
    expect((await ask('2024年兰溪改造了多少个老旧小区？')).answer).toContain('86个');
  });
});

describe('the vocabulary widens a match but does not carry a question alone', () => {
  // "新画" is how people say 增画 (停车位); the question also asks whether parking there is charged.
  const analysis: QuestionAnalysis = {
    text: '小区新画的车位收费吗？',
    terms: ['新画', '收费'],
    focus: ['新画', '收费'],
    unknown: [],
    abbreviations: [],
    official: new Map([['新画', ['增画', '停车位']]]),
    unknownShare: 0,
    namesDocument: false,
    comparison: false,
    years: [],
    places: [],
    issuerPlaces: [],
    unknownPlaces: [],
    level: null,
  };

  it('refuses a passage that holds only the library wording of the spoken word', () => {
    const verdict = assessEvidence(analysis, [{ text: '2024年全市结合道路改造增画停车位860个。' }]);
    expect(verdict.pass).toBe(false);
    expect(verdict.reason).toBe('focus-missing');
  });

  it('passes a passage that also holds the other word asked', () => {
    expect(assessEvidence(analysis, [{ text: '增画的停车位实行免费停放，不收费。' }]).pass).toBe(true);
  });
});
