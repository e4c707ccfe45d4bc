import { describe, expect, it } from 'vitest';
import { answerExtractively, questionFocus } from '../src/answer/offline/index.js';
import type { Passage } from '../src/grounding/passages.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import type { Chunk } from '../src/types.js';
import { makeChunk } from './support/services.js';

// Invented documents: a prefecture's half-year assessment (a score table and sentences about its last place) and a
// progress report with a table by county. None of the wording is in the shipped corpus or the evaluation sets.
const assessment = '青石州上半年城镇老旧小区改造工作考核情况通报';
const report = '青石州2026年城镇老旧小区改造进展情况报告';
const chunks: Chunk[] = [
  makeChunk({ docId: 'qs-kh', title: assessment, kind: 'policy', sectionPath: '四、奖惩措施', text: '红岩县总分居后，州领导小组将派督导组驻县帮扶一个月。' }, 0),
  makeChunk({ docId: 'qs-kh', title: assessment, kind: 'policy', sectionPath: '六、整改要求', text: '红岩县须在8月31日前补齐配套资金，考核排名情况在全州通报。' }, 1),
  makeChunk({ docId: 'qs-kh', title: assessment, kind: 'policy', sectionPath: '八、其他说明', text: '红岩县、白沙县的考核数据由其主管部门报送，与各市同口径计算。' }, 2),
  makeChunk(
    {
      docId: 'qs-kh',
      title: assessment,
      kind: 'policy',
      sectionPath: '二、考核排名',
      text: ['县（市）\t任务推进\t资金管理\t总分\t排名', '青石市\t28.4\t18.2\t90.6\t1', '白沙县\t26.1\t17.5\t86.0\t2', '红岩县\t21.7\t14.9\t72.3\t3'].join('\n'),
    },
    3,
  ),
  makeChunk(
    {
      docId: 'qs-jz',
      title: report,
      kind: 'policy',
      sectionPath: '二、分县市进展',
      text: ['县（市）\t计划小区\t已开工\t开工率', '青石市\t80\t76\t95.0%', '白沙县\t42\t40\t95.2%', '红岩县\t25\t19\t76.0%', '红岩县受雨季影响，开工推迟约一个月。'].join('\n'),
    },
    4,
  ),
  makeChunk({ docId: 'qs-jz', title: report, kind: 'policy', sectionPath: '五、典型做法', text: '白沙县把居民议事会开到楼栋，改造内容由议事会投票排序。' }, 5),
];

/** The offline answer from the given chunks as the passages, in that order (rank 1 first). */
function answerFrom(question: string, ranked: Chunk[]) {
  const passages: Passage[] = ranked.map((chunk, i) => ({ n: i + 1, chunk, score: 1 - i * 0.1 }));
  const tokenizer = getTokenizer();
  return answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: (docId) => chunks.filter((c) => c.docId === docId) });
}

describe('a table row asked as a whole ("…那一行是什么情况", "…的计划小区和开工情况")', () => {
  it('answers "X那一行" with that row under its header, even when the table ranks below sentences naming X', () => {
    const a = answerFrom('考核通报排名表中红岩县那一行是什么情况', chunks.slice(0, 4));
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('县（市）｜任务推进｜资金管理｜总分｜排名');
    expect(a.answer).toContain('红岩县｜21.7｜14.9｜72.3｜3[1]');
    expect(a.answer).not.toContain('督导组');
    expect(a.citations[0].docId).toBe('qs-kh');
  });

  it('answers the situation of a row by the columns it names, not a sentence of the same passage about another place', () => {
    const a = answerFrom('进展报告中白沙县的计划小区和开工情况', [chunks[4], chunks[5]]);
    expect(a.answer).toContain('白沙县｜42｜40｜95.2%[1]');
    expect(a.answer).not.toContain('雨季');
  });

  it('takes a place named with another unit ("青石州") for no row of its namesake city ("青石市")', () => {
    const a = answerFrom('青石州进展报告中白沙县的计划小区和开工情况', [chunks[4], chunks[5]]);
    expect(a.answer).toContain('白沙县｜42｜40｜95.2%[1]');
    expect(a.answer).not.toContain('青石市｜80');
  });

  it("takes a place named as an autonomous unit (\"青石自治州\") for no row of its namesake city either", () => {
    const a = answerFrom('青石自治州进展报告中白沙县的计划小区和开工情况', [chunks[4], chunks[5]]);
    expect(a.answer).toContain('白沙县｜42｜40｜95.2%[1]');
    expect(a.answer).not.toContain('青石市｜80');
  });

  it("takes a place named as an ethnic autonomous unit (\"青石苗族自治州\", \"青石土家族苗族自治州\") for no row of its namesake city", () => {
    for (const place of ['青石苗族自治州', '青石土家族苗族自治州']) {
      const a = answerFrom(`${place}进展报告中白沙县的计划小区和开工情况`, [chunks[4], chunks[5]]);
      expect(a.answer).not.toContain('青石市｜80');
    }
  });

  it("takes an ethnic autonomous county (\"白沙回族自治县\") for the row of its short form (白沙县), a county's table writes it so", () => {
    const a = answerFrom('进展报告中白沙回族自治县的计划小区和开工情况', [chunks[4], chunks[5]]);
    expect(a.answer).toContain('白沙县｜42｜40｜95.2%[1]');
  });

  it('leaves a situation the table has no column for (整改情况) to the sentences', () => {
    const a = answerFrom('红岩县的整改情况', chunks.slice(0, 4));
    expect(a.answer).not.toContain('｜');
  });
});
