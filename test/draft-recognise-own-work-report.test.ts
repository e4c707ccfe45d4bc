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
