// "西秀区楼道灯的电费是谁出的，跟我们汉中的规定一样吗", "茂南区对…一次性奖补，海口现在也有吗": what is asked of one
// place, then whether another place does the same. Both places are asked and answered, each from its own sentences;
// a side led by a sentence about the other place is that place's fact, so the answer says which side the library lacks.
import { describe, expect, it } from 'vitest';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import type { Answer } from '../src/types.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const OWN = policyFile('临川市老旧小区改造后长效管理办法', '临川市住房和城乡建设局', ['第九条 楼道照明等公共设施的电费，从小区公共收益中列支。']);

const OTHER = policyFile('城西区老旧小区改造见闻', '安平日报', [
  '城西区把楼道照明作为改造必改项目，2023年更换楼道灯6800盏，电费由小区公共收益列支。',
  '城西区对改造后引入物业服务的小区，按每个小区一次性奖补5万元。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_rules.txt': OWN, 'chengxi_news.txt': OTHER } });

describe('one place asked, then whether another does the same', () => {
  it('asks the first clause of each place', () => {
    expect(comparisonSides('城西区楼道灯的电费是谁出的，跟我们临川的规定一样吗', '临川市')?.questions).toEqual(['城西区楼道灯的电费是谁出的？', '临川市楼道灯的电费是谁出的？']);
    expect(comparisonSides('城西区对引入物业的小区一次性奖补，临川现在也有吗？', '临川市')?.sides).toEqual(['城西区', '临川市']);
  });

  it('answers both places, each cited', async () => {
    const a = await t.ask('城西区楼道灯的电费是谁出的，跟我们临川的规定一样吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('电费由小区公共收益列支');
    expect(a.answer).toContain('从小区公共收益中列支');
  });

  it('does not give the other place’s sentence as the own place’s answer', () => {
    const compared = comparisonSides('城西区对引入物业的小区一次性奖补，临川现在也有吗？', '临川市')!;
    const quote = '城西区对改造后引入物业服务的小区，按每个小区一次性奖补5万元。';
    const side = (docId: string, title: string): Answer => ({
      question: '',
      answered: true,
      answer: `${quote}[1]`,
      citations: [{ n: 1, docId, title, number: null, section: '', quote, chunkId: `${docId}#0` }],
      retrieved: [],
      engine: { llm: 'offline', embeddings: 'none' },
    });
    // The own city's reply quotes the other place's measure: written by the own bureau, it is still the other's fact.
    const origins: Record<string, string> = { news: '安平日报', reply: '临川市住房和城乡建设局' };
    const combined = combineSides(compared, [side('news', '城西区老旧小区改造见闻'), side('reply', '对市人大第5号建议的答复')], (id) => origins[id]);
    expect(combined?.answered).toBe(false);
    expect(combined?.answer).toContain('没有找到临川市的相关内容');
  });
});
