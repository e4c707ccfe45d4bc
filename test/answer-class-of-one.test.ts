// "什么叫基础类改造内容？" asks what the class is (issue #10, a neighbouring fact within the topic): a sentence putting one
// thing into it ("白蚁防治属于基础类改造内容") says what belongs to it, not what it is, and is not given as the answer.
import { describe, expect, it } from 'vitest';
import { namesTermOnlyAsClassOfOne, termAskedMeaningOf } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const FAQ = libraryDocument({ title: '青川市老旧小区改造政策问答' }, `青川市老旧小区改造政策问答

一、白蚁防治谁来做？
白蚁防治属于基础类改造内容，由区住房和城乡建设局委托专业机构实施，居民不另行出资。

二、完善类改造包括什么？
加装电梯、建设停车设施、增设充电设施等属于完善类改造内容，居民可以申请纳入。
`);

const library = testLibrary({ files: { 'qingchuan_wenda.txt': FAQ } }, { timeout: 120_000 });

describe('a class asked, one member given', () => {
  it.each(['什么叫基础类改造内容？', '什么叫做基础类改造内容？'])('is not answered with one thing put into the class: %s', async (question) => {
    const a = await library.ask(question);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('未找到对“基础类改造内容”的界定');
    expect(a.answer).not.toContain('一项');
  });

  it('is answered with a list of what the class holds', async () => {
    const a = await library.ask('什么是完善类改造内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('加装电梯');
  });

  it('reads the term asked and its use at the text layer', () => {
    expect(termAskedMeaningOf('什么是老旧小区改造里的“基础类”内容？')).toBe('基础类');
    expect(termAskedMeaningOf('什么叫基础类改造内容？')).toBe('基础类改造内容');
    expect(termAskedMeaningOf('双三分之二是什么意思？')).toBe('双三分之二');
    expect(termAskedMeaningOf('文件里说的基础类是什么意思？')).toBe('基础类');
    expect(termAskedMeaningOf('补助标准是多少？')).toBeUndefined();
    expect(namesTermOnlyAsClassOfOne('外墙保温等节能改造纳入基础类改造内容，优先使用补助资金', '基础类')).toBe(true);
    expect(namesTermOnlyAsClassOfOne('屋面防水、二次供水等属于基础类改造内容', '基础类')).toBe(false);
    expect(namesTermOnlyAsClassOfOne('基础类，为满足居民安全需要和基本生活需求的内容', '基础类')).toBe(false);
  });
});

// Members listed after a colon or joined before the verb say what the class holds: the sentence answers.
const LIST = libraryDocument({ title: '青山市老旧小区改造内容清单' }, `青山市老旧小区改造内容清单

一、基础类
下列内容纳入基础类改造：供水、排水、供电、道路、屋面防水。

二、提升类
加装电梯和外墙保温均纳入提升类改造。
`);

describe('a class asked, its members listed', () => {
  const list = testLibrary({ files: { 'qingshan_qingdan.txt': LIST } }, { timeout: 120_000 });

  it.each([
    ['listed after a colon', '什么是基础类改造？', '供水'],
    ['joined by 和', '什么是提升类改造？', '加装电梯'],
  ])('is answered with the members %s', async (_how, question, member) => {
    const a = await list.ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain(member);
  });

  it('reads 等 before the verb as ending a list', () => {
    expect(namesTermOnlyAsClassOfOne('屋面防水等属于基础类改造内容', '基础类')).toBe(false);
  });
});
