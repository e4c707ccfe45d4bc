// "物业管理导则考评得多少分算良好" answered by a scale of other grades ("85分以上为优良，70分至84分为合格…"): the score
// band of a grade the library does not use is asked, and another grade's band read as the answer is a wrong figure.
import { describe, expect, it } from 'vitest';
import { gradeBandRefusal, gradeUnnamedRefusal } from '../src/answer/gate/figures.js';
import { gradeBandAsked, gradeNamedAsResult, namesGrade } from '../src/text/gradeBands.js';
import type { Chunk, Citation } from '../src/types.js';

const cite = (quote: string, n = 1): Citation => ({ n, docId: 'doc', title: '城镇老旧小区改造物业管理导则（试行）', number: null, section: '', quote, chunkId: `doc#${n}` });

describe('the grade whose score band is asked', () => {
  it('reads it after 算/评为 or before 等次的分数线', () => {
    expect(gradeBandAsked('物业管理导则考评得多少分算良好')).toBe('良好');
    expect(gradeBandAsked('资金绩效评价得多少分算合格')).toBe('合格');
    expect(gradeBandAsked('验收总分多少算优良')).toBe('优良');
    expect(gradeBandAsked('省级考核良好等次的分数线是多少')).toBe('良好');
    expect(gradeBandAsked('评为“良”要多少分')).toBe('良');
    expect(gradeBandAsked('验收得多少分算合格，不合格的要多长时间整改')).toBe('合格');
    expect(gradeBandAsked('门卫考评得几分能算“较好”等次')).toBe('较好');
  });

  it('reads none where no band of a named grade is asked', () => {
    expect(gradeBandAsked('它得了多少分，是什么等级')).toBeUndefined();
    expect(gradeBandAsked('绩效评价被评为"良"的是哪几个县区')).toBeUndefined();
    expect(gradeBandAsked('绩效评价分几个等次，较差的有什么后果')).toBeUndefined();
    // 一般 as "usually" is no grade; the grade asked is the one after 算.
    expect(gradeBandAsked('考核一般多少分算合格')).toBe('合格');
    expect(gradeBandAsked('这类考核一般多少分')).toBeUndefined();
    expect(gradeBandAsked('一般等次的分数线是多少')).toBe('一般');
  });

  it('finds a grade only as itself: 不合格 and 基本合格 are other grades than 合格', () => {
    expect(namesGrade('总分80分至89分的，评定为“合格”', '合格')).toBe(true);
    expect(namesGrade('总分低于80分的，评定为“不合格”', '合格')).toBe(false);
    expect(namesGrade('60分至69分为基本合格', '合格')).toBe(false);
    expect(namesGrade('考评得分85分以上为优良', '良好')).toBe(false);
  });
});

describe('an answer giving other grades\' bands', () => {
  it('is refused, saying which grade has no band and quoting the scale', () => {
    const scale = cite('（二）考评得分85分以上为优良，70分至84分为合格，70分以下为不合格。');
    const refusal = gradeBandRefusal('物业管理导则考评得多少分算良好', [scale]);
    expect(refusal?.answer).toContain('没有“良好”这一等次的分数标准');
    expect(refusal?.citations[0].quote).toBe(scale.quote);
    expect(gradeBandRefusal('验收得多少分算合格', [cite('（三）总分低于80分的，评定为“不合格”，限期30日内整改。')])).toBeDefined();
  });

  it('keeps an answer stating the band of the grade asked', () => {
    expect(gradeBandRefusal('验收总分多少算优良', [cite('（一）总分90分以上的，评定为“优良”。')])).toBeUndefined();
    expect(gradeBandRefusal('考评得多少分算合格', [cite('（二）考评得分85分以上为优良，70分至84分为合格，70分以下为不合格。')])).toBeUndefined();
  });
});

describe("the grade a question is about", () => {
  it("reads a quoted grade, a grade after 评为/考核为, or one before 等次", () => {
    expect(gradeNamedAsResult('保洁员年终被评为“良好”发多少奖金')).toBe('良好');
    expect(gradeNamedAsResult('片区考评为“较差”的怎么处理')).toBe('较差');
    expect(gradeNamedAsResult('考核为优秀的门卫发多少奖金')).toBe('优秀');
    expect(gradeNamedAsResult('合格等次的小区有几个')).toBe('合格');
  });

  it("reads none where no grade is named as a result", () => {
    expect(gradeNamedAsResult('考核一般每年做几次')).toBeUndefined();
    expect(gradeNamedAsResult('物业考评分几个等次')).toBeUndefined();
    expect(gradeNamedAsResult('验收合格后多久拨付资金')).toBeUndefined();
  });

  it("reads a pass/fail verdict as no grade unless it is named a grade (等次)", () => {
    expect(gradeNamedAsResult('锅炉年度检测评定为不达标的，多久要修好')).toBeUndefined();
    expect(gradeNamedAsResult('消防设施抽查结果为“不达标”的，几天内整改')).toBeUndefined();
    expect(gradeNamedAsResult('水箱清洗验收定为不合格以后怎么办')).toBeUndefined();
    expect(gradeNamedAsResult('验收定为不合格、年终评为“较差”的单位怎么处理')).toBe('较差');
  });
});

describe("an answer about other grades than the one asked", () => {
  it("is refused, saying which grade the library does not speak of", () => {
    const other = cite('（一）年终评为优秀的保洁员，发放奖金800元。');
    const refusal = gradeUnnamedRefusal('保洁员年终被评为“良好”发多少奖金', [other]);
    expect(refusal?.answer).toContain('没有关于“良好”等次的内容');
    expect(refusal?.citations[0].quote).toBe(other.quote);
  });

  it("keeps an answer whose sentence or heading names the grade asked", () => {
    expect(gradeUnnamedRefusal('保洁员年终被评为“良好”发多少奖金', [cite('年终评为良好的保洁员，发放奖金500元。')])).toBeUndefined();
    expect(gradeUnnamedRefusal('考核为优秀的门卫发多少奖金', [{ ...cite('发放奖金800元。'), section: '五、奖金 > （一）考核优秀的门卫' }])).toBeUndefined();
  });

  it("refuses an answer naming only a longer grade holding the word (不合格 is not 合格)", () => {
    expect(gradeUnnamedRefusal('合格等次的小区有几个', [cite('评定为不合格的小区3个，限期整改。')])).toBeDefined();
  });

  it("keeps an answer whose passage names the grade a sentence before the quote", () => {
    const quoted: Citation = { ...cite('对这些门卫，按每人600元发放奖金。'), chunkId: 'doc#7' };
    const passage = { id: 'doc#7', docId: 'doc', text: '年终评为优秀的门卫，由街道通报表扬。对这些门卫，按每人600元发放奖金。' };
    const chunksOf = () => [passage] as unknown as Chunk[];
    expect(gradeUnnamedRefusal('年终评为优秀的门卫发多少奖金', [quoted], chunksOf)).toBeUndefined();
    expect(gradeUnnamedRefusal('年终评为优秀的门卫发多少奖金', [quoted])).toBeDefined();
  });

  it("keeps an answer from a document whose title names the grade asked", () => {
    const quoted: Citation = { ...cite('第五条 符合本办法第二条的门卫，每人奖励600元。'), title: '某区门卫年终考核优秀等次奖励办法' };
    expect(gradeUnnamedRefusal('门卫年终考核评为优秀的奖励多少', [quoted])).toBeUndefined();
  });

  it("keeps an answer to a pass/fail verdict worded otherwise in the text (不达标 for 不合格)", () => {
    expect(gradeUnnamedRefusal('锅炉年度检测评定为不达标的，多久要修好', [cite('检测结论为不合格的锅炉，应当在15日内完成维修。')])).toBeUndefined();
  });
});
