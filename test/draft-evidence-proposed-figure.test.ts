// A figure the ask proposes (a threshold or target: "低于85%", "延长到6年") is the proposer's number: a sentence sharing
// that figure without what it measures is no evidence, one stating the rule on the same measure is. The invented
// documents below hold both kinds of sentence.
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, type SuggestionEvidence } from '../src/draft/evidence.js';
import { proposedFigures } from '../src/text/askedFigure.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const NOTICE = documentChunks('cj_tongbao_2026', { title: '关于上半年保障房工程质量抽检情况的通报', number: '', kind: 'policy' }, [
  ['一、抽检结果', '上半年抽检在建保障房项目120个，分户验收合格率78.5%。'],
  ['二、处理措施', '对验收合格率最低的三家施工单位进行约谈，暂停其投标资格三个月。'],
]);
const TARGETS = documentChunks('bz_mubiao_2026', { title: '2026年保障性租赁住房工作目标', number: '', kind: 'policy' }, [
  ['一、工作目标', '年底开工率不低于70%，新增充电桩600个，入住率不低于85%。'],
]);
const RULES = documentChunks('zs_banfa_2026', { title: '征收补偿方案公告办法', number: '', kind: 'policy' }, [
  ['三、公告期限', '征收补偿方案在社区公告栏公告，公告期不少于7日。'],
]);
const services = () => servicesOverChunks([...NOTICE, ...TARGETS, ...RULES, ...briefingChunks()], { stats: true });
const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);
const evidenceFor = async (text: string, tuning = {}) => {
  const s = services();
  return quoted(await gatherEvidence(createEvidenceContext(s.search, s.config.bureau, tuning), { index: 0, topic: text.replace(/。$/u, ''), text }));
};

describe("the figures an ask proposes", () => {
  it("reads a threshold or target the asker sets, not any figure of the ask", () => {
    expect(proposedFigures('对合格率低于85%的单位约谈')).toEqual([{ figure: '85', before: '对合格率' }]);
    expect(proposedFigures('把质保期延长到6年')).toEqual([{ figure: '6', before: '把质保期' }]);
    expect(proposedFigures('把安全生产权重提高到三十分').map((f) => f.figure)).toEqual(['30']);
    expect(proposedFigures('2026年新增充电桩600个')).toEqual([]);
  });
});

describe("a quote sharing only the proposed figure", () => {
  const ASK = '对验收合格率低于85%的区约谈。';

  it("is not quoted for an ask setting that figure", async () => {
    expect(await evidenceFor(ASK)).not.toContainEqual(expect.stringContaining('入住率不低于85%'));
  });

  it("was quoted when the proposed figure counted as a word to hold", async () => {
    const quotes = await evidenceFor(ASK, { proposedFigureIsWording: false });
    expect(quotes).toContainEqual(expect.stringContaining('入住率不低于85%'));
  });
});

describe("a quote holding the proposed figure with what it measures", () => {
  it("is still quoted: the rule in force may already be what is asked", async () => {
    expect(await evidenceFor('把征收补偿方案公告期延长到7天。')).toContainEqual(expect.stringContaining('公告期不少于7日'));
  });
});
