// A question about money (a cost, who bears it, a fee, a revenue) is answered by sentences that speak of money: the
// topic's other facts (kilometres of pipe laid, the hours of a parking space) are no answer to it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { asksAboutMoney, speaksOfMoney } from '../src/text/askedFigure.js';
import type { ChatTurn } from '../src/types.js';
import { testLibrary } from './support/library.js';

const REPORT = [
  '---',
  'title: 南湖区以“改管并重”推进老旧小区改造',
  'issuer: 南湖市南湖区住房和建设局',
  'kind: policy',
  '---',
  '一、主要做法',
  '（一）燃气改造“管线先行”。两年累计改造燃气管道63公里。',
  '（二）停车治理。在周边道路施划夜间限时停车泊位，停车时间为19:00至次日7:00，目前已施划620个。',
  '（三）加装电梯。加装电梯费用由业主按楼层分摊。',
  '二、资金筹措',
  '鼓励社会资本通过“改造+运营”方式参与改造，运营期限一般不超过15年。',
  '',
].join('\n');

// A notice asking for comments on a draft named by its money subject, and a ledger whose notes say who pays for one
// project's extras (not what they cost).
const NOTICE = [
  '---',
  'title: 关于公开征求《南湖区居民出资指导标准（征求意见稿）》意见的公告',
  'issuer: 南湖市南湖区住房和建设局',
  'kind: notice',
  '---',
  '为规范老旧小区改造居民出资，我局起草了《南湖区居民出资指导标准（征求意见稿）》，现公开征求意见。',
  '意见反馈截止时间为2031年3月20日，可通过信函方式反馈。',
  '',
].join('\n');

const LEDGER = [
  '---',
  'title: 南湖区老旧小区改造重点项目台账',
  'issuer: 南湖市南湖区住房和建设局',
  'kind: report',
  '---',
  '一、项目明细',
  '桂香苑项目总投资1800万元，是台账中总投资最大的项目。',
  '二、填报说明',
  '桂香苑的提升类内容为社区食堂，投资300万元由社会资本承担，不含区级补助。',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhu_report.txt': REPORT, 'nanhu_notice.txt': NOTICE, 'nanhu_ledger.txt': LEDGER } });

describe('money asked, money answered', () => {
  it('reads money in the question, not in the name of a document', () => {
    expect(asksAboutMoney('燃气管道改造费用是怎么分担的？')).toBe(true);
    expect(asksAboutMoney('夜间停车泊位收不收费？')).toBe(true);
    expect(asksAboutMoney('适老化改造补助办法征求意见截止到什么时候？')).toBe(false);
    expect(asksAboutMoney('那个办法现在能执行吗？（物业费补贴拟补多少）')).toBe(false);
    expect(speaksOfMoney('两年累计改造燃气管道63公里')).toBe(false);
    expect(speaksOfMoney('所需资金由业主按楼层分摊')).toBe(true);
  });

  it('refuses a cost-sharing question the library answers only with the topic\'s length of pipe', async () => {
    const a = await answerQuestion(t.services, '南湖区燃气管道改造费用是怎么分担的？');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/^两年累计/u);
  });

  it('refuses whether a fee is charged when the library gives only the hours', async () => {
    const a = await answerQuestion(t.services, '南湖区夜间限时停车泊位收不收费？');
    expect(a.answered).toBe(false);
  });

  it('refuses a revenue question answered by a sentence under a 资金 heading that names no money itself', async () => {
    const a = await answerQuestion(t.services, '南湖区社会资本以“改造+运营”参与的，收益怎么分成？');
    expect(a.answered).toBe(false);
  });

  it('still answers who bears a cost the library states', async () => {
    const a = await answerQuestion(t.services, '南湖区加装电梯的费用怎么分担？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('按楼层分摊');
  });

  it('answers when comments on a money standard close: a date asked needs no money word', async () => {
    expect(asksAboutMoney('南湖区居民出资指导标准征求意见，反馈意见截止到哪天？')).toBe(true);
    const a = await answerQuestion(t.services, '南湖区居民出资指导标准征求意见，反馈意见截止到哪天？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2031年3月20日');
  });

  it('reads the kind of sum a follow-up asks in its own words, not in the earlier question it carries', async () => {
    const history: ChatTurn[] = [{ role: 'user', text: '南湖区重点项目台账里总投资最大的是哪个项目？' }];
    const a = await answerQuestion(t.services, '它的提升类内容是谁出的钱？', history);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('由社会资本承担');
  });
});

