import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { shareSubject } from '../src/text/askedFigure.js';
import { documentChunks, extractiveAsker } from './support/services.js';

// An invented notice (南川市). None of its wording is in the shipped corpus or the evaluation sets.
const chunks: Chunk[] = documentChunks('nc-check', { title: '南川市住房和城乡建设局关于开展城镇老旧小区改造项目质量检查的通知', kind: 'policy' }, [
  ['', '市住建局将于2026年5月组织对各区进行抽查，抽查比例不低于在建项目的20%。改造方案要经居民充分协商，居民满意度作为衡量改造成效的重要标准。'],
]);
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
