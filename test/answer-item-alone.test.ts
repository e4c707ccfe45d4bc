import { describe, expect, it } from 'vitest';
import { documentChunks, extractiveAsker } from './support/services.js';

// A plan whose timeline and funding are lists of one-line items ("（二）4月15日前，全部项目开工。"): each line is read as
// the heading of its own section and is the whole of it.
const plan = '云岭市2025年城镇老旧小区改造计划';
const items = (part: string, lines: string[]): [string, string][] => lines.map((line) => [`${part} > ${line.replace(/。$/u, '')}`, line]);
const chunks = documentChunks('yl-jihua', { title: plan, kind: 'policy' }, [
  ['一、目标任务', '2025年全市计划改造城镇老旧小区120个，涉及居民15000户。'],
  ...items('二、资金安排', ['（一）区级财政安排配套资金不少于800万元。', '（二）居民出资按市级方案执行。']),
  ...items('四、时间节点', ['（一）3月31日前，完成全部项目施工图设计和招标。', '（二）4月15日前，全部项目开工。', '（三）11月30日前，完成竣工验收。']),
]);
const ask = extractiveAsker(chunks, 5);

describe('a list item that is the whole of its section answers what it states', () => {
  it('answers by when all projects start with the timeline item', async () => {
    const a = await ask('2025年改造计划规定全部项目什么时候前开工？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('4月15日前');
  });

  it('answers how much the district sets aside with the funding item', async () => {
    const a = await ask('改造计划里区级配套资金安排多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('800万元');
  });
});
