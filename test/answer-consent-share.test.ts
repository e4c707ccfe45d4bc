// A consent threshold asked ('要多少业主同意', '几成住户点头', '表决比例是怎样的') is answered with the share of owners
// the rules write as a fraction (四分之三以上), which states a share as a percentage does; a question asking something
// else besides is not answered with the share alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { holdsShareWord } from '../src/text/askedFigure.js';
import { documentChunks, extractiveAsker } from './support/services.js';
import { libraryDocument, testLibrary } from './support/library.js';

// A lift-installation rule: its consent threshold is written as a share of the owners (四分之三以上), next to
// sentences with figures of other kinds (a subsidy, a publicity period).
const rules = '云岭市既有住宅加装电梯实施办法';
const chunks = documentChunks('yl-lift', { title: rules, kind: 'policy' }, [
  ['第五条', '加装电梯的，应当经本单元专有部分面积占比四分之三以上且人数占比四分之三以上的业主同意。'],
  ['第六条', '加装电梯的设计方案应当在本单元显著位置公示，公示期不少于10日。'],
  ['第七条', '业主意见征询表应当在发放之日起10日内签字交回。'],
  ['第八条', '亭湖区、盐都区范围内加装电梯的，每台补助15万元。'],
]);
const ask = extractiveAsker(chunks, 5);
// How many offices sign, how many meetings vote: counts, not a share of the owners.
const steps = documentChunks('yl-steps', { title: '云岭市既有住宅加装电梯办理流程', kind: 'policy' }, [
  ['第三条', '加装电梯的，应当经本单元三分之二以上业主同意。'],
  ['第四条', '申请材料须经街道、住建、规划3个部门签字确认。'],
  ['第五条', '申请人应当在公示期满后组织业主大会，经2次会议表决通过。'],
]);
const askSteps = extractiveAsker(steps, 5);
// A slogan of progress (时间过半、任务过半) states no share of anything.
const progress = testLibrary({
  files: {
    'yl_tongzhi.txt': libraryDocument({ title: '云岭市关于加快推进城镇老旧小区改造工作的通知' }, `云岭市关于加快推进城镇老旧小区改造工作的通知

一、加快项目进度
各县区要倒排工期，确保6月底前开工项目实现时间过半、任务过半。
二、落实居民出资
各县区要引导居民通过直接出资、使用住宅专项维修资金等方式参与改造，具体出资方式由居民协商确定。
`),
  },
});

const library = testLibrary({
  files: {
    'yl_lift.txt': libraryDocument({ title: '云岭市既有住宅加装电梯管理办法', kind: 'policy' }, `云岭市既有住宅加装电梯管理办法

第一条 为规范既有住宅加装电梯工作，制定本办法。
第五条 加装电梯应当由本单元专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决的四分之三以上业主同意。
第六条 市级财政对加装电梯每台补助12万元。
`),
  },
});

describe('a consent threshold asked is answered with the share of owners the rules require', () => {
  it('answers 要多少业主同意 with the fraction, not a figure of another kind', async () => {
    const a = await ask('在云岭加装电梯，要多少业主同意才行？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('四分之三以上');
    expect(a.answer).not.toContain('15万元');
  });

  it('answers 几成住户点头 the same way', async () => {
    const a = await ask('加装电梯得有几成住户点头？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('四分之三以上');
  });

  it('reads a fraction as the share a 表决比例 asks', async () => {
    const a = await answerQuestion(library.services, '加装电梯办法第五条的表决比例是怎样的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('四分之三以上');
  });

  it('does not answer a second ask with the share alone', async () => {
    const a = await ask('要多少业主同意，公示期多长？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10日');
  });

  it('reads a length of time before the signing as a length of time, not a share', async () => {
    const a = await ask('业主意见征询表要在多少天内签字交回？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10日内');
  });

  it('reads how many offices sign or meetings vote as a count, not a consent share', async () => {
    const a = await askSteps('加装电梯申请材料要几个部门签字？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3个部门');
    const b = await askSteps('加装电梯要开几次会表决？');
    expect(b.answered).toBe(true);
    expect(b.answer).toContain('2次会议');
  });

  it('reads 过半 as a share only of owners, households or votes, not of a slogan', async () => {
    const a = await answerQuestion(progress.services, '改造项目的开工比例是多少？');
    expect(a.answered).toBe(false);
    expect(holdsShareWord('比例', '确保时间过半、任务过半')).toBe(false);
    expect(holdsShareWord('比例', '改造方案须经小区过半数业主同意')).toBe(true);
    expect(holdsShareWord('比例', '同意改造的户数过半')).toBe(true);
  });
});
