// Two questions answered with a sentence that does not answer them, now refused (a wrong answer is worse than none):
// (1) "哪个县区…最多" / "完工率最低的是哪个县" answered by a total or a list that names no one at the extreme, or by
// another figure's extreme ("收费…其中城北区最低"); (2) "全市计划改造多少个小区，其中城东区占多少" whose second side is
// answered by a sentence on 城东区 stating no count of 个 (an accident report) and no share.
import { describe, expect, it } from 'vitest';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import { extremeUnstatedRefusal } from '../src/answer/gate/figures.js';
import { extremeAsked, statesExtreme } from '../src/text/index.js';
import type { Answer, Citation } from '../src/types.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const cite = (quote: string, n = 1, docId = 'doc'): Citation => ({ n, docId, title: '临川市改造工作简报', number: null, section: '', quote, chunkId: `${docId}#${n}` });

describe('which one is at an extreme, asked', () => {
  it('reads the clause asking which one and the rate or score it is of', () => {
    expect(extremeAsked('哪个县区今年改造的小区最多')).toEqual({ clause: '哪个县区今年改造的小区最多', lowest: false });
    expect(extremeAsked('那完工率最低的是哪个县')).toEqual({ clause: '那完工率最低的是哪个县', lowest: true, metric: '完工率' });
    expect(extremeAsked('截至9月底哪个街道资金花得最快')).toEqual({ clause: '截至9月底哪个街道资金花得最快', lowest: false });
    expect(extremeAsked('绩效评价里哪个街道得分最低')?.metric).toBe('得分');
    // A limit asked with 最 asks an amount, not which one.
    expect(extremeAsked('用公积金最多能取多少')).toBeUndefined();
    expect(extremeAsked('最晚什么时候报到哪个部门')).toBeUndefined();
    expect(extremeAsked('改造范围最多可以放宽到哪一年建成的小区？')).toBeUndefined();
    expect(extremeAsked('征询表最多能选哪几项')).toBeUndefined();
    expect(extremeAsked('申请加装电梯最少需要哪些材料')).toBeUndefined();
    expect(extremeAsked('最低要满足哪些条件才能申请')).toBeUndefined();
  });

  it('finds it said by 最…, 末位 or 率先, of the figure asked when one is named', () => {
    const asked = extremeAsked('完工率最低的是哪个县')!;
    expect(statesExtreme('（一）白河县：计划改造15个小区，完工9个，完工率60.0%，全市末位', asked)).toBe(true);
    expect(statesExtreme('各县执行的充电收费在每度电0.8元至1元之间，其中城北区最低', asked)).toBe(false);
    expect(statesExtreme('11月14日，城北区全部小区完工，在全市率先完成年度任务', extremeAsked('哪个县区最快完成任务')!)).toBe(true);
  });

  it('finds it said by a ranking (位居全市第一, 名列榜首, 居各区之首), not by 全市第一批', () => {
    const asked = extremeAsked('哪个区开工率最高')!;
    expect(statesExtreme('城东区开工率达到92%，位居全市第一。', asked)).toBe(true);
    expect(statesExtreme('城东区开工率92%，名列榜首。', asked)).toBe(true);
    expect(statesExtreme('城东区改造小区32个，居各区之首。', extremeAsked('哪个区改造的小区最多')!)).toBe(true);
    expect(statesExtreme('城东区开工率92%，纳入全市第一批示范项目。', asked)).toBe(false);
  });

  it('finds the end asked: the top is not said by the bottom', () => {
    expect(statesExtreme('城北区开工率41%，全市最低。', extremeAsked('哪个区开工率最高')!)).toBe(false);
    expect(statesExtreme('城东区开工率92%，全市最高。', extremeAsked('开工率最低的是哪个区')!)).toBe(false);
    expect(statesExtreme('城北区开工率41%，排名第六。', extremeAsked('开工率最低的是哪个区')!)).toBe(true);
    expect(extremeUnstatedRefusal('哪类项目补助最低', [cite('对加装电梯的，每部最高补助20万元。')])).toBeDefined();
  });

  it('reads the figure asked as a word, not taking in 的 or the place asked of', () => {
    expect(extremeAsked('哪个区的进度最快')?.metric).toBe('进度');
    expect(extremeAsked('哪个街道速度最快')?.metric).toBe('速度');
    expect(extremeAsked('哪个县效率最高')?.metric).toBe('效率');
    expect(extremeUnstatedRefusal('哪个街道速度最快', [cite('东湖街道推进速度最快，已完工28个。')])).toBeUndefined();
  });

  it('refuses an answer that names no one at the extreme, quoting the nearest content', () => {
    const total = cite('截至9月底，第一批资金2.1亿元已全部分解到项目，实际支出1.4亿元，支出进度66.7%。');
    const refusal = extremeUnstatedRefusal('截至9月底哪个街道资金花得最快', [total]);
    expect(refusal?.answer).toContain('没有写明“截至9月底哪个街道资金花得最快”');
    expect(refusal?.citations[0].quote).toBe(total.quote);
    expect(extremeUnstatedRefusal('完工率最低的是哪个县', [cite('各县执行的充电收费在每度电0.8元至1元之间，其中城北区最低。')])).toBeDefined();
  });

  it('keeps an answer saying which one, and a table row picked by its figure', () => {
    expect(extremeUnstatedRefusal('哪个街道得分最低', [cite('西城街道得分最低，主要因档案管理扣分较多。')])).toBeUndefined();
    expect(extremeUnstatedRefusal('三个标段里中标金额最低的是哪家', [cite('标段\t中标单位\t中标金额\n二标段\t安居建筑有限公司\t1320.15万元')])).toBeUndefined();
    expect(extremeUnstatedRefusal('用公积金最多能取多少', [cite('每户累计提取金额不超过实际出资额。')])).toBeUndefined();
  });
});

const BRIEFING = policyFile('临川市2025年城镇老旧小区改造工作简报', '临川市住房和城乡建设局', [
  '2025年全市计划改造城镇老旧小区90个，惠及居民1.2万户，计划总投资3.6亿元。',
  '市住建局将按月调度各县区改造进度，对进度滞后的县区进行督办，力争年底前完成全年任务。',
]);

describe('asked end to end', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_briefing.txt': BRIEFING } });

  it('refuses which county has the most when the documents give only the total', async () => {
    const a = await t.ask('2025年哪个县区改造的小区最多？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有写明“2025年哪个县区改造的小区最多”');
  });
});

describe("a place's part of the figure asked before", () => {
  const side = (quote: string, docId: string): Answer => ({
    question: '',
    answered: true,
    answer: `${quote}[1]`,
    citations: [cite(quote, 1, docId)],
    retrieved: [],
    engine: { llm: 'offline', embeddings: 'none' },
  });
  const question = '2025年全市计划改造多少个小区，其中城东区占多少';
  const total = side('2025年全市计划改造城镇老旧小区90个，惠及居民1.2万户。', 'plan');

  it('is refused when the sentence on the place states no count of the kind asked', () => {
    const compared = comparisonSides(question)!;
    expect(compared.sides[1]).toBe('其中城东区占多少');
    const accident = side('2025年8月28日15时20分，城东区某改造项目发生一起高处坠落事故，造成1名作业人员重伤。', 'accident');
    const combined = combineSides(compared, [total, accident]);
    expect(combined?.answered).toBe(false);
    expect(combined?.answer).toContain('没有找到其中城东区占多少的相关内容');
  });

  it('is answered by the place’s count or its share', () => {
    const compared = comparisonSides(question)!;
    expect(combineSides(compared, [total, side('城东区：改造小区32个、加装电梯12台。', 'tasks')])?.answered).toBe(true);
    expect(combineSides(compared, [total, side('城东区改造任务占全市的35.6%。', 'share')])?.answered).toBe(true);
  });
});
