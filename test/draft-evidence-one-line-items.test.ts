// A short numbered line heads the text after it ("（一）雨季巡查。每次暴雨过后……") and is not quoted; a one-line item
// with nothing after it in its passage ("（二）将楼道照明纳入物业服务的必备内容。") states what it says, and is quoted as
// evidence like any sentence (it was skipped as a sub-heading, and the suggestion it answers went without evidence).
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, type SuggestionEvidence } from '../src/draft/evidence.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPORT = documentChunks('wuye_pinggu_2025', { title: '某市改造小区物业服务评估报告', number: '', kind: 'policy' }, [
  ['三、工作要求 > （一）雨季巡查', '（一）雨季巡查。每次暴雨过后，物业服务企业必须对地下车库排水泵逐台检查。'],
  ['五、评估建议 > （二）将楼道照明纳入物业服务的必备内容', '（二）将楼道照明纳入物业服务的必备内容。'],
  ['五、评估建议 > （三）建立物业服务质量红黑榜', '（三）建立物业服务质量红黑榜。'],
]);
const services = () => servicesOverChunks([...REPORT, ...briefingChunks()], { stats: true });
const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);

describe('one-line numbered items', () => {
  it('quotes an item that is the whole of its passage', async () => {
    const s = services();
    const suggestion = { index: 0, topic: '把楼道照明纳入物业服务必备内容', text: '建议把楼道照明纳入物业服务必备内容。' };
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), suggestion);
    expect(quoted(evidence)).toContain('（二）将楼道照明纳入物业服务的必备内容。');
  });

  it('quotes the text under a short heading, not the heading', async () => {
    const s = services();
    const suggestion = { index: 0, topic: '暴雨后检查地下车库排水泵', text: '建议每次暴雨过后检查地下车库排水泵。' };
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), suggestion);
    expect(quoted(evidence)).toContain('每次暴雨过后，物业服务企业必须对地下车库排水泵逐台检查。');
    expect(quoted(evidence)).not.toContain('（一）雨季巡查。');
  });
});
