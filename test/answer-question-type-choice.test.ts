import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { extractiveAsker, makeChunk } from './support/services.js';

const plan = '青川市2025年城镇老旧小区改造工作方案';
const qa = '青川市老旧小区改造政策问答';
const reply = '青川市住房和城乡建设局关于市人大第12号建议的答复';
const chunks: Chunk[] = [
  makeChunk({ docId: 'qc-plan', title: plan, kind: 'policy', sectionPath: '二、重点任务 > （一）消除安全隐患 > 1.供水管网更换', text: '对漏损严重的老旧供水管网全部更换，由供水企业承担专营部分费用。' }, 0),
  makeChunk({ docId: 'qc-plan', title: plan, kind: 'policy', sectionPath: '二、重点任务 > （一）消除安全隐患 > 2.电梯加固维修', text: '对运行超过十五年的电梯开展检测，存在问题的限期维修。' }, 1),
  makeChunk({ docId: 'qc-plan', title: plan, kind: 'policy', sectionPath: '二、重点任务 > （一）消除安全隐患 > 3.外墙脱落治理', text: '对外墙饰面空鼓开裂的楼栋先行排险，再实施立面整治。' }, 2),
  makeChunk({ docId: 'qc-plan', title: plan, kind: 'policy', sectionPath: '二、重点任务 > （二）完善配套设施', text: '结合片区更新补建停车、充电和养老设施，做到应建尽建。' }, 3),
  makeChunk({ docId: 'qc-qa', title: qa, kind: 'policy', sectionPath: '5.改造后小区谁来管', text: '改造后同步明确管理主体。没有物业企业的，由社区组织托底物业服务或居民自治管理。' }, 4),
  makeChunk(
    {
      docId: 'qc-reply',
      title: reply,
      kind: 'reply',
      sectionPath: '一、关于改造后的管理',
      text: '规模较大的小区选聘专业物业企业。规模较小、收费困难的，由街道、社区组织开展托底物业服务，提供清扫保洁、秩序维护、绿化养护等基础服务。',
    },
    5,
  ),
];
const ask = extractiveAsker(chunks, 6);

describe('sentence choice by question type: headings and descriptions', () => {
  it('lists the sub-headings of the asked section even when no sentence repeats the question words', async () => {
    const a = await ask('青川市工作方案里消除安全隐患包括哪几项？');
    expect(a.answered).toBe(true);
    const lines = a.answer.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^供水管网更换：对漏损严重的老旧供水管网[^\n]*\[\d+\]/);
    expect(lines[1]).toMatch(/^电梯加固维修：/);
    expect(lines[2]).toMatch(/^外墙脱落治理：/);
    expect(a.answer).not.toContain('停车');
  });

  it('answers what a quoted term means with the sentence that describes it, not one that merely names it', async () => {
    const a = await ask('“托底物业服务”具体指什么？');
    expect(a.answered).toBe(true);
    expect(a.answer.split(/\[\d+\]/)[0]).toContain('托底物业服务，提供清扫保洁、秩序维护、绿化养护等基础服务');
    expect(a.citations[0].docId).toBe('qc-reply');
  });
});
