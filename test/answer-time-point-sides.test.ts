// "高新区2023年和2024年改造的小区数一样吗", "开工率，6月底和7月底分别是多少": two years or months are two sides, split as
// places are. Each side is answered only by a sentence stating its own year or month, so one year's sentence no longer
// answers both, and with neither stated the answer says so instead of quoting one sentence as the whole.
import { describe, expect, it } from 'vitest';
import { comparisonSides } from '../src/answer/comparison.js';
import { statesTimePoint } from '../src/text/index.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const SUMMARY = policyFile('临川市城镇老旧小区改造工作总结', '临川市住房和城乡建设局', [
  '一、完成情况 2023年城东区改造老旧小区12个，惠及居民1800户。',
  '二、下一步 2024年城东区改造老旧小区18个，惠及居民2600户，均已完工。',
]);

const PROGRESS = policyFile('临川市老旧小区改造开工进度督办通报', '临川市住房和城乡建设局', [
  '一、总体情况 全市老旧小区改造项目开工率为百分之八十二，城北区开工率为百分之六十。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'summary.txt': SUMMARY, 'progress.txt': PROGRESS } });

describe('two years or months as the sides of a question', () => {
  it('splits a year or month pair into one question per side', () => {
    expect(comparisonSides('城东区2023年和2024年改造的小区数一样吗？', '临川市')?.questions).toEqual(['城东区2023年改造的小区数是多少', '城东区2024年改造的小区数是多少']);
    expect(comparisonSides('城北区的开工率，6月底和7月底分别是多少', '临川市')?.questions).toEqual(['城北区的开工率，6月底是多少', '城北区的开工率，7月底是多少']);
    // A sum over both years asks one figure.
    expect(comparisonSides('2023年和2024年一共改造了多少个小区', '临川市')).toBeUndefined();
  });

  it('splits a place carrying its year from the place after it', () => {
    expect(comparisonSides('居民出资占总投资的比例，淮北2024年和东营各是多少')?.sides).toEqual(['淮北2024年', '东营']);
  });

  it('reads a half-year report as the figure at the end of June', () => {
    expect(statesTimePoint('上半年全市开工率31.6%', '6月底')).toBe(true);
    expect(statesTimePoint('截至7月底开工率58%', '6月底')).toBe(false);
    expect(statesTimePoint('2024年改造18个', '2023年')).toBe(false);
  });

  it('answers each year from its own sentence, both cited', async () => {
    const a = await t.ask('城东区2023年和2024年改造的小区数一样吗？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2023年：');
    expect(a.answer).toContain('12个');
    expect(a.answer).toContain('2024年：');
    expect(a.answer).toContain('18个');
    expect(a.citations).toHaveLength(2);
  });

  it('refuses rather than give one undated figure for both months', async () => {
    const a = await t.ask('城北区的开工率，6月底和7月底分别是多少');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('6月底和7月底');
    expect(a.answer).not.toContain('百分之六十');
  });
});

describe('two years asked alike of something not a figure', () => {
  it('does not turn a change of procedure into a figure asked of each year', () => {
    for (const q of ['审批流程2023年和2024年有没有变化？', '加装电梯的审批流程2023年和2024年一样吗？']) {
      expect(comparisonSides(q, '临川市')?.questions.some((x) => x.includes('是多少')) ?? false, q).toBe(false);
    }
    expect(comparisonSides('补助标准2023年和2024年有没有变化？', '临川市')?.questions).toEqual(['补助标准2023年是多少', '补助标准2024年是多少']);
  });
});
