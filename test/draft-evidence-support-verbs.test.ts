// "对暂时引不进物业的小区实行托管", "对上一年因故未实施的项目…优先安排": a support verb (实行, 给予) or a planning verb (安排)
// only carries the noun after it, and the library states that noun with a verb of its own or none ("由街道办事处托管",
// "应优先申报…因故未能实施的项目"). A quote lacking them was measured with them, and the passage answering the ask was
// not quoted; it is now measured without them (a quote holding one keeps it).
// A year written digit by digit ("二〇二三年底") no longer lends a quote the ask's 三年 either.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { createEvidenceContext, gatherEvidence } from '../src/draft/evidence.js';
import { coverageOf } from '../src/draft/gate.js';
import type { WeightedTerm } from '../src/answer/offline/termWeights.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('rules_2023', { title: '北原市城镇老旧小区改造管理办法', number: '北政办规〔2023〕2号', kind: 'policy' }, [
  ['第二章 > 第八条', '第八条市级财政每年安排老旧小区改造资金不少于3000万元。'],
  ['第四章 > 第十六条', '第十六条暂不具备引入物业服务企业条件的，由街道办事处（乡镇人民政府）托管。引入物业服务企业的，可以实行“先服务后收费”。'],
  ['第五章 > 第二十条', '第二十条改造项目竣工后，由区住房和城乡建设部门组织验收。'],
]);
const REPORT = documentChunks('zongjie_2024', { title: '北原市2024年城镇老旧小区改造工作总结', number: '', kind: 'policy' }, [
  ['（四）长效管理', '改造小区物业服务覆盖率由二〇二三年底的55%提高到68%，居民满意度测评平均为94.1%。'],
]);
const NOTICE = documentChunks('shenbao_2025', { title: '关于做好2026年城镇老旧小区改造项目申报工作的通知', number: '北住建函〔2025〕31号', kind: 'policy' }, [
  ['一、申报范围', '各县（市、区）应优先申报居民改造意愿强烈、2025年因故未能实施的项目。'],
  ['二、申报材料', '申报材料包括项目清单、居民意见征询表和资金筹措方案。未列入年度计划的项目不予补助。'],
]);
const services = () => servicesOverChunks([...RULES, ...REPORT, ...NOTICE, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于健全老旧小区改造后长效管理机制的建议

市人大代表 柏文涛

为此建议：

一、对暂时引不进物业的小区实行托管。

二、对引入物业的改造小区给予物业费补贴，前三年由财政补助一半。`;

const term = (w: string) => ({ term: w, norm: w, alternatives: [], synonyms: [], parts: [], credit: { parts: 0.5, synonym: 0.5, bigram: 0.5 }, weight: 1 }) as unknown as WeightedTerm;

describe('support and planning verbs of an ask', () => {
  it('quotes the notice that states the ask without its verb', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), { index: 0, topic: '优先安排', text: '对上一年因故未实施的项目，在下一年度计划中优先安排。' });
    expect([...evidence.policy, ...evidence.done, ...evidence.elsewhere, ...evidence.reference, ...evidence.plans].map((e) => e.sentence)).toContainEqual(expect.stringContaining('因故未能实施的项目'));
  });

  it('quotes the rule for an ask carried by 实行, and leaves a gap where the library holds nothing', async () => {
    const [trustee, fee] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(trustee.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('托管'));
    expect(fee.citations).toEqual([]);
  });

  it('reads a year written digit by digit as that year, not as a span of years', () => {
    expect(coverageOf([term('三年')], '由二〇二三年底的55%提高到68%')).toBe(0);
    expect(coverageOf([term('三年')], '前三年由财政补助')).toBe(1);
  });
});
