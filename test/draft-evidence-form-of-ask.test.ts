// "建立公共照明维护资金续筹机制": the asker gives the ask a form (a 机制, a 标准, a 渠道), while the library states the
// content ("改造后小区应当续筹公共照明维护资金…") without naming the form. When another passage holds the form noun (a
// 议事协商机制), the gate asked every quote's passage for it and the rule stating the content was never quoted.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { withoutFormOfAsk } from '../src/draft/gate.js';
import { isFormNoun, stemOfFormWord } from '../src/text/questionWords.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('guanli_2025', { title: '南屿市老旧小区改造后长效管理办法', number: '南政办规〔2025〕7号', kind: 'policy' }, [
  ['第三章 > 第十二条', '第十二条改造后小区应当续筹公共照明维护资金，按每户每年不低于60元的标准由业主交存。'],
  ['第二章 > 第六条', '第六条街道应当指导改造后小区建立议事协商机制，每季度召开一次居民议事会。'],
]);
const services = () => servicesOverChunks([...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于加强改造后小区长效管理的建议

市人大代表 芮思远

为此建议：

一、建立公共照明维护资金续筹机制。

二、建立屋顶光伏板清洗机制。`;

describe('the form the asker gives an ask', () => {
  it('quotes the rule stating the content, though another passage holds the form noun, and leaves a gap where the library holds nothing', async () => {
    const [funds, panels] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(funds.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('续筹公共照明维护资金'));
    expect(panels.citations).toEqual([]);
  });

  it('without the rule, the form noun is asked of every passage and the content rule is not quoted', async () => {
    const [funds] = (await draftReply(services(), { text: PROPOSAL }, { tuning: { formOfAskIsWording: false } })).draft!.sections;
    expect(funds.citations.map((c) => c.quote)).not.toContainEqual(expect.stringContaining('续筹公共照明维护资金'));
  });
});

describe('withoutFormOfAsk', () => {
  it('drops a bare form noun and cuts a word closing on one to what it names', () => {
    expect(withoutFormOfAsk('建立公共照明维护资金续筹机制', ['续筹', '机制'])).toBe('建立公共照明维护资金续筹');
    expect(withoutFormOfAsk('建立邻里纠纷调解机制', ['调解机制'])).toBe('建立邻里纠纷调解');
  });

  it('changes nothing when only bare form nouns carry the ask, or for 力度 (more of what the rest names)', () => {
    expect(withoutFormOfAsk('完善相关机制', ['机制'])).toBeNull();
    expect(withoutFormOfAsk('加大财政补助力度', ['财政', '力度'])).toBeNull();
    expect(withoutFormOfAsk('加快推进绿化提升', ['绿化'])).toBeNull();
  });

  it('reads form nouns and their stems', () => {
    expect(isFormNoun('机制')).toBe(true);
    expect(isFormNoun('力度')).toBe(false);
    expect(stemOfFormWord('调解机制')).toBe('调解');
    expect(stemOfFormWord('机制')).toBeNull();
    expect(isFormNoun('标准')).toBe(false);
  });
});
