// A part of the day ("充一晚上", "车位晚上对外开放") says when the asker saw or wants something, which documents write as
// clock times ("19:00至次日7:00"): it is no topic the library lacks, so it no longer weighs a question toward the
// unknown-words refusal. Other time words ("明天", "星期") still ask about what no document holds. A resident's "对外开放"
// for a unit's parking is the documents' 错时开放 / 共享停车.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { isPartOfDay } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const library = testLibrary({
  files: {
    'nh_wenda.txt': libraryDocument({ title: '南湖市老旧小区改造居民关心问题解答', kind: 'policy' }, `南湖市老旧小区改造居民关心问题解答

问：电动自行车能在楼道里充电吗？
答：严禁在楼道、楼梯间停放电动自行车或者充电，改造中将建设集中充电车棚。

问：改造后小区的路灯由谁维护？
答：小区内路灯由物业服务企业负责维护，无物业小区由社区统筹。
`),
    'nh_reply.txt': libraryDocument({ title: '关于缓解老旧小区停车难的提案的答复', kind: 'reply' }, `关于缓解老旧小区停车难的提案的答复

一是挖潜增加停车位，2024年全市改造小区新增停车位860个。
二是推动错时共享停车，全市已有19家机关企事业单位向周边老旧小区居民错时开放停车泊位800个，开放时间为每日19:00至次日7:00。
`),
  },
});

describe('a part of the day in a question', () => {
  it('is told from other time words', () => {
    expect(isPartOfDay('晚上')).toBe(true);
    expect(isPartOfDay('早上')).toBe(true);
    expect(isPartOfDay('明天')).toBe(false);
    expect(isPartOfDay('星期')).toBe(false);
  });

  it('does not keep a spoken question from its answer', async () => {
    const a = await answerQuestion(library.services, '电动车放楼道里充一晚上行不行');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('严禁');
  });

  it('a unit\'s parking opened at night is the documents\' 错时开放', async () => {
    const a = await answerQuestion(library.services, '听说有单位的车位晚上对外开放，从几点开始');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('19:00至次日7:00');
  });

  it('leaves a question about another day refused', async () => {
    const a = await answerQuestion(library.services, '南湖明天晚上会下雨吗');
    expect(a.answered).toBe(false);
  });
});
