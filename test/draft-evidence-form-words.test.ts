// "简化审批程序", "畅通投诉渠道", "给予一定期限的补贴": the noun naming the form an ask takes (程序, 渠道, 期限) is no focus
// word and no key term. In a small library such a noun is rare, so it used to be the word every quote had to hold, and
// the reply that answers the ask in its own words ("实行联合审查，审查时限…") was never quoted.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { gateSentences } from '../src/draft/gate.js';
import { keyTermsOf } from '../src/draft/evidence.js';
import type { WeightedTerm } from '../src/answer/offline/termWeights.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('reply_2024', { title: '对市人大第15号建议的答复', number: '北住建议复〔2024〕8号', kind: 'reply' }, [
  ['1.关于加装电梯', '截至2024年5月底，全市累计加装电梯37台。加装电梯实行联合审查，审批时限为15个工作日。'],
  ['2.关于物业服务', '改造后引入物业的小区，由区财政给予物业服务费补贴，补贴期限为2年。'],
]);
const RULES = documentChunks('rules_2023', { title: '北原市城镇老旧小区改造管理办法', number: '北政办规〔2023〕2号', kind: 'policy' }, [
  ['第二章 > 第八条', '第八条市级财政每年安排老旧小区改造资金不少于3000万元。'],
  ['第四章 > 第十六条', '第十六条暂不具备引入物业服务企业条件的，由街道办事处托管。'],
  ['第五章 > 第二十条', '第二十条改造项目的招标按照法定程序进行。'],
]);
const services = () => servicesOverChunks([...REPLY, ...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于加快推进老旧小区加装电梯的建议

市人大代表 柏文涛

为此建议：

一、简化加装电梯审批程序，压缩审批时限。

二、为加装电梯统一购买安全责任保险。`;

describe('an ask naming the form it takes (程序, 渠道, 期限)', () => {
  it('keeps the subject of "畅通投诉渠道" as a key term, not 渠道', () => {
    const term = (w: string) => ({ term: w, norm: w, alternatives: [], synonyms: [], weight: 1 }) as unknown as WeightedTerm;
    const keys = keyTermsOf(['畅通', '投诉', '渠道'].map(term), new Set(), new Set(), 1).map((w) => w.norm);
    expect(keys).toContain('投诉');
    expect(keys).not.toContain('渠道');
  });

  it('quotes the reply that answers the ask in its own words, and still leaves a gap where the library holds nothing', async () => {
    const [approval, insurance] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(approval.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('联合审查'));
    expect(insurance.citations).toEqual([]);
  });

  it('does not ask a quote to hold 期限 when it states the subsidy asked for', () => {
    const { search } = services();
    const candidates = REPLY.filter((c) => c.text.includes('物业服务费补贴')).map((chunk) => ({ chunk, sentence: chunk.text }));
    const floor = { passage: { focusShare: 1, maxFocusWords: 2 }, sentence: { focusShare: 0.5, maxFocusWords: 2 } };
    const gate = gateSentences(search, '由财政给予一定期限的物业服务费补贴', candidates, floor);
    expect(gate.focus).not.toContain('期限');
  });
});
