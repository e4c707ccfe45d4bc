// A paragraph over the asks that only says how they are laid out, or asks only for what the items below spell out, is
// no ask of its own; one that asks for something the items do not repeat still is.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

const proposal = (...paragraphs: string[]) => ['关于改进社区养老服务的建议', '提出人：林晓（区人大代表）', '', ...paragraphs].join('\n\n');

describe("a paragraph introducing the asks", () => {
  it("that tells how the items below are laid out is no section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '养老服务是民生大事。我把居民反映最多的三件事按轻重排在下面，每件后面注明原因。',
        '原因：社区食堂价格偏高，老人舍不得吃。建议区民政局提高助餐补贴标准。',
        '原因：日间照料中心开放时间太短。建议延长日间照料中心开放时间。',
        '原因：失能老人上门服务供给不足。建议扩大政府购买上门服务的范围。',
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].text).toContain('助餐补贴');
  });

  it("that asks only for the documents named below is no section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '养老服务还缺两项规范。请区民政局考虑编制下列文件：',
        '社区食堂价格偏高，老人舍不得吃。建议明确助餐补贴的对象和标准。',
        '日间照料中心开放时间太短，建议明确开放时间和服务项目。',
      ),
    );
    expect(suggestions).toHaveLength(2);
    expect(suggestions.map((s) => s.text).join('')).not.toContain('下列文件');
  });

  it("whose own ask every item repeats is the items' heading, not a section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '区里的养老服务办法比较笼统，街道不好操作。为此建议区民政局制定街道操作规程，具体写明以下事项：',
        '制定助餐补贴规程，写明补贴对象和标准。',
        '制定日间照料规程，写明开放时间和服务项目。',
        '制定上门服务规程，写明服务范围和收费办法。',
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((s) => s.topic.slice(0, 8))).toEqual(['制定助餐补贴规程', '制定日间照料规程', '制定上门服务规程']);
  });

  it("that asks for something of its own before pointing at the items stays a section", () => {
    const { suggestions } = parseProposal(
      proposal(
        '养老服务短板明显。为此建议区政府扩大社区嵌入式养老试点，并抓好以下几件事：',
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

  it("keeps a first numbered ask whose last sentence points at an annex", () => {
    const { suggestions } = parseProposal(
      proposal(
        '社区食堂运营困难，老人吃饭不方便。为此建议：',
        ['一、降低社区食堂场地租金，由每平方米每月30元降到15元。核算明细附后。', '二、提高助餐补贴标准，覆盖八十岁以上老人。', '三、延长日间照料中心开放时间。'].join('\n'),
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toContain('降低社区食堂场地租金');
  });

  it("keeps a first ask whose earlier sentence opens with the action asked for", () => {
    const { suggestions } = parseProposal(
      proposal(
        '社区食堂运营困难。为此建议：',
        '提高助餐补贴标准，每餐补贴由3元提高到5元。补贴测算写在下面。',
        '延长日间照料中心开放时间，增加康复护理项目。',
        '扩大政府购买上门服务的范围，把失能老人纳入。',
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toContain('提高助餐补贴标准');
  });

  it("reads 以下 after a level or a place as a bound, not as the items below", () => {
    const { suggestions } = parseProposal(
      proposal(
        '养老服务在基层最薄弱。',
        '建议把社区养老服务站的建设补助扩大到乡镇及以下。',
        '建议提高街道级以下养老服务人员的岗位补贴。',
        '建议加强养老护理员培训。',
      ),
    );
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toContain('养老服务站');
  });
});
