// "公共收益用于维修的比例，现在执行的是多少，征求意见稿拟改成多少": a first clause asking nothing names what the two asks
// after it are of. Each ask is answered with it and both are given, cited, instead of one figure standing for both.
import { describe, expect, it } from 'vitest';
import { comparisonSides } from '../src/answer/comparison.js';
import { testLibrary } from './support/library.js';

const IN_FORCE = [
  '---',
  'title: 对市政协第12号提案的答复',
  'issuer: 临川市住房和城乡建设局',
  'kind: reply',
  '---',
  '对市政协第12号提案的答复',
  '',
  '小区停车、广告等公共收益，不低于60%用于共用部位、共用设施设备的维修养护，每半年在小区内公示一次。',
  '',
].join('\n');

const DRAFT = [
  '---',
  'title: 临川市老旧小区改造后长效管理办法（征求意见稿）',
  'issuer: 临川市住房和城乡建设局',
  'kind: policy',
  '---',
  '临川市老旧小区改造后长效管理办法（征求意见稿）',
  '',
  '第六条 小区公共收益应当单独列账，其中不低于70%用于小区共用部位、共用设施设备的维修养护。',
  '',
].join('\n');

const t = testLibrary({ files: { 'reply_12.txt': IN_FORCE, 'draft_rules.txt': DRAFT } });

const ELEVATOR_RULES = [
  '---',
  'title: 红石市既有住宅加装电梯管理办法',
  'issuer: 红石市住房和城乡建设局',
  'kind: policy',
  '---',
  '红石市既有住宅加装电梯管理办法',
  '',
  '第五条 加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。',
  '第六条 一楼住户不同意加装的，由社区居委会组织协商调解；协商不成的，可以申请人民调解。',
  '',
].join('\n');

const elevator = testLibrary({ files: { 'hs_bf.txt': ELEVATOR_RULES } });

describe('a topic clause, then two asks of it', () => {
  it('asks each with the topic', () => {
    const sides = comparisonSides('公共收益用于维修的比例，现在执行的是多少，征求意见稿拟改成多少');
    expect(sides?.questions).toEqual(['公共收益用于维修的比例现在执行的是多少？', '公共收益用于维修的比例征求意见稿拟改成多少？']);
  });

  it('keeps a share of the figure before it as one question', () => {
    expect(comparisonSides('上半年改造进展统计里，完成投资多少，占全年计划几成')).toBeUndefined();
  });

  it('answers both asks, each cited', async () => {
    const a = await t.ask('公共收益用于维修的比例，现在执行的是多少，征求意见稿拟改成多少');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60%');
    expect(a.answer).toContain('70%');
  });

  it('reads a first clause that sets a condition as no topic: the rule is given once', async () => {
    const question = '如果一楼住户不同意，加装电梯还能装吗，怎么办？';
    expect(comparisonSides(question)).toBeUndefined();
    const a = await elevator.ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer.match(/协商调解/gu)).toHaveLength(1);
  });

  it('gives a sentence once when both asks are answered with it, whatever the first clause', async () => {
    for (const question of ['一楼住户不同意，加装电梯还能装吗，怎么办？', '一楼不同意加装，电梯还能装吗，怎么办？']) {
      const a = await elevator.ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer.match(/协商调解/gu)).toHaveLength(1);
      expect(a.citations).toHaveLength(1);
    }
  });
});
