// Two asks in one question (two clauses, or two questions in one line) are answered each on its own, the second asked
// of the document, place and year the first one named: half an answer, or the second answered for the whole city,
// reads as the whole of it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { comparisonSides } from '../src/answer/comparison.js';
import { testLibrary } from './support/library.js';

const DISTRICT_PLAN = [
  '---',
  'title: 城南区2024年城镇老旧小区改造实施方案',
  'issuer: 云岭市城南区人民政府办公室',
  'kind: policy',
  '---',
  '一、改造任务',
  '2024年全区计划改造城镇老旧小区31个，涉及居民4060户。',
  '',
].join('\n');

const CITY_SUMMARY = [
  '---',
  'title: 云岭市2024年城镇老旧小区改造工作总结',
  'issuer: 云岭市住房和城乡建设局',
  'kind: policy',
  '---',
  '一、总体完成情况',
  '2024年，全市计划改造城镇老旧小区155个，实际完成161个，惠及居民2.06万户。',
  '二、分区完成情况',
  '2024年各区实际完成改造小区数：城南区33个，城北区39个，城西区31个。',
  '',
].join('\n');

const t = testLibrary({ files: { 'chengnan_plan.txt': DISTRICT_PLAN, 'yunling_summary.txt': CITY_SUMMARY } });

describe('two asks in one question', () => {
  it('splits two questions written in one line, the second asked of the document the first names', () => {
    const sides = comparisonSides('云建提字〔2024〕第9号是答复哪位委员的？办理结果是哪一类？');
    expect(sides?.questions).toEqual(['云建提字〔2024〕第9号是答复哪位委员的？', '云建提字〔2024〕第9号办理结果是哪一类？']);
  });

  it('asks the second clause of the place and year the first named', () => {
    expect(comparisonSides('城南区2024年计划改多少个小区，实际完成了多少个？')?.questions[1]).toBe('城南区2024年实际完成了多少个？');
  });

  it('asks the first clause\'s question of a place the second names with nothing else ("城北区是多少")', () => {
    expect(comparisonSides('城南区2024年实际完成改造多少个小区，城北区是多少？')?.questions).toEqual(['城南区2024年实际完成改造多少个小区？', '城北区2024年实际完成改造多少个小区？']);
    expect(comparisonSides('城南区改造后物业覆盖率是多少，城北区2023年底是多少')?.questions[1]).toBe('城北区2023年底改造后物业覆盖率是多少？');
  });

  it('puts the second clause\'s year where the first clause\'s stood, after the word leading it in', () => {
    expect(comparisonSides('城南区改造后到2024年底物业覆盖率是多少，城北区2023年是多少')?.questions[1]).toBe('城北区改造后到2023年物业覆盖率是多少？');
  });

  it('answers the second place\'s figure of the thing the first clause asked', async () => {
    const a = await answerQuestion(t.services, '城南区2024年实际完成改造多少个小区，城北区是多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('城北区39个');
  });

  it('leaves a short second ask to the first clause\'s topic (答 as one question)', () => {
    expect(comparisonSides('城南区居民改造出资户均多少，能分期吗？')).toBeUndefined();
  });

  it('answers the district\'s completed count, not the whole city\'s', async () => {
    const a = await answerQuestion(t.services, '城南区2024年计划改多少个小区，实际完成了多少个？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('31个');
    expect(a.answer).toContain('城南区33个');
  });
});
