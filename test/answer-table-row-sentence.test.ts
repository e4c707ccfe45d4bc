// A table row is as short as a heading and as bare of punctuation ("5｜雨季施工安全专项检查｜安全监督科｜7月20日前"),
// but it states its figures: it may answer, and it is shown with its cells apart as the source typed them, not run
// together ("…检查安全监督科7月20日前") nor apart by tabs. Which rows a column puts in a class ("被评为“中”的是哪几个
// 县区") is answered by those rows, found by their cell.
import { describe, expect, it } from 'vitest';
import { asksRowsOfClass, isFigureRow, shownRow } from '../src/text/tables.js';
import { libraryDocument, testLibrary } from './support/library.js';

const TASKS = libraryDocument({ title: '青禾市2026年城镇老旧小区改造工作要点', issuer: '青禾市住房和城乡建设局' }, `青禾市2026年城镇老旧小区改造工作要点

一、总体目标
2026年全市计划改造城镇老旧小区64个，惠及居民9800户。

二、重点任务分解
序号｜任务｜责任科室｜完成时限
1｜下达年度改造计划｜规划发展科｜3月31日前
2｜雨季施工安全专项检查｜安全监督科｜7月20日前
3｜增设升降设备18台全部完工｜更新改造科｜11月30日前
4｜制定改造小区停车收费指导价｜物业服务科（会同市价格主管部门）｜8月31日前

三、工作要求
各县（市、区）要按月报送进度，每月10日前报送上月进度表。
`);

const SCORES = libraryDocument({ title: '青禾市2025年度老旧小区改造补助资金绩效评价报告', issuer: '青禾市财政局' }, `青禾市2025年度老旧小区改造补助资金绩效评价报告

一、评价结论
全市补助资金绩效评价综合得分83.2分，评价等级为“良”。

二、各区县得分
区县｜得分｜等级
东湖区｜92.5｜优
西岭县｜76.1｜中
南浦区｜85.3｜良
北川县｜74.8｜中
青石县｜88.0｜良
`);

const GRIDS = libraryDocument({ title: '青禾市2025年度网格化管理考评结果', issuer: '青禾市住房和城乡建设局' }, `青禾市2025年度网格化管理考评结果

一、考评结果
网格｜得分｜等级
城关第1网格｜91.5｜优
城关第2网格｜84.0｜良
城关第3网格｜72.5｜中
城关第4网格｜86.5｜良

二、整改要求
考评为“中”的网格要限期整改。
`);

const library = testLibrary({ files: { 'qh_yaodian.txt': TASKS, 'qh_jixiao.txt': SCORES, 'qh_wangge.txt': GRIDS } }, { timeout: 120_000 });

describe('a table row as an answer sentence', () => {
  it('answers rows named by an ordinal ("城关第2网格") as names, not as a count', async () => {
    const a = await library.ask('网格化管理考评被评为“良”的是哪几个网格？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('城关第2网格｜84.0｜良');
    expect(a.answer).not.toContain('只有数量');
  });

  it('answers a deadline asked of a task from its short row, cells shown apart', async () => {
    const a = await library.ask('雨季施工安全专项检查要在什么时候前完成？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('安全监督科｜7月20日前');
  });

  it('answers which office is responsible from the row', async () => {
    const a = await library.ask('增设升降设备18台全部完工这项任务由哪个科室负责？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('增设升降设备18台全部完工｜更新改造科');
  });

  it('answers which rows are of the class asked with those rows', async () => {
    const a = await library.ask('绩效评价被评为“中”的是哪几个区县？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('西岭县｜76.1｜中');
    expect(a.answer).toContain('北川县｜74.8｜中');
    expect(a.answer).not.toContain('南浦区');
  });

  it('reads a class asked as the whole cell', () => {
    expect(asksRowsOfClass('被评为良好的是哪两个县区', '良好')).toBe(true);
    expect(asksRowsOfClass('被评为良好的是哪两个县区', '良')).toBe(false);
    expect(asksRowsOfClass('被评为“良”的县区得了多少分', '良')).toBe(false);
  });

  it('reads rows with a figure as data and shows their cells apart', () => {
    expect(isFigureRow('2\t雨季施工安全专项检查\t安全监督科\t7月20日前')).toBe(true);
    expect(isFigureRow('序号\t任务\t责任科室\t完成时限')).toBe(false);
    expect(isFigureRow('县区\t2025年目标（个）\t2026年目标（个）')).toBe(false);
    expect(isFigureRow('二、重点任务分解')).toBe(false);
    expect(shownRow('2\t雨季施工安全专项检查\t安全监督科\t7月20日前')).toBe('2｜雨季施工安全专项检查｜安全监督科｜7月20日前');
    expect(shownRow('各县（市、区）要按月报送进度。')).toBe('各县（市、区）要按月报送进度。');
  });
});
