// "哪个街道改造的小区最多": a table's 合计 row sums the others and holds the highest figure of every column, yet it is none
// of the ones asked about. The answer is the row of the one that holds the most, never the total.
import { describe, expect, it } from 'vitest';
import { isTotalRow } from '../src/text/superlatives.js';
import { libraryDocument, testLibrary } from './support/library.js';

const TASKS = libraryDocument({ title: '青川区2026年城镇老旧小区改造任务分解表' }, `青川区2026年城镇老旧小区改造任务分解表

一、任务分解
街道｜小区数（个）｜户数（户）
合计｜41｜6900
东城街道｜18｜3100
西城街道｜9｜1500
南城街道｜14｜2300
`);

const library = testLibrary({ files: { 'qingchuan_renwu.txt': TASKS } }, { timeout: 120_000 });

describe('superlatives over a table with a total row', () => {
  it("answers with the row holding the most, not the table's total", async () => {
    const a = await library.ask('青川区哪个街道今年改造的小区最多？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('东城街道');
    expect(a.answer).not.toContain('合计');
  });

  it('reads 合计, 总计, 小计 and 全区合计 as total rows, a named row as none', () => {
    expect(['合计', '总计', '小计', '全区合计', '合 计'].map((label) => isTotalRow([label, '41']))).toEqual([true, true, true, true, true]);
    expect(isTotalRow(['东城街道', '18'])).toBe(false);
    expect(isTotalRow(['合计改造小区数', '41'])).toBe(false);
  });
});
