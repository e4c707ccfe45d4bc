// Reply sections as draft evidence (issue #11): "二、关于财政补助" in a reply on 加装电梯 is on "提高加装电梯财政补助标准".
// Also: a word the tagger calls a place (并联 in 实行并联审批) does not bar the section answering the suggestion, and a
// heading naming only the core ("一、关于雨污分流改造") is quoted for a longer ask on it.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, servicesOverChunks } from './support/services.js';

const GENERAL_REPLY = documentChunks('general_reply_2020', { title: '对市七届政协四次会议第104号提案的答复', number: '许建政协〔2020〕13号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n郭瑞委员：\n你们提出的关于加快老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于科学编制改造规划的建议', '我局编制了全市老旧小区改造专项规划，明确了改造时序。'],
  ['二、关于加大财政补助和社会投入的建议', '我市实施财政奖补，对公益性基础设施项目由市、区两级财政直接投资。对供水、供电改造按比例给予财政补助。鼓励居民出资，引导原产权单位捐资。'],
]);

const ELEVATOR_REPLY = documentChunks('elevator_reply_2021', { title: '对市政协八届五次会议第82号提案的答复', number: '许建政协〔2021〕9号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n王勇委员：\n您提出的关于加快既有住宅加装电梯的提案收悉，现答复如下：'],
  ['一、关于简化审批流程', '我市推行加装电梯联合审查，由住建部门牵头，审批时限压缩至15个工作日。'],
  ['二、关于财政补助', '市级财政对完成加装并投入使用的电梯每部补助10万元。业主可以提取本人及其配偶的住房公积金。'],
]);

const PIPES_REPLY = documentChunks('pipes_reply_2023', { title: '对市政协九届二次会议第57号提案的答复', number: '许建政协〔2023〕4号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n李明委员：\n您提出的关于老旧小区地下管网改造的提案收悉，现答复如下：'],
  ['一、关于雨污分流改造', '改造中坚持小区管网与市政管网同步接驳，由市水务局统筹市政污水主管网建设。'],
  ['二、关于管网日常维护', '小区管网改造后移交专业经营单位统一维护。'],
]);

const TARGETS = makeChunk({ docId: 'plan_2024', kind: 'policy', title: '许昌市2024年老旧小区改造工作方案', sectionPath: '一、工作目标', text: '全年改造小区120个，加装电梯100部以上，新增停车位3000个，改造雨污分流管网不少于150公里。' }, 0);

const AGEING_PLAN = makeChunk({ docId: 'ageing_plan_2025', kind: 'policy', title: '许昌市2025年老旧小区改造计划', sectionPath: '二、改造重点', text: '对小区出入口、单元门口实施适老化改造，建设无障碍坡道，有条件的楼栋加装楼梯扶手。' }, 0);

const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进，改善居民居住条件。` }, 0),
);

const LIBRARY = [...GENERAL_REPLY, ...ELEVATOR_REPLY, ...PIPES_REPLY, TARGETS, AGEING_PLAN, ...FILLER];

describe('reply sections quoted on a suggestion', () => {
  it('still quotes "二、关于财政补助" of a reply on the same theme for "提高加装电梯财政补助标准"', async () => {
    const text = '关于进一步推动既有住宅加装电梯的提案\n\n提案人：王志远\n\n建议：（一）提高加装电梯财政补助标准，并允许业主提取住房公积金。（二）建立加装电梯后期维保长效机制。';
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text });
    expect(result.draft!.sections[0].citations.some((c) => c.docId === 'elevator_reply_2021' && c.section.includes('财政补助'))).toBe(true);
  });
});

describe('recall of the section answering the suggestion', () => {
  it('quotes "一、关于简化审批流程" for "简化审批流程，实行并联审批" (并联 is tagged a place but is none)', async () => {
    const text = '关于加快既有住宅加装电梯的提案\n\n提案人：付明\n\n建议：一是进一步简化审批流程，实行并联审批。二是提高财政补助标准。';
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text });
    expect(result.draft!.sections[0].citations.some((c) => c.docId === 'elevator_reply_2021' && c.section.includes('审批流程'))).toBe(true);
  });

  it('quotes the reply section headed by the core alone ("一、关于雨污分流改造") for a longer ask on it', async () => {
    const text = '关于加强老旧小区地下管网改造的提案\n\n提案人：卢志远\n\n建议：（一）将雨污分流改造与市政管网建设同步推进。（二）建立管网日常维护制度。';
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text });
    const cited = result.draft!.sections[0].citations;
    expect(cited.some((c) => c.docId === 'pipes_reply_2023' && c.section.includes('雨污分流'))).toBe(true);
    expect(result.draft!.sections[0].paragraphs.join('')).toContain('同步接驳');
  });
});
