// "工作原则第三条" when the section headed 工作原则 lists two items: the item asked is in that section or nowhere, so it
// is refused (saying how many items the section has), never answered with another document's 第三条; the items it does
// have are answered from it, even where another document has an article so numbered.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const PLAN = libraryDocument({ title: '云岭市城镇老旧小区改造实施方案' }, `云岭市城镇老旧小区改造实施方案

一、总体目标
到2025年底，基本完成2000年底前建成的老旧小区改造任务。

二、工作原则
（一）坚持政府统筹，调动各方参与。市政府对全市老旧小区改造工作负总责，各区政府是责任主体。
（二）坚持居民自愿，先民主后民生。改造内容和方案由居民协商确定，居民同意率达到三分之二以上方可实施。

三、保障措施
加强组织领导，建立联席会议制度。
`);

const RULES = libraryDocument({ title: '云岭市加装电梯管理办法' }, `云岭市加装电梯管理办法

第一条 为规范既有住宅加装电梯工作，制定本办法。
第二条 本办法适用于本市既有多层住宅加装电梯。
第三条 加装电梯应当经本单元三分之二以上业主同意，并公示不少于10日。
`);

// A reply with a section headed by words the 办法's title also holds: "加装电梯管理办法第三条" names the 办法's article,
// not a third item under this heading.
const REPLY = libraryDocument({ title: '关于加快既有住宅加装电梯的提案的答复', kind: 'reply' }, `关于加快既有住宅加装电梯的提案的答复

一、总体情况
2024年全市完成老旧小区改造30个。

二、加装电梯
（一）简化审批。实行联合审查，15个工作日内办结。
（二）加大补助。每台电梯补助15万元。
`);

const t = testLibrary({ files: { 'plan.txt': PLAN, 'rules.txt': RULES, 'reply.txt': REPLY } }, { timeout: 120_000 });

describe('an item named inside a section', () => {
  it('refuses an item the named section lacks, saying how many it lists, rather than quoting another document\'s 第三条', async () => {
    const a = await answerQuestion(t.services, '工作原则第三条是什么？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('“工作原则”只列了2条，没有第三条');
    expect(a.answer).not.toContain('公示不少于10日');
  });

  it('answers an item the section has from that section, not from an article numbered the same elsewhere', async () => {
    const a = await answerQuestion(t.services, '工作原则第二条是什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('坚持居民自愿');
    expect(a.answer).not.toContain('适用于本市既有多层住宅');
  });

  it('still answers an article by its number when the question names no section (a heading whose words stand inside the document title is not named)', async () => {
    const a = await answerQuestion(t.services, '加装电梯管理办法第三条是怎么规定的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('三分之二以上业主同意');
  });
});
