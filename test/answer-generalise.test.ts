// Rules that carry over to questions nobody tuned for (issue #10, parts 4 and 5), on a small library written for this
// test: a colloquial verb does not refuse a question the library answers, and an answer's sentence must speak of the
// year and level asked.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { comparisonSides } from '../src/answer/comparison.js';
import { answerMismatches, analyzeQuestion, assessEvidence } from '../src/grounding/evidenceGate.js';
import { issuerPlaces } from '../src/text/index.js';
import { libraryDocument, qingyangReply, testLibrary } from './support/library.js';

const REPLY = qingyangReply(`一、关于加快改造进度的建议
2019年，青阳市完成老旧小区改造35个，涉及居民4200户。2020年，青阳市完成老旧小区改造42个，涉及居民5100户。2021年起，青阳市将加装电梯纳入改造内容，全省推广青阳做法。

二、关于缓解停车难的建议
青阳市结合道路改造，在老旧小区周边新增停车位800个，车辆可停放在新建的小区周边停车场。

三、关于物业管理的建议
改造完成后，由街道办事处指导小区成立业主委员会，选聘物业服务企业实施长效管理。

四、关于加装电梯的建议
对既有住宅加装电梯，每台给予财政补贴10万元，由业主自愿申请。
`);

const SUMMARY = libraryDocument({ title: '老旧小区改造工作总结', issuer: '白河县住房和城乡建设局' }, `老旧小区改造工作总结

2020年，全县改造老旧小区建筑面积12万平方米，惠及居民3000户。改造后的小区由白河城投物业管理有限公司实施物业管理。
`);

const offline = testLibrary({
  files: {
    'qingyang_reply.txt': REPLY,
    'baihe_summary.txt': SUMMARY,
  },
});

describe('colloquial wording', () => {
  it('answers a question whose only unknown words are glued verbs ("停到", "改完"), not naming them as missing', async () => {
    for (const q of ['车能停到小区周边吗？', '小区改完谁管？']) {
      const a = await answerQuestion(offline.services, q);
      expect(a.answer, q).not.toMatch(/没有[^。]*(?:停到|改完)/u);
      expect(a.answered, q).toBe(true);
    }
  });

  it('does not name place words, idioms or spoken nouns whose root the documents use as missing topics', () => {
    const stats = { docFrequency: (t: string) => ({ 燃气: 3, 电梯: 4, 出资: 2 })[t] ?? 0, totalChunks: 50 };
    const context = '燃气管道老化的，由燃气企业出资更换。加装电梯由业主协商。';
    expect(analyzeQuestion('燃气管子老了换管子钱谁出？', stats, {}, undefined, context).unknown).toEqual([]);
    expect(analyzeQuestion('楼下不同意装电梯咋整？', stats, {}, undefined, context).unknown).toEqual([]);
    // A noun the library lacks whose root it does not use either is still missing.
    expect(analyzeQuestion('燃气表的本子丢了怎么办？', stats, {}, undefined, context).unknown).toContain('本子');
  });

  it('still refuses a line that holds no dictionary word the library uses, only glued verbs', async () => {
    const stats = { docFrequency: (t: string) => ({ 小区: 20, 改造: 30, 停车: 5 })[t] ?? 0, totalChunks: 50 };
    const passage = [{ text: '青阳市结合道路改造，在老旧小区周边新增停车位800个。' }];
    for (const q of ['改完停到', '停到改完了吗']) expect(assessEvidence(analyzeQuestion(q, stats), passage).pass, q).toBe(false);
    expect(assessEvidence(analyzeQuestion('小区改完停到哪？', stats), passage).pass).toBe(true);
  });
});

describe('near misses: the answering sentence must agree with the year and level asked', () => {
  it('refuses a year the passage mentions only in passing, quoting the figures the library holds', async () => {
    const a = await answerQuestion(offline.services, '青阳市2021年完成老旧小区改造多少个？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有2021年/u);
    expect(a.answer).toMatch(/只有[^：]*2020/u);
    expect(a.citations).toHaveLength(1);
  });

  it('refuses a provincial total answered with a city figure, saying what the library holds', async () => {
    const a = await answerQuestion(offline.services, '全省完成老旧小区改造多少个？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有省级层面/u);
  });

  it('refuses a figure of another place, which only its document\'s issuer names, saying whose it is', async () => {
    const a = await answerQuestion(offline.services, '青阳老旧小区改造建筑面积多少平方米？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有青阳在这方面的内容[^。]*。文件中相近的内容是白河的：[^[]*12万平方米/u);
    expect(a.citations).toHaveLength(1);
    const own = await answerQuestion(offline.services, '白河县老旧小区改造建筑面积多少平方米？');
    expect(own.answered).toBe(true);
    expect(own.answer).toContain('12万平方米');
  });

  it('reads the places an issuer line names, without suffix or ethnic group', () => {
    expect(issuerPlaces('清原满族自治县住房和城乡建设局 辽宁省抚顺市清原县')).toEqual(['清原', '辽宁', '抚顺']);
    expect(issuerPlaces('重庆市北碚区城市管理局')).toEqual(['重庆', '北碚']);
    expect(issuerPlaces('中国政府网')).toEqual([]);
  });

  it('refuses a which-company question whose answering sentence names no company, and answers one that does', async () => {
    const none = await answerQuestion(offline.services, '青阳选聘的是哪家物业服务企业？');
    expect(none.answered).toBe(false);
    const named = await answerQuestion(offline.services, '白河县改造后的小区是哪家公司做物业管理？');
    expect(named.answered).toBe(true);
    expect(named.answer).toContain('白河城投物业管理有限公司');
  });

  it('refuses a cost answered with a subsidy, saying the library only holds the subsidy', async () => {
    const a = await answerQuestion(offline.services, '青阳加装一台电梯要花多少钱？');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/没有关于费用的数据[^。]*。文件中只有补助的数据：[^[]*10万元/u);
    const subsidy = await answerQuestion(offline.services, '青阳加装一台电梯补贴多少钱？');
    expect(subsidy.answered).toBe(true);
    expect(subsidy.answer).toContain('10万元');
  });

  it('answers the year the library holds', async () => {
    const a = await answerQuestion(offline.services, '青阳市2020年完成老旧小区改造多少个？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('42个');
  });

  it('takes another district or year named in the answering sentence as a mismatch, one naming none as agreeing', () => {
    const analysis = analyzeQuestion('东安区2022年改造了多少个小区？');
    const sentence = (quote: string) => [{ quote, title: '牡丹江市老旧小区改造实施方案', section: '' }];
    expect(answerMismatches(analysis, sentence('2022年，爱民区改造小区5个。')).map((m) => m.kind)).toEqual(['place']);
    expect(answerMismatches(analysis, sentence('2021年，东安区改造小区7个。'))).toMatchObject([{ kind: 'year', asked: '2022', found: ['2021'] }]);
    expect(answerMismatches(analysis, sentence('2022年，东安区改造小区7个。'))).toEqual([]);
    expect(answerMismatches(analysis, sentence('改造小区7个。'))).toEqual([]);
  });

  it('does not take a year bounding what is left for later ("2025年后分批实施") as the year asked, unless the question bounds by it too', () => {
    const sentence = (quote: string) => [{ quote, title: '东安区老旧小区改造三年行动方案（2022—2024年）', section: '' }];
    const later = sentence('2022年至2024年，全区改造老旧小区27个。剩余小区在2025年后分批实施。');
    expect(answerMismatches(analyzeQuestion('东安区2025年打算改造多少个小区？'), later)).toMatchObject([{ kind: 'year', asked: '2025' }]);
    expect(answerMismatches(analyzeQuestion('放宽到2005年底的小区能占多少？'), sentence('改造范围可适度放宽至2005年底以前小区，不得超过15%。'))).toEqual([]);
  });
});

describe('comparisons of two places', () => {
  it('asks the rest of the question of each place joined at its start, with or without 各', () => {
    expect(comparisonSides('绵阳和德阳加装电梯时一楼住户要不要出钱？')?.questions).toEqual(['绵阳加装电梯时一楼住户要不要出钱？', '德阳加装电梯时一楼住户要不要出钱？']);
    expect(comparisonSides('德阳和绵阳加装电梯提取公积金各有什么限制？')?.sides).toEqual(['德阳', '绵阳']);
    expect(comparisonSides('老旧小区和新建小区的物业费一样吗？')).toBeUndefined();
  });
});
