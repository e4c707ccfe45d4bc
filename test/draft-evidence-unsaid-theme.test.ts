// A suggestion that does not repeat its proposal's theme is still asked within it: in a 加装电梯 proposal,
// "提高市、区两级财政补助标准" asks for the elevator subsidy, so the library's general 改造 奖补 article is no evidence
// for it while an earlier reply's section on the elevator subsidy is (library invented here).
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('city_rules_2021', { title: '许昌市城镇老旧小区改造实施细则', number: '许政办发〔2021〕37号', kind: 'policy' }, [
  ['四、资金筹措 > （一）财政补助', '市、区两级财政对改造项目按照工程总投资的25%给予补助，并根据财力逐步提高补助标准。'],
  ['四、资金筹措 > （二）居民出资', '居民出资原则上不低于项目工程费用的2%。'],
]);
const LIFT_REPLY = documentChunks('lift_reply_2024', { title: '对市九届人大三次会议第27号建议的答复', number: '许建人大〔2024〕9号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n乔文彬代表：\n您提出的《关于加快推进既有住宅加装电梯的建议》收悉。现答复如下：'],
  ['一、加装电梯推进情况', '截至2024年5月底，全市累计完成既有住宅加装电梯289台。'],
  ['二、关于财政补助', '自2023年3月1日起，市区每台加装电梯的补助标准由10万元提高到15万元。'],
  ['三、关于审批', '加装电梯实行一窗受理、并联审批，加装电梯审批时限压缩至10个工作日。'],
]);
const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `老旧小区改造工作简报${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批项目按计划推进。` }, 0),
);
const LIBRARY = [...RULES, ...LIFT_REPLY, ...FILLER];

describe('a suggestion that leaves its proposal\'s theme unsaid', () => {
  it('cites the elevator subsidy for "提高市、区两级财政补助标准" in a 加装电梯 proposal, not the general 改造 subsidy', async () => {
    const proposal =
      '关于加快推进既有住宅加装电梯的提案\n\n提案人：陆海峰\n\n多层住宅老人上下楼困难。为此建议：\n一是提高市、区两级财政补助标准，减轻居民负担。\n二是进一步简化审批流程。\n';
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: proposal });
    const subsidy = result.draft!.sections[0];
    expect(subsidy.citations.some((c) => c.docId === 'lift_reply_2024' && c.section.includes('财政补助'))).toBe(true);
    expect(subsidy.citations.map((c) => c.docId)).not.toContain('city_rules_2021');
    expect(subsidy.paragraphs.join('')).not.toContain('工程总投资的25%');
  });
});
