// "…补助2032年还有吗" asks whether a rule goes on into a year. The text's own word on that year ("2032年度是否继续执行视
// 财力情况另行研究") answers it, though it leaves the matter open; a vaguer "以后还补吗" stays refused
// (answer-still-worked-out.test.ts). Such a question asks no figure, so the level it names (县级) is vouched by the
// sentence naming it, not only by the sentences stating a figure.
import { describe, expect, it } from 'vitest';
import { yearAskedGoingOn } from '../src/text/inForce.js';
import { libraryDocument, testLibrary } from './support/library.js';

const NOTICE = libraryDocument({ title: '云溪县城镇老旧小区改造县级奖补的通知', issuer: '云溪县人民政府办公室' }, `云溪县城镇老旧小区改造县级奖补的通知

一、奖补标准
（一）基础类改造在市级补助基础上，县级再补助每平方米15元。
（二）本通知的县级奖补只适用于2031年度改造项目，2032年度是否继续执行视县级财力情况另行研究。
`);

const BRIEFING = libraryDocument({ title: '石桥市老旧小区改造工作简报', issuer: '石桥市老旧小区改造工作专班' }, `石桥市老旧小区改造工作简报

【政策落实】
经市人民政府常务会议研究，2031年我市在南岭市级补助的基础上，对加装电梯每台再补助1万元，所需资金由石桥市本级财政承担。上述县级补助仅适用于2031年度计划项目，2032年及以后年度是否继续补助视财力情况另行研究。
`);

const library = testLibrary({ files: { 'yx_tongzhi.txt': NOTICE, 'sq_jianbao.txt': BRIEFING } }, { timeout: 120_000 });

describe('whether a rule goes on into a year', () => {
  it('reads the year a question asks a rule to go on into', () => {
    expect(yearAskedGoingOn('云溪县的县级奖补2032年还有吗')).toBe('2032');
    expect(yearAskedGoingOn('这个标准到2032年还有效吗？')).toBe('2032');
    expect(yearAskedGoingOn('2032年计划改造多少个小区？')).toBeUndefined();
    expect(yearAskedGoingOn('加装电梯每台再补的3万元以后还补吗')).toBeUndefined();
  });

  it('answers with the text\'s word on the year asked, though it leaves the matter to be studied', async () => {
    const a = await library.ask('云溪县的县级奖补2032年还有吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2032年度是否继续执行视县级财力情况另行研究');
  });

  it('takes the level asked from the sentence naming it when no figure is asked', async () => {
    const a = await library.ask('石桥的县级补助2032年还有吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('视财力情况另行研究');
  });
});
