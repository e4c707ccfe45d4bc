// "县里", "省里": how askers name a level. The offline engine reads them as the gate does, held by the words a text
// states that level with ("县（市、区）住房和城乡建设部门", "全省"), so a rule stated for that level answers the question.
// Library and questions written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { spokenLevelForms } from '../src/grounding/levels.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '松川市城镇老旧小区改造项目管理办法', number: '松政办〔2024〕8号' }, `松川市城镇老旧小区改造项目管理办法

第一章 总则
第一条 为规范城镇老旧小区改造项目管理，制定本办法。

第二章 项目生成
第六条 县（市、区）住房和城乡建设部门每年8月31日前组织完成下一年度改造项目摸底，9月30日前将项目清单报市住房和城乡建设局。
第七条 市住房和城乡建设局会同市财政局对项目清单进行审核，于11月30日前下达下一年度改造计划。
`);

const REPORT = libraryDocument({ title: '松川市城镇老旧小区改造工作简报（第3期）' }, `松川市城镇老旧小区改造工作简报（第3期）

一、项目储备
截至5月底，各地已完成改造项目摸底小区136个，其中纳入储备库的改造项目98个。

二、下步安排
各地要加快项目前期工作，对储备项目逐一建立台账，做到改造一批、储备一批。
`);

const t = testLibrary({ files: { 'songchuan_rules.txt': RULES, 'songchuan_report.txt': REPORT } });

describe('a level named in spoken words', () => {
  it('reads 县里 as the county level documents write, and no other word', () => {
    expect(spokenLevelForms('县里')?.test('县（市、区）住房和城乡建设部门')).toBe(true);
    expect(spokenLevelForms('省里')?.test('全省计划改造1900个')).toBe(true);
    expect(spokenLevelForms('县里')?.test('全市计划改造60个')).toBe(false);
    expect(spokenLevelForms('小区里')).toBeUndefined();
    // A district's own body, not a county's: "区里再补多少" is not answered by what 县财政 adds.
    expect(spokenLevelForms('区里')?.test('区财政每台再补助2万元')).toBe(true);
    expect(spokenLevelForms('区里')?.test('县财政每台再补助3万元')).toBe(false);
  });

  it('answers "县里每年几月底前要把…摸底完" with the county departments\' 8月31日 deadline', async () => {
    const answer = await answerQuestion(t.services, '县里每年几月底前要把下一年的改造项目摸底完？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('8月31日前');
  });
});
