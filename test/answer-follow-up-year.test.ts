// A follow-up names what changes from the question before it: another year ("那2024年实际完成了多少个？", "那第二年呢？",
// "那去年实际装了多少台？") or the actual figure after a planned one. The earlier question is carried with that part
// replaced, so the answer is the year and the figure asked, not refused for the year the thread moved away from.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { condenseOffline } from '../src/answer/condense.js';
import { askedFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';

const PLAN = [
  '---',
  'title: 关于下达2025年全市城镇老旧小区改造计划的通知',
  'issuer: 西河市城镇老旧小区改造工作领导小组办公室',
  'kind: policy',
  '---',
  '关于下达2025年全市城镇老旧小区改造计划的通知',
  '',
  '一、总体任务',
  '2025年全市计划改造城镇老旧小区148个，涉及居民1.9万户。',
  '二、专项任务',
  '（一）加装电梯。2025年计划加装电梯25台。',
  '（二）管网改造。2025年计划改造燃气管道20公里。',
  '',
].join('\n');

const REVIEW = [
  '---',
  'title: 西河市2024年城镇老旧小区改造工作总结',
  'issuer: 西河市住房和城乡建设局',
  'kind: policy',
  '---',
  '西河市2024年城镇老旧小区改造工作总结',
  '',
  '一、总体完成情况',
  '2024年全市实际完成改造城镇老旧小区151个，超过年度计划（145个）6个，完成投资7.26亿元。',
  '二、专项工作',
  '（一）加装电梯。2024年加装电梯21台，其中东城区13台、西城区8台。截至2024年底，全市累计加装电梯58台。',
  '（二）管网改造。2023年改造燃气管道27.6公里。2024年改造燃气管道31.4公里、供水管网42.8公里。',
  '',
].join('\n');

const t = testLibrary({ files: { 'xihe_jihua_2025.txt': PLAN, 'xihe_zongjie_2024.txt': REVIEW } });
const after = (text: string) => [{ role: 'user' as const, text }];

describe('a follow-up that names another year or the actual figure', () => {
  it('carries the earlier question with the follow-up’s year and without its plan', () => {
    const s = condenseOffline('那2024年实际完成了多少个？', after('2025年全市计划改造多少个老旧小区？'));
    expect(s.text).toContain('2024年');
    expect(s.text).not.toContain('2025');
    expect(s.carriedFrom).not.toContain('计划');
    // A year said relative to the earlier one is made absolute.
    expect(condenseOffline('那第二年呢？', after('2023年全市改造燃气管道多少公里？')).text).toMatch(/^2024年呢/u);
    expect(condenseOffline('那去年实际装了多少台？', after('2025年全市计划加装多少台电梯？')).own).toContain('2024年');
    // A follow-up that keeps the year keeps the earlier question, less the count it asked: the follow-up asks its own.
    expect(condenseOffline('那居民出了多少钱？', after('2024年全市计划改造多少个小区？')).carriedFrom).toBe('2024年全市计划改造小区？');
  });

  it('reads 多少台 as a count of 台', () => {
    expect(askedFigure('加装电梯多少台？')?.test('加装电梯21台')).toBe(true);
    expect(askedFigure('加装电梯多少台？')?.test('改造小区102个')).toBe(false);
  });

  it('answers the actual figure of the year asked after a question about a plan', async () => {
    const done = await answerQuestion(t.services, '那2024年实际完成了多少个？', after('2025年全市计划改造多少个老旧小区？'));
    expect(done.answered).toBe(true);
    expect(done.answer).toContain('151个');
    const lifts = await answerQuestion(t.services, '那去年实际装了多少台？', after('2025年全市计划加装多少台电梯？'));
    expect(lifts.answered).toBe(true);
    expect(lifts.answer).toContain('21台');
    const gas = await answerQuestion(t.services, '那第二年呢？', after('2023年全市改造燃气管道多少公里？'));
    expect(gas.answer).not.toContain('27.6公里');
  });
});

describe('a quote of table rows', () => {
  it('states the figures its columns’ headings give the unit of', async () => {
    const { quotedTableFigures } = await import('../src/text/tables.js');
    const text = '二、历年改造情况\n年度\t改造小区（个）\t加装电梯（台）\n2023年\t241\t101\n2024年\t236\t128';
    const quote = '年度\t改造小区（个）\t加装电梯（台）2023年\t241\t101';
    expect(quotedTableFigures(quote, text)).toEqual(['241个', '101台']);
  });
});
