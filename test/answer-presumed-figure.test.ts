// "每台12万元的电梯补助标准从什么时候开始执行" takes a figure as settled and asks when (or by which document): a date
// quoted for another figure, or a figure only proposed or turned down, answers nothing. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { presumedFigureOf, statesFigureAsSettled } from '../src/text/inForce.js';
import { questionTypeOf } from '../src/text/questionTypes.js';
import { libraryDocument, testLibrary } from './support/library.js';

const MINUTES = libraryDocument({ title: '松川市老旧小区改造工作领导小组2025年第2次会议纪要' }, `松川市老旧小区改造工作领导小组2025年第2次会议纪要

一、关于加装电梯补助标准
市住房城乡建设局提交的征求意见稿拟将加装电梯补助由每台9万元提高到每台12万元。
会议认为，考虑财政承受能力，议定自2025年7月1日起将加装电梯市级补助调整为每台11万元。
海港区提出，加装电梯任务较重，建议按每台15万元执行。
`);

const FUNDS = libraryDocument({ title: '松川市既有住宅加装电梯补助资金拨付办法' }, `松川市既有住宅加装电梯补助资金拨付办法

三、拨付时限
加装电梯补助资金在竣工验收合格后30日内一次性拨付到位。
`);

const t = testLibrary({ files: { 'minutes.txt': MINUTES, 'funds.txt': FUNDS } });

describe('a figure the question takes as settled', () => {
  it('is read from the digits the asker wrote, not from 下一年度', () => {
    expect(presumedFigureOf('每台12万元的电梯补助标准从什么时候开始执行')).toMatchObject({ value: 120000, unit: '元', written: '12万元' });
    expect(presumedFigureOf('下一年度的改造项目什么时候前申报')).toBeUndefined();
    expect(statesFigureAsSettled('议定自2025年7月1日起将加装电梯市级补助调整为每台11万元。', { value: 110000, unit: '元' })).toBe(true);
    expect(statesFigureAsSettled('海港区提出，建议按每台15万元执行。', { value: 150000, unit: '元' })).toBe(false);
    expect(statesFigureAsSettled('曾有意见提出将补助提高到每台12万元，因财政承受能力所限未采纳。', { value: 120000, unit: '元' })).toBe(false);
    // A document that 提出 a rule, or one adopted after a suggestion, settles it.
    expect(statesFigureAsSettled('《通知》提出，自2024年1月1日起，既有住宅加装电梯每台补助12万元。', { value: 120000, unit: '元' })).toBe(true);
    expect(statesFigureAsSettled('根据市人大代表提出的建议，自2024年1月1日起每台电梯补助提高到12万元。', { value: 120000, unit: '元' })).toBe(true);
  });

  it('takes only a figure in the clause that asks when or which document as settled', async () => {
    const arrival = await answerQuestion(t.services, '加装电梯每台补助12万元，什么时候能拨付到位？');
    expect(arrival.answered).toBe(true);
    expect(arrival.answer).toContain('30日内');
  });

  it('"从哪个月开始" asks a time', () => {
    expect(questionTypeOf('物业养护补贴每户每月3元是从哪个月开始发的')?.name).toBe('时间');
  });

  it('refuses when a figure only proposed or another figure is quoted, and answers the settled one', async () => {
    const proposed = await answerQuestion(t.services, '每台12万元的电梯补助标准从什么时候开始执行');
    expect(proposed.answered).toBe(false);
    expect(proposed.answer).toContain('12万元');
    const suggested = await answerQuestion(t.services, '电梯每台15万元的补助是从哪天开始执行的');
    expect(suggested.answered).toBe(false);
    const settled = await answerQuestion(t.services, '每台11万元的电梯补助标准从什么时候开始执行');
    expect(settled.answered).toBe(true);
    expect(settled.answer).toContain('2025年7月1日');
  });
});
