// "合同期限延长到5年以后，哪些家庭可以适用": the question takes a figure as adopted, and the library holds it only as a
// suggestion turned down ("延长到5年的建议暂不采纳"). Before, the reply's sentences on the suggestion stood as the answer.
import { describe, expect, it } from 'vitest';
import { presumedFigureOf, turnsDownFigure } from '../src/text/inForce.js';
import { expectAnswered, expectRefused } from './support/library.js';
import { oneDocumentLibrary, ownCityLibrary, ownPolicyFile } from './support/ownCity.js';

const REPLY = ownPolicyFile(
  '关于延长公租房租赁合同期限的建议的答复',
  '您建议将公租房租赁合同期限延长到5年。现行租赁合同期限为3年，延长到5年的建议暂不采纳，合同到期后符合条件的家庭可申请续租。',
);
const ROADS = ownPolicyFile(
  '关于缩短燃气报修上门时限的建议的答复',
  '您建议燃气报修后2日内上门。结合维修人员配备情况，办法规定3日内上门处理，自2025年6月1日起施行，2日的建议暂不采纳。',
);
const library = ownCityLibrary({ 'reply.txt': REPLY, 'roads.txt': ROADS });

const days = oneDocumentLibrary('临川市物业维修申请办理规定', '自2026年3月1日起，物业维修申请应在受理后5天内完成现场查勘。');
const raise = oneDocumentLibrary(
  '关于提高高龄老人加装电梯补贴的建议的答复',
  '您建议将高龄老人加装电梯补贴从每户2000元提高到4000元，经研究暂不采纳，高龄老人可向所在社区提出申请，经审核后发放补贴。',
);
const cancel = oneDocumentLibrary('关于取消小区停车管理费的建议的答复', '关于取消小区停车每月50元管理费的建议，经研究暂不采纳。停车管理费主要用于车位划线和道闸维护。');

describe('a figure the question takes as adopted, the library turns it down', () => {
  it("reads the figure a question takes as given, a span of days too", () => {
    expect(presumedFigureOf('燃气报修2日内上门的规定从哪天起执行')).toEqual({ value: 2, unit: '日', written: '2日' });
    expect(presumedFigureOf('合同期限延长到5年以后，哪些家庭可以适用')).toEqual({ value: 5, unit: '年', written: '5年' });
    expect(turnsDownFigure('办法规定3日内上门处理，2日的建议暂不采纳。', { value: 2, unit: '日' })).toBe(true);
    expect(turnsDownFigure('办法规定3日内上门处理，2日的建议暂不采纳。', { value: 3, unit: '日' })).toBe(false);
  });

  it("refuses what is asked of a figure only turned down, quoting the sentence that turns it down", async () => {
    await expectRefused(library, '公租房租赁合同期限延长到5年以后，哪些家庭可以适用？', '暂不采纳');
    await expectRefused(library, '燃气报修2日内上门的规定从哪天起执行？', '2日的建议暂不采纳');
  });

  it("still answers the figure in force and the question on the suggestion itself", async () => {
    await expectAnswered(library, '燃气报修3日内上门的规定从哪天起执行？', '2025年6月1日');
    await expectAnswered(library, '公租房租赁合同期限延长到5年的建议采纳了吗？', '暂不采纳');
  });

  it("takes a span written in 天 for the same span asked in 日", async () => {
    await expectAnswered(days, '物业维修申请5日内完成现场查勘的规定从什么时候开始执行？', '2026年3月1日');
  });

  it("answers on the value a turned-down suggestion would change or cancel, which stands", async () => {
    await expectAnswered(raise, '高龄老人每户2000元的加装电梯补贴向哪里申请？', '所在社区');
    await expectAnswered(cancel, '小区停车每月50元的管理费用于哪些方面？', '道闸维护');
    expect(turnsDownFigure('您建议将补贴从每户2000元提高到4000元，经研究暂不采纳。', { value: 2000, unit: '元' })).toBe(false);
    expect(turnsDownFigure('您建议将补贴从每户2000元提高到4000元，经研究暂不采纳。', { value: 4000, unit: '元' })).toBe(true);
  });
});

const hours = oneDocumentLibrary(
  '关于缩短电梯故障响应时限的建议的答复',
  '电梯故障报修后4日内修复的要求已纳入维保合同，缩短到3日的建议暂不采纳，对有高龄老人的单元实行72小时内修复。',
);

describe("a question asking what the rule is", () => {
  it("answers with the rule the quotes lay down, though in hours for a span asked in days", async () => {
    await expectAnswered(hours, '有高龄老人的单元3日内修复电梯是怎么规定的？', '72小时');
  });

  it("still refuses what else is asked of the figure turned down", async () => {
    await expectRefused(library, '燃气报修2日内上门的规定从哪天起执行？', '2日的建议暂不采纳');
  });
});
