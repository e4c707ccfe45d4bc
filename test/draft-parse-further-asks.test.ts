// Plain-text proposals (issue #11, section count): a paragraph that asks and then announces another ask of its own
// ("另外，建议…") holds two suggestions, each its own section; a 建议 after the situation, or restating the ask, is no
// second one. And who is to act ("住建部门会同水务部门，…") is not what the heading names.
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
