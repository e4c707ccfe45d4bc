// "…具体是哪几个小区？" asks the names of the things (issue #10, a detail the library lacks): an answer that only counts
// them ("乙街道6个小区，790户") is refused, quoting the count; one that names them is given.
import { describe, expect, it } from 'vitest';
import { countsWithoutNaming, namesAskedOf, onlyCountsKindsAsked } from '../src/text/index.js';
import { countedKindAsked } from '../src/text/askedNames.js';
import { countOnlyRefusal } from '../src/answer/gate/figures.js';
import type { Chunk, Citation } from '../src/types.js';
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

六、应急保障
全区组建燃气应急抢修队伍4支、96人，储备抢修物资价值约80万元。

七、物业检查
本年度专家评审由区住建局从专家库中抽取6名专家进行，每个项目评审不少于2小时。

八、街头公园
已建成3个街头公园，分别是东园、西园和南园，第4个（北街公园）明年建成。
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

  it('reads the kind the question counts before asking which ones, as it writes it', async () => {
    const a = await library.ask('青川区那4支燃气应急抢修队伍分别是哪些单位的？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('只有数量');
    expect(countedKindAsked('那12处历史建筑具体是哪些')).toBe('历史建筑');
    // The kind as written: "历史建筑12处" counts it; a table row "历史建筑｜12" under it names no other building.
    expect(onlyCountsKindsAsked('那12处历史建筑具体是哪些', ['已公布的历史建筑12处和传统风貌建筑64处', '历史建筑｜27｜9800'])).toEqual({ kind: '历史建筑' });
    // Units named beside the count answer it.
    expect(onlyCountsKindsAsked('全区4支抢修队伍分别是哪些单位的', ['成员单位包括区应急管理局、区城市管理委', '全区组建抢修队伍4支'])).toBeUndefined();
    expect(countsWithoutNaming(['全区组建燃气应急抢修队伍4支、96人'], '燃气应急抢修队伍')).toBe(true);
    // "等5名代表" closes a list of names (a reply's addressees): it names them.
    expect(onlyCountsKindsAsked('是答复哪些代表的？', ['某某等5名代表：'])).toBeUndefined();
  });

  it('reads "分别叫什么" and "都有谁" after a count as asking their names', async () => {
    const experts = await library.ask('参加评审的6名专家都有谁？');
    expect(experts.answered).toBe(false);
    expect(experts.answer).toContain('只有数量');
    const parks = await library.ask('已经建成的3个街头公园分别叫什么？');
    expect(parks.answered).toBe(true);
    expect(parks.answer).toContain('东园');
    // One other thing named beside the count ("第6个（乙路公园）") does not name the five asked.
    expect(onlyCountsKindsAsked('已经建成的5个街头公园分别叫什么', ['已建成5个街头公园，第6个（乙路街头公园）调整至明年建成。'])).toEqual({ kind: '街头公园' });
  });

  it('answers names brought in after the count, in a list or on the next line', () => {
    const hall = '那8处历史建筑具体是哪些';
    expect(onlyCountsKindsAsked(hall, ['全区已公布历史建筑8处，分别是：甲氏宅院、乙家祠堂、丙厂旧址、丁公馆。'])).toBeUndefined();
    expect(onlyCountsKindsAsked(hall, ['全区已公布历史建筑8处：甲氏宅院、乙家祠堂、丙厂旧址、丁公馆。'])).toBeUndefined();
    expect(onlyCountsKindsAsked(hall, ['全区已公布历史建筑8处。', '1.甲氏宅院 2.乙家祠堂 3.丙厂旧址'])).toBeUndefined();
    expect(onlyCountsKindsAsked('那5支维修队伍分别是哪些单位的', ['全区组建维修队伍5支，分别由甲物业公司、乙建安公司、丙市政公司组建。'])).toBeUndefined();
    // The quote alone only counts; its passage lists the names on the next line.
    const chunk = { id: 'h.txt#0', docId: 'h.txt', text: '全区已公布历史建筑8处。\n1.甲氏宅院\n2.乙家祠堂' } as Chunk;
    const citation = { n: 1, docId: 'h.txt', title: '某区历史文化保护工作情况', number: null, section: '', quote: '全区已公布历史建筑8处。', chunkId: 'h.txt#0' } as Citation;
    expect(countOnlyRefusal(hall, [citation], () => [chunk])).toBeUndefined();
    expect(countOnlyRefusal(hall, [citation], () => [{ ...chunk, text: '全区已公布历史建筑8处。' }])?.answer).toContain('只有数量');
  });

  it('answers names joined by 和, brought in by 由, or in brackets after the count', () => {
    expect(onlyCountsKindsAsked('2个试点社区分别是哪两个', ['确定试点社区2个：南湖社区和北山社区。'])).toBeUndefined();
    expect(onlyCountsKindsAsked('4支燃气抢修队伍分别是哪些单位的', ['全区组建燃气抢修队伍4支，由市政公司、供水公司、燃气公司和电力公司各组建一支。'])).toBeUndefined();
    expect(onlyCountsKindsAsked('约谈的3家物业企业是哪几家', ['约谈物业企业3家（金盘物业、海宁物业、和美物业）。'])).toBeUndefined();
    // One body after 由 names none of them.
    expect(onlyCountsKindsAsked('那5个小区具体是哪些', ['改造小区5个，由区住建局统一组织实施。'])).toEqual({ kind: '小区' });
  });

  it('reads "分别在哪些地方" as asking where they are, which a sentence placing them answers', () => {
    expect(countedKindAsked('这5个项目分别在哪些地方')).toBeUndefined();
    expect(onlyCountsKindsAsked('这5个项目分别在哪些地方', ['今年新开工保障房项目5个，分别位于城东街道、城西街道、南湖街道、北山镇和开发区。'])).toBeUndefined();
  });

  it('does not take the counted things for the thing asked of them', () => {
    expect(countedKindAsked('这3个小区分别有哪些改造内容')).toBeUndefined();
    expect(onlyCountsKindsAsked('这3个小区分别有哪些改造内容', ['全区3个小区纳入改造。'])).toBeUndefined();
    expect(onlyCountsKindsAsked('那3个试点街道有哪些做法', ['3个试点街道的做法主要有：建立议事会、引入专业物业。'])).toBeUndefined();
    // Which of them asked ("…中有哪几处"): not all of them, so a count of all does not leave it unanswered.
    expect(countedKindAsked('那8处历史建筑中有哪几处已经修缮')).toBeUndefined();
    expect(onlyCountsKindsAsked('那8处历史建筑中有哪几处已经修缮', ['8处历史建筑中，甲氏宅院、乙家祠堂已完成修缮。'])).toBeUndefined();
    expect(countedKindAsked('全区4支抢修队伍分别是哪些单位的')).toBe('抢修队伍');
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
