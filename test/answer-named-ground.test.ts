// "乙镇的楼栋长每月补贴多少" was answered by a city rule's "楼栋长每月补贴100元", and "丙小区完成了总工程量的百分之多少" by
// another estate's progress: the tagger cuts such names into characters ("乙" + "镇"), so no place was asked and the
// quoted sentence was taken for the answer. Now a town, district, street or estate named by a proper name must be named
// by the quoted passage, its section or its document's title, issuer or opening; written without its unit, in
// traditional characters or with full-width digits, it still answers.
import { describe, expect, it } from 'vitest';
import { namedGrounds } from '../src/text/places.js';
import { expectAnswered, expectRefused, testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const STEWARDS = policyFile('临川市楼栋长管理办法', '临川市住房和城乡建设局', [
  '第一条 改造后的老旧小区每个单元推选楼栋长一名，负责收集居民意见。',
  '第二条 楼栋长每月补贴100元，由镇财政列支，按季度发放。',
]);

const PROGRESS = policyFile('老旧小区改造施工进度通报', '临川市住房和城乡建设局', [
  '一、总体进度\n全市今年改造老旧小区18个，已开工16个。',
  '二、重点项目\n槐蔭里小區於７月開工，截至９月底完成總工程量的６０％。',
]);

const PARKING = policyFile('临川市老旧小区周边停车收费标准', '临川市发展和改革委员会', [
  '一、平川老旧小区周边白天临时停车，首小时2元，之后每小时1元，单日不超过15元。',
  '二、夜间停车每晚不超过5元。',
]);

/** Other documents of the library, so that the words asked are as rare in it as in a bureau's. */
const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山', '文昌'].map((street, i) => [
    `street-${i}.txt`,
    policyFile(`${street}街道老旧小区改造工作情况`, `临川市${street}街道办事处`, [`${street}街道今年改造老旧小区${i + 3}个，完成外墙保温和管网更新，居民满意率达到9${i}%。`]),
  ]),
);

describe('places on the ground a question names', () => {
  it('are read when the tagger cuts the name into characters', () => {
    expect(namedGrounds('石埠镇的楼栋长每月补贴多少')).toEqual([{ name: '石埠', unit: '镇' }]);
    expect(namedGrounds('桐溪小区改造完成了总工程量的百分之多少')).toEqual([{ name: '桐溪', unit: '小区' }]);
    expect(namedGrounds('柳塘街道白天临时停车首小时收多少钱')).toEqual([{ name: '柳塘', unit: '街道' }]);
  });
  it('are not districts or counties, nor a name cut off by the district before it', () => {
    expect(namedGrounds('柳塘区白天临时停车首小时收多少钱')).toEqual([]);
    expect(namedGrounds('青石区乙街道有哪些小区')).toEqual([]);
  });
  it('are not a common word before the unit', () => {
    expect(namedGrounds('已改造小区物业管理覆盖率是多少')).toEqual([]);
    expect(namedGrounds('老旧小区改造后各小区物业怎么管')).toEqual([]);
    expect(namedGrounds('全市各区各街道的试点社区有几个')).toEqual([]);
    expect(namedGrounds('办法说的县区包不包括高新区')).toEqual([]);
  });
});

describe('a town, district or estate named that the quoted passage does not name', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'stewards.txt': STEWARDS, 'progress.txt': PROGRESS, 'parking.txt': PARKING, ...OTHERS } });

  it('is refused, naming the place the library lacks', async () => {
    await expectRefused(t, '石埠镇的楼栋长每月补贴多少', '石埠镇');
    await expectRefused(t, '桐溪小区改造完成了总工程量的百分之多少', '桐溪小区');
    await expectRefused(t, '柳塘街道老旧小区周边白天临时停车首小时收多少钱', '柳塘街道');
  });

  it('is answered when the passage names it without its unit', async () => {
    await expectAnswered(t, '平川街道老旧小区周边白天临时停车首小时收多少钱', '2元');
  });

  it('is answered when the question writes a city before it', async () => {
    await expectAnswered(t, '临川槐荫里小区截至9月底完成了总工程量的百分之多少', '60');
  });

  it('is answered when the passage writes it in traditional characters and full-width digits', async () => {
    await expectAnswered(t, '槐荫里小区截至9月底完成了总工程量的百分之多少', '60');
  });

  it('leaves a question naming no place to the other checks', async () => {
    await expectAnswered(t, '楼栋长每月补贴多少', '100元');
  });
});
