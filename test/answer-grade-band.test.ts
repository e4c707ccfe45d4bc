// "物业管理导则考评得多少分算良好" answered by a scale of other grades ("85分以上为优良，70分至84分为合格…"): the score
// band of a grade the library does not use is asked, and another grade's band read as the answer is a wrong figure.
import { describe, expect, it } from 'vitest';
import { gradeBandRefusal } from '../src/answer/gate/figures.js';
import { gradeBandAsked, namesGrade } from '../src/text/gradeBands.js';
import type { Citation } from '../src/types.js';

const cite = (quote: string, n = 1): Citation => ({ n, docId: 'doc', title: '城镇老旧小区改造物业管理导则（试行）', number: null, section: '', quote, chunkId: `doc#${n}` });

describe('the grade whose score band is asked', () => {
  it('reads it after 算/评为 or before 等次的分数线', () => {
    expect(gradeBandAsked('物业管理导则考评得多少分算良好')).toBe('良好');
    expect(gradeBandAsked('资金绩效评价得多少分算合格')).toBe('合格');
    expect(gradeBandAsked('验收总分多少算优良')).toBe('优良');
    expect(gradeBandAsked('省级考核良好等次的分数线是多少')).toBe('良好');
    expect(gradeBandAsked('评为“良”要多少分')).toBe('良');
    expect(gradeBandAsked('验收得多少分算合格，不合格的要多长时间整改')).toBe('合格');
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
