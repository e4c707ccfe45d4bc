// What was actually done (实际, 已经) is not answered by a plan, a target or a change still being studied (issue #10,
// precision): "…实际累计达到多少台" answered by "目标是累计达到300台" read a target as a result.
import { describe, expect, it } from 'vitest';
import { askersFigure, statesFigureAsDone } from '../src/text/askedFigure.js';
import { expectAnswered, expectRefused, libraryDocument, testLibrary } from './support/library.js';

const REPORT = libraryDocument({ title: '青川市2024年城镇老旧小区改造工作总结', issuer: '青川市住房和城乡建设局' }, `青川市2024年城镇老旧小区改造工作总结

一、总体完成情况
2024年全市计划改造城镇老旧小区120个，实际完成126个，惠及居民1.5万户。

二、加装电梯
截至2024年底，全市既有住宅累计加装电梯210台。2025年目标是全市累计加装电梯达到300台。
`);
const MINUTES = libraryDocument({ title: '青川市城镇老旧小区改造工作专题会议纪要', issuer: '青川市人民政府办公室' }, `青川市城镇老旧小区改造工作专题会议纪要

（二）关于加装电梯补助标准
会议同意研究将加装电梯市级补助标准由每台10万元提高到13万元，由市住建局会同市财政局提出具体方案。
`);

// A plan word as a noun ("列入改造计划的", "超额完成年度目标") names a plan; the figure beside it is what was done.
const RESULTS = libraryDocument({ title: '白沙县2024年城镇老旧小区改造工作总结', issuer: '白沙县住房和城乡建设局' }, `白沙县2024年城镇老旧小区改造工作总结

一、总体完成情况
2024年列入改造计划的47个小区已于11月底前全部完工，惠及居民5100户。
二、加装电梯
超额完成年度目标，全年新增加装电梯38台。
`);
// A plan naming who qualifies: an asker's age of home ("已经建成20多年了") is no figure the asker claims holds.
const PLAN = libraryDocument({ title: '白沙县2025年城镇老旧小区改造实施方案', issuer: '白沙县住房和城乡建设局' }, `白沙县2025年城镇老旧小区改造实施方案

一、改造对象
2025年计划对建成满20年、基础设施老化的住宅小区实施改造，优先安排居民改造意愿强烈的小区。
`);

const library = testLibrary({ files: { 'qingchuan_zongjie.txt': REPORT, 'qingchuan_jiyao.txt': MINUTES } }, { timeout: 120_000 });
const county = testLibrary({ files: { 'baisha_zongjie.txt': RESULTS, 'baisha_fangan.txt': PLAN } }, { timeout: 120_000 });

describe('a plan or a target given for what was done', () => {
  it('refuses a result asked for a year that has only a target', async () => {
    await expectRefused(library, '2025年全市加装电梯实际累计达到了多少台？');
  });

  it('refuses a figure the asker says is already in force when the library only studies it', async () => {
    await expectRefused(library, '听说加装电梯补助已经提到13万一台了，现在能按13万申请吗？', '只有计划或拟议的内容');
  });

  it('answers the result stated after the plan in the same sentence', async () => {
    await expectAnswered(library, '2024年全市实际完成改造多少个老旧小区？', '126个');
  });

  it('reads a plan word as governing the clauses after it until one says what was done', () => {
    expect(statesFigureAsDone('2024年全市计划改造城镇老旧小区120个，实际完成126个')).toBe(true);
    expect(statesFigureAsDone('2025年目标是全市累计加装电梯达到300台')).toBe(false);
    expect(statesFigureAsDone('下一步，我局将在2025年改造中计划新增停车位500个')).toBe(false);
    expect(statesFigureAsDone('截至2024年底，全市既有住宅累计加装电梯210台')).toBe(true);
  });

  it('answers a result beside a plan or a target named as a noun', async () => {
    await expectAnswered(county, '白沙县2024年实际改造完成了多少个小区？', '47个');
    await expectAnswered(county, '白沙县2024年加装电梯实际新增了多少台？', '38台');
  });

  it('reads a plan word as a plan only where it leads its clause', () => {
    expect(statesFigureAsDone('2024年列入改造计划的47个小区已于11月底前全部完工')).toBe(true);
    expect(statesFigureAsDone('超额完成年度目标，全年新增加装电梯38台')).toBe(true);
    expect(statesFigureAsDone('对纳入年度改造计划的小区，加装电梯每台补助12万元')).toBe(true);
    expect(statesFigureAsDone('积极争取中央资金，加装电梯每台补助12万元')).toBe(true);
    expect(statesFigureAsDone('2025年计划改造老旧小区60个')).toBe(false);
    expect(statesFigureAsDone('力争年底前新增加装电梯50台')).toBe(false);
    expect(statesFigureAsDone('争取在2025年底前完成改造80个')).toBe(false);
  });

  it('takes a figure as the asker\'s claim only where 已经 governs it, never an age', async () => {
    expect(askersFigure('我家小区已经建成20多年了，能纳入改造吗？')).toBeUndefined();
    expect(askersFigure('听说已经有3个小区试点了，补助标准是多少？')).toBeUndefined();
    expect(askersFigure('物业费已经涨到每平方米2.5元了，合理吗？')?.test('每平方米2.5元')).toBe(true);
    await expectAnswered(county, '我家小区已经建成20多年了，能纳入改造吗？', '建成满20年');
  });
});
