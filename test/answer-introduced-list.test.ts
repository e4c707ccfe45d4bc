// A sentence that introduces a list ("有下列情形之一的，不纳入老旧小区改造范围：", "…可通过以下方式落实：") says
// nothing until its items follow: an answer quoting it goes on with the items (only the one asked, when the question
// names an item by its number), whether they follow in the same passage or ingestion made each a section of its own.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '青川市城镇老旧小区改造管理办法', kind: 'policy' }, `青川市城镇老旧小区改造管理办法

第一章 总则
第一条 为规范城镇老旧小区改造工作，制定本办法。

第二章 改造范围
第五条 本办法所称城镇老旧小区，是指2000年底前建成的住宅小区。
第六条 有下列情形之一的，不纳入老旧小区改造范围：
（一）已列入城市更新拆除重建范围的；
（二）近8年内已使用财政资金实施过综合整治的；
（三）存在未处置的违法建设且拒不整改的。

第七条 改造中应当落实防台风要求：
（一）对外墙附着物、空调外机支架、防盗网等进行加固或者拆除，凸出外墙的防盗网应当改为内置式防护栏；
（二）屋面防水设计工作年限不得低于10年；
（三）台风季前完成屋面防水主体工程。

第三章 资金筹措
第九条 居民原则上按房屋建筑面积每平方米不低于8元的标准出资，可通过以下方式落实：
（1）直接出资；
（2）经业主大会表决同意，使用住宅专项维修资金；
（3）让渡小区公共收益。
第十条 市级财政每年安排改造配套资金不少于3000万元。
`);

const t = testLibrary({ files: { 'qingchuan_banfa.txt': RULES } });

describe('a sentence introducing a list', () => {
  it('is followed by the item the question names by its number', async () => {
    const a = await answerQuestion(t.services, '管理办法第六条第（二）项说的是哪种情况不纳入改造？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('近8年内已使用财政资金实施过综合整治');
    expect(a.answer).not.toContain('拆除重建');
  });

  it('goes on from the item its passage holds to the items ingestion made sections of their own', async () => {
    const a = await answerQuestion(t.services, '管理办法第七条对防台风有哪些要求？');
    expect(a.answered).toBe(true);
    for (const item of ['空调外机支架', '不得低于10年', '台风季前完成屋面防水']) expect(a.answer).toContain(item);
  });

  it('is followed by all its items when none is named', async () => {
    const a = await answerQuestion(t.services, '管理办法第九条居民出资可以通过哪几种方式落实？');
    expect(a.answered).toBe(true);
    for (const item of ['直接出资', '住宅专项维修资金', '让渡小区公共收益']) expect(a.answer).toContain(item);
    expect(a.answer.indexOf('直接出资')).toBeLessThan(a.answer.indexOf('让渡小区公共收益'));
  });
});
