// Text as people paste it: questions and proposals in traditional characters, figures typed or copied in full width
// (０．５元, ３０％). Every stage reads them as it reads simplified text with ASCII figures (src/text readingForm).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { checkIsProposal, draftReply } from '../src/draft/index.js';
import { foldFullWidth, readingForm } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const FEES = libraryDocument({ title: '东湖县老旧小区物业服务收费指导意见', issuer: '东湖县住房和城乡建设局' }, `东湖县老旧小区物业服务收费指导意见

一、收费标准
改造后的老旧小区实行准物业管理，物业服务费标准为每月每平方米０．５元，由县发展改革部门核定。
二、资金来源
改造资金由县财政承担３０％，其余由省级补助资金解决。
`);
const FUNDING = libraryDocument({ title: '东湖县老旧小区改造资金筹措办法', issuer: '东湖县住房和城乡建设局' }, `东湖县老旧小区改造资金筹措办法

一、筹措渠道
改造资金通过财政奖补、居民出资和社会资本参与三种渠道筹措，居民出资部分可使用住宅专项维修资金。
`);

const TRADITIONAL_PROPOSAL = `關於加快推進老舊小區改造的提案

提案人：張華、劉芳

我市老舊小區普遍存在設施老化、管網破損、缺少停車位等問題。為此建議：
一、加大財政資金投入，擴大改造範圍。
二、完善停車設施，增設停車位。
三、建立長效管理機制，引入物業服務。
`;

describe('the reading form', () => {
  it('folds full-width figures one for one and leaves Chinese punctuation', () => {
    expect(foldFullWidth('每平方米０．５元，占３０％（Ａ类）。')).toBe('每平方米0.5元，占30%（A类）。');
    expect(readingForm('老舊小區改造資金')).toBe('老旧小区改造资金');
    expect(readingForm('二．完善設施')).toHaveLength('二．完善設施'.length);
  });
});

describe('asking and drafting in the form people paste', () => {
  const t = testLibrary({ files: { 'fees.txt': FEES, 'funding.txt': FUNDING } }, { timeout: 60_000 });

  it('a figure written in full width in a document answers a how-much question', async () => {
    const a = await answerQuestion(t.services, '东湖县老旧小区物业服务费标准是多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('0.5元');
    expect(a.citations[0].docId).toBe('fees');
    const share = await answerQuestion(t.services, '东湖县财政承担改造资金的比例是多少？');
    expect(share.answer).toContain('30%');
  });

  it('a proposal in traditional characters is parsed: its title, both proposers and its three suggestions', async () => {
    expect(checkIsProposal(TRADITIONAL_PROPOSAL).ok).toBe(true);
    const result = await draftReply(t.services, { text: TRADITIONAL_PROPOSAL });
    expect(result.meta.title).toBe('关于加快推进老旧小区改造的提案');
    expect(result.meta.proposers).toEqual(['张华', '刘芳']);
    expect(result.suggestions.map((s) => s.topic)).toEqual(['加大财政资金投入，扩大改造范围', '完善停车设施，增设停车位', '建立长效管理机制，引入物业服务']);
  });
});

describe('a question in traditional characters, on the shipped library', () => {
  const t = testLibrary({}, { timeout: 60_000 });

  it('is answered as the same question in simplified characters, and echoed as asked', async () => {
    for (const [traditional, simplified] of [
      ['許昌的老舊小區改造資金是怎麼籌措的？', '许昌的老旧小区改造资金是怎么筹措的？'],
      ['什麼是城鎮老舊小區？', '什么是城镇老旧小区？'],
    ]) {
      const a = await answerQuestion(t.services, traditional);
      const b = await answerQuestion(t.services, simplified);
      expect(b.answered).toBe(true);
      expect(a.answered).toBe(true);
      expect(a.answer).toBe(b.answer);
      expect(a.question).toBe(traditional);
    }
  });
});
