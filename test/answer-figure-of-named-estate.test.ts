// "青枫苑那个小区改造都改些啥，花多少钱" asks a sum of one named 小区. An answer quoting the sentence on 青枫苑 (which
// states no sum) beside a sentence stating a sum of something else ("投资额在800万元以上的8个项目") read as if it gave
// 青枫苑's cost. Now it is refused, saying which figure the library does not state and quoting the sentence on 青枫苑;
// a sentence stating the named 小区's own sum still answers.
import { describe, expect, it } from 'vitest';
import { namedEstate } from '../src/text/askedNames.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const REPORT = policyFile('临川市老旧小区改造二季度工作简报', '临川市住房和城乡建设局', [
  '临川区青枫苑小区计划加装电梯4台，是今年中心城区加装电梯最多的小区改造项目之一。',
  '二季度全市新开工改造小区18个，完成投资1.2亿元。',
]);

const PROJECTS = policyFile('临川市2025年城镇老旧小区改造项目库（中心城区部分）', '临川市住房和城乡建设局', [
  '说明：本项目库收录2025年度小区改造项目中投资额在800万元以上的8个项目，由各区住房城乡建设部门报送。',
]);

const COSTED = policyFile('临川市2025年城镇老旧小区改造项目清单', '临川市住房和城乡建设局', [
  '临川区青枫苑小区改造项目总投资1680万元，改造内容为加装电梯4台、雨污分流和屋面防水。',
]);

/** Other documents of the library, so that a 小区's name is as rare in it as in a bureau's. */
const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山', '文昌', '解放', '人民', '建设', '和平', '长江', '黄河'].map((street, i) => [
    `street-${i}.txt`,
    policyFile(`${street}街道老旧小区改造工作情况`, `临川市${street}街道办事处`, [`${street}街道今年改造老旧小区${i + 3}个，完成外墙保温和管网更新，居民满意率达到9${i}%。`]),
  ]),
);

describe('a figure asked of a named 小区 or project', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'report.txt': REPORT, 'projects.txt': PROJECTS, ...OTHERS } });

  it('reads the 小区 or project the question names', () => {
    expect(namedEstate('青枫苑那个小区改造都改些啥，花多少钱')).toBe('青枫苑');
    expect(namedEstate('八塘糖厂宿舍项目中午施工被罚了多少钱')).toBe('八塘糖厂');
    expect(namedEstate('全市一共开工了多少个')).toBeUndefined();
  });

  it('is refused when only sentences not naming it state a sum', async () => {
    const a = await t.ask('青枫苑那个小区改造都改些啥，花多少钱');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有写明“花多少钱”');
    expect(a.answer).toContain('青枫苑小区计划加装电梯4台');
  });
});

describe('a figure asked of a named 小区 the library states', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'report.txt': REPORT, 'costed.txt': COSTED, ...OTHERS } });

  it('is answered with that 小区\'s own figure', async () => {
    const a = await t.ask('青枫苑那个小区改造都改些啥，花多少钱');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1680万元');
  });
});
