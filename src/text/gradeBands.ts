// Grades of an assessment (优秀, 良好, 合格…) and the score band a question asks for one of them: "考评得多少分算良好",
// "良好等次的分数线是多少". A scale of other grades (优良/合格/不合格) holds no band for the grade asked.

import { clausesOf } from './clauses.js';

/**
 * The grade words assessments use, longest first so that a grade is read whole: 基本合格 and 不合格 are other grades
 * than 合格. A one-character grade ("良", "中") is read only when quoted ("被评为“良”").
 */
const GRADE_WORDS = ['基本合格', '不合格', '不达标', '基本满意', '不满意', '优秀', '优良', '良好', '合格', '较好', '一般', '较差', '达标', '满意'];
const GRADE = `(?:[“"]?(?:${GRADE_WORDS.join('|')})[”"]?|[“"][优良中差好][”"])`;

/** A score asked: 多少分, 几分, 分数线, a bare 多少 before 算 ("总分多少算优良"). */
const SCORE_ASKED = /多少分|几分|分数线|分数段|得分|多少(?=才?(?:能)?(?:算|评为|评定为|定为))/u;

/** The grade a score is asked for after 算/评为: "…多少分算良好". */
const GRADE_AFTER_ACT = new RegExp(`(?:算|评为|评定为|定为|属于)(${GRADE})`, 'u');

/** The grade a score is asked for before 等次/要多少分: "良好等次的分数线", "优秀要多少分". */
const GRADE_BEFORE_SCORE = new RegExp(`(${GRADE})(等次|等级|档次)?的?(?:分数线|分数段|要多少分|需要多少分|得多少分|是多少分|多少分)`, 'u');

/** Grades that are also everyday words ("考核一般多少分算合格": usually): read before the score only when named a grade (等次). */
const GRADES_ALSO_COMMON_WORDS = new Set(['一般', '满意', '较好', '达标']);

/** The grade whose score band a question asks ("物业管理导则考评得多少分算良好" → 良好), or undefined. */
export function gradeBandAsked(question: string): string | undefined {
  for (const clause of clausesOf(question.normalize('NFKC'))) {
    if (!SCORE_ASKED.test(clause)) continue;
    const after = clause.match(GRADE_AFTER_ACT)?.[1];
    if (after) return after.replace(/[“”"]/gu, '');
    const before = clause.match(GRADE_BEFORE_SCORE);
    if (before && (before[2] || !GRADES_ALSO_COMMON_WORDS.has(before[1]))) return before[1].replace(/[“”"]/gu, '');
  }
  return undefined;
}

/** A grade as the asker quotes it ("评为“良好”的门卫", "“较差”的片区"): quoted, even a common word names the grade. */
const QUOTED_GRADE = new RegExp(`[“"](${GRADE_WORDS.join('|')}|[优良中差好])[”"]`, 'u');

/** A grade named as an assessment's result: after 评为/考核为… ("考核为优秀的") or before 等次 ("良好等次的单位"). */
const GRADE_AS_RESULT = new RegExp(
  `(?:评为|评定为|评价为|考核为|考评为|认定为|定为|等次为|等级为)(${GRADE_WORDS.join('|')})|(${GRADE_WORDS.join('|')})(?:等次|等级|档次)`,
  'u',
);

/**
 * Pass/fail verdicts ("检验结论为不合格", "评定为不达标"): a result, not a grade of a scale; the text may word the same
 * verdict otherwise (不达标 for 不合格). Read as a grade only when the question names it one ("合格等次的小区").
 */
const PASS_FAIL_WORDS = new Set(['合格', '不合格', '达标', '不达标']);

/**
 * The grade a question is about ("保洁员年终被评为“良好”发多少奖金" → 良好, "考评为较差的街道怎么处理" → 较差): its
 * reward, its consequence, who holds it. An answer about other grades of the scale answers another question.
 */
export function gradeNamedAsResult(question: string): string | undefined {
  const text = question.normalize('NFKC');
  const quoted = text.match(QUOTED_GRADE)?.[1];
  if (quoted && !PASS_FAIL_WORDS.has(quoted)) return quoted;
  for (const result of text.matchAll(new RegExp(GRADE_AS_RESULT.source, 'gu'))) {
    if (result[2]) return result[2];
    if (!PASS_FAIL_WORDS.has(result[1])) return result[1];
  }
  return undefined;
}

/** Whether a text names a grade as itself: 合格 not inside 不合格 or 基本合格, 满意 not inside 不满意 or 基本满意. */
export function namesGrade(text: string, grade: string): boolean {
  const longer = GRADE_WORDS.filter((w) => w !== grade && w.includes(grade));
  const rest = longer.reduce((t, w) => t.replaceAll(w, ' '), text.normalize('NFKC'));
  return rest.includes(grade);
}
