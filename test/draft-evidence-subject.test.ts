// A cited passage shares the suggestion's subject (issue #11): an earlier reply to a 加装电梯 proposal has sections
// headed "一、关于简化审批程序" and "二、关于财政补助" — words a suggestion on approving renovation projects or on
// property-fee subsidies also uses. A drafter answering a proposal that never mentions elevators must not get the
// elevator reply quoted; the section says 【待补充】 instead. A proposal on elevators still gets it.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, servicesOverChunks } from './support/services.js';

const ELEVATOR_REPLY = documentChunks('elevator_reply_2021', { title: '关于市政协八届五次会议第82号提案的答复', number: '建政协〔2021〕7号', kind: 'reply' }, [
  ['', '罗晓梅委员：\n您提出的《关于加快既有住宅加装电梯的提案》收悉，现答复如下：'],
  ['一、关于简化审批程序', '加装电梯审批已由过去的分头办理改为联合审查。申请人一次性提交申请材料，由住建部门牵头组织联合审查，20个工作日内出具审查意见。'],
  ['二、关于财政补助', '对既有住宅加装电梯给予每台15万元的财政补助。业主可以提取住房公积金用于加装电梯。'],
  ['三、关于低层住户协调', '我市指导各地制定加装电梯费用分摊参考标准，一层住户原则上不分摊建设费用。'],
  ['四、下步工作安排', '下一步，我局将继续推进加装电梯工作。'],
]);

const DRAINAGE_REPLY = documentChunks('drainage_reply_2023', { title: '关于市政协九届二次会议第57号提案的答复', number: '建政协〔2023〕3号', kind: 'reply' }, [
  ['', '孙慧委员：\n您提出的《关于统筹推进老旧小区地下管网改造的提案》收悉，现答复如下：'],
  ['一、关于管网日常维护', '我们在改造后的小区推行排水管网专业养护加物业巡查模式，每年汛期前对小区排水管网清淤疏通一次。'],
]);

const FILLER = Array.from({ length: 10 }, (_, i) =>
  makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `老旧小区改造工作简报${i + 1}`, text: `第${i + 1}期：老旧小区改造项目按计划推进，居民满意度持续提升。` }),
);

const services = () => servicesOverChunks([...ELEVATOR_REPLY, ...DRAINAGE_REPLY, ...FILLER], { stats: true });

const OTHER_SUBJECT = `关于完善老旧小区改造配套政策的建议

市人大代表 冯建国

建议：一是简化老旧小区改造项目审批程序，对改造项目实行联合审查；二是加强改造后小区排水管网的日常养护，定期清淤疏通。`;

const ELEVATOR = `关于推进既有住宅加装电梯的建议

市人大代表 冯建国

建议：一是简化加装电梯审批程序，实行联合审查；二是提高加装电梯财政补助标准。`;

describe('quotes share the subject of the suggestion', () => {
  it('never quotes a reply on 加装电梯 under a suggestion on project approval, and says 【待补充】 instead', async () => {
    const result = await draftReply(services(), { text: OTHER_SUBJECT });
    const [approval, drainage] = result.draft!.sections;
    expect(approval.heading).toContain('审批');
    expect(approval.citations).toEqual([]);
    expect(approval.paragraphs.join('')).toContain('【待补充');
    expect(drainage.citations.map((c) => c.docId)).toContain('drainage_reply_2023');
  });

  it('still quotes the elevator reply when the proposal is about 加装电梯', async () => {
    const result = await draftReply(services(), { text: ELEVATOR });
    const [approval] = result.draft!.sections;
    expect(approval.citations.map((c) => c.docId)).toContain('elevator_reply_2021');
    expect(approval.citations.some((c) => c.quote.includes('联合审查'))).toBe(true);
  });
});
