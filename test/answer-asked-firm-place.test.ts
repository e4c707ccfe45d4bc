// A firm asked by its role ("监理单位是哪家", "设计单位叫什么名字") or the 街道 / road a place is in: a sentence on the
// topic that says the role again ("监理单位应当全程驻场") or describes the place without its 街道 does not say which, and
// is refused. Invented text throughout.
import { describe, expect, it } from 'vitest';
import { answerExtractively, questionFocus } from '../src/answer/offline/index.js';
import type { Passage } from '../src/grounding/passages.js';
import { lacksAskedFirm } from '../src/text/askedNames.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { makeChunk } from './support/services.js';

/** The offline answer from one invented passage holding `text`. */
function answerFrom(question: string, text: string) {
  const chunk = makeChunk({ docId: 'ql-tb', title: '青川区老旧小区改造工作通报', kind: 'policy', sectionPath: '三、项目情况', text }, 0);
  const passages: Passage[] = [{ n: 1, chunk, score: 1 }];
  const tokenizer = getTokenizer();
  return answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: () => [chunk] });
}

describe('a firm asked by its role', () => {
  it('is refused when the sentence names the role, not a firm', () => {
    const a = answerFrom('柳荫里小区管网工程的监理单位叫什么名字', '柳荫里小区管网工程的监理单位应当全程驻场，隐蔽工程须经其签字后方可覆盖。');
    expect(a.answered).toBe(false);
  });

  it("is refused when the role's own word is the only 公司 in the text", () => {
    const a = answerFrom('柳荫里小区外立面的设计公司叫什么名字', '柳荫里小区外立面改造委托专业设计公司出图，设计公司须在方案公示前完成三轮居民意见征询。');
    expect(a.answered).toBe(false);
  });

  it('is answered by the sentence naming the firm', () => {
    const a = answerFrom('柳荫里小区管网工程的监理单位是哪家', '柳荫里小区管网工程由青川正衡工程监理有限公司监理，监理费计入工程其他费用。');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('青川正衡工程监理有限公司');
  });

  it('reads the role asked in its usual wordings, and no role in a question about a body', () => {
    expect(lacksAskedFirm('哪家物业公司接管', '接管前由物业公司和社区共同查验共用设施。')).toBe(true);
    expect(lacksAskedFirm('哪家监理单位负责', '监理单位：青川正衡工程监理有限公司。')).toBe(false);
    expect(lacksAskedFirm('这项工作由哪个单位负责', '由区住房和城乡建设局负责。')).toBe(false);
  });

  it("reads \"施工单位是谁\" as asking the firm, and \"<role>谁来监管 / 谁来选聘 / 谁来确定\" as asking a body or a process", () => {
    expect(lacksAskedFirm('柳荫里小区的施工单位是谁？', '柳荫里小区外立面由施工单位按图施工。')).toBe(true);
    expect(lacksAskedFirm('屋面防水的施工单位谁来监管？', '屋面防水工程的施工质量由区建设工程质量监督站负责监督。')).toBe(false);
    expect(lacksAskedFirm('物业服务企业谁来选聘？', '物业服务企业由业主大会选聘，业主大会成立前由建设单位选聘。')).toBe(false);
    expect(lacksAskedFirm('中标单位谁来确定？', '中标人由招标人依据评标委员会的推荐确定。')).toBe(false);
    expect(lacksAskedFirm('设计单位谁负责审查图纸？', '施工图由区审图中心审查。')).toBe(false);
  });

  it("answers who supervises a firm asked as \"施工单位谁来监管\"", () => {
    const a = answerFrom('屋面防水的施工单位谁来监管？', '屋面防水工程的施工单位由区建设工程质量监督站负责监督，发现问题责令限期整改。');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('质量监督站');
  });
});

describe('the 街道 or road asked', () => {
  it('is refused when the sentences describe the place without its 街道', () => {
    const a = answerFrom('桂园小区在哪个街道', '桂园小区的屋面防水和楼道照明已在9月完成，居民议事会正在商议停车位划线方案。');
    expect(a.answered).toBe(false);
  });

  it('is answered by the sentence naming it', () => {
    const a = answerFrom('桂园小区在哪个街道', '桂园小区归城南街道管辖，屋面防水和楼道照明已在9月完成。');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('城南街道');
  });

  it('is answered by a sentence naming a town whose name ends in 城 (古城镇), not only by 城乡 or 城镇 alone', () => {
    const a = answerFrom('桂园小区在哪个镇', '桂园小区位于古城镇，改造方案已报区住房和城乡建设局备案。');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('古城镇');
  });

  it('is refused when the only 乡 or 镇 is in 城乡 or 城镇', () => {
    const a = answerFrom('桂园小区在哪个镇', '桂园小区属城镇老旧小区，改造方案已报区住房和城乡建设局备案。');
    expect(a.answered).toBe(false);
  });

  it("answers the article asked as \"在哪条规定里\" (which article, not which road)", () => {
    for (const q of ['公摊电费按户分摊是在哪条里规定的？', '公摊电费按户分摊，在哪条规定里？']) {
      const a = answerFrom(q, '第九条 住宅小区公共照明的公摊电费按户平均分摊，由物业服务企业每季度公示一次。');
      expect(a.answered, q).toBe(true);
      expect(a.answer).toContain('第九条');
    }
  });

  it("does not read \"走哪条路子\" as asking a road", () => {
    const a = answerFrom('老楼加装电梯审批走哪条路子？', '老楼加装电梯实行联合审查，申请人提交方案后，联合审查小组十个工作日内出具意见。');
    expect(a.answered).toBe(true);
  });

  it('is refused for a road when no road is named', () => {
    const a = answerFrom('桂园安置房项目在哪条路', '桂园安置房项目设置三种户型，主体结构已封顶，正在进行外墙施工。');
    expect(a.answered).toBe(false);
  });
});
