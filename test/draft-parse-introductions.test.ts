// A paragraph over the asks that only says how they are laid out, or asks only for what the items below spell out, is
// no ask of its own; one that asks for something the items do not repeat still is.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

const proposal = (...paragraphs: string[]) => ['关于改进社区养老服务的建议', '提出人：林晓（区人大代表）', '', ...paragraphs].join('\n\n');

describe("a paragraph introducing the asks", () => {
  it("that tells how the items below are laid out is no section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '养老服务是民生大事。我把三项服务的现状和我希望达到的目标写在下面，每项后面附上理由。',
        '理由：社区食堂价格偏高，老人舍不得吃。建议区民政局提高助餐补贴标准。',
        '理由：日间照料中心开放时间太短。建议延长日间照料中心开放时间。',
        '理由：失能老人上门服务供给不足。建议扩大政府购买上门服务的范围。',
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].text).toContain('助餐补贴');
  });

  it("that asks only for the documents named below is no section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '我区养老政策已经比较完整。我建议区民政局研究制定以下两份文件，名称是我拟的，供参考。',
        '社区食堂价格偏高，老人舍不得吃。建议明确助餐补贴的对象和标准。',
        '日间照料中心开放时间太短，建议明确开放时间和服务项目。',
      ),
    );
    expect(suggestions).toHaveLength(2);
    expect(suggestions.map((s) => s.text).join('')).not.toContain('以下两份文件');
  });

  it("whose own ask every item repeats is the items' heading, not a section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '区里的养老服务办法比较原则，街道不好执行。为此建议区民政局出台街道实施细则，重点明确以下内容：',
        '出台助餐补贴细则，明确补贴对象和标准。',
        '出台日间照料细则，明确开放时间和服务项目。',
        '出台上门服务细则，明确服务范围和收费办法。',
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((s) => s.topic.slice(0, 8))).toEqual(['出台助餐补贴细则', '出台日间照料细则', '出台上门服务细则']);
  });

  it("that asks for something of its own before pointing at the items stays a section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '养老服务短板明显。为此建议区政府扩大社区嵌入式养老试点，并重点做好以下工作：',
        '提高助餐补贴标准，覆盖更多高龄老人。',
        '延长日间照料中心开放时间，增加康复护理项目。',
        '扩大政府购买上门服务的范围，把失能老人纳入。',
      ),
    );
    expect(suggestions).toHaveLength(4);
    expect(suggestions[0].topic).toContain('扩大社区嵌入式养老试点');
  });

  it("keeps a first ask that only mentions what lies behind something", () => {
    const { suggestions } = parseProposal(
      proposal('建议加强小区后面空地的管理，提高绿化水平。', '建议增设停车位，缓解停车难。', '建议完善路灯照明。', '以上建议，请予研究。'),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toContain('后面空地');
  });
});
