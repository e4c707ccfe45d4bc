// The N-th of a recurring event asked ("第3次会议议定了哪些事项", "第三批公示了几台"): answered only from a text naming that
// occurrence as held, refused when the library names it only as planned (拟于…召开) beside another one's facts.
import { describe, expect, it } from 'vitest';
import { namesOccurrenceHeld, occurrenceAsked } from '../src/text/ordinals.js';
import { libraryDocument, testLibrary } from './support/library.js';

const MINUTES = libraryDocument({ title: '东川市老旧小区改造工作领导小组2025年第2次会议纪要', issuer: '东川市老旧小区改造工作领导小组办公室' }, `东川市老旧小区改造工作领导小组2025年第2次会议纪要

一、会议议定事项
（一）领导小组第2次会议议定，9月底前完成全部改造小区的竣工验收。
（二）领导小组第1次会议议定的电梯补助提高事项，已于4月执行到位。
二、下次会议安排
领导小组第3次会议拟于10月下旬召开，听取竣工验收和满意度测评情况。
`);

const NOTICE = libraryDocument({ title: '东川市2025年第二批既有住宅加装电梯补助资金拟拨付公示', issuer: '东川市住房和城乡建设局' }, `东川市2025年第二批既有住宅加装电梯补助资金拟拨付公示

本批公示加装电梯补助9台，补助资金共计90万元。2025年计划公示三批，第三批拟于11月公示。
`);

const { ask } = testLibrary({ files: { 'dongchuan_minutes.txt': MINUTES, 'dongchuan_notice.txt': NOTICE } });

describe('the N-th meeting or batch asked', () => {
  it('reads the occurrence and whether a text names it as held', () => {
    const third = occurrenceAsked('领导小组第三次会议议定了哪些事项')!;
    expect(third).toMatchObject({ ordinal: 3, kind: '次' });
    expect(namesOccurrenceHeld('领导小组第3次会议拟于10月下旬召开', third)).toBe(false);
    expect(namesOccurrenceHeld('领导小组第3次会议（10月28日）议定，…', third)).toBe(true);
    expect(occurrenceAsked('第二批和第三批各公示了几台')).toBeUndefined();
  });

  it('refuses a meeting the library names only as planned, not answering with another meeting’s decisions', async () => {
    const a = await ask('领导小组第3次会议议定了哪些事项？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('第3次');
    expect(a.answer).not.toMatch(/^领导小组第1次会议/u);
  });

  it('refuses a batch not yet published, not answering with this batch’s count', async () => {
    const a = await ask('2025年第三批电梯补助公示了几台？');
    expect(a.answered).toBe(false);
  });

  it('still answers the meeting and the batch that were held', async () => {
    const a = await ask('领导小组第2次会议议定了什么？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('竣工验收');
    const b = await ask('2025年第二批电梯补助公示了几台？');
    expect(b.answered, b.answer).toBe(true);
    expect(b.answer).toContain('9台');
  });
});

describe('an occurrence still to come asked when or what is planned', () => {
  it('is answered by the text planning it', async () => {
    const a = await ask('2025年第三批电梯补助什么时候公示？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('11月');
  });
});

describe('an occurrence written in other words', () => {
  it('takes a phase for a batch ("第二批" asked, "二期改造35个" written) and a round for a meeting', () => {
    const second = occurrenceAsked('兴庆区第二批一共弄多少个小区？')!;
    expect(namesOccurrenceHeld('第一期改造59个老旧小区，二期改造35个老旧小区', second)).toBe(true);
    expect(namesOccurrenceHeld('第四轮督查发现问题12个', occurrenceAsked('第四次督查发现了哪些问题')!)).toBe(true);
    expect(namesOccurrenceHeld('全年督查4次', occurrenceAsked('第四次督查发现了哪些问题')!)).toBe(false);
  });
});

describe('a congress session written without 第', () => {
  const REPLY = libraryDocument({ title: '关于市九届人大二次会议第8号建议的答复', kind: 'reply', issuer: '西岭市住房和城乡建设局' }, `关于市九届人大二次会议第8号建议的答复

王明代表：
您提出的关于老旧小区停车改造的建议收悉，现答复如下：
一、2025年我市计划新增老旧小区停车位1200个。
二、我局将会同交警部门推行错时共享停车。
`);
  const { ask: askReply } = testLibrary({ files: { 'xiling_reply8.txt': REPLY } });

  it('answers from the reply whose title names the session as 届 + bare numeral', async () => {
    expect(namesOccurrenceHeld('关于市九届人大二次会议第8号建议的答复', occurrenceAsked('人大第二次会议')!)).toBe(true);
    const a = await askReply('市九届人大第二次会议第8号建议是怎么答复的？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('停车位');
  });

  it('keeps the noun asked in what it refuses', async () => {
    const a = await ask('领导小组第3次会议议定了哪些事项？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有第3次会议的');
  });
});

describe('the first batch written 首批', () => {
  const LIST = libraryDocument({ title: '西岭市2024年保障性租赁住房项目认定情况', issuer: '西岭市住房和城乡建设局' }, `西岭市2024年保障性租赁住房项目认定情况

一、项目认定
2024年首批认定保障性租赁住房项目3个，共900套，分别是：松林苑、河畔公寓、新桥人才公寓。
二、下步安排
下半年拟再认定一批项目。
`);
  const { ask: askList } = testLibrary({ files: { 'xiling_bzf.txt': LIST } });

  it('answers 第一批 from a text that writes 首批', async () => {
    expect(namesOccurrenceHeld('2024年首批认定项目3个', occurrenceAsked('第一批项目')!)).toBe(true);
    const a = await askList('2024年第一批保障性租赁住房项目有哪些？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('松林苑');
  });
});
