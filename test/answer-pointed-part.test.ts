// A question pointing to a part of a document ("第四条规定哪些…", "第二部分（一）第3项列了哪些…情形") asks what that
// part says: the act it names (规定) and the kind of answer (情形) are not words the part must write, and a number that
// is the pointed section's own ("3.不纳入范围" asked as 第3项) asks its whole list, not its third item.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '青川市既有住宅维修管理办法', kind: 'policy' }, `青川市既有住宅维修管理办法

第一条 为规范既有住宅维修工作，制定本办法。
第四条 下列住宅不列入维修计划：
（一）已列入征收范围的；
（二）近6年内已使用财政资金维修过的；
（三）权属存在争议尚未解决的。
第五条 维修资金由市、区两级财政按6:4分担。
第六条 本办法未作规定的事项，按照国家和省有关规定执行。
`);

const PLAN = libraryDocument({ title: '青川市2025年既有住宅维修实施方案', kind: 'policy' }, `青川市2025年既有住宅维修实施方案

一、总体要求
坚持居民自愿、先急后缓。
二、维修范围
（一）维修对象
1．申报条件。建成满20年的住宅可以申报。
2．优先对象。屋面渗漏严重的住宅优先安排。
3．不列入范围。下列住宅不列入本方案维修范围：
（1）已列入征收范围的；
（2）由开发企业承担保修责任的；
（3）近6年内已维修过的。
三、维修内容
（一）基本内容。基本内容包括下列项目：
1．屋面防水维修；
2．外墙面修缮；
3．供排水管线更新。
`);

const t = testLibrary({ files: { 'qingchuan_weixiu_banfa.txt': RULES, 'qingchuan_weixiu_fangan.txt': PLAN } });

describe('a question pointing to a part of a document', () => {
  it('is answered with what the part says, though it never writes 规定', async () => {
    const a = await answerQuestion(t.services, '维修管理办法第四条规定哪些住宅不列入维修？');
    expect(a.answered).toBe(true);
    for (const item of ['已列入征收范围', '近6年内已使用财政资金维修过', '权属存在争议']) expect(a.answer).toContain(item);
  });

  it('asks the whole list of the section it points to by that section\'s own number', async () => {
    const a = await answerQuestion(t.services, '实施方案第二部分（一）第3项列了哪些不列入维修的情形？');
    expect(a.answered).toBe(true);
    for (const item of ['已列入征收范围', '开发企业承担保修责任', '近6年内已维修过']) expect(a.answer).toContain(item);
  });

  it('still asks one item when the number is of an item inside the section it names', async () => {
    const a = await answerQuestion(t.services, '实施方案第三部分（一）第1项要维修什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('屋面防水维修');
    expect(a.answer).not.toContain('供排水管线更新');
  });
});
