// A task table, a price table, a reply's 办理结果 table: a section laid out as a table ("9｜新增停车泊位2200个｜…｜2025年
// 12月20日前") had no sentence ending in a stop, so a draft quoted nothing from it. A row stating a figure is quoted as
// a sentence of its own, its cells shown apart as answers show them; the header is not.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { quotableSentences } from '../src/draft/quotable.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const TASKS = '序号\t任务\t牵头单位\t完成时限\n8\t完成加装电梯40台\t市住建局\t2025年12月20日前\n9\t新增停车泊位2200个\t各县（市、区）政府\t2025年12月20日前';

describe('table rows as quotable sentences', () => {
  it('quotes each row stating a figure, cells shown apart, and not the header', () => {
    const quotable = quotableSentences(`二、重点任务分解\n${TASKS}\n表中完成时限为最迟完成时间。`);
    expect(quotable).toEqual(['8｜完成加装电梯40台｜市住建局｜2025年12月20日前。', '9｜新增停车泊位2200个｜各县（市、区）政府｜2025年12月20日前。', '表中完成时限为最迟完成时间。']);
  });

  it('quotes no row when turned off', () => {
    expect(quotableSentences(TASKS, { tableRowsAreSentences: false })).toEqual([]);
  });

  it('lets a draft cite a task table row for the ask it answers', async () => {
    const chunks = documentChunks('renwu_2025', { title: '南屿市2025年城镇老旧小区改造工作任务分解表', number: '南政办发〔2025〕11号', kind: 'policy' }, [['二、重点任务分解', TASKS]]);
    const proposal = `关于增加老旧小区停车泊位的建议\n\n市人大代表 芮思远\n\n为此建议：\n\n一、将新增停车泊位作为改造的年度任务。\n\n二、在小区内设置快递柜。`;
    const [parking, lockers] = (await draftReply(servicesOverChunks([...chunks, ...briefingChunks()], { stats: true }), { text: proposal })).draft!.sections;
    expect(parking.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('新增停车泊位2200个'));
    expect(lockers.citations).toEqual([]);
  });
});
