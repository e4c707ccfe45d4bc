// "每台12万元的电梯补助标准从什么时候开始执行" takes a figure as settled and asks when (or by which document): a date
// quoted for another figure, or a figure only proposed or turned down, answers nothing. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { presumedFigureRefusal } from '../src/answer/gate/figures.js';
import { figureValuesOf, presumedFigureOf, statesFigureAsSettled } from '../src/text/inForce.js';
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

const REPLY = libraryDocument({ title: '关于市十届人大三次会议第0217号建议的答复' }, `关于市十届人大三次会议第0217号建议的答复

柳望舒代表：
您提出的关于改进楼道照明维修的建议收悉，现答复如下。
一、关于维修费用
您建议楼道照明维修费由业主每户每年分摊80元提高到120元。考虑到多数住户的承受能力，自2025年1月1日起，现行标准仍为每户每年80元，提高到120元的建议暂不采纳。
`);

const replies = testLibrary({ files: { 'reply.txt': REPLY } });

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
    // A view's holder putting a figure forward does not settle it.
    expect(statesFigureAsSettled('有的同志提出电梯补助再提高到12万元，市财政局测算过，今年没有这个能力。', { value: 120000, unit: '元' })).toBe(false);
    // A suggestion turned down (暂不采纳, 未被采纳) settles nothing; one adopted does.
    expect(statesFigureAsSettled('将托管补贴提高到每户每年900元的建议，因财力所限暂不采纳。', { value: 900, unit: '元' })).toBe(false);
    expect(statesFigureAsSettled('900元的标准因财力所限未被采纳。', { value: 900, unit: '元' })).toBe(false);
    expect(statesFigureAsSettled('该意见已被采纳，托管补贴自2026年1月1日起提高到每户每年900元。', { value: 900, unit: '元' })).toBe(true);
  });

  it("settles the figure of a sentence that turns down another one, and reads a monthly sum as a figure", () => {
    const mixed = '自2026年3月1日起，加装电梯提取住房公积金的上限调整为每户6万元，征求意见中提高到9万元的意见暂不采纳。';
    expect(statesFigureAsSettled(mixed, { value: 60000, unit: '元' })).toBe(true);
    expect(statesFigureAsSettled(mixed, { value: 90000, unit: '元' })).toBe(false);
    const trailing = '经测算定为每户600元，提高到900元的建议，因财力所限暂不采纳。';
    expect(statesFigureAsSettled(trailing, { value: 600, unit: '元' })).toBe(true);
    expect(statesFigureAsSettled(trailing, { value: 900, unit: '元' })).toBe(false);
    expect(figureValuesOf('租赁补贴标准调整为每户每月300元。', '元')).toEqual([300]);
    // A sentence that also suggests (建议维持…) settles neither of its figures.
    expect(statesFigureAsSettled('区财政局认为，保洁补贴提高到每户500元会挤占其他支出，建议维持300元。', { value: 500, unit: '元' })).toBe(false);
  });

  it("refuses to date a figure the library only shows as a suggestion turned down", async () => {
    const raised = await answerQuestion(replies.services, '楼道照明维修费提高到每户每年120元以后从哪天起执行');
    expect(raised.answered).toBe(false);
    expect(raised.answer).toContain('120元');
    const reply = { n: 1, docId: 'reply', title: '关于社区托管补贴的答复', number: null, section: '二、关于托管补贴', chunkId: 'reply#2' };
    const quoted = [{ ...reply, quote: '经测算，托管补贴定为每户每年600元。900元的标准因财力所限未被采纳。' }];
    expect(presumedFigureRefusal('托管补贴提高到每户每年900元以后从什么时候开始执行', quoted)?.answer).toContain('900元');
    expect(presumedFigureRefusal('托管补贴定为每户每年600元以后从什么时候开始执行', quoted)).toBeUndefined();
  });

  it('reads a change named in one clause and its start asked in the next as one figure taken as settled', async () => {
    // Answered before with 11万元's date: the figure's clause asked nothing, the next asked since when.
    const raised = await answerQuestion(t.services, '电梯补助提高到12万元以后，是从哪天开始执行的');
    expect(raised.answered).toBe(false);
    expect(raised.answer).toContain('12万元');
    // A press conference's question ("会不会提高到15万元？") quoted beside a date settles nothing.
    const asked = { n: 1, docId: 'conference', title: '松川市老旧小区改造新闻发布会实录', number: null, section: '问二', chunkId: 'conference#2' };
    const quoted = [
      { ...asked, quote: '问二：加装电梯补助会不会提高到15万元？答：市人大调研报告建议提高到每台15万元。' },
      { ...asked, n: 2, section: '问三', quote: '答：自2025年9月1日起取得联合审查意见的加装电梯项目执行。' },
    ];
    expect(presumedFigureRefusal('电梯补助提到每台15万元以后，从哪天开始执行', quoted)?.answer).toContain('15万元');
    const settled = await answerQuestion(t.services, '电梯补助调整为11万元以后，从哪天开始执行');
    expect(settled.answered).toBe(true);
    expect(settled.answer).toContain('2025年7月1日');
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
