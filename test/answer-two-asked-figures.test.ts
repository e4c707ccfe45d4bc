// "第一批计划改造多少个小区，涉及多少户": a question asking two figures of different kinds is answered only when a quoted
// sentence states each. The count of 小区 alone read as the whole answer; now the answer says which part the library
// does not state.
import { describe, expect, it } from 'vitest';
import { askedFigureParts } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const NOTICE = policyFile('关于临川市2026年城镇老旧小区改造计划（第一批）的公示', '临川市住房和城乡建设局', [
  '经各区申报、市住房城乡建设局审核，拟将以下12个小区列入2026年城镇老旧小区改造计划（第一批），现予以公示。',
]);

const PLAN = policyFile('临川市2025年城镇老旧小区改造计划', '临川市住房和城乡建设局', [
  '2025年全市计划改造城镇老旧小区36个，涉及居民5120户。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'notice.txt': NOTICE, 'plan.txt': PLAN } });

describe('two figures asked in one question', () => {
  it('reads each clause asking a figure of its own kind as a part', () => {
    expect(askedFigureParts('2026年第一批计划改造多少个小区，涉及多少户').map((p) => p.clause)).toEqual(['2026年第一批计划改造多少个小区', '涉及多少户']);
    expect(askedFigureParts('白塔有多高，门票多少钱')).toHaveLength(2);
    expect(askedFigureParts('2026年第一批计划改造多少个小区')).toEqual([]);
  });

  it('says which part is missing when only the other is stated', async () => {
    const a = await t.ask('2026年第一批计划改造多少个小区，涉及多少户');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('没有写明“涉及多少户”');
    expect(a.answer).toContain('12个小区');
  });

  it('answers when one sentence states both', async () => {
    const a = await t.ask('2025年全市计划改造多少个小区，涉及多少户');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('36个');
    expect(a.answer).toContain('5120户');
  });
});
