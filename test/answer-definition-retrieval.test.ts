// "什么叫城镇老旧小区？" in a library about 城镇老旧小区: every chunk holds the term, so the article defining it ("本办法所称
// 城镇老旧小区，是指…") may rank below the top passages; the deeper search brings it in and the definition answers.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { asksMeaning } from '../src/text/questionTypes.js';
import { libraryDocument, testLibrary } from './support/library.js';

const report = (year: number) => libraryDocument({ title: `云岭市${year}年城镇老旧小区改造工作总结` }, `云岭市${year}年城镇老旧小区改造工作总结

${year}年，全市城镇老旧小区改造工作总体顺利，城镇老旧小区改造任务全面完成。
城镇老旧小区改造惠及居民${year - 2000}00户，城镇老旧小区居民满意度明显提升。
`);

const RULES = libraryDocument({ title: '云岭市城镇老旧小区改造管理办法' }, `云岭市城镇老旧小区改造管理办法

第一章 总则
第一条 为规范本市改造工作，制定本办法。
第二条 本办法适用于本市行政区域内的改造项目。
第三条 本办法所称城镇老旧小区，是指城市或者县城建成年代较早、失养失修失管、市政配套设施不完善的住宅小区。
`);

const files: Record<string, string> = { 'rules.txt': RULES };
for (let year = 2016; year <= 2024; year++) files[`report_${year}.txt`] = report(year);
const t = testLibrary({ files }, { timeout: 120_000 });

describe('what a term means', () => {
  it('is answered by the article defining it, however low it ranks among passages that only use the term', async () => {
    for (const q of ['什么叫城镇老旧小区？', '城镇老旧小区是什么意思？']) {
      const a = await answerQuestion(t.services, q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain('失养失修失管');
    }
  });

  it('is not what "为什么是…" asks (a reason, whose deeper search would bring in the defining article)', () => {
    expect(asksMeaning('什么是城镇老旧小区？')).toBe(true);
    expect(asksMeaning('为什么是2000年底前建成的小区才纳入改造？')).toBe(false);
  });
});
