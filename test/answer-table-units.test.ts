// A table states its figures in the unit its column heading names ("改造小区（个）"): asked how many, the row under
// that heading is the answer, and the answer check does not refuse it for lacking a "12个" beside the number.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { tableFigures } from '../src/text/tables.js';
import { testLibrary } from './support/library.js';

const SUMMARY = [
  '---',
  'title: 南湖市2024年城镇老旧小区改造完成情况',
  'issuer: 南湖市住房和城乡建设局',
  'kind: policy',
  '---',
  '南湖市2024年城镇老旧小区改造完成情况',
  '',
  '一、总体情况',
  '2024年全市城镇老旧小区改造工作按计划推进，各区完成情况见下表。',
  '',
  '二、分区完成情况',
  '表1 2024年各区改造完成情况',
  '区\t改造小区（个）\t惠及户数（户）',
  '东湖区\t12\t3400',
  '西湖区\t9\t2100',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhu_2024.txt': SUMMARY } });

describe('figures in a table carry their column unit', () => {
  it('reads each number in the unit of its column heading', () => {
    expect(tableFigures('区\t改造小区（个）\t惠及户数（户）\n东湖区\t12\t3400')).toEqual(['12个', '3400户']);
    expect(tableFigures('没有表格的句子，改造12个小区。')).toEqual([]);
  });

  it('asked how many 小区 a district renovated, the answer is its row', async () => {
    const a = await answerQuestion(t.services, '2024年东湖区改造了多少个小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12');
    expect(a.answer).not.toContain('2100');
  });
});
