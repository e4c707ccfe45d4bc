// "临川和安平城西区，装一台电梯的补助哪个高", "…城西区和我们市比谁高": the library's own city (bureau.yml) is a side
// however the asker names it — bare, without 市, or as 我们市 — and each side is asked its own figure, so both are
// answered and cited instead of "没有找到临川的相关内容" or one side's figure alone.
import { describe, expect, it } from 'vitest';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import type { Answer, Citation } from '../src/types.js';
import { withOwnCityNamed } from '../src/text/index.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const RULES = policyFile('临川市既有住宅加装电梯补助办法', '临川市住房和城乡建设局', [
  '第八条 对完成加装并通过竣工验收的电梯，市、区财政按照每台15万元给予补助。',
  '第九条 改造小区物业服务覆盖率应当达到68%以上。',
]);

const NEWS = policyFile('城西区老旧小区改造见闻', '安平日报', [
  '记者从安平市城西区住建局了解到，2023年全区改造老旧小区52个。',
  '在加装电梯方面，城西区对每台电梯补助12万元，截至9月底累计加装94台。',
  '据介绍，城西区改造后的小区物业服务覆盖率达到89%。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_banfa.txt': RULES, 'anping_news.txt': NEWS } });

describe('the library’s own city as a comparison side', () => {
  it('names the city as its documents do, however the asker says it', () => {
    expect(withOwnCityNamed('临川和安平城西区哪个高', '临川市')).toBe('临川市和安平城西区哪个高');
    expect(withOwnCityNamed('城西区和我们市比谁高', '临川市')).toBe('城西区和临川市比谁高');
    expect(withOwnCityNamed('临川市和临川路', '临川市')).toBe('临川市和临川路');
    expect(withOwnCityNamed('我市场监管', '临川市')).toBe('我市场监管');
    expect(withOwnCityNamed('临川和安平', undefined)).toBe('临川和安平');
  });

  it('asks each side its own figure instead of the weighing', () => {
    const sides = comparisonSides('临川和安平城西区，装一台电梯的补助哪个高', '临川市');
    expect(sides?.questions[0]).toBe('临川市，装一台电梯的补助是多少');
    const weighed = comparisonSides('改造小区的物业覆盖率，城西区和我们市比谁高', '临川市');
    expect(weighed?.questions).toEqual(['城西区改造小区的物业覆盖率是多少？', '临川市改造小区的物业覆盖率是多少？']);
  });

  it('answers both sides, each cited', async () => {
    const a = await t.ask('临川和安平城西区，装一台电梯的补助哪个高');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('15万元');
    expect(a.answer).toContain('12万元');
    const b = await t.ask('改造小区的物业覆盖率，城西区和我们市比谁高');
    expect(b.answered).toBe(true);
    expect(b.answer).toContain('89%');
    expect(b.answer).toContain('68%');
  });
});

describe('the own city referred to as 我们这里 or a bare 我们 standing as a side', () => {
  it('names the city for 我们这里 anywhere, and for a bare 我们 only as a comparison side', () => {
    expect(withOwnCityNamed('城西区和我们这里比哪个高', '临川市')).toBe('城西区和临川市比哪个高');
    expect(withOwnCityNamed('城西区几个工作日，我们现在几个工作日', '临川市')).toBe('城西区几个工作日，我们现在几个工作日');
    expect(withOwnCityNamed('城西区几个工作日，我们现在几个工作日', '临川市', { asSide: true })).toBe('城西区几个工作日，临川市现在几个工作日');
    expect(withOwnCityNamed('城西区和我们比哪个高', '临川市', { asSide: true })).toBe('城西区和临川市比哪个高');
    // "我们小区", "我们家" are the asker's own estate or home, no side.
    expect(withOwnCityNamed('城西区的补助，我们小区能拿吗', '临川市', { asSide: true })).toBe('城西区的补助，我们小区能拿吗');
    // Nor "我们这个小区", "我们几栋楼", "我们这个区": parts of the city.
    expect(withOwnCityNamed('我们这个小区的物业费和城西区比哪个高', '临川市', { asSide: true })).toBe('我们这个小区的物业费和城西区比哪个高');
    expect(withOwnCityNamed('我们几栋楼和城西区比谁先装电梯', '临川市', { asSide: true })).toBe('我们几栋楼和城西区比谁先装电梯');
    expect(withOwnCityNamed('城西区和我们这个区比哪个快', '临川市', { asSide: true })).toBe('城西区和我们这个区比哪个快');
    expect(withOwnCityNamed('城西区补多少，我们这次能补多少', '临川市', { asSide: true })).toBe('城西区补多少，临川市这次能补多少');
  });

  it('asks each clause of its own place, the second not of the first clause’s place', () => {
    const sides = comparisonSides('装电梯的补助，城西区每台补多少，我们这里每台补多少', '临川市');
    expect(sides?.questions[1]).not.toContain('城西');
    expect(sides?.places[0]).toContain('城西');
    expect(sides?.places[1]).toContain('临川');
  });

  it('answers both clauses, each from its own place', async () => {
    const a = await t.ask('装电梯的补助，城西区每台补多少，我们这里每台补多少');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('15万元');
    expect(a.answer).toContain('12万元');
  });
});

describe('two sides quoting one caption', () => {
  const citation = (n: number): Citation => ({ n, docId: 'visit', title: '城西区与临川市加装电梯指标对比', number: null, section: '二、指标对比', quote: '两市主要指标对比如下。', chunkId: 'visit#2' });
  const answer = (text: string): Answer => ({ question: '', answered: true, answer: text, citations: [citation(1)], retrieved: [], engine: { name: 'offline', embeddings: 'none' } }) as unknown as Answer;
  const compared = { sides: ['城西区', '临川市'] as [string, string], questions: ['', ''] as [string, string], places: [['城西'], ['临川']] as [string[], string[]], question: '城西区和临川市每台电梯各补多少' };

  it('gives each side its own row when the rows differ', () => {
    const combined = combineSides(compared, [answer('两市主要指标对比如下：城西区：每台补助12万元[1]'), answer('两市主要指标对比如下：临川市：每台补助15万元[1]')]);
    expect(combined?.answered).toBe(true);
    expect(combined?.answer).toContain('12万元');
    expect(combined?.answer).toContain('15万元');
  });

  it('gives one answer once when both sides say the same', () => {
    const same = '城西区每台补助12万元，临川市每台补助15万元[1]';
    expect(combineSides(compared, [answer(same), answer(same)])?.answer).toBe(same);
  });
});
