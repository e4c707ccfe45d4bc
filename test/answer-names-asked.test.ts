// "…具体是哪几个小区？" asks the names of the things (issue #10, a detail the library lacks): an answer that only counts
// them ("乙街道6个小区，790户") is refused, quoting the count; one that names them is given.
import { describe, expect, it } from 'vitest';
import { countsWithoutNaming, namesAskedOf } from '../src/text/index.js';
import { testLibrary } from './support/library.js';
import { libraryDocument } from './support/library.js';

const PLAN = libraryDocument({ title: '青川区2024年城镇老旧小区改造实施方案' }, `青川区2024年城镇老旧小区改造实施方案

一、改造任务
2024年全区计划改造城镇老旧小区14个，涉及居民1810户。
1.甲街道8个小区，1020户。
2.乙街道6个小区，790户。

二、试点项目
丙街道试点改造金盘小区、滨江小区，同步建设社区助餐点。

三、下年度计划
2025年计划改造3个老旧小区：东湖小区、西林小区、南山小区。

四、丁街道项目
丁街道纳入改造的有棉纺厂二小区和机械厂三小区。

五、存在问题和下一步
部分街道开工较晚，施工单位垫资压力较大。
下一步，我们将在戊街道选择2个小区试点建设机械式立体停车设施。
`);

const library = testLibrary({ files: { 'qingchuan_fangan.txt': PLAN } }, { timeout: 120_000 });

describe('names asked, a count given', () => {
  it('is refused when the sentences only count the things', async () => {
    const a = await library.ask('青川区乙街道具体是哪几个小区纳入2024年改造？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('只有数量');
  });

  it('reads "哪两个" as asking names too: a count of two is no answer', async () => {
    const a = await library.ask('立体停车试点选的是戊街道哪两个小区？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('只有数量');
  });

  it('reads "部分街道" as a count that names none', async () => {
    const a = await library.ask('青川区是哪两个街道开工比较晚？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('只有数量');
    expect(countsWithoutNaming(['部分县区市级补助资金拨付较慢'], '县区')).toBe(true);
    expect(countsWithoutNaming(['红寺堡区、同心县项目开工较晚'], '县区')).toBe(false);
  });

  it('is answered when a sentence names them', async () => {
    const a = await library.ask('青川区丙街道试点改造的是哪些小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('金盘小区');
  });

  it('reads the kind as the head noun of the phrase asked, so a sentence naming them answers it', async () => {
    const a = await library.ask('青川区2025年计划改造的是哪些老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('东湖小区');
    expect(namesAskedOf('哪些老旧小区纳入了改造？')).toBe('小区');
    expect(namesAskedOf('牵头的是哪几家企业？')).toBe('企业');
    expect(namesAskedOf('有哪些城市更新项目？')).toBe('项目');
    expect(namesAskedOf('涉及哪些城中村？')).toBe('城中村');
  });

  it('reads a numeral in a name ("棉纺厂二小区") as a name, not a count', async () => {
    const a = await library.ask('丁街道纳入改造的有哪些小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('棉纺厂二小区');
    expect(countsWithoutNaming(['纳入改造的有天一小区、九小区。'], '小区')).toBe(false);
    expect(countsWithoutNaming(['全区改造六个小区'], '小区')).toBe(true);
    expect(countsWithoutNaming(['城关第2网格｜84.0｜良', '城关第4网格｜86.5｜良'], '网格')).toBe(false);
    expect(countsWithoutNaming(['第三小区已完工'], '小区')).toBe(false);
  });

  it('reads the kind asked and the counts at the text layer', () => {
    expect(namesAskedOf('2025年那126个改造小区分别是哪些小区？')).toBe('小区');
    expect(namesAskedOf('中心城区具体指哪些地方？')).toBe('地方');
    expect(namesAskedOf('改造了多少个小区？')).toBeUndefined();
    expect(namesAskedOf('选的是哪两个小区？')).toBe('小区');
    expect(namesAskedOf('是哪两条路子？')).toBeUndefined();
    expect(countsWithoutNaming(['2025年全市计划改造城镇老旧小区126个，涉及居民15860户'], '小区')).toBe(true);
    expect(countsWithoutNaming(['（一）完成2025年改造计划126个小区，优先完成屋面防水'], '小区')).toBe(true);
    expect(countsWithoutNaming(['改造金盘小区等3个小区'], '小区')).toBe(false);
    expect(countsWithoutNaming(['丙街道试点改造金盘、滨江2个小区'], '小区')).toBe(false);
    expect(countsWithoutNaming(['中心城区指城区范围内的8个社区'], '小区')).toBe(false);
  });
});
