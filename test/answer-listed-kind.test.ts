// "提升类指的是什么" / "基础类主要改哪些内容" ask what one kind holds. The sentence that lists the kinds ("改造内容分为基础
// 类、完善类和提升类") holds the question's framing words best but only names the kind; the sentence of the same passage
// that opens on the kind and says what it holds ("提升类包括…", "基础类重点改造…") answers.
import { describe, expect, it } from 'vitest';
import { documentChunks, extractiveAsker } from './support/services.js';

const banfa = documentChunks('lc-banfa', { title: '临川市城镇老旧小区改造管理办法', kind: 'policy' }, [
  [
    '第二章 改造内容 > 第五条',
    [
      '第五条　改造内容分为基础类、完善类和提升类。',
      '基础类包括供水、排水、供电、供气、道路、消防和屋面防水等。',
      '完善类包括加装电梯、停车设施、充电设施和无障碍设施等。',
      '提升类包括社区养老、托育、助餐、便民市场等公共服务设施。',
    ].join('\n'),
  ],
  ['第二章 改造内容 > 第六条', '第六条　改造内容由居民协商确定，基础类应改尽改。'],
]);

const jueding = documentChunks('lc-jueding', { title: '临川市人大常委会关于推进城镇老旧小区改造的决定', kind: 'policy' }, [
  [
    '第三条',
    '第三条 改造内容分为基础类、完善类和提升类，坚持先基础后完善再提升。基础类重点改造供水、排水、供热、燃气等管线和屋面、外墙；完善类重点建设停车、充电、加装电梯设施；提升类重点建设养老、托育、助餐等公共服务设施。',
  ],
  ['第四条', '第四条 市级财政对基础类改造每平方米补助90元，对完善类改造每平方米补助45元。'],
]);

describe('what one listed kind holds', () => {
  it('answers 提升类指的是什么 with the sentence saying what 提升类 includes, not the list of kinds', async () => {
    const a = await extractiveAsker(banfa, 6)('改造内容里的提升类指的是什么');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('社区养老、托育、助餐、便民市场');
    expect(a.answer).not.toContain('分为基础类、完善类和提升类');
  });

  it('answers 基础类主要改哪些内容 with what 基础类 renovates first', async () => {
    const a = await extractiveAsker(jueding, 6)('基础类改造主要改哪些内容');
    expect(a.answered).toBe(true);
    expect(a.answer.startsWith('基础类重点改造供水、排水、供热、燃气等管线和屋面、外墙')).toBe(true);
  });

  it('still answers a question about the kinds themselves with the list of kinds', async () => {
    const a = await extractiveAsker(jueding, 6)('改造内容分为哪几类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('分为基础类、完善类和提升类');
  });
});
