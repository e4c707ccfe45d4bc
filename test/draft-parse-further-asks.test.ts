// Plain-text proposals (issue #11, section count): a paragraph that asks and then announces another ask of its own
// ("另外，建议…") holds two suggestions, each its own section; a 建议 after the situation, or restating the ask, is no
// second one; a proposal stating its asks only as obligations (应当…, 要…) has one suggestion per such sentence. And
// who is to act ("住建部门会同水务部门，…") is not what the heading names.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';

const cores = (text: string) => parseProposal(text).suggestions.map((s) => headingCoreOf(s.topic));

describe('a further ask inside a paragraph', () => {
  it('splits "建议…。另外，建议…" into two suggestions', () => {
    const text = `关于加快老旧小区雨污分流改造的提案\n\n张华\n\n目前不少老旧小区雨污合流，雨季污水外溢。建议在老旧小区改造中同步实施雨污分流，并与市政管网同步接驳。另外，建议对改造后的排水管网建立定期清掏制度，明确养护责任。`;
    const suggestions = parseProposal(text).suggestions;
    expect(suggestions).toHaveLength(2);
    expect(suggestions[1].text).toMatch(/^另外，建议对改造后的排水管网建立定期清掏制度/u);
    expect(cores(text)[1]).toBe('对改造后的排水管网建立定期清掏制度');
  });

  it('keeps one suggestion when the 建议 follows the situation or restates the ask', () => {
    const text = `关于统筹推进老旧小区地下管网改造的提案\n\n刘洋\n\n小区雨污分流改造要与市政管网建设统筹推进。有的小区内部完成了雨污分流，但是周边市政管网没有同步建设。建议水务和住建部门统一规划、同步接驳。\n\n改造后的管网还需要有人管。建议建立小区排水管网定期检测和养护制度。`;
    expect(parseProposal(text).suggestions).toHaveLength(2);
  });
});

describe('who is to act', () => {
  it('heads "建议住建部门会同水务部门，在老旧小区改造中同步实施雨污分流" by the action', () => {
    const text = `关于加快老旧小区雨污分流改造的提案\n\n张华\n\n目前不少老旧小区雨污合流。建议住建部门会同水务部门，在老旧小区改造中同步实施雨污分流，并与市政管网同步接驳。`;
    expect(cores(text)).toEqual(['同步实施雨污分流']);
  });

  it('keeps a clause that names the action after the agencies ("由文物部门会同住建部门开展评估，…")', () => {
    const text = `关于加强历史风貌保护的提案\n\n王芳\n\n建议：一是由文物部门会同住建部门开展评估，制定保护方案。二是延续街区原有风貌。`;
    expect(cores(text)[0]).toContain('开展评估');
  });
});

describe('asks stated as obligations', () => {
  const text = `关于老旧小区改造中加强历史风貌保护的提案\n\n王芳\n\n我市部分老旧小区建于上世纪五六十年代，具有一定的历史价值。在改造中应当坚持“留改拆”并举，以保留利用为主，不搞大拆大建。对具有历史文化价值的建筑，应当由文物部门会同住建部门开展评估，制定保护方案。改造设计要延续街区原有肌理和建筑风貌，避免千篇一律。`;

  it('takes each sentence stating an obligation as a suggestion when nothing else marks the asks, with no notice', () => {
    const parsed = parseProposal(text);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions).toHaveLength(3);
    expect(cores(text)[0]).toBe('坚持“留改拆”并举');
    expect(cores(text)[1]).toContain('开展评估');
    expect(parsed.suggestions.map((s) => s.text).join('')).not.toContain('上世纪五六十年代');
  });

  it('keeps the notice for a proposal that only describes (one obligation is a remark, not a list of asks)', () => {
    const parsed = parseProposal(`关于老旧小区物业管理缺失问题的提案\n\n钱红梅\n\n我市现有老旧小区中，相当一部分是原单位的家属院，小区长期处于无人管理状态。由于小区规模小、收费低，专业物业公司不愿进入，社区也无力承担全部管理职责，这个问题应当引起重视。`);
    expect(parsed.notice).toBeDefined();
    expect(parsed.suggestions).toHaveLength(1);
  });
});

describe('a further ask after a list of one-line items', () => {
  const proposal = (after: string[]) =>
    [
      '关于加强社区养老服务的提案',
      '',
      '王芳',
      '',
      '为此建议：',
      '1.在每个街道建设一处综合养老服务中心。',
      '2.对社区助餐点给予运营补贴。',
      '',
      ...after,
    ].join('\n');

  it('makes "同时，希望…" after the list its own section', () => {
    const text = proposal(['同时，希望民政部门加强对养老护理员的培训，提高服务质量。', '', '以上建议，请予采纳。']);
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toMatch(/^同时，希望民政部门加强对养老护理员的培训/u);
    expect(texts[2]).not.toMatch(/采纳/u);
    expect(cores(text)[2]).toMatch(/养老护理员/u);
  });

  it('makes each asking paragraph its own section, and stops at the first that asks nothing', () => {
    const text = proposal(['另外，恳请财政部门设立社区养老专项资金。', '', '此外，建议将失能老人照护纳入家庭医生签约服务。', '', '近年来，我市老年人口持续增加。', '', '建议加快建设养老机构。']);
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts).toHaveLength(4);
    expect(texts[2]).toMatch(/^另外，恳请财政部门设立社区养老专项资金/u);
    expect(texts[3]).toMatch(/^此外，建议将失能老人照护纳入家庭医生签约服务/u);
    expect(texts.join('')).not.toMatch(/老年人口持续增加|养老机构/u);
  });

  it('leaves a closing courtesy after the list out', () => {
    const text = proposal(['以上建议妥否，请审议。']);
    expect(parseProposal(text).suggestions).toHaveLength(2);
  });

  it('still reads a paragraph after a list of multi-line items as part of its last item', () => {
    const text = [
      '关于加强社区养老服务的提案',
      '',
      '王芳',
      '',
      '为此建议：',
      '1.在每个街道建设一处综合养老服务中心，',
      '统筹助餐、日间照料和上门服务。',
      '2.对社区助餐点给予运营补贴，',
      '补贴标准按服务人次确定。',
      '',
      '同时，要加强对助餐点的食品安全监管。',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/补贴标准按服务人次确定.*食品安全监管/u);
  });
});
