// "荆门财建〔2024〕18号规定加装电梯每台补多少？": a question pointing to a document by its 文号 asks what it says; the act
// named after the number (规定, 要求) is how the asker points, not a word the answering sentence must write.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { isActOfPointedPart } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const library = testLibrary({
  files: {
    'yl_dianti.txt': libraryDocument({ title: '云岭市既有住宅加装电梯补助资金管理办法', kind: 'policy', number: '云岭财建〔2024〕18号' }, `云岭市既有住宅加装电梯补助资金管理办法
云岭财建〔2024〕18号

一、补助标准
自2025年1月1日起，市级补助由每台10万元提高到每台12万元。

二、资金拨付
工程竣工验收后一次性拨付补助资金。
`),
    'yl_wenda.txt': libraryDocument({ title: '云岭市老旧小区改造政策问答', kind: 'policy' }, `云岭市老旧小区改造政策问答

一、改造内容有哪些规定？
改造内容分为基础类、完善类和提升类，按有关规定实施。

二、施工时间有什么规定？
每日12时至14时、22时至次日6时不得施工，具体按有关规定执行。

三、物业怎么管？
改造完成后3个月内确定管理方式，按规定公示。
`),
  },
});

describe('the act of a document named by its 文号', () => {
  it('is read as pointing, not as a word the answer must hold', () => {
    expect(isActOfPointedPart('规定', '云岭财建〔2024〕18号规定加装电梯每台补多少？')).toBe(true);
    expect(isActOfPointedPart('规定', '加装电梯补助有什么规定？')).toBe(false);
    expect(isActOfPointedPart('答复', '云岭住建提复〔2025〕9号答复的是哪件提案？')).toBe(false);
  });

  it('answers with the figure the document states', async () => {
    const a = await answerQuestion(library.services, '云岭财建〔2024〕18号规定加装电梯每台补多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('每台12万元');
  });
});
