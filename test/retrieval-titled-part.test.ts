// "专题会议纪要第三项…", "工作总结第三部分…": a document named by its title's words whose items are numbered parts
// (三、关于…), not articles, is answered with the part so numbered — not with its covering paragraph ("议定事项纪要如下").
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const SUMMARY = libraryDocument({ title: '云岭市住房和城乡建设局2024年城镇老旧小区改造工作总结' }, `云岭市住房和城乡建设局2024年城镇老旧小区改造工作总结

一、总体完成情况
2024年全市改造城镇老旧小区64个，惠及居民9800户。

二、重点内容完成情况
2024年改造供水管网41公里，新增加装电梯38台。

三、存在的问题
（一）居民出资到位率不高，全市平均为57%
（二）专业经营单位管线改造进场慢，部分项目工期延误

四、2025年工作打算
2025年计划改造城镇老旧小区70个。
`);

const READING = libraryDocument({ title: '《云岭市城镇老旧小区改造管理办法》政策解读' }, `《云岭市城镇老旧小区改造管理办法》政策解读

一、出台背景
原暂行办法已不适应新形势，需要制定新的办法。

三、与原办法相比有哪些变化
（一）提高了居民意愿门槛。同意改造的户数由“过半数”提高到“三分之二以上”。
（二）改变了市级补助方式。由按小区定额补助（每个小区最高200万元）改为按建筑面积补助，每平方米50元。
（三）新增居民监督员制度。每个小区推选3至5名居民监督员。
`);

const MINUTES = libraryDocument({ title: '云岭市城镇老旧小区改造工作专题会议纪要' }, `云岭市城镇老旧小区改造工作专题会议纪要

2025年3月18日，副市长主持召开专题会议，研究推进老旧小区改造工作。会议听取了市住建局的汇报，议定事项纪要如下：

一、关于结转项目
2024年结转的9个小区，须于2025年4月30日前全部完工。

二、关于管线同步改造
燃气、供水管线改造由专业经营单位与主体工程同步进场、同步施工。

三、关于屋面防水试点
同意在东城区选择3个小区开展屋面防水整体翻修试点，市级每户再增加补助500元。
`);

const PLAN = libraryDocument({ title: '云岭市城镇老旧小区改造实施方案' }, `云岭市城镇老旧小区改造实施方案

一、总体要求
（一）指导思想
坚持以人民为中心的发展思想，把老旧小区改造作为重大民生工程。
（二）基本原则
坚持居民自愿、政府引导，坚持因地制宜、分类施策。
（三）工作目标
到2025年底，全市完成2000年底前建成的老旧小区改造任务，惠及居民5万户。

二、改造内容
（一）基础类
供水、排水、供电、燃气等配套基础设施改造。
`);

const t = testLibrary({ files: { 'minutes.txt': MINUTES, 'summary.txt': SUMMARY, 'plan.txt': PLAN, 'reading.txt': READING } }, { timeout: 120_000 });

describe('an item of a document named by its title', () => {
  it('answers 第三项 of the minutes with its third numbered part', async () => {
    const a = await answerQuestion(t.services, '专题会议纪要第三项议定事项定了什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('屋面防水整体翻修试点');
    expect(a.answer).not.toContain('议定事项纪要如下');
  });

  it('answers 第三部分 of the summary with its third part, not the part its words match best', async () => {
    const a = await answerQuestion(t.services, '2024年工作总结第三部分列了哪些问题？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('57%');
    expect(a.answer).toContain('进场慢');
    expect(a.citations.every((c) => c.section.startsWith('三、'))).toBe(true);
  });

  it('answers 第一部分第三条 with the third item of part one, not the first items of that part', async () => {
    const a = await answerQuestion(t.services, '实施方案第一部分第三条是什么？');
    expect(a.answer).not.toContain('以人民为中心');
    // The item inside the part, or a refusal: never the part's first items as if they were its third.
    if (a.answered) expect(a.answer).toContain('5万户');
  });

  it('answers one thing asked inside the part from the sub-section whose heading names it, not the part\'s opening', async () => {
    const a = await answerQuestion(t.services, '政策解读第三部分里补助方式是怎么变的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('每平方米50元');
    expect(a.answer).not.toContain('居民意愿门槛');
  });
});
