import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../src/corpus/index.js';
import { documentReference } from '../src/retrieval/docReference.js';
import { asksHandlingResult, BOILERPLATE, canonicalDocumentNumber, namesDocumentNumber, readDocumentNumber, splitSentences } from '../src/text/index.js';

describe('文号: one rule read the same by ingestion, sentence splitting and the question readers', () => {
  it('reads the issuer, year and serial however the brackets and 第 are written', () => {
    // The issuer is the Han run before the bracket, words before the code included: numbers are compared by their ends.
    expect(readDocumentNumber('根据许建政协【2020】第13号文件')).toMatchObject({ issuer: '根据许建政协', year: '2020', serial: '13' });
    expect(readDocumentNumber('临建字 [2020] 2号')?.text).toBe('临建字[2020]2号');
    expect(readDocumentNumber('2020年第13号公告')).toBeUndefined();
    expect(canonicalDocumentNumber('京建发（2021）第5号')).toBe(canonicalDocumentNumber('京建发〔2021〕5号'));
  });

  it('finds the document a question names with 【】 brackets and 第, as ingestion reads its header', () => {
    const number = parseDocNumber('许建政协〔2020〕13号').number;
    const reference = documentReference('许建政协【2020】第13号讲了什么？');
    expect(reference?.matches({ title: '关于老旧小区改造的答复', number })).toBe(true);
    expect(reference?.matches({ title: '关于老旧小区改造的答复', number: '许建政协〔2020〕14号' })).toBe(false);
    expect(namesDocumentNumber('许建政协【2020】第13号规定每台补多少')).toBe(true);
  });

  it('keeps a line holding only a 文号 apart from the title above it and the salutation below', () => {
    const title = '关于进一步加快推进城镇老旧小区改造工作中加装电梯补助资金申请和拨付有关问题的答复';
    const sentences = splitSentences(`${title}\n许建政协【2020】第13号\n各位委员：`).map((s) => s.text);
    expect(sentences).toContain('许建政协【2020】第13号');
  });

  it('reads a class asked of a document named with 【】 or （）, and a 文号 line alone as form, as every other 文号', () => {
    expect(asksHandlingResult('许建政协【2020】第13号属于哪一类')).toBe(true);
    expect(asksHandlingResult('许建政协（2020）13号是哪一类')).toBe(true);
    expect(asksHandlingResult('2020年第13号公告是哪一类')).toBe(false);
    expect(BOILERPLATE.test('许建政协【2020】第13号')).toBe(true);
    expect(BOILERPLATE.test('按许建政协〔2020〕13号执行每台补助10万元。')).toBe(false);
  });
});
