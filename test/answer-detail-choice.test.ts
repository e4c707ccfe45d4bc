import { describe, expect, it } from 'vitest';
import { type ExtractiveAnswer } from '../src/answer/offline/index.js';
import type { Chunk } from '../src/types.js';
import { extractiveAsker, makeChunk } from './support/services.js';

// An invented bureau (东林市): a yearly plan with tables, an implementation opinion, a meeting's minutes, a policy Q&A and
// a draft on private capital. None of its wording is in the shipped corpus or the evaluation sets.
const plan = '东林市2026年城镇老旧小区改造计划';
const opinion = '东林市人民政府办公室关于全面推进城镇老旧小区改造工作的实施意见';
const minutes = '东林市城镇老旧小区改造工作领导小组会议纪要';
const qa = '东林市城镇老旧小区改造政策问答';
const draft = '东林市城镇老旧小区改造社会资本参与办法（讨论稿）';
const chunks: Chunk[] = [
  makeChunk({ docId: 'dl-plan', title: plan, kind: 'policy', sectionPath: '一、目标任务', text: '2026年全市计划改造城镇老旧小区96个，涉及居民12800户。' }, 0),
  makeChunk(
    {
      docId: 'dl-plan',
      title: plan,
      kind: 'policy',
      sectionPath: '三、任务分解',
      text: [
        '表1 2026年城镇老旧小区改造任务分解表',
        '',
        '序号\t县（市、区）\t小区数（个）\t户数（户）\t建筑面积（万平方米）',
        '1\t东城区\t31\t4210\t36.5',
        '2\t西湖区\t27\t3650\t30.2',
        '3\t南岭县\t38\t4940\t41.8',
        '\t合计\t96\t12800\t108.5',
      ].join('\n'),
    },
    1,
  ),
  makeChunk(
    {
      docId: 'dl-opinion',
      title: opinion,
      kind: 'policy',
      sectionPath: '第二条',
      text: '第二条 本意见所称城镇老旧小区，是指城市建成年代较早、失养失修失管、市政配套设施不完善的住宅小区（含单栋住宅楼）。已列入棚户区改造计划的，不列入改造范围。',
    },
    2,
  ),
  makeChunk(
    {
      docId: 'dl-opinion',
      title: opinion,
      kind: 'policy',
      sectionPath: '第三条',
      text: '第三条 改造内容分为基础类、完善类、提升类三类。基础类为满足居民安全需要和基本生活需求的内容，主要是供水、排水、供电、道路等基础设施的改造提升，以及屋面防水、楼道修缮等公共部位维修。各地应优先实施基础类改造内容，完善类、提升类内容可同步实施。',
    },
    3,
  ),
  makeChunk(
    {
      docId: 'dl-minutes',
      title: minutes,
      kind: 'policy',
      sectionPath: '二、关于市级奖补资金拨付',
      text: '会议明确，市级奖补资金实行分段拨付：项目开工后拨付60%，竣工验收合格后拨付剩余40%。',
    },
    4,
  ),
  makeChunk(
    {
      docId: 'dl-qa',
      title: qa,
      kind: 'policy',
      sectionPath: '三、加装电梯',
      text: [
        '问：加装电梯要多少户同意？',
        '答：应当经本单元专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。',
        '',
        '问：加装电梯个人出的钱能用公积金吗？',
        '答：可以。业主可以申请提取本人及配偶的住房公积金，提取总额不超过个人实际分摊的费用。',
      ].join('\n'),
    },
    5,
  ),
  makeChunk(
    {
      docId: 'dl-draft',
      title: draft,
      kind: 'policy',
      sectionPath: '三、回报机制 > （一）经营期限',
      text: '社会资本取得的停车、充电等设施经营权，经营期限一般不超过15年，具体由县（市、区）政府与企业协商约定。东林市南岭县引入社会资本900万元，建设停车楼和社区食堂。',
    },
    6,
  ),
];
const ask = extractiveAsker(chunks, 6);

/** The answer's first quoted sentence, without its citation mark. */
const lead = (a: ExtractiveAnswer) => a.answer.split(/\[\d+\]/)[0];

describe('sentence choice: the detail asked, not the nearest sentence on the topic', () => {
  it('answers a figure asked of a table row with that row as the document writes it, under the header naming its columns, cited', async () => {
    const a = await ask('2026年改造计划任务分解表里南岭县要改多少个小区、多少户？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('序号｜县（市、区）｜小区数（个）｜户数（户）｜建筑面积（万平方米）\n3｜南岭县｜38｜4940｜41.8[1]');
    expect(a.answer).not.toContain('东城区');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0].docId).toBe('dl-plan');
    expect(a.citations[0].quote).toContain('3\t南岭县\t38\t4940');
  });

  it('answers a spoken when-question with the sentence that fixes the time by an event (开工后), not refusing it', async () => {
    const a = await ask('市里给改造项目补的钱啥时候能到账？');
    expect(a.answered).toBe(true);
    expect(lead(a)).toContain('项目开工后拨付60%');
    expect(a.citations[0].docId).toBe('dl-minutes');
  });

  it('answers a duration (最长多少年) with the figure, not as a when-question without a date', async () => {
    const a = await ask('社会资本参与办法讨论稿里经营期限最长多少年？');
    expect(a.answered).toBe(true);
    expect(lead(a)).toContain('不超过15年');
  });

  it('answers 什么样的小区算X with the sentence defining X', async () => {
    const a = await ask('按实施意见，什么样的小区算“城镇老旧小区”？');
    expect(a.answered).toBe(true);
    expect(lead(a)).toContain('本意见所称城镇老旧小区，是指');
    expect(a.citations[0].docId).toBe('dl-opinion');
  });

  it('answers 哪些小区属于X with the sentence defining X, not a sentence that merely uses 属于', async () => {
    const a = await ask('哪些小区属于城镇老旧小区？');
    expect(a.answered).toBe(true);
    expect(lead(a)).toContain('本意见所称城镇老旧小区，是指');
    expect(a.citations[0].docId).toBe('dl-opinion');
  });

  it('answers what one listed kind includes with the sentence describing that kind, not the list of kinds', async () => {
    const a = await ask('基础类改造包括哪些内容？');
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^基础类为满足居民安全需要/);
  });

  it('answers a colloquial question from a policy Q&A with the answer to the matching 问, not to its neighbour', async () => {
    const a = await ask('装电梯自己掏的那部分能拿公积金付不？');
    expect(a.answered).toBe(true);
    expect(lead(a)).toContain('提取本人及配偶的住房公积金');
    expect(a.answer).not.toContain('三分之二');
  });
});
