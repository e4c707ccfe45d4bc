// "由财政给予一定期限的托管补贴", "督促县（市、区）按规定比例足额落实配套资金": the asker hedges the form of the ask (a
// period left open, a share deferred to the rules). The library answers with the content ("我们将研究对社区托管小区给予
// 适当补贴", "按不低于市级补助30%的比例安排配套资金"), while other passages hold 期限 or 按规定 about other things, so the
// gate asked every quote to hold the hedge word and the answering sentences were never quoted.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { withoutHedgedForm } from '../src/text/questionWords.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('zx_no033_2024', { title: '关于政协第十届三次会议第033号提案的答复', number: null, kind: 'reply' }, [
  ['（二）关于改造后小区长效管理', '我们将研究对社区托管小区给予适当补贴的可行性，并在制定改后长效管理办法时一并考虑。'],
]);
const MINUTES = documentChunks('huiyi_jiyao_2025', { title: '北原市老旧小区改造工作推进会议纪要', number: null, kind: 'policy' }, [
  ['三、关于资金保障', '县（市、区）按不低于市级补助30%的比例安排配套资金，于年底前落实到项目。'],
]);
const OTHER = documentChunks('shigong_guanli_2025', { title: '北原市老旧小区改造施工管理规定', number: '北建规〔2025〕2号', kind: 'policy' }, [
  ['第三章 > 第九条', '第九条施工单位应当按规定完成施工，逾期的由建设单位按合同追究责任。'],
  ['第三章 > 第十条', '第十条对加装电梯运行维护给予补贴，补贴期限为3年。'],
]);
const SITUATION = documentChunks('zongjie_2024', { title: '北原市2024年老旧小区改造工作总结', number: null, kind: 'policy' }, [
  ['一、长效管理', '全市已改造小区中实行社区托管的占26%。'],
  ['二、下一步', '社区托管由街道统一组织，居民满意率逐年提高。'],
]);
const services = () => servicesOverChunks([...REPLY, ...MINUTES, ...OTHER, ...SITUATION, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于加强老旧小区改造资金保障的建议

市人大代表 柏文涛

为此建议：

一、对实行社区托管的改造后小区，由财政给予一定期限的托管补贴。

二、督促县（市、区）按规定比例足额落实配套资金。`;

describe('the asker hedging the form of the ask', () => {
  it('is left out of what a passage must hold', () => {
    expect(withoutHedgedForm('由财政给予一定期限的托管补贴')).toBe('由财政给予托管补贴');
    expect(withoutHedgedForm('由财政在一定期限内给予托管费用补贴')).toBe('由财政给予托管费用补贴');
    expect(withoutHedgedForm('督促县区按规定比例足额落实配套资金')).toBe('督促县区比例足额落实配套资金');
    expect(withoutHedgedForm('明确补助资金拨付时限')).toBe('明确补助资金拨付时限');
  });

  it('quotes the reply and the minutes that answer the asks with their content', async () => {
    const [subsidy, matching] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(subsidy.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('给予适当补贴'));
    expect(matching.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('30%的比例安排配套资金'));
  });

  it('without the rule, the hedge word is asked of every quote and neither is quoted', async () => {
    const [subsidy, matching] = (await draftReply(services(), { text: PROPOSAL }, { tuning: { hedgedFormIsWording: false } })).draft!.sections;
    expect(subsidy.citations.map((c) => c.quote)).not.toContainEqual(expect.stringContaining('给予适当补贴'));
    expect(matching.citations.map((c) => c.quote)).not.toContainEqual(expect.stringContaining('30%的比例安排配套资金'));
  });
});
