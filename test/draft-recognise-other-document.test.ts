// A lower body's request for approval (请示) and a letter of thanks (表扬信, 感谢信) ask for funds or praise a worker on
// a matter of housing, but neither is a proposal: no 提案答复 is drafted for them. Their title may stand under the
// issuing body's name. A proposal whose title says 建议 stays one.
import { describe, expect, it } from 'vitest';
import { looksLikeProposal } from '../src/draft/parseProposal.js';

const REQUEST_FOR_APPROVAL = [
  '某某区河西街道办事处',
  '关于增加2025年老旧小区改造项目补助资金的请示',
  '河街呈〔2025〕7号',
  '',
  '区住房和城乡建设局：',
  '今年我街道共实施老旧小区改造项目5个。施工中发现两个小区的供水管网老化严重，需追加改造投资约90万元。',
  '一、请求区住建局、区财政局在年度补助资金中追加安排。',
  '二、请求同意将一个项目的完工时间推迟至12月底。',
  '妥否，请批示。',
].join('\n');

const THANKS = [
  '表扬信',
  '',
  '区住房和城乡建设局：',
  '我们是幸福里小区的居民。今年小区老旧改造期间，贵局工程科的同志多次来到现场，帮我们协调加装电梯、改造雨污管网，',
  '工程质量好、进度快。希望贵局对他们给予表扬，也希望今后继续推进老旧小区改造工作。',
  '',
  '幸福里小区全体居民',
].join('\n');

describe('documents of another kind', () => {
  it('does not take a 请示 under its issuing body for a proposal', () => {
    expect(looksLikeProposal(REQUEST_FOR_APPROVAL)).toBe(false);
  });

  it('does not take a letter of thanks for a proposal', () => {
    expect(looksLikeProposal(THANKS)).toBe(false);
    expect(looksLikeProposal(THANKS.replace('表扬信', '致区住建局的感谢信'))).toBe(false);
  });

  it('does not take a blank survey form for a proposal, though it asks for 意见和建议', () => {
    const survey = [
      '某某区背街小巷整治居民满意度调查问卷',
      '',
      '尊敬的居民朋友：',
      '为了解您对背街小巷整治工作的评价，请在符合您情况的选项前打“√”。',
      '1. 您对整治后的路灯照明是否满意？□满意 □基本满意 □不满意',
      '2. 您对垃圾清运是否满意？□满意 □基本满意 □不满意',
      '3. 您对背街小巷整治工作还有什么意见和建议？',
      '____________________',
      '调查单位：某某区城市管理局',
    ].join('\n');
    expect(looksLikeProposal(survey)).toBe(false);
    expect(looksLikeProposal(survey.replace('满意度调查问卷', '整治情况调查表'))).toBe(false);
  });

  it('does not take a record of work done (验收意见, 会议纪要, 施工日志) for a proposal, though it records wishes', () => {
    const acceptance = [
      '幸福里小区雨污分流改造工程竣工验收意见',
      '',
      '2025年5月8日，区住房和城乡建设局组织建设、施工、监理单位和社区居民代表组成验收组，对该工程进行竣工验收，形成验收意见如下：',
      '一、工程质量。管道闭水试验合格，检查井砌筑符合要求。',
      '二、存在问题。1.北侧路面尚未恢复；2.部分井盖标识不清。',
      '三、验收结论。同意通过竣工验收，上述问题由施工单位在5月20日前整改完毕。',
      '四、居民代表意见。希望施工单位尽快清运建筑垃圾，加强老旧小区改造后的管网维护。',
    ].join('\n');
    expect(looksLikeProposal(acceptance)).toBe(false);
    expect(looksLikeProposal(acceptance.replace('竣工验收意见', '现场协调会会议纪要'))).toBe(false);
    expect(looksLikeProposal(acceptance.replace('工程竣工验收意见', '工程施工日志（节选）'))).toBe(false);
  });

  it("does not take an expert panel's findings on a construction plan for a proposal, though each says 建议", () => {
    const review = [
      '某某花园三期8号楼深基坑支护专项施工方案专家论证意见',
      '',
      '论证时间：2025年9月12日',
      '组织单位：某某建设集团有限公司（施工总承包单位）',
      '专家组：张某某（组长）等5人',
      '',
      '施工总承包单位组织召开专项施工方案专家论证会，建设、监理、勘察、设计单位参加会议，区住房和城乡建设局安全监督站派员列席。经质询和讨论，形成论证意见如下。',
      '一、论证结论：方案基本可行，修改后通过。',
      '二、修改和完善意见',
      '1.建议补充基坑周边建筑物沉降监测点布置图；',
      '2.建议复核支护桩嵌固深度，按最不利工况验算；',
      '3.建议补充雨季基坑排水和应急抢险措施。',
      '三、后续要求：施工单位应当按专家意见修改方案，报监理单位审核后实施。',
    ].join('\n');
    expect(looksLikeProposal(review)).toBe(false);
    expect(looksLikeProposal(review.replace('专项施工方案专家论证意见', '专项施工方案专家组意见'))).toBe(false);
    const proposal = [
      '关于规范危大工程专项方案专家论证的建议',
      '提出人：王某（区人大代表）',
      '一些工地的专项方案专家论证意见提出后，施工单位没有按意见修改就开工。建议：一、把论证意见的落实纳入安全监督检查；二、公开专家库和论证结论。',
    ].join('\n');
    expect(looksLikeProposal(proposal)).toBe(true);
  });

  it('keeps a proposal about such a record a proposal when its header says it is one', () => {
    const subject = [
      '第0123号',
      '案由：规范老旧小区改造竣工验收记录',
      '提案人：张某',
      '改造项目验收时，各街道留存的材料格式不一。为此建议：一是统一竣工验收记录格式；二是验收记录向居民公开。',
    ].join('\n');
    expect(looksLikeProposal(subject)).toBe(true);
    const titled = [
      '加强老旧小区改造工程施工日志',
      '提案人：李某（市政协委员）',
      '施工日志记录不全，出了问题难以追溯。建议：一、由监理单位每周检查施工日志；二、日志随竣工资料归档。',
    ].join('\n');
    expect(looksLikeProposal(titled)).toBe(true);
  });

  it('keeps a proposal that mentions a 请示 or thanks in its body a proposal', () => {
    const text = [
      '关于加快老旧小区改造资金拨付的建议',
      '提出人：李明（区人大代表）',
      '街道报送的请示往往要等一个多月才有批复，感谢信也收到不少。建议简化资金追加的审批流程。',
    ].join('\n');
    expect(looksLikeProposal(text)).toBe(true);
  });
});
