// "多大比例" asks the size of a share: answered by a percentage, not read as an area (多大) nor as a share whose
// subject is "多大" (which no sentence holds, so every answer would be refused for lacking it).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { askedFigure, shareSubject, statesFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';

const RULES = [
  '---',
  'title: 青柳市城镇老旧小区改造居民出资办法',
  'issuer: 青柳市住房和城乡建设局',
  'kind: policy',
  '---',
  '一、居民出资',
  '青柳市改造项目居民出资比例为改造费用的8%，可以使用住宅专项维修资金。',
  '二、施工管理',
  '施工现场临时占地面积不超过300平方米，施工单位应当设置围挡。',
  '三、资金保障',
  '市财政安排奖补资金900万元，用于小区公共设施改造。',
  '四、质量监督',
  '市住建局对在建改造项目开展质量巡查，巡查比例不低于30%。',
  '',
].join('\n');

const t = testLibrary({ files: { 'qingliu_funding.txt': RULES } });

describe('a share asked as 多大比例', () => {
  it("is stated as a percentage, not as an area or a sum", () => {
    expect(statesFigure('居民出资占总投资的6.1%', askedFigure('居民出资占总投资多大比例？'))).toBe(true);
    expect(statesFigure('临时占地不超过300平方米', askedFigure('居民出资占总投资多大比例？'))).toBe(false);
    expect(statesFigure('居民出资1200万元', askedFigure('居民出资占总投资多大比例？'))).toBe(false);
  });

  it("names no subject of the share: 多大 is how the asker asks", () => {
    expect(shareSubject('居民出多大比例')).toBeUndefined();
    expect(shareSubject('居民出资比例不低于多少')).toBe('出资');
  });

  it("takes the share's subject from before 占 when one stands there", () => {
    expect(shareSubject('市财政奖补占改造总投资多大比例？')).toBe('奖补');
    expect(shareSubject('质量巡查占多大比例？')).toBe('巡查');
    expect(shareSubject('电梯大修占比是多少？')).toBe('大修');
  });

  it("is answered with the share the rules state", async () => {
    const a = await answerQuestion(t.services, '青柳老旧小区改造居民出多大比例？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('8%');
  });

  it("is refused when the library states only another thing's share", async () => {
    const a = await answerQuestion(t.services, '青柳市财政奖补占改造总投资多大比例？');
    expect(a.answered).toBe(false);
  });

  it("is answered when the share asked of a thing before 占 is stated", async () => {
    const a = await answerQuestion(t.services, '青柳改造项目质量巡查占多大比例？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('30%');
  });
});
