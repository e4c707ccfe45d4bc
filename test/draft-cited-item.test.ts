// A quote from an item numbered inside a section ("2.1 基本补助。…" under "2. 补助标准", a reply's "二是关于缩短审批
// 时限。…" paragraph, "⒊低层业主协调情况。…") is cited with that item, not only with the section around it: the drafter
// sees which clause to check, and the item is what a reply cites ("《细则》2.1 基本补助"). The chunker does not cut at
// these items (a list cut apart loses the lines that speak for all of it), so the citation names them.
import { describe, expect, it } from 'vitest';
import { quotedSection } from '../src/draft/citations.js';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('dianti_xize', { title: '既有住宅加装电梯管理办法实施细则', number: '住建发〔2025〕9号', kind: 'policy' }, [
  ['1. 总则', '1.1 依据。根据《既有住宅加装电梯管理办法》，制定本细则。\n1.2 适用范围。本细则适用于市区既有住宅加装电梯补助资金的申请、审核和拨付。'],
  [
    '2. 补助标准',
    '2.1 基本补助。2025年3月1日以后取得联合审查意见的加装电梯项目，补助标准由每台10万元调整为每台15万元。\n2.1.1 2025年3月1日前已取得联合审查意见的项目，仍按每台10万元执行。\n2.2 维保补助。对纳入补助范围的电梯按照每台每年2000元给予维保补助，连续补助3年。',
  ],
]);

const REPLY = documentChunks('zx_no058', { title: '关于市政协第58号提案的答复', number: '住建提复〔2025〕19号', kind: 'reply' }, [
  [
    '',
    '一是关于提高补助标准。您的建议已经采纳，加装电梯市级补助由每台6万元提高到每台8万元。\n二是关于缩短审批时限。自2025年8月1日起将加装电梯联合审查时限压缩为10个工作日，申请材料精简为6项。',
  ],
]);

const PROPOSAL = `关于加快老旧住宅加装电梯的提案

提案人：龚慧琳委员

加装电梯补助偏低，审批时间长，不少单元因此搁置。

为此建议：一是提高加装电梯维保补助；二是压缩加装电梯联合审查时限。`;

describe('an item numbered inside a section', () => {
  it('is named after the section a quote is cited from, once', () => {
    const [, standards] = RULES;
    expect(quotedSection(standards, '对纳入补助范围的电梯按照每台每年2000元给予维保补助，连续补助3年。')).toBe('2. 补助标准 > 2.2 维保补助');
    expect(quotedSection({ sectionPath: '（一）基本补助', text: '（一）基本补助。每台15万元。' }, '每台15万元。')).toBe('（一）基本补助');
  });

  it('cites the clause and the reply paragraph a draft quotes', async () => {
    const result = await draftReply(servicesOverChunks([...RULES, ...REPLY, ...generalPolicyChunks(12)], { stats: true }), { text: PROPOSAL });
    const [upkeep, review] = result.draft!.sections;
    expect(upkeep.citations.map((c) => c.section)).toContain('2. 补助标准 > 2.2 维保补助');
    expect(review.citations.map((c) => c.section)).toContain('二是关于缩短审批时限');
  });
});
