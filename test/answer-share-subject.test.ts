import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { feeSubject, shareSubject } from '../src/text/askedFigure.js';
import { extractiveAsker, makeChunk } from './support/services.js';

// An invented notice (南川市). None of its wording is in the shipped corpus or the evaluation sets.
const chunks: Chunk[] = [
  makeChunk({
    docId: 'nc-check',
    title: '南川市住房和城乡建设局关于开展城镇老旧小区改造项目质量检查的通知',
    kind: 'policy',
    text: '市住建局将于2026年5月组织对各区进行抽查，抽查比例不低于在建项目的20%。改造方案要经居民充分协商，居民满意度作为衡量改造成效的重要标准。',
  }),
];
const ask = extractiveAsker(chunks, 4);

describe('a share asked of one thing (出资比例) is not answered with a share of another (抽查比例)', () => {
  it('refuses 居民出资比例不低于多少 when the only percentage is the inspection share', async () => {
    const a = await ask('通知要求居民出资比例不低于多少？');
    expect(a.answered).toBe(false);
  });

  it('answers the share the text does state', async () => {
    const a = await ask('通知要求抽查比例不低于多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('20%');
  });

  it('reads what a share is of', () => {
    expect(shareSubject('居民出资比例不低于多少？')).toBe('出资');
    expect(shareSubject('柳州2023年居民出资占比是多少？')).toBe('出资');
    expect(shareSubject('放宽改造范围时有什么比例限制？')).toBeUndefined();
    expect(shareSubject('补助的比例是多少？')).toBeUndefined();
  });
});

describe('a fee asked for one thing (设计费) is not answered with what is paid for another', () => {
  const rules: Chunk[] = [
    makeChunk({
      docId: 'nc-pay',
      title: '南川市城镇老旧小区改造居民出资指导意见',
      kind: 'policy',
      text: '各区对居民出资的标准、方式和收取主体做法不一，为统一标准、规范收取，制定本意见。改造后小区内停车收费标准由业主大会决定，收益归全体业主所有。',
    }),
  ];
  const askRules = extractiveAsker(rules, 4);

  it('refuses 设计费按什么标准收取 when the documents only set what residents pay', async () => {
    const a = await askRules('老旧小区改造的设计费按什么标准收取？');
    expect(a.answered).toBe(false);
  });

  it('answers a fee the text does speak of (停车费 → 停车收费)', async () => {
    const a = await askRules('小区停车费的标准谁来定？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('停车收费标准由业主大会决定');
  });

  it('reads what a fee is for', () => {
    expect(feeSubject('设计费按什么标准收取？')).toBe('设计');
    expect(feeSubject('入户费能便宜多少？')).toBe('入户');
    expect(feeSubject('改造经费从哪里来？')).toBeUndefined();
    expect(feeSubject('停车收费吗？')).toBeUndefined();
    expect(feeSubject('要交什么费？')).toBeUndefined();
  });
});
