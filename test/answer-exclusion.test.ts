// "第三条说哪些项目不属于改造范围？" is answered with the article's sentence stating the exclusion, not its opening
// definition. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { exclusionSentences } from '../src/text/questionTypes.js';
import { libraryDocument, testLibrary } from './support/library.js';

const OPINION = libraryDocument({ title: '松川省人民政府办公厅关于全面推进城镇老旧小区改造工作的实施意见' }, `松川省人民政府办公厅关于全面推进城镇老旧小区改造工作的实施意见

第一章\u3000总则
第一条\u3000目的。为全面推进城镇老旧小区改造，制定本意见。
第二条\u3000原则。坚持居民自愿、因地制宜。

第二章\u3000改造对象
第三条\u3000改造对象。城镇老旧小区是指城市或县城建成年代较早、失养失修失管的住宅小区。各地重点改造2000年底前建成的老旧小区。已纳入城镇棚户区改造计划、拟通过拆除新建实施改造的项目，不属于城镇老旧小区改造范围。
第四条\u3000改造内容。改造内容分为基础类、完善类、提升类三类。
`);

const t = testLibrary({ files: { 'opinion.txt': OPINION } });

describe('what is left out', () => {
  it('is stated only by a sentence of exclusion', () => {
    const sentences = [{ text: '城镇老旧小区是指建成年代较早的住宅小区。' }, { text: '拟通过拆除新建实施改造的项目，不属于城镇老旧小区改造范围。' }];
    expect(exclusionSentences('哪些项目不属于改造范围？', sentences)).toEqual([sentences[1]]);
    expect(exclusionSentences('哪些项目属于改造范围？', sentences)).toBeUndefined();
  });

  it('answers "第三条说哪些项目不属于…" with the exclusion, not the definition', async () => {
    const answer = await answerQuestion(t.services, '实施意见第三条说哪些项目不属于老旧小区改造范围？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('城镇棚户区改造计划');
    expect(answer.answer).not.toContain('是指');
  });
});
