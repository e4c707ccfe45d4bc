// "各县（市、区）…分别是多少" asks one figure of every county (issue #10, 分别 over units the library lacks): an answer
// naming the city-wide figure and one county's is not that list; it is refused, quoting what the library holds.
import { describe, expect, it } from 'vitest';
import { ASKS_EACH_UNIT } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const SUMMARY = libraryDocument({ title: '青川市2024年城镇老旧小区改造工作总结' }, `青川市2024年城镇老旧小区改造工作总结

一、长效管理
改造后小区物业管理覆盖率由2020年的45%提高到2024年的82%。

二、存在的问题
部分县长效管理基础薄弱，石门县改造后小区物业覆盖率仅为58%。

三、责任分工
各区负责本辖区改造项目的组织实施，各市直部门按职责做好配合。

四、分县完成情况
2024年各县（区）改造小区个数为：东城区21个、西城区17个、石门县9个。
`);

const t = testLibrary({ files: { 'qingchuan_zj.txt': SUMMARY } }, { timeout: 120_000 });

describe('a figure asked of each unit', () => {
  it('is refused when the answer names fewer than two units', async () => {
    const a = await t.ask('2024年各县（区）改造后小区物业覆盖率分别是多少？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('分别的数据');
  });

  it('is answered by a list of the units', async () => {
    const a = await t.ask('2024年各县（区）分别改造了多少个小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('东城区21个');
  });

  it('is not read where no figure is asked, nor in 各市直部门 / 各区域', async () => {
    const a = await t.ask('各区分别负责哪些工作？');
    expect(a.answer).not.toContain('分别的数据');
    for (const q of ['各市直部门分别配合了多少个项目？', '各市场主体分别出资多少？', '各区域分别改造了多少个小区？']) expect(ASKS_EACH_UNIT.test(q), q).toBe(false);
    expect(ASKS_EACH_UNIT.test('各市分别改造了多少个小区？')).toBe(true);
  });
});
