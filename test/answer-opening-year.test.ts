// A figure asked of one year was answered by a sentence opening with another year when the document's title named the
// year asked ("关于做好2025年…的通知" over "2024年…"): the title's year was taken for the sentence's. A sentence opening
// with its own year is of that year; the title's year vouches only for sentences that name none. A year opening a
// from-date or a span ("2024年7月1日起…") is no such year: the standard it sets holds on.
import { describe, expect, it } from 'vitest';
import { openingYear } from '../src/text/markers.js';
import { expectAnswered, expectRefused, testLibrary } from './support/library.js';
import { policyFile } from './support/ownCity.js';

const NOTICE = policyFile('岚山省住房和城乡建设厅关于做好2025年城镇燃气管道更新工作的通知', '岚山省住房和城乡建设厅', [
  '一、目标任务\n2025年全省计划更新燃气管道640公里，各市要在5月底前将任务分解到县。',
  '二、上年情况\n（一）更新进度每季度通报一次。\n（二）2024年松原市更新燃气管道73公里，居全省第二。',
  '三、补助\n2024年9月1日起，庭院管道更新补助标准调整为每米260元。',
]);

const RULES = policyFile('岚山省燃气管道更新工作督导办法', '岚山省住房和城乡建设厅', [
  '第一条 督导每半年开展一次，结果在全省通报。',
  '第九条 本办法自2025年3月1日起施行，2024年度督导办法同时废止。',
]);

const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山'].map((name, i) => [
    `other-${i}.txt`,
    policyFile(`${name}市燃气安全检查工作情况`, `${name}市住房和城乡建设局`, [`${name}市今年入户检查${i + 3}万户，发现隐患${i + 2}百处，已全部整改。`]),
  ]),
);

describe('the year a sentence opens with', () => {
  it('is read after an item number and in full-width digits', () => {
    expect(openingYear('（二）2024年松原市更新燃气管道73公里。')).toBe('2024');
    expect(openingYear('２０２４年，全市改造老旧小区30个。')).toBe('2024');
    expect(openingYear('1.2024年完成改造30个。')).toBe('2024');
  });
  it('is not a bound, a span or a year named later', () => {
    expect(openingYear('2024年底前全部完成。')).toBeUndefined();
    expect(openingYear('2019—2022年累计改造365个。')).toBeUndefined();
    expect(openingYear('2020年以来全市累计改造1056个。')).toBeUndefined();
    expect(openingYear('比2023年提高5个百分点。')).toBeUndefined();
  });
  it('is not a from-date or a span with a month, day, quarter, season or half-year after it', () => {
    expect(openingYear('2024年9月1日起，补助标准调整为每米260元。')).toBeUndefined();
    expect(openingYear('2024年下半年起，每户补助2万元。')).toBeUndefined();
    expect(openingYear('2024年及以后，每户补助2万元。')).toBeUndefined();
    expect(openingYear('2024年开始，每户补助2万元。')).toBeUndefined();
    expect(openingYear('2024年1月至2025年6月，累计下达资金3200万元。')).toBeUndefined();
    expect(openingYear('2024年第四季度起，保洁员每人每月补贴450元。')).toBeUndefined();
    expect(openingYear('2024年秋季起，每栋楼配备楼栋长一名。')).toBeUndefined();
    expect(openingYear('2024年（含）以后建成的小区，不纳入改造范围。')).toBeUndefined();
    expect(openingYear('2024年第四季度，全市完成改造小区12个。')).toBe('2024');
  });
});

describe('a figure asked of one year, the sentence opening with another under a title naming the year asked', () => {
  const t = testLibrary({ files: { 'notice.txt': NOTICE, 'rules.txt': RULES, ...OTHERS } });

  it('is refused, saying the year the library holds', async () => {
    await expectRefused(t, '2025年松原市更新了多少公里燃气管道', '2024');
  });

  it('is answered when the sentence opens with the year asked, in any digits', async () => {
    await expectAnswered(t, '2024年松原市更新了多少公里燃气管道', '73');
    await expectAnswered(t, '２０２４年松原市更新了多少公里燃气管道', '73');
  });

  it('is answered when the sentence opens with a from-date of an earlier year', async () => {
    await expectAnswered(t, '2025年庭院管道更新每米补助多少', '260元');
  });

  it('is answered by a sentence naming a document by its year, stating no figure', async () => {
    await expectAnswered(t, '2024年度的督导办法2025年还用不用', '废止');
  });

  it('is answered by a sentence naming no year of its own under the title\'s year', async () => {
    await expectAnswered(t, '2025年全省计划更新多少公里燃气管道', '640公里');
  });
});
