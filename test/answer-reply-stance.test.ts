// "…号对物业费那条建议是什么态度": a reply's stance on a proposal is asked — the sentence saying whether it is taken up
// ("该建议暂不予采纳"), which the library writes as 采纳. 态度 is no topic the library lacks, and the stance needs no
// money word even when the proposal was about money.
import { describe, expect, it } from 'vitest';
import { questionTypeOf } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '关于市人大五次会议第0102号建议的答复', kind: 'reply', number: '云住建议复〔2025〕15号' }, `关于市人大五次会议第0102号建议的答复
云住建议复〔2025〕15号

邸春阳代表：
您提出的《关于由政府承担老旧小区改造后三年物业费的建议》收悉。经认真研究，该建议暂不予采纳，理由如下：
一、居民自行缴纳物业费是普遍做法，由财政承担部分小区的物业费，会造成新的不公平。
二、外地有国有物业企业托管的做法，但托管费仍由居民承担，财政不予补贴物业费。
三、下一步，我局将推动改造后小区长效管理，指导街道在竣工验收后3个月内明确管理模式。
`);

const library = testLibrary({ files: { 'yl_rd_0102.txt': REPLY } }, { timeout: 120_000 });

describe('a reply\'s stance asked', () => {
  it('answers with the sentence saying whether the proposal is taken up', async () => {
    const a = await library.ask('云住建议复〔2025〕15号对物业费那条建议是什么态度');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('该建议暂不予采纳');
  });

  it('reads the stance as the question type', () => {
    expect(questionTypeOf('对那条建议是什么态度')?.name).toBe('态度');
    expect(questionTypeOf('物业人员服务态度差怎么投诉')?.name).not.toBe('态度');
  });
});
