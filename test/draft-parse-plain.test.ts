// Proposal shapes that parsed wrongly before (issue #11): unnumbered asks after "为此，建议：", one paragraph of
// separate asks, headings led by an occasion clause, and "张三、李四、王五、赵六等代表" (four deputies, not "赵六等").
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/index.js';

const HEADER = '关于在老旧小区改造中推进海绵城市建设的提案\n提案人：陈思远\n我市老旧小区普遍存在雨污合流、路面积水等问题，影响居民出行。';

describe('unnumbered asks', () => {
  it('takes every paragraph after an announcing lead "为此，建议：" as a suggestion of its own', () => {
    const text = `${HEADER}为此，建议：\n将海绵城市理念融入老旧小区改造，同步实施雨污分流改造。\n结合小区绿化改造，建设下沉式绿地、雨水花园等海绵设施。\n对小区路面采用透水铺装，减少路面积水。\n以上建议，请予研究采纳。`;
    const { suggestions, notice } = parseProposal(text);
    expect(notice).toBeUndefined();
    expect(suggestions.map((s) => s.topic.split('，')[0])).toEqual(['将海绵城市理念融入老旧小区改造', '建设下沉式绿地、雨水花园等海绵设施', '对小区路面采用透水铺装']);
  });

  it('stops at a narrator’s paragraph after the asks of a news report', () => {
    const text = `${HEADER}为此，建议：\n同步实施雨污分流改造，对排水管网全面排查。\n推广透水铺装，减少路面积水。\n记者了解到，该提案已被列为重点提案。`;
    expect(parseProposal(text).suggestions).toHaveLength(2);
  });

  it('splits one paragraph whose every sentence opens with its own action, and keeps an elaborated ask whole', () => {
    const separate = `${HEADER}\n为此建议，将海绵城市理念融入老旧小区改造。同步实施雨污分流改造，对排水管网全面排查。推广透水铺装和雨水花园，提高雨水就地消纳能力。`;
    expect(parseProposal(separate).suggestions.map((s) => s.topic.split('，')[0])).toEqual(['将海绵城市理念融入老旧小区改造', '同步实施雨污分流改造', '推广透水铺装和雨水花园']);
    const elaborated = `${HEADER}建议在老旧小区改造中同步实施雨污分流改造。要对小区排水管网进行全面排查，彻底解决雨污合流问题。`;
    const { suggestions } = parseProposal(elaborated);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].topic).toBe('同步实施雨污分流改造');
  });

  it('names a heading by the action, not by the occasion clause before it ("结合小区绿化改造，…")', () => {
    const text = `${HEADER}建议：一是结合小区绿化改造，建设下沉式绿地等海绵设施；二是结合老旧小区改造挖潜增设停车位，利用闲置空地建设停车场。`;
    expect(parseProposal(text).suggestions.map((s) => s.topic)).toEqual(['建设下沉式绿地等海绵设施', '结合老旧小区改造挖潜增设停车位']);
  });
});

describe('headings of plain paragraphs', () => {
  it('names a paragraph by its 建议 sentence when the sentence before it only remarks, and by its first sentence when that asks', () => {
    const text = `关于统筹推进老旧小区地下管网改造的提案\n\n提案人：孙慧\n\n我市不少老旧小区地下管网老化严重。\n\n小区雨污分流改造要与市政管网建设统筹推进。有的小区改了也接不上。建议水务和住建部门统一规划、同步接驳。\n\n改造后的管网还需要有人管。建议建立小区排水管网定期检测和养护制度，明确养护责任单位。`;
    const topics = parseProposal(text).suggestions.map((s) => s.topic);
    expect(topics).toHaveLength(2);
    expect(topics[0]).toContain('雨污分流改造');
    expect(topics[1]).toContain('定期检测和养护制度');
  });
});

describe('proposers listed before 等代表', () => {
  it('reads four deputies (the last name without 等) as a header line and inside a sentence', () => {
    const line = parseProposal('关于加强老旧小区停车管理的建议\n王建华、李丽、陈明、赵强等代表：\n建议：一是增设停车位。二是规范停车秩序。');
    expect(line.meta.proposers).toEqual(['王建华', '李丽', '陈明', '赵强']);
    expect(line.meta.role).toBe('代表');
    const sentence = parseProposal('市人大代表王建华、李丽、陈明、赵强等代表提出，老旧小区停车难。建议：一是增设停车位。二是规范停车秩序。');
    expect(sentence.meta.proposers).toEqual(['王建华', '李丽', '陈明', '赵强']);
  });
});
