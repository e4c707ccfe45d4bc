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
});
