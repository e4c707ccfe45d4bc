import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { askedDeadline, statesDeadline } from '../src/text/deadlines.js';
import { documentChunks, extractiveAsker } from './support/services.js';

// Invented documents (东林市, a national-style opinion). None of their wording is in the shipped corpus or the evaluation sets.
const chunks: Chunk[] = [
  ...documentChunks('dl-plan', { title: '东林市2027年城镇老旧小区改造实施方案', kind: 'policy' }, [
    ['一、工作目标', '东林市2027年计划实施城镇老旧小区项目40个，涉及居民5200户。'],
  ]),
  ...documentChunks('gd-opinion', { title: '城镇老旧小区改造政策解读', kind: 'policy' }, [
    ['', '根据设定的工作目标，2025年新开工改造小区3万个；到2027年，基本建立城镇老旧小区长效管理机制；到2030年，基本完成需改造小区的改造任务。'],
  ]),
];
const ask = extractiveAsker(chunks, 4);

describe('a year asked as a deadline (到2027年…目标)', () => {
  it('is answered with the target set for that year, not with a plan figure of that year', async () => {
    const a = await ask('到2027年老旧小区改造的目标是什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^到2027年，基本建立城镇老旧小区长效管理机制/);
    expect(a.answer).not.toContain('项目40个');
  });

  it('reads the deadline in a question and in a sentence', () => {
    expect(askedDeadline('到2022年要形成什么？')).toBe('2022');
    expect(askedDeadline('2025年底前要完成哪些改造？')).toBe('2025');
    expect(askedDeadline('2022年改造了多少个小区？')).toBeUndefined();
    expect(statesDeadline('到2022年，基本形成制度框架', '2022')).toBe(true);
    expect(statesDeadline('2022年底前完成摸底', '2022')).toBe(true);
    expect(statesDeadline('2022年改造项目11个', '2022')).toBe(false);
  });
});
