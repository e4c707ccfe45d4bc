// "2025年度甲市的评价得分是多少" was answered by "（三）2024年度甲市评价得分88.5分" from a notice titled "关于做好2025年…
// 工作的通知": the title's year was taken for the sentence's. A sentence opening with its own year is of that year; the
// title's year vouches only for sentences that name none.
import { describe, expect, it } from 'vitest';
import { openingYear } from '../src/text/dates.js';
import { expectAnswered, expectRefused, testLibrary } from './support/library.js';
import { policyFile } from './support/ownCity.js';

const NOTICE = policyFile('岚山省住房和城乡建设厅关于做好2025年农房安全保障工作的通知', '岚山省住房和城乡建设厅', [
  '一、目标任务\n2025年全省计划完成农村危房改造1.2万户，各市要在6月底前将任务分解到县。',
  '二、年度评价\n（一）年度评价实行百分制，任务完成占40分，质量安全占30分。\n（二）2024年度青石市评价得分88.5分，等级为良好。',
]);

const RULES = policyFile('岚山省农房安全保障工作考核办法', '岚山省住房和城乡建设厅', [
  '第一条 考核每年开展一次，结果分为优秀、良好、一般和较差。',
  '第十条 本办法自2025年1月1日起施行，2024年度考核办法同时废止。',
]);

const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山'].map((name, i) => [
    `other-${i}.txt`,
    policyFile(`${name}市农房安全排查工作情况`, `${name}市住房和城乡建设局`, [`${name}市今年排查农房${i + 3}千户，发现隐患${i + 2}户，已全部整改。`]),
  ]),
);

describe('the year a sentence opens with', () => {
  it('is read after an item number and in full-width digits', () => {
    expect(openingYear('（二）2024年度青石市评价得分88.5分。')).toBe('2024');
    expect(openingYear('２０２４年，全市改造老旧小区30个。')).toBe('2024');
  });
  it('is not a bound, a span or a year named later', () => {
    expect(openingYear('2024年底前全部完成。')).toBeUndefined();
    expect(openingYear('2019—2022年累计改造365个。')).toBeUndefined();
    expect(openingYear('2020年以来全市累计改造1056个。')).toBeUndefined();
    expect(openingYear('比2023年提高5个百分点。')).toBeUndefined();
  });
});

describe('a figure asked of one year, the sentence opening with another under a title naming the year asked', () => {
  const t = testLibrary({ files: { 'notice.txt': NOTICE, 'rules.txt': RULES, ...OTHERS } });

  it('is refused, saying the year the library holds', async () => {
    await expectRefused(t, '2025年度青石市的评价得分是多少', '2024');
  });

  it('is answered when the sentence opens with the year asked, in any digits', async () => {
    await expectAnswered(t, '2024年度青石市的评价得分是多少', '88.5');
    await expectAnswered(t, '２０２４年度青石市的评价得分是多少', '88.5');
  });

  it('is answered by a sentence naming a document by its year, stating no figure', async () => {
    await expectAnswered(t, '2024年度的考核办法2025年还用不用', '废止');
  });

  it('is answered by a sentence naming no year of its own under the title\'s year', async () => {
    await expectAnswered(t, '2025年全省计划完成多少户农村危房改造', '1.2万户');
  });
});
