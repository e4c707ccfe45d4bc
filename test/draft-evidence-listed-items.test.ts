// A suggestion naming a set ("加快庭院和楼内燃气管道改造进度", "…扩大到甲县、乙县、丙市") asks about the set: a passage on
// the set that names none of its items ("燃气管道改造96公里") answers it, and so does one that names the items. One item
// alone (庭院) is no word every quote must hold. A section the library says nothing about stays a gap.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { coordinatedItems } from '../src/text/coordination.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const PLAN = documentChunks('plan_2025', { title: '青城市2025年城镇老旧小区改造计划', number: '青住建〔2025〕8号', kind: 'policy' }, [
  ['三、重点改造内容 > （一）燃气管道改造96公里', '（一）燃气管道改造96公里，更换户内燃气软管2.3万户；'],
  ['三、重点改造内容 > （二）供热管网改造', '（二）改造供热管网40公里，同步更换老旧换热站6座；'],
]);
const QA = documentChunks('qa_2024', { title: '加装电梯政策问答', kind: 'policy' }, [['', '东山县、西林县、南河市的加装电梯补助标准由各县（市）自行确定。']]);
const services = () => servicesOverChunks([...PLAN, ...QA, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于加快老旧小区燃气和电梯改造的提案

提案人：林海波

我市一些老旧小区燃气管道老化，加装电梯进展也不平衡。为此建议：

一、加快庭院和楼内燃气管道改造进度，明确年度改造里程。

二、把加装电梯补助政策扩大到东山县、西林县、南河市。

三、在改造小区推广屋顶光伏发电，对居民安装光伏板给予补贴。`;

describe('an ask naming a set of things or places', () => {
  const drafted = () => draftReply(services(), { text: PROPOSAL }).then((r) => r.draft!.sections);

  it('reads the items of a set beside a conjunction', () => {
    expect([...coordinatedItems('加快庭院和楼内燃气管道改造进度')]).toContain('庭院');
    expect([...coordinatedItems('扩大到东山县、西林县、南河市')]).toEqual(expect.arrayContaining(['东山县', '西林县']));
    expect(coordinatedItems('加快燃气管道改造进度').size).toBe(0);
  });

  it('quotes the plan on gas pipes for "加快庭院和楼内燃气管道改造"', async () => {
    const [gas] = await drafted();
    expect(gas.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('燃气管道改造96公里'));
    expect(gas.citations.map((c) => c.quote)).not.toContainEqual(expect.stringContaining('供热管网'));
  });

  it('still quotes a passage naming the listed counties', async () => {
    const [, counties] = await drafted();
    expect(counties.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('由各县（市）自行确定'));
  });

  it('leaves an ask the library says nothing of uncited', async () => {
    const [, , solar] = await drafted();
    expect(solar.citations).toEqual([]);
  });
});
