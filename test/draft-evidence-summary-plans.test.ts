// The bureau's own work summary ends with next year's plan ("五、2024年工作打算"): what it plans is not work done, so a
// draft never writes it in a section as the bureau's achievement (with a 数据年份 on it). Library invented here.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, servicesOverChunks } from './support/services.js';

const SUMMARY = documentChunks('own_summary_2023', { title: '许昌市住房和城乡建设局2023年城镇老旧小区改造工作总结', number: null, kind: 'policy' }, [
  ['三、专项工作', '全年完成既有住宅加装电梯113台，比2022年增加27台。'],
  ['五、2024年工作打算', '2024年计划加装电梯120台，研究出台加装电梯补助标准调整方案。'],
]);
const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `老旧小区改造工作简报${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批项目按计划推进。` }, 0),
);

describe('the plan at the end of the bureau\'s own work summary', () => {
  it('is not written as work done under a suggestion on the elevator subsidy', async () => {
    const proposal = '关于加快推进既有住宅加装电梯的提案\n\n提案人：陆海峰\n\n为此建议：\n一是调整加装电梯补助标准。\n二是加快加装电梯进度。\n';
    const result = await draftReply(servicesOverChunks([...SUMMARY, ...FILLER], { stats: true }), { text: proposal });
    const sections = result.draft!.sections;
    const body = sections.slice(0, 2).flatMap((s) => s.paragraphs).join('');
    expect(body).not.toContain('研究出台加装电梯补助标准调整方案');
    expect(sections.slice(0, 2).flatMap((s) => s.citations).some((c) => c.section.includes('工作打算'))).toBe(false);
  });
});
