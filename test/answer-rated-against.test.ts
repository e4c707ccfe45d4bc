// "工资保证金单个工程的最高额度，城西区比临川高吗": a topic, then whether one place gives more than another. Whether it is
// higher needs both places' figures, so each place is asked the topic and answered from its own sentences; a place the
// library holds nothing on is said to be missing, not answered with the other place's figure alone.
import { describe, expect, it } from 'vitest';
import { comparisonSides } from '../src/answer/comparison.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const OWN = policyFile('临川市农民工工资保证金管理办法', '临川市住房和城乡建设局', [
  '第六条 工资保证金按施工合同额的1%存储，单个工程最高不超过200万元。',
]);

const OTHER = policyFile('城西区农民工工资保证金差异化存储办法', '城西区住房和城乡建设局', [
  '第五条 城西区工资保证金按施工合同额的1.5%存储，单个工程最高不超过300万元。',
  '城西区对新建保障性租赁住房项目按每套8000元给予一次性奖补。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_wage.txt': OWN, 'chengxi_wage.txt': OTHER } });

describe('a topic, then one place rated against another (A比B高吗)', () => {
  it('asks the topic of each place', () => {
    expect(comparisonSides('工资保证金单个工程的最高额度，城西区比临川高吗', '临川市')?.questions).toEqual([
      '城西区工资保证金单个工程的最高额度是多少？',
      '临川市工资保证金单个工程的最高额度是多少？',
    ]);
    // The part of the topic named beside the first place is asked of both.
    expect(comparisonSides('保租房区级奖补，城西区的新建项目比临川给得多吗', '临川市')?.questions[1]).toBe('临川市保租房区级奖补的新建项目是多少？');
  });

  it('reads no places in a comparison of two things or two years, nor a difference asked', () => {
    expect(comparisonSides('保租房奖补，新建项目比改建项目给得多吗', '临川市')).toBeUndefined();
    expect(comparisonSides('加装电梯，今年比去年多吗', '临川市')).toBeUndefined();
    expect(comparisonSides('城西区比临川多改造了几个小区', '临川市')).toBeUndefined();
  });

  it('answers both places, each cited', async () => {
    const a = await t.ask('工资保证金单个工程的最高额度，城西区比临川高吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('300万元');
    expect(a.answer).toContain('200万元');
  });

  it('says which place the library lacks instead of answering with one side', async () => {
    const a = await t.ask('保租房奖补，城西区的新建项目比临川给得多吗');
    expect(a.answer).not.toMatch(/^城西区对新建保障性租赁住房项目按每套8000元给予一次性奖补\[1\]。$/u);
    expect(a.answer).toContain('临川市');
  });
});
