// An item of a form's notes (issue #10, precision): "填表说明第2条说截止到哪天？" was answered by the document's article
// 第二条, and "填表说明第3条讲的是什么" by the notes' item 1. Not the item asked: refused.
import { describe, expect, it } from 'vitest';
import { holdsNumberedItem, notesItemAsked } from '../src/text/markers.js';
import { libraryDocument, testLibrary } from './support/library.js';

const DRAFT = libraryDocument({ title: '青川市城镇老旧小区二次供水设施改造管理办法（征求意见稿）', issuer: '青川市住房和城乡建设局' }, `青川市城镇老旧小区二次供水设施改造管理办法（征求意见稿）

第一章 总则
第一条 为规范本市城镇老旧小区二次供水设施改造，保障供水安全，制定本办法。
第二条 本办法适用于本市城区纳入城镇老旧小区改造计划的二次供水设施。

第二章 改造和移交
第三条 二次供水设施改造完成后，由市供水公司统一接收管理。

附件
意见反馈表
`);

const library = testLibrary({ files: { 'qingchuan_zqyj.txt': DRAFT } }, { timeout: 120_000 });

describe('an item of a form’s notes', () => {
  it('refuses when the sentence found is the document’s article of that number, not the notes’ item', async () => {
    const a = await library.ask('二次供水征求意见稿的意见反馈表，填表说明第2条说截止到哪天？');
    expect(a.answered).toBe(false);
  });

  it('reads the item asked and finds it in a trimmed quote', () => {
    expect(notesItemAsked('征询表填表说明第3条讲的是什么')).toBe(3);
    expect(notesItemAsked('管理办法第三条讲的是什么')).toBeUndefined();
    expect(holdsNumberedItem('填表说明：1．本表一户一张；……4．本表原件由街道办事处保存', 4)).toBe(true);
    expect(holdsNumberedItem('填表说明：1．每户填写一张，由户主填写', 3)).toBe(false);
    expect(holdsNumberedItem('第二条 本办法适用于本市城区', 2)).toBe(false);
  });
});
