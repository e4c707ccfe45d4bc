// A question about a document itself (issue #10): "…第17号提案是关于什么的？" asks the proposal's title, which the
// reply's opening quotes.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '青川市住房和城乡建设局关于市政协六届二次会议第0017号提案的答复', number: '青建政协〔2025〕4号', kind: 'reply' }, `青川市住房和城乡建设局
青建政协〔2025〕4号

关于市政协六届二次会议第0017号提案的答复

周敏委员：
你提出的《关于加快老旧小区雨污分流改造的提案》收悉。经研究，现答复如下：

一、关于管网排查
2024年全市完成老旧小区排水管网排查126公里，建立问题台账。

二、关于资金保障
雨污分流改造纳入基础类改造内容，优先安排中央补助资金。
`);

// Openings written other ways: the proposal's number in brackets before 收悉, 领衔提交.
const NUMBERED_REPLY = libraryDocument({ title: '对市人大十届二次会议第58号建议的答复', issuer: '文山市住房和城乡建设局' }, `对市人大十届二次会议第58号建议的答复

李红梅代表：
您提出的《关于老旧小区增设充电设施的建议》(第58号)收悉，现答复如下：
一、我局已在2024年改造项目中同步建设电动自行车充电桩1200个。
二、下一步将会同供电公司简化报装流程。
`);
const LEAD_REPLY = libraryDocument({ title: '对市政协八届三次会议第61号提案的答复', issuer: '文山市住房和城乡建设局' }, `对市政协八届三次会议第61号提案的答复

王建国委员：
您领衔提交的《关于规范老旧小区停车管理的提案》收悉，现答复如下：
一、我局已指导街道在改造中统筹划设停车泊位860个。
二、下一步将推动错时共享停车。
`);

const t = testLibrary({ files: { 'reply_no0017.txt': REPLY, 'reply_no58.txt': NUMBERED_REPLY, 'reply_no61.txt': LEAD_REPLY } }, { timeout: 120_000 });

describe('what a proposal is about', () => {
  it('is answered with the proposal title the reply opens with, not the reply\'s content', async () => {
    const a = await t.ask('市政协六届二次会议第0017号提案是关于什么的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('关于加快老旧小区雨污分流改造的提案');
    expect(a.answer).not.toContain('126公里');
  });

  it('leaves a question about what the reply says to the reply', async () => {
    const a = await t.ask('市政协六届二次会议第0017号提案的答复讲了什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('126公里');
  });

  it.each([
    ['第58号建议是关于什么的？', '关于老旧小区增设充电设施的建议'],
    ['第61号提案是关于什么的？', '关于规范老旧小区停车管理的提案'],
  ])('answers %s from an opening with a bracketed number or 领衔提交', async (question, title) => {
    const a = await t.ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain(title);
  });
});
