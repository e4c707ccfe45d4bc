// A count of people is asked in whatever measure word the asker uses ("得几个人", "居民代表至少几个") and stated in the
// documents' own ("不少于5名", "不少于三名"): the check after the answer reads either as a count of people, so such a
// question is answered with the rule instead of refused for want of a figure "个".
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { askedFigure, statesFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';

const RULES = [
  '---',
  'title: 东江市城镇老旧小区改造管理办法',
  'issuer: 东江市人民政府办公室',
  'kind: policy',
  '---',
  '第十条 每个改造项目应当成立居民议事小组，议事小组成员不少于7名，由社区居民委员会推荐。',
  '第十一条 改造工程竣工后，建设单位应当组织设计、施工、监理单位和居民代表共同验收，居民代表不少于三名。',
  '第十二条 改造方案应当在小区公示，公示期满后3个月内开工。',
  '',
].join('\n');

const t = testLibrary({ files: { 'dongjiang_banfa.txt': RULES } });

describe('a count of people asked', () => {
  it('is stated with 名, 人 or 位, whichever measure word the question used', () => {
    expect(statesFigure('居民代表不少于三名', askedFigure('居民代表至少几个？'))).toBe(true);
    expect(statesFigure('议事小组成员不少于7名', askedFigure('议事小组得几个人？'))).toBe(true);
    expect(statesFigure('每组5人以上', askedFigure('需要几个监督员？'))).toBe(true);
    // Another count of 个 is not a count of people.
    expect(statesFigure('公示期满后3个月内开工', askedFigure('居民代表至少几个？'))).toBe(false);
  });

  it('a body counted as one, or who is asked, is no count of people', () => {
    expect(statesFigure('成立3个委员会', askedFigure('成立了几个委员会？'))).toBe(true);
    expect(statesFigure('委员不少于5名', askedFigure('成立了几个委员会？'))).toBe(false);
    expect(statesFigure('设立2个服务窗口', askedFigure('哪几个窗口可以办理？'))).toBe(true);
    expect(statesFigure('共成立业主委员会42个', askedFigure('业主委员会成立了多少个？'))).toBe(true);
    expect(statesFigure('成员单位共15个', askedFigure('成员单位有几个？'))).toBe(true);
  });

  it('a headcount asked in 人 is still answered by a figure in 万人', () => {
    expect(statesFigure('惠及居民3.2万人', askedFigure('2024年老旧小区改造惠及多少人？'))).toBe(true);
    expect(statesFigure('惠及居民1.5万余人', askedFigure('居民代表得几个人？'))).toBe(true);
  });

  it('asked how many residents sit on the acceptance, the answer gives the rule', async () => {
    const a = await answerQuestion(t.services, '东江改造工程竣工验收，居民代表至少要几个？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('居民代表不少于三名');
  });

  it('asked in everyday words how many people the residents\' group needs, the answer gives the rule', async () => {
    const a = await answerQuestion(t.services, '东江改造要成立居民议事小组，得几个人？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不少于7名');
  });
});
