// An item of a form's notes (issue #10, precision): "填表说明第2条说截止到哪天？" was answered by the document's article
// 第二条, and "填表说明第3条讲的是什么" by the notes' item 1. Not the item asked: refused — unless the notes have the
// item, which is then the answer.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { articleLabel } from '../src/retrieval/plan.js';
import { holdsNumberedItem, NOTES_HEADING, notesItemAsked } from '../src/text/markers.js';
import { CONFIDENCE_GATE_OFF, libraryDocument, testLibrary } from './support/library.js';

const DRAFT = libraryDocument({ title: '青川市城镇老旧小区二次供水设施改造管理办法（征求意见稿）', issuer: '青川市住房和城乡建设局' }, `青川市城镇老旧小区二次供水设施改造管理办法（征求意见稿）

第一章 总则
第一条 为规范本市城镇老旧小区二次供水设施改造，保障供水安全，制定本办法。
第二条 本办法适用于本市城区纳入城镇老旧小区改造计划的二次供水设施。

第二章 改造和移交
第三条 二次供水设施改造完成后，由市供水公司统一接收管理。

附件
意见反馈表
`);

const DRAFTING_NOTE = libraryDocument({ title: '关于《文山市老旧小区改造资金管理办法（征求意见稿）》的起草说明', kind: 'policy' }, `关于《文山市老旧小区改造资金管理办法（征求意见稿）》的起草说明

一、起草背景
近年来我市老旧小区改造资金来源单一。
二、起草过程
市住建局会同市财政局开展了调研。
三、主要内容
《办法》共五章二十条，明确了资金筹集渠道、使用范围和监督管理要求。
`);

const WITH_NOTES = libraryDocument({ title: '白河市城镇老旧小区二次供水设施改造管理办法（征求意见稿）', issuer: '白河市住房和城乡建设局' }, `白河市城镇老旧小区二次供水设施改造管理办法（征求意见稿）

第一条 为规范本市城镇老旧小区二次供水设施改造，制定本办法。
第二条 本办法适用于本市城区纳入城镇老旧小区改造计划的二次供水设施。
第三条 二次供水设施改造完成后，由市供水公司统一接收管理。

附件
意见反馈表

姓名（单位）：＿＿＿＿
联系电话：＿＿＿＿
修改意见：＿＿＿＿＿＿＿＿

填表说明
1.一条意见填写一张表，可以复印使用。
2.意见反馈截止时间为2025年7月10日，逾期不再受理。
3.以单位名义反馈的，应当加盖单位公章。
`);

const TWO_FORMS = libraryDocument({ title: '红石市关于开展老旧小区加装电梯项目申报的通知', issuer: '红石市住房和城乡建设局' }, `红石市关于开展老旧小区加装电梯项目申报的通知

各区住房和城乡建设局：
现就2025年老旧小区加装电梯项目申报有关事项通知如下。申报单位应按申报表填写说明如实填写加装电梯项目申报表。

附件1
加装电梯项目申报表

小区名称：＿＿＿＿
单元数：＿＿＿＿

填写说明：
1.本表由申请人所在单元的业主代表填写。
2.本表须于2025年4月30日前报送街道办事处。

附件2
加装电梯意见反馈表

单元：＿＿＿＿
意见：＿＿＿＿

申请表说明：
1.每户填写一张。
2.反馈表由社区居委会于2025年5月15日前统一收回。
`);

const library = testLibrary({ files: { 'qingchuan_zqyj.txt': DRAFT } }, { timeout: 120_000 });
const notesLibrary = testLibrary({ files: { 'baihe_zqyj.txt': WITH_NOTES } }, { timeout: 120_000 });
const formsLibrary = testLibrary({ files: { 'hongshi_tongzhi.txt': TWO_FORMS } }, { timeout: 120_000 });
const noteLibrary = testLibrary({ files: { 'wenshan_qicao.txt': DRAFTING_NOTE } }, { timeout: 120_000 });

describe('an item of a form’s notes', () => {
  it('refuses when the sentence found is the document’s article of that number, not the notes’ item', async () => {
    const a = await library.ask('二次供水征求意见稿的意见反馈表，填表说明第2条说截止到哪天？');
    expect(a.answered).toBe(false);
  });

  it('answers with the item asked when the form’s notes have it, not with the article of that number', async () => {
    const a = await notesLibrary.ask('二次供水征求意见稿的意见反馈表，填表说明第2条说截止到哪天？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2025年7月10日');
    expect(a.answer).not.toContain('适用于');
    const third = await notesLibrary.ask('征求意见稿的意见反馈表，填表说明第3条讲的是什么');
    expect(third.answered).toBe(true);
    expect(third.answer).toContain('加盖单位公章');
  });

  it('leaves a part of a document’s 起草说明 to the ordinary answer', async () => {
    const a = await noteLibrary.ask('资金管理办法的起草说明第三条讲的是什么？');
    expect(a.answer).not.toContain('说明第3条的内容');
  });

  it('reads the item asked and finds it in a trimmed quote', () => {
    expect(notesItemAsked('征询表填表说明第3条讲的是什么')).toBe(3);
    expect(notesItemAsked('管理办法第三条讲的是什么')).toBeUndefined();
    expect(holdsNumberedItem('填表说明：1．本表一户一张；……4．本表原件由街道办事处保存', 4)).toBe(true);
    expect(holdsNumberedItem('填表说明：1．每户填写一张，由户主填写', 3)).toBe(false);
    expect(holdsNumberedItem('第二条 本办法适用于本市城区', 2)).toBe(false);
  });

  it('reads only a form’s notes, not any 说明', () => {
    expect(notesItemAsked('填报说明里第2项是什么')).toBe(2);
    expect(notesItemAsked('起草说明第三条讲的是什么')).toBeUndefined();
  });

  it('finds an item however the notes number it', () => {
    expect(holdsNumberedItem('填表说明：（1）本表一户一张；（2）同意的请打勾；（3）本表由社区统一收回', 3)).toBe(true);
    expect(holdsNumberedItem('填表说明：1）本表一户一张；2）同意的请打勾；3）本表由社区统一收回', 3)).toBe(true);
    expect(holdsNumberedItem('填表说明：①本表一户一张；②同意的请打勾；③本表由社区统一收回', 3)).toBe(true);
    expect(holdsNumberedItem('填表说明：一、本表一户一张；二、同意的请打勾；三、本表由社区统一收回', 3)).toBe(true);
    expect(holdsNumberedItem('填表说明：（1）本表一户一张；（2）同意的请打勾', 3)).toBe(false);
  });

  it('answers from the notes of the form named when one notice carries two forms, whatever the notes heading', async () => {
    const feedback = await formsLibrary.ask('加装电梯意见反馈表，填表说明第2条说什么时候收回？');
    expect(feedback.answered).toBe(true);
    expect(feedback.answer).toContain('5月15日');
    const application = await answerQuestion(formsLibrary.services, '加装电梯项目申报表的填写说明第2条是什么', [], CONFIDENCE_GATE_OFF);
    expect(application.answered).toBe(true);
    expect(application.answer).toContain('4月30日');
  });

  it('refuses the item of another form than the one named', async () => {
    const a = await notesLibrary.ask('二次供水修改意见确认书，填表说明第3条讲的是什么');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('加盖单位公章');
  });

  it('takes a notes heading for one only where it heads the notes', () => {
    expect(NOTES_HEADING.test('附件2\n\n项目汇总表填报说明\n\n1.“建成年代”填写房屋竣工年份')).toBe(true);
    expect(NOTES_HEADING.test('填表说明：1．本表一户一张')).toBe(true);
    expect(NOTES_HEADING.test('（三）申报材料\n　　　2.项目汇总表填报说明\n')).toBe(false);
    expect(NOTES_HEADING.test('申报单位应按申报表填写说明如实填写加装电梯项目申报表。')).toBe(false);
  });

  it('still reads an article asked beside a notes item', () => {
    expect(articleLabel('办法第二条和附表填表说明第3条分别讲什么')).toBe('第二条');
    expect(articleLabel('填表说明第2条说截止到哪天')).toBeUndefined();
    expect(notesItemAsked('申请表说明第2条是什么意思')).toBe(2);
    expect(notesItemAsked('填写说明第4项')).toBe(4);
  });
});
