// "全面排查并消除小区积水点", "规范施工时间": what the ask does to a thing (排查, 规范: ACTION_VERBS) and how (全面) were
// focus words or heavy key terms a quote had to hold, so the report stating the thing with its own verb ("消除小区积水点
// 17处", "施工时间为每日7:30至12:00") was not quoted. The thing is now what a quote must hold; a quote that shares only
// the manner word ("…进行一次全面清疏") is still not on the ask.
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, type SuggestionEvidence } from '../src/draft/evidence.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPORT = documentChunks('zongjie_2024', { title: '北原市2024年城镇老旧小区改造工作总结', number: '', kind: 'policy' }, [
  ['三、主要成效 > （一）基础设施', '全年改造排水管网21.3公里，消除小区积水点17处，改造老化燃气管道12.4公里。'],
  ['三、主要成效 > （二）长效管理', '改造后的小区排水设施移交市水务集团专业养护，汛期前对雨水井进行一次全面清疏。'],
  ['三、主要成效 > （三）安全隐患', '开展燃气管道隐患排查，整改隐患点32处。'],
]);
const RULES = documentChunks('shigong_2025', { title: '北原市老旧小区改造文明施工管理规定', number: '北住建规〔2025〕1号', kind: 'policy' }, [
  ['第六条', '第六条施工时间为每日7:30至12:00、14:00至19:00，中考、高考期间禁止夜间施工。'],
  ['第七条', '第七条施工现场应当设置围挡，渣土车辆应当密闭运输。'],
]);
const services = () => servicesOverChunks([...REPORT, ...RULES, ...briefingChunks()], { stats: true });

const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);

describe('the verb of doing an ask is made of', () => {
  it('quotes the report that states the thing with its own verb, not the sentence sharing only the manner word', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), { index: 0, topic: '全面排查并消除小区积水点', text: '全面排查并消除小区积水点。' });
    expect(quoted(evidence)).toContainEqual(expect.stringContaining('消除小区积水点17处'));
    expect(quoted(evidence)).not.toContainEqual(expect.stringContaining('全面清疏'));
  });

  it('quotes the rule on the thing 规范 is asked of', async () => {
    const s = services();
    const evidence = await gatherEvidence(createEvidenceContext(s.search, s.config.bureau), { index: 0, topic: '规范施工时间', text: '规范施工时间。' });
    expect(quoted(evidence)).toContainEqual(expect.stringContaining('施工时间为每日7:30'));
  });
});
