// A short numbered item ("（一）收到书面异议后，…转所在县区核实。") is taken for a sub-heading, and the item after it falls
// under it: the section's own heading ("八、异议处理程序") was no longer read with either, so a sentence on the objection
// procedure missed the words of the ask its section heading holds and the suggestion went without evidence. A quote under
// an item's lead is read with the heading above it too.
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, quoteHeading, type SuggestionEvidence } from '../src/draft/evidence.js';
import { briefingChunks, documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const ITEM = '八、异议处理程序 > （一）收到书面异议后，市住房和城乡建设局在3个工作日内转所在县区核实';
const NOTICE = documentChunks('gongshi_mingdan_2025', { title: '南屿市2025年城镇老旧小区改造计划名单公示', kind: 'policy' }, [
  ['一、公示期限', '公示期为2025年3月1日至3月7日。'],
  [ITEM, '（一）收到书面异议后，市住房和城乡建设局在3个工作日内转所在县区核实。\n（二）县区应当在5个工作日内组织社区入户核实，核实时应当有2名以上工作人员参加并制作记录。'],
]);
const OTHER = generalPolicyChunks(20, (i) => `第${i + 1}批改造名单已经公示，居民可以查询。`);
const services = () => servicesOverChunks([...NOTICE, ...OTHER, ...briefingChunks()], { stats: true });
const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);
const ASK = { index: 0, topic: '完善公示异议处理', text: '完善改造名单公示异议处理。' };

describe('quotes under a numbered item read as a sub-heading', () => {
  it('reads the section heading above the item with them, and quotes the procedure', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), ASK);
    expect(quoted(evidence).join('')).toContain('收到书面异议后');
  });

  it('without the rule, the item alone is their heading and the ask goes without evidence', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau, { itemLeadsReadUnderParent: false }), ASK);
    expect(quoted(evidence).join('')).not.toContain('异议');
  });
});

describe('quoteHeading', () => {
  it('adds the heading above an item lead the passage states, and nothing to a real sub-heading', () => {
    expect(quoteHeading({ sectionPath: ITEM, text: '（一）收到书面异议后，市住房和城乡建设局在3个工作日内转所在县区核实。' })).toBe(
      '八、异议处理程序，（一）收到书面异议后，市住房和城乡建设局在3个工作日内转所在县区核实',
    );
    expect(quoteHeading({ sectionPath: '三、工作要求 > （五）社区托管', text: '社区托管适用于暂未选聘物业服务企业的改造小区。' })).toBe('（五）社区托管');
    expect(quoteHeading({ sectionPath: '二、服务等级', text: '物业服务分为一级、二级、三级。' })).toBe('二、服务等级');
  });
});
