// Known gaps a review reported, checked on invented text. Each `it.fails` states the behaviour wanted and fails
// today: it passes while the gap stands, and turns red (to be made a plain `it`) once the gap is closed.
//  (a) figureOfOtherPlaceRefusal lets the paragraph before a sentence say what is counted ("…完成改造城镇老旧小区160个。
//      分县区看，…南岭县31个"); a paragraph stating ANOTHER place's figure lends its counted words too, so another
//      place's figure answers the place asked instead of being refused.
//  (b) the refusal names the figure's owner from a fallback (the document's place) as fact, though the passage's line
//      before names the place it is of.
import { describe, expect, it } from 'vitest';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const PROGRESS = policyFile('临川市老旧小区改造进展情况', '临川市住房和城乡建设局', [
  '一、各县进展\n白沙县今年完成改造老旧小区16个，惠及居民800户。东岭县今年新建停车场8个。',
  '二、下步打算\n加强资金保障。',
]);

const REPORT = policyFile('关于加装电梯工作的报告', '临川市住房和城乡建设局', ['东岭县加装电梯工作情况如下。\n今年加装电梯20台，白沙县将学习其做法。']);

const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山', '文昌'].map((street, i) => [
    `street-${i}.txt`,
    policyFile(`${street}街道老旧小区改造工作情况`, `临川市${street}街道办事处`, [`${street}街道今年改造老旧小区${i + 3}个，完成外墙保温和管网更新，居民满意率达到9${i}%。`]),
  ]),
);

describe('known gaps: the place a figure is of', () => {
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'progress.txt': PROGRESS, 'report.txt': REPORT, ...OTHERS } });

  it.fails('(a) does not answer a county\'s count with the figure of the county the paragraph named before', async () => {
    const a = await t.ask('东岭县今年改造了多少个老旧小区');
    // Today: answered "白沙县今年完成改造老旧小区16个…。东岭县今年新建停车场8个。"
    expect(a.answered).toBe(false);
  });

  it.fails('(b) names as the owner of a refused figure the place the passage names, not the document\'s', async () => {
    const a = await t.ask('白沙县今年加装了多少台电梯');
    // Today: refused, "文件中的这一数字是临川市的：今年加装电梯20台…" (the line before names 东岭县).
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('是临川市的');
  });
});
