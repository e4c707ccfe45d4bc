// Asks numbered in ways the list reader did not know: "第一条，…/第二条，…" in a deputy's letter, "其一，/其二，" in a
// body's proposal, "1\u3000…" rows of a table pasted as text, and "1.1 …/1.2 …" under a part heading. Unread, the letter's
// opening paragraph became an ask of its own, the table's header row another, and every heading carried the number
// ("关于1.1 进一步提高…的建议", "关于其一，拓宽…的建议").
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { withPlainLineMarker } from '../src/text/markers.js';

describe('line numberings read as list markers', () => {
  it('rewrites each to the plain marker of its ordinal, and leaves counts, dates and articles alone', () => {
    expect(withPlainLineMarker('第二条，建议明确维保责任')).toBe('第二，建议明确维保责任');
    expect(withPlainLineMarker('其三，提高财政资金使用效率')).toBe('第三，提高财政资金使用效率');
    expect(withPlainLineMarker('2　将新增停车泊位作为硬任务')).toBe('2.将新增停车泊位作为硬任务');
    expect(withPlainLineMarker('1.2 继续压缩联合审查时限')).toBe('2.继续压缩联合审查时限');
    for (const line of ['12 月底前完成改造', '3 个小区已开工', '第一条　为规范加装电梯工作，制定本办法。', '1.5 米以上的通道', '2025 年计划改造', '2 部电梯已装好', '3 人参加验收', '6 成以上住户同意', '1.5 倍于去年', '0 建议']) {
      expect(withPlainLineMarker(line)).toBe(line);
    }
  });

  it('gives a deputy letter numbered 第一条/第二条 one section per ask, not one for its opening paragraph', () => {
    const { suggestions } = parseProposal(
      '尊敬的市住房和城乡建设局：\n\n我是市人大代表王力。走访中不少住户向我反映加装电梯难。现将我的建议提出如下，请予研究办理。\n\n第一条，审批环节多、时间长，建议进一步压缩联合审查时限，减少申请材料。\n第二条，维保费谁出群众心里没底，建议明确维保责任和费用来源。\n\n以上建议，望予采纳。\n\n代表：王力\n2025年11月3日',
    );
    expect(suggestions.map((s) => s.text)).toEqual(['审批环节多、时间长，建议进一步压缩联合审查时限，减少申请材料。', '维保费谁出群众心里没底，建议明确维保责任和费用来源。']);
  });

  it('reads a table of asks pasted as text with spaces between its cells as its rows, without the header row', () => {
    const { suggestions } = parseProposal(
      '关于补齐老旧小区停车短板的提案\n\n提案人：张华\n\n停车条件满意度明显偏低。\n\n具体建议如下：\n序号　建议内容\n1　进一步提高完善类改造补助标准，新增部分专门用于停车泊位建设\n2　将新增停车泊位作为改造的硬任务，逐小区明确数量\n3　严格限定施工作业时间，中午和夜间一律不得进行噪声作业',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['进一步提高完善类改造补助标准', '将新增停车泊位作为改造的硬任务', '严格限定施工作业时间']);
  });

  it('keeps an ask cell that itself holds a double space as one ask of the table, not the end of it', () => {
    const { suggestions } = parseProposal(
      '关于加快加装电梯的建议\n\n代表：王力\n\n群众反映加装电梯补助偏低。\n\n具体建议如下：\n序号  建议内容\n1  进一步提高加装电梯补助标准  对老年人较多的单元适当倾斜\n2  继续压缩联合审查时限\n3  明确电梯维保责任和费用来源',
    );
    const topics = suggestions.map((s) => s.topic);
    expect(topics).toHaveLength(3);
    expect(topics.join('')).not.toContain('序号');
    expect(topics[0]).toContain('进一步提高加装电梯补助标准');
    expect(suggestions[0].text).toContain('对老年人较多的单元适当倾斜');
  });

  it('heads the asks numbered 1.1/1.2 and 其一/其二 without their numbers', () => {
    const outline = parseProposal('关于推动加装电梯的建议\n\n代表：费振宇\n\n一、基本情况\n补助偏低、审批手续多。\n\n二、具体建议\n1.1 进一步提高加装电梯的市级补助标准，对老年人较多的单元适当倾斜。\n1.2 继续压缩加装电梯联合审查的时限，实行一窗受理。\n\n以上建议，请研究办理。');
    expect(outline.suggestions.map((s) => s.topic)).toEqual(['进一步提高加装电梯的市级补助标准', '继续压缩加装电梯联合审查的时限']);
    const body = parseProposal('关于引导社会资本参与改造的提案\n\n提案单位：某市工商联\n\n为此提出以下建议：\n其一，拓宽居民出资渠道，支持居民使用住宅专项维修资金。\n其二，明确社会资本参与的领域和回报方式。');
    expect(body.suggestions.map((s) => s.topic)).toEqual(['拓宽居民出资渠道', '明确社会资本参与的领域和回报方式']);
  });
});
