// "6月底" asked, "6月30日前" written: the offline engine reads the end of the month asked as the gate does, so a
// target stated by its last day answers the question, and another month's end does not. Library and questions written
// for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { holdsNamedMonthPart, namedMonthPartForms } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const LETTER = libraryDocument({ title: '松川市2025年城镇老旧小区改造目标责任书（东湖区）' }, `松川市2025年城镇老旧小区改造目标责任书（东湖区）

一、目标任务
（一）2025年改造城镇老旧小区32个，涉及居民4100户。
（二）6月30日前开工率不低于55%，10月31日前全部开工。
（三）12月31日前完工率不低于85%。

二、保障措施
（一）东湖区每月5日前向市住房城乡建设局报送上月改造进度。
`);

const REPORT = libraryDocument({ title: '松川市城镇老旧小区改造工作简报（第5期）' }, `松川市城镇老旧小区改造工作简报（第5期）

一、总体进度
截至5月20日，全市已开工小区61个，开工率48.4%，较上期提高12个百分点。

二、各区开工率
东湖区开工率51.2%，西湖区开工率46.0%，青山区开工率39.5%。

三、存在问题
青山区开工率偏低，主要是管线迁改手续办理较慢。

四、下步安排
各区要倒排工期，加快办理施工许可，确保开工率稳步提升。
`);

const t = testLibrary({ files: { 'songchuan_letter.txt': LETTER, 'songchuan_report.txt': REPORT } });

describe('the end of a month asked, written as its last day', () => {
  it('reads 月底 of the month asked in its days, not another month\'s', () => {
    expect(namedMonthPartForms('月底', '6月底开工率达到多少')?.test('6月30日前开工率不低于55%')).toBe(true);
    expect(namedMonthPartForms('月底', '6月底开工率达到多少')?.test('10月31日前全部开工')).toBe(false);
    expect(namedMonthPartForms('开工率', '6月底开工率达到多少')).toBeUndefined();
    expect(holdsNamedMonthPart('月底', '截至7月底', '截至7月31日')).toBe(true);
  });

  it('answers "市里要求东湖区6月底开工率达到多少" with the 6月30日 target', async () => {
    const answer = await answerQuestion(t.services, '市里要求东湖区6月底开工率达到多少');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('6月30日前开工率不低于55%');
  });
});
