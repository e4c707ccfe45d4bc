// Whether a document the library only quotes still applies ("青建〔2019〕3号现在还有效吗"): answered by the sentence of
// the citing document that names it and says so (同时废止, 不再执行), not by the citing document's own term of force.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument(
  { title: '青阳市城镇老旧小区改造项目实施细则', number: '青建规〔2025〕1号' },
  `青阳市城镇老旧小区改造项目实施细则

第一条 为规范城镇老旧小区改造项目管理，结合我市实际，制定本细则。
第二条 入库项目有效期3年，3年内未列入年度改造计划的，应当重新申报。
第三条 加装电梯每台补助12万元，由市、区财政各承担一半。
第四条 《青阳市老旧小区改造项目管理暂行办法》（青建〔2019〕3号）规定的加装电梯每台8万元补助，本细则施行后不再执行；此前已竣工验收的，仍按原标准拨付。
第五条 本细则自2025年4月1日起施行，有效期5年。《青阳市老旧小区改造项目管理暂行办法》（青建〔2019〕3号）同时废止。
`,
);

const { ask } = testLibrary({ files: { 'qingyang_rules.txt': RULES } });

describe('whether a document the library only quotes still applies', () => {
  it('answers with the sentence that names the document and says it was repealed, not the citing rules’ own term', async () => {
    const a = await ask('青建〔2019〕3号现在还有效吗？');
    expect(a.answered).toBe(true);
    const [notice, answer] = a.answer.split('\n');
    expect(notice).toBe('库中未收录青建〔2019〕3号全文，以下摘自引用该文件的材料。');
    expect(answer).toMatch(/（青建〔2019〕3号）同时废止\[1\]/u);
    expect(answer).not.toContain('有效期3年');
  });

  it('answers a question on one of its provisions with the sentence on that provision', async () => {
    const a = await ask('青建〔2019〕3号里加装电梯每台8万元的补助还执行吗？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/每台8万元补助，本细则施行后不再执行/u);
  });

  it('still says what the quoted document is when that is asked', async () => {
    const a = await ask('青建〔2019〕3号是一份什么文件？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('《青阳市老旧小区改造项目管理暂行办法》');
  });
});
