// A report on the writer's own work (an official's 述职报告, a 工作总结) names housing work and plans ahead ("建议明年…"),
// but it is no proposal: no 提案答复 is drafted for it. A proposal that mentions a 工作总结, speaks as 本人 or says
// "我们建议" stays one.
import { describe, expect, it } from 'vitest';
import { looksLikeProposal } from '../src/draft/parseProposal.js';

const BODY = [
  '一、主要工作',
  '一是牵头推进老旧小区雨污分流改造，全年完成改造小区18个。二是会同街道清理楼道杂物，开展消防安全检查4次。',
  '二、存在的不足',
  '对施工单位的日常巡查偏少，个别项目工期滞后。',
  '三、下一步打算',
  '建议明年把未完工的改造项目放在首位，6月前完成；研究推广智慧停车管理。',
];

const ANNUAL_REPORT = [
  '2025年度述职述廉报告',
  '某某区城市更新中心主任  张某',
  '',
  '根据区委组织部的安排，现将本人一年来的履职情况报告如下。',
  ...BODY,
  '',
  '述职人：张某',
].join('\n');

describe('reports on the writer’s own work', () => {
  it('does not take an official’s 述职报告 for a proposal, though its plans say 建议', () => {
    expect(looksLikeProposal(ANNUAL_REPORT)).toBe(false);
    expect(looksLikeProposal(ANNUAL_REPORT.replace('2025年度述职述廉报告', '某某区城市更新中心2025年工作总结'))).toBe(false);
  });

  it('knows the report without its title: by the writer reporting their own work, or by its headings', () => {
    const untitled = ANNUAL_REPORT.split('\n').slice(1).join('\n');
    expect(looksLikeProposal(untitled)).toBe(false);
    const laidOut = ['某某区城市更新中心', '', ...BODY].join('\n');
    expect(looksLikeProposal(laidOut)).toBe(false);
  });

  it('knows the heading of next year’s plans by its year (YEAR_POINT), spaced or not', () => {
    const yearPlans = ['某某区城市更新中心', '', ...BODY].join('\n');
    for (const heading of ['三、2026年工作打算', '三、2026 年工作计划']) {
      expect(looksLikeProposal(yearPlans.replace('三、下一步打算', heading))).toBe(false);
    }
  });

  it('is not made a proposal by the deputies’ suggestions it says were handled', () => {
    const handled = ANNUAL_REPORT.replace('开展消防安全检查4次。', '开展消防安全检查4次。三是办理人大代表建议6件、政协委员提案4件，均按期答复。');
    expect(looksLikeProposal(handled)).toBe(false);
  });

  it('keeps a proposal that mentions a 工作总结 or speaks as 本人 a proposal', () => {
    const titled = [
      '关于改进老旧小区改造年度工作总结公开方式的建议',
      '',
      '各区每年都发布老旧小区改造工作总结，但只讲完成了多少个小区，居民关心的资金使用和质量问题很少提及。',
      '本人在走访中了解到，不少居民看不到整改情况。我们建议：一是在工作总结中公开每个小区的资金使用情况；二是把质量投诉的整改结果一并公开。',
    ].join('\n');
    expect(looksLikeProposal(titled)).toBe(true);
    const untitled = titled.split('\n').slice(2).join('\n');
    expect(looksLikeProposal(untitled)).toBe(true);
  });

  it('keeps a proposal about work reports a proposal when its labelled fields say it is one', () => {
    const fields = [
      '某某区住房城乡建设委2025年工作简报',
      '案由：老旧小区改造进展应及时向居民通报',
      '提案人：李某（区政协委员）',
      '改造进展只在简报中通报，居民难以知晓。建议在小区公示栏同步公布改造进度和投诉处理情况。',
    ].join('\n');
    expect(looksLikeProposal(fields)).toBe(true);
  });
});

describe('proposals that read like reports on work', () => {
  it('keeps a member who reports on the city’s work (我市, not 我) and then asks', () => {
    const proposal = [
      '市住建局：',
      '现将我市老旧小区改造工作情况汇报如下：近三年共改造小区126个，但加装电梯推进缓慢，维修资金使用率低。',
      '为此建议：',
      '一、加快加装电梯审批，推行一站式办理。',
      '二、简化住宅专项维修资金使用程序。',
      '市政协委员 李某',
    ].join('\n');
    expect(looksLikeProposal(proposal)).toBe(true);
  });

  it('reads 本人 and 报告如下 as the writer reporting their own work only within one sentence (SENTENCE_END_MARKS)', () => {
    const proposal = [
      '市住建局：',
      '本人是区政协委员；现将我区老旧小区改造工作情况汇报如下：近三年共改造小区126个，但加装电梯推进缓慢。',
      '为此建议：',
      '一、加快加装电梯审批，推行一站式办理。',
      '二、简化住宅专项维修资金使用程序。',
    ].join('\n');
    expect(looksLikeProposal(proposal)).toBe(true);
  });

  it('keeps a titled proposal whose title carries its number or a full stop, under work-and-plans headings', () => {
    const proposal = [
      '关于完善老旧小区长效管理机制的建议（第0123号）',
      '一、工作开展情况',
      '我市近年改造老旧小区300余个，改造后物业管理跟不上，部分小区设施再次损坏。',
      '二、存在的问题',
      '后续管理资金无来源，居民自治组织不健全。',
      '三、下一步工作思路和建议',
      '建议建立改造后长效管理机制，由街道牵头组建业主委员会，引入专业物业服务。',
    ].join('\n');
    expect(looksLikeProposal(proposal)).toBe(true);
    expect(looksLikeProposal(proposal.replace('的建议（第0123号）', '的建议。'))).toBe(true);
  });

  it('keeps a deputy’s proposal whose proposer line is labelled, though it reports what the deputy found as 本人…情况报告如下', () => {
    const proposal = [
      '提出人：李明（市人大代表）',
      '市住建局：',
      '今年以来，本人多次深入老旧小区调研，现将本人调研加装电梯工作情况报告如下：全市已加装电梯420台，但仍有不少单元因低层住户反对、资金筹集难而无法开工。',
      '为此建议：',
      '一、提高加装电梯财政补助标准，对困难家庭给予适当倾斜。',
      '二、推行联合审查，压缩审批时限。',
    ].join('\n');
    expect(looksLikeProposal(proposal)).toBe(true);
    expect(looksLikeProposal(proposal.replace('提出人：', '领衔人：'))).toBe(true);
  });
});

describe('a deputy’s or member’s report on their own work', () => {
  it('is no proposal because its writer is a deputy: a line naming them one is no proposer’s label', () => {
    const report = [
      '各位选民：',
      '我是市人大代表张某某。根据代表向原选区选民述职的安排，现将本人2025年履职情况报告如下。',
      '一、履职情况',
      '今年参加市人大常委会组织的视察调研5次，围绕老旧小区改造提出建议3件，均已办结。',
      '二、下一步打算',
      '建议明年继续关注加装电梯和停车难问题，多到选区听取群众意见。',
      '报告人：张某某（市人大代表）',
    ].join('\n');
    expect(looksLikeProposal(report)).toBe(false);
    expect(looksLikeProposal(report.replace('报告人：', '述职人：'))).toBe(false);
    expect(looksLikeProposal(report.replace('市人大代表', '市政协委员').replace('原选区选民述职', '界别群众报告履职情况'))).toBe(false);
  });
});
