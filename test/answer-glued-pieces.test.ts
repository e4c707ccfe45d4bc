// A word the tokenizer guessed by gluing single characters ('楼里' of 楼里要几成, '稿里' of 征求意见稿里) is no word of
// the language: neither a topic the library lacks (the gate) nor a term a passage must hold (the offline coverage). Two
// such guesses side by side ('省住' + '建厅') are a name the dictionary lacks, cut apart: the question is read as it was.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { gluedWords } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const library = testLibrary({
  files: {
    'yl_banfa.txt': libraryDocument({ title: '云岭市城镇老旧小区改造管理办法', kind: 'policy' }, `云岭市城镇老旧小区改造管理办法

第五条 改造内容分为基础类、完善类和提升类。
第六条 项目申报应当经小区居民充分协商，同意改造的户数应当达到小区总户数的三分之二以上。
第七条 改造项目应当在开工前公示，公示期不少于7日。
第十一条 每年11月1日至次年3月15日为冬季停工期，各地应当科学安排工期。
`),
  },
});

describe('a word the tokenizer glued from single characters', () => {
  it('is read as its characters, not as a word', () => {
    expect([...gluedWords('楼里要几成住户点头才能报上去？')]).toEqual(['楼里']);
    expect([...gluedWords('省住建厅对冬季停工期是怎么规定的？')]).toEqual([]);
  });

  it('does not keep a spoken question from its answer', async () => {
    const a = await answerQuestion(library.services, '楼里要几成住户点头才能报上去？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('三分之二以上');
  });

  it('leaves a name cut apart unknown: a province body the library never names is not answered for', async () => {
    const a = await answerQuestion(library.services, '省住建厅对冬季停工期是怎么规定的？');
    expect(a.answered).toBe(false);
  });
});
