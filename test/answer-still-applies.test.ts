// "6号文件说电梯每台补7万元，现在还执行吗" answered by "我市每台7万元的市级补助在全省处于中下水平": whether a rule still
// applies is asked, and the answer only restates the rule or its figures, which reads as "yes". Refused (a wrong answer is
// worse than none); an answer saying it was repealed, goes on, runs to a term or gave way to another is kept.
import { describe, expect, it } from 'vitest';
import { stillAppliesUnstatedRefusal } from '../src/answer/gate/status.js';
import { ASKS_STILL_APPLIES, STATES_WHETHER_APPLIES } from '../src/text/inForce.js';
import type { Citation } from '../src/types.js';

const cite = (quote: string, n = 1): Citation => ({ n, docId: 'doc', title: '关于调整补助标准的通知', number: null, section: '', quote, chunkId: `doc#${n}` });

describe('whether a rule still applies, asked', () => {
  it('is read in 还执行吗, 还有效吗, 还管用吗, 还按…吗 and 还是这个标准吗', () => {
    expect(ASKS_STILL_APPLIES.test('6号文件说电梯每台补7万元，现在还执行吗')).toBe(true);
    expect(ASKS_STILL_APPLIES.test('2019年印发的那个物业收费标准还有效吗')).toBe(true);
    expect(ASKS_STILL_APPLIES.test('那个实施意见现在还管用吗')).toBe(true);
    expect(ASKS_STILL_APPLIES.test('2024年答复里说的居民出资每平方米1元，现在还按这个吗')).toBe(true);
    expect(ASKS_STILL_APPLIES.test('居民出资到位率不到50%就不开工，现在还是这个标准吗')).toBe(true);
    // Whether a draft is in force yet, or what applies, is asked otherwise.
    expect(ASKS_STILL_APPLIES.test('征求意见稿里的每平方米12元现在执行了吗')).toBe(false);
    expect(ASKS_STILL_APPLIES.test('补贴执行什么标准')).toBe(false);
    expect(ASKS_STILL_APPLIES.test('还有哪些小区没开工')).toBe(false);
    // 还款, 还要, a 么 inside 什么 and a 不 inside 不低于 ask nothing of the kind.
    expect(ASKS_STILL_APPLIES.test('公积金贷款还款可以按月从工资里扣吗')).toBe(false);
    expect(ASKS_STILL_APPLIES.test('逾期未缴的还按什么比例收取滞纳金')).toBe(false);
    expect(ASKS_STILL_APPLIES.test('一楼住户还要按比例出资吗')).toBe(false);
    expect(ASKS_STILL_APPLIES.test('居民出资还按不低于1元的标准收取')).toBe(false);
  });

  it('is answered by 废止, 继续执行, 仍按, 有效期, 调整为 or 执行原/新…标准, not by the rule restated', () => {
    expect(STATES_WHETHER_APPLIES.test('2019年印发的《收费标准》同时废止。')).toBe(true);
    expect(STATES_WHETHER_APPLIES.test('2025年4月1日前已开工的项目，仍按原规定拨付。')).toBe(true);
    expect(STATES_WHETHER_APPLIES.test('本办法自2025年4月1日起施行，有效期3年。')).toBe(true);
    expect(STATES_WHETHER_APPLIES.test('加装电梯市级补助由每台7万元调整为每台9万元。')).toBe(true);
    expect(STATES_WHETHER_APPLIES.test('2025年5月1日前已取得施工许可的，执行原办法每台8万元标准，不予补差。')).toBe(true);
    expect(STATES_WHETHER_APPLIES.test('2024年居民出资标准为每平方米不低于1元。')).toBe(false);
    expect(STATES_WHETHER_APPLIES.test('2024年原政策执行期间，全县共补贴新建商品住房623套。')).toBe(false);
  });
});

describe('an answer saying nothing of whether the rule still applies', () => {
  it('is refused, quoting the nearest content', () => {
    const restated = cite('2024年居民出资标准为每平方米不低于1元。');
    const refusal = stillAppliesUnstatedRefusal('2024年答复里说的居民出资每平方米1元，现在还按这个吗', [restated]);
    expect(refusal?.answer).toContain('没有写明现在是否仍然执行');
    expect(refusal?.citations[0].quote).toBe(restated.quote);
  });

  it('keeps an answer saying so, and a question asking something else', () => {
    expect(stillAppliesUnstatedRefusal('2019年印发的那个物业收费标准还有效吗', [cite('2019年印发的《收费标准》同时废止。')])).toBeUndefined();
    expect(stillAppliesUnstatedRefusal('拨付还按老办法吗', [cite('本办法自2025年4月1日起施行。'), cite('2025年4月1日前已开工的项目，仍按原规定拨付。', 2)])).toBeUndefined();
    expect(stillAppliesUnstatedRefusal('居民出资标准是多少', [cite('2024年居民出资标准为每平方米不低于1元。')])).toBeUndefined();
  });
});
