// "我家那楼零三年盖的，这回改造有我们份没？": a resident asks whether a building of a given year qualifies. The year said by
// its last two digits is read in full, the building's year is a condition the rule's range covers (not a year of data
// the answer must state), and an FAQ's own question line that matches best is answered by the lines after it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { plainQuestionWording } from '../src/text/spokenFrames.js';
import { builtYears } from '../src/text/numerals.js';
import { testLibrary } from './support/library.js';

const FAQ = [
  '---',
  'title: 城镇老旧小区改造政策问答',
  'issuer: 东川市住房和城乡建设局',
  'kind: policy',
  '---',
  '城镇老旧小区改造政策问答',
  '',
  '问一：我家楼是2004年建成的，能纳入老旧小区改造吗？',
  '答：我市重点改造2000年底前建成的小区。2000年底后至2006年底前建成、存在严重安全隐患的小区，经区人民政府认定后也可以纳入。',
  '',
  '问二：加装电梯政府补助多少钱？',
  '答：每台电梯补助10万元。',
  '',
].join('\n');

const PLAN = [
  '---',
  'title: 东川市城镇老旧小区改造实施方案',
  'issuer: 东川市人民政府办公室',
  'kind: policy',
  '---',
  '东川市城镇老旧小区改造实施方案',
  '',
  '一、改造范围',
  '改造对象为城市建成年代较早、失养失修失管、市政配套设施不完善的住宅小区。',
  '二、工作目标',
  '2023年全市建成完整社区试点5个，改造老旧小区60个。',
  '',
].join('\n');

const t = testLibrary({ files: { 'dongchuan_faq.txt': FAQ, 'dongchuan_fangan.txt': PLAN } });

describe('whether a building of a given year qualifies', () => {
  it('reads a year said by its last two digits in full, but not "七八年" or "三年"', () => {
    expect(plainQuestionWording('我家那楼零三年盖的')).toBe('我家那楼2003年盖的');
    expect(plainQuestionWording('九八年的楼')).toBe('1998年的楼');
    expect(plainQuestionWording('等了七八年')).toBe('等了七八年');
    expect(plainQuestionWording('三年行动方案')).toBe('三年行动方案');
  });

  it('reads a number of years framed as a length of time as a length, not a year', () => {
    expect(plainQuestionWording('住宅70年产权到期了怎么办？')).toBe('住宅70年产权到期了怎么办？');
    expect(plainQuestionWording('房龄超过60年的老楼能纳入改造吗？')).toBe('房龄超过60年的老楼能纳入改造吗？');
    expect(plainQuestionWording('这栋楼建成60年了还能改造吗？')).toBe('这栋楼建成60年了还能改造吗？');
    expect(plainQuestionWording('我们楼是04年盖的')).toBe('我们楼是2004年盖的');
  });

  it("tells a building's year from a year something was finished in", () => {
    expect(builtYears('我家楼是2002年盖的')).toEqual(['2002']);
    expect(builtYears('2003年建成的小区能改吗')).toEqual(['2003']);
    expect(builtYears('2023年建成了几个完整社区试点？')).toEqual([]);
    expect(builtYears('老旧小区改造项目2023年竣工的有多少个？')).toEqual([]);
  });

  it('answers with the rule for the years the building falls in, not the FAQ question line alone', async () => {
    const a = await answerQuestion(t.services, '我家那楼零三年盖的，这回改造能轮上不？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2006年底前');
  });

  it('still asks a year of the data when the year is when something was finished', async () => {
    const a = await answerQuestion(t.services, '2024年建成了几个完整社区试点？');
    expect(a.answered).toBe(false);
  });
});

describe("an FAQ's question line that asks two things", () => {
  const faq = [
    '---',
    'title: 老旧小区改造常见问题解答',
    'issuer: 西川市住房和城乡建设局',
    'kind: policy',
    '---',
    '老旧小区改造常见问题解答',
    '',
    '问一：我家楼是2003年建成的，能纳入老旧小区改造吗？要满足什么条件？',
    '答：2005年底前建成、基础设施老化的住宅小区均可申报，须经三分之二以上业主同意。',
    '',
    '问二：改造期间物业费怎么收？',
    '答：改造期间物业费照常收取。',
    '',
  ].join('\n');
  const library = testLibrary({ files: { 'xichuan_faq.txt': faq } });

  it('is answered by the lines after both questions, not by the question line alone', async () => {
    const a = await answerQuestion(library.services, '我家楼是2003年建成的，能纳入老旧小区改造吗？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('2005年底前');
  });
});

describe('a span of years the buildings asked about were built in', () => {
  const rules = [
    '---',
    'title: 南川市城镇老旧小区改造工作要点',
    'issuer: 南川市住房和城乡建设局',
    'kind: policy',
    '---',
    '南川市城镇老旧小区改造工作要点',
    '',
    '一、改造范围',
    '2000年底前建成的小区优先纳入改造。2001年至2005年底建成的小区纳入改造，数量不得超过年度任务的10%。',
    '二、2025年目标',
    '2025年全市计划改造城镇老旧小区80个。',
    '',
  ].join('\n');
  const library = testLibrary({ files: { 'nanchuan_yaodian.txt': rules } });

  it('reads both years of "2001到2005年建成的" as the buildings\' age, not years of data', () => {
    expect(builtYears('2001到2005年建成的小区纳入改造的比例上限是多少')).toEqual(['2001', '2005']);
    expect(builtYears('全市2006年至2010年建成的小区有多少个')).toEqual(['2006', '2010']);
    expect(builtYears('2019年至2022年全市累计改造多少个')).toEqual([]);
  });

  it('answers the rule for buildings of that span instead of refusing for want of a 2001 figure', async () => {
    const a = await answerQuestion(library.services, '2001到2005年建成的小区纳入改造的比例上限是多少');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('不得超过年度任务的10%');
  });
});
