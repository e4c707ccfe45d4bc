// A figure the ask proposes (a threshold or target: "低于90%", "延长到8年") is the proposer's number: a sentence sharing
// that figure without what it measures is no evidence, one stating the rule on the same measure is. The invented
// documents below hold both kinds of sentence.
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, type SuggestionEvidence } from '../src/draft/evidence.js';
import { proposedFigures } from '../src/text/askedFigure.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const NOTICE = documentChunks('xc_tongbao_2026', { title: '关于第三季度施工安全巡查情况的通报', number: '', kind: 'policy' }, [
  ['一、巡查结果', '本季度巡查发现问题204个，已整改171个，整改率83.8%。'],
  ['二、处理措施', '对整改进度最慢的两个街道下发督办单，限期完成整改。'],
]);
const TARGETS = documentChunks('nd_mubiao_2026', { title: '2026年老旧小区改造绩效目标', number: '', kind: 'policy' }, [
  ['一、绩效目标', '年底完工率不低于60%，新增停车位800个，居民满意度不低于90%。'],
]);
const RULES = documentChunks('gs_banfa_2026', { title: '改造方案公示办法', number: '', kind: 'policy' }, [
  ['三、公示期限', '改造方案在小区公示栏公示，公示期不少于10日。'],
]);
const services = () => servicesOverChunks([...NOTICE, ...TARGETS, ...RULES, ...briefingChunks()], { stats: true });
const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);
const evidenceFor = async (text: string, tuning = {}) => {
  const s = services();
  return quoted(await gatherEvidence(createEvidenceContext(s.search, s.config.bureau, tuning), { index: 0, topic: text.replace(/。$/u, ''), text }));
};

describe("the figures an ask proposes", () => {
  it("reads a threshold or target the asker sets, not any figure of the ask", () => {
    expect(proposedFigures('对整改率低于90%的街道挂牌督办')).toEqual([{ figure: '90', before: '对整改率' }]);
    expect(proposedFigures('把保修期延长到8年')).toEqual([{ figure: '8', before: '把保修期' }]);
    expect(proposedFigures('把满意度分值提高到二十分').map((f) => f.figure)).toEqual(['20']);
    expect(proposedFigures('2026年新增停车位800个')).toEqual([]);
  });
});

describe("a quote sharing only the proposed figure", () => {
  const ASK = '对整改率低于90%的区挂牌督办，对屡次整改不到位的施工单位清出市场。';

  it("is not quoted for an ask setting that figure", async () => {
    expect(await evidenceFor(ASK)).not.toContainEqual(expect.stringContaining('居民满意度不低于90%'));
  });

  it("was quoted, and the 督办 sentence left out, when the proposed figure counted as a word to hold", async () => {
    const quotes = await evidenceFor(ASK, { proposedFigureIsWording: false });
    expect(quotes).toContainEqual(expect.stringContaining('居民满意度不低于90%'));
    expect(quotes).not.toContainEqual(expect.stringContaining('下发督办单'));
  });
});

describe("a quote holding the proposed figure with what it measures", () => {
  it("is still quoted: the rule in force may already be what is asked", async () => {
    expect(await evidenceFor('把改造方案公示期延长到10天。')).toContainEqual(expect.stringContaining('公示期不少于10日'));
  });
});
