// "……号是答复哪些代表的？": a reply names those it answers in its salutation ("邹建林等4名代表："), a line too short to
// score as a sentence. Asked who proposed, the answer is that line — not an overview of what the reply says.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { testLibrary } from './support/library.js';

const REPLY = [
  '---',
  'title: 对市十六届人大二次会议第88号建议的答复',
  'issuer: 南湖市住房和城乡建设局',
  'kind: reply',
  '---',
  '南湖市住房和城乡建设局',
  '南住建人大〔2023〕9号',
  '对市十六届人大二次会议第88号建议的答复',
  '邹建林等4名代表：',
  '你们提出的关于“加快推进既有住宅加装电梯”的建议收悉。现答复如下：',
  '一、关于提高补助标准',
  '自2023年7月1日起，中心城区既有多层住宅加装电梯财政补助标准由每台5万元提高到每台10万元。',
  '二、关于简化审批流程',
  '我市已推行加装电梯联合审查制度，审批时限压缩至10个工作日。',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhu_rd_88.txt': REPLY } });

describe('who a reply answers', () => {
  it('asked which 代表 a numbered reply answers, the answer is its salutation, several proposers included', async () => {
    const a = await answerQuestion(t.services, '南住建人大〔2023〕9号是答复哪些代表的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('邹建林等4名代表');
    expect(a.answer).not.toContain('每台10万元');
  });

  it('asked what the same reply says, the answer is still its content', async () => {
    const a = await answerQuestion(t.services, '南住建人大〔2023〕9号答复了哪些内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10万元');
  });
});

// "…6号是答复给谁的": a reply's addressee is its salutation too, a body as well as a person ("九三学社…支社：").
const BODY_REPLY = [
  '---',
  'title: 对县政协第十一届委员会第四次会议第0059号提案的答复',
  'issuer: 南湖县住房和城乡建设局',
  'kind: reply',
  '---',
  '南湖县住房和城乡建设局',
  '对县政协第十一届委员会第四次会议第0059号提案的答复',
  '南湖住建提复〔2025〕6号',
  '',
  '九三学社南湖县支社：',
  '贵支社提出的《关于提升农村住房安全保障水平的提案》（第0059号）收悉。现将办理情况答复如下。',
  '一、关于农房保险',
  '农房保险由县财政局研究，我局已将该项建议转县财政局办理，由县财政局另行答复贵支社。',
  '',
].join('\n');

const addressed = testLibrary({ files: { 'nanhu_zx_0059.txt': BODY_REPLY } });

describe('whom a reply is addressed to', () => {
  it('asked whom a numbered reply is addressed to (答复给谁), the answer is its salutation, a body by its name', async () => {
    const a = await answerQuestion(addressed.services, '南湖住建提复〔2025〕6号是答复给谁的');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('九三学社南湖县支社');
    expect(a.answer).not.toContain('另行答复');
  });

  it('asked where a matter was sent on (转送给哪个部门), the salutation is no answer', async () => {
    const a = await answerQuestion(addressed.services, '农房保险的建议转送给哪个部门');
    expect(a.answer).not.toContain('九三学社南湖县支社');
  });

  it('asked whom money or materials go to (补助是发给谁的), the salutation is no answer: no document is what is sent', async () => {
    const a = await answerQuestion(addressed.services, '农房保险的补助资金是发给谁的');
    expect(a.answer).not.toContain('九三学社南湖县支社');
  });
});

// A reply to the body that forwarded a proposal (a 协办 opinion to the 主办 unit, feedback on a member's 社情民意信息)
// greets that body, not the proposer; its receipt sentence names who proposed ("（提案人：某某委员）收悉").
const FORWARDED = [
  '---',
  'title: 关于市政协第0208号提案的协办意见',
  'issuer: 南湖市某开发区规划建设局',
  'kind: reply',
  '---',
  '关于市政协第0208号提案的协办意见',
  '',
  '市住房和城乡建设局：',
  '市政府督查室交由你局主办、我局协办的市政协第0208号提案《关于加快老旧小区供热管网改造的提案》（提案人：石雨桐委员）收悉。现将协办意见函告如下。',
  '一、开发区内老旧小区供热管网改造已列入年度计划，计划改造2个小区。',
  '二、提案所提统一改造标准涉及全市，建议由主办单位统一答复。',
  '',
].join('\n');

const forwarded = testLibrary({ files: { 'nanhu_zx_0208_xieban.txt': FORWARDED } });

describe('who proposed, a reply to the forwarding body', () => {
  it('answers with the receipt sentence naming the proposer, not the reply body', async () => {
    const a = await answerQuestion(forwarded.services, '第0208号提案的提案人是谁？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('提案人：石雨桐委员');
    expect(a.answer).not.toContain('主办单位统一答复');
  });
});

// The same opinion when the receipt names only the committee that forwarded it: no person proposed in the text.
const FROM_COMMITTEE = FORWARDED.replace('市政府督查室交由你局主办、我局协办的市政协第0208号提案《关于加快老旧小区供热管网改造的提案》（提案人：石雨桐委员）收悉。', '市政协住建委员会转来的第0208号提案《关于加快老旧小区供热管网改造的提案》收悉。');
const fromCommittee = testLibrary({ files: { 'nanhu_zx_0208_xieban.txt': FROM_COMMITTEE } });

describe('who proposed, when the receipt names only a committee', () => {
  it('does not give the committee (住建委员会) as the proposer', async () => {
    const a = await answerQuestion(fromCommittee.services, '第0208号提案是谁提的？');
    expect(a.answer).not.toContain('住建委员会转来');
  });
});
