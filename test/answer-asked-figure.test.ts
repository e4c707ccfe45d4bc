// The figure a how-many question asks for is one rule (src/text/askedFigure.ts) for the sentence choice and for the
// check after it: asked how many days, a sentence giving a count of 工作日 answers; one giving only a sum of money does not.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { askedFigure, askedRate, statesFigure } from '../src/text/askedFigure.js';
import { columnUnit, tableFigures } from '../src/text/tables.js';
import { testLibrary } from './support/library.js';

const REPLY = [
  '---',
  'title: 关于简化既有住宅加装电梯审批的答复',
  'issuer: 南湖市住房和城乡建设局',
  'kind: reply',
  '---',
  '一、关于简化审批',
  '我市推行加装电梯联合审查制度，审批时限压缩至10个工作日。',
  '申请加装电梯须经本单元三分之二以上住户同意。',
  '加装电梯设计方案应当在本单元公示，公示期不少于7日。',
  '二、关于补助资金',
  '既有住宅加装电梯每台补助10万元，所需资金由市、区两级财政承担。',
  '三、关于物业服务',
  '改造后小区的物业费由业主大会协商确定。对改造后首次引入专业化物业服务的小区，市级财政按每户每年120元的标准给予物业服务启动补助。',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhu_elevator.txt': REPLY } });

describe('the figure a question asks for', () => {
  it('a length of time is stated in its unit, 工作日 counting as days', () => {
    expect(statesFigure('审批时限压缩至10个工作日', askedFigure('审批要多少天？'))).toBe(true);
    expect(statesFigure('每台补助10万元', askedFigure('审批要多少天？'))).toBe(false);
    expect(statesFigure('工期一般为3至6个月', askedFigure('工期一般几个月？'))).toBe(true);
    expect(askedFigure('审批流程是怎样的？')).toBeUndefined();
  });

  it('a cost or a subsidy asked without a unit is a sum of money, in the question\'s own words', () => {
    expect(statesFigure('每台约25万元', askedFigure('加装一部电梯总造价一般多少？'))).toBe(true);
    expect(statesFigure('审批时限压缩至10个工作日', askedFigure('加装一部电梯总造价一般多少？'))).toBe(false);
    expect(askedFigure('那个办法现在还执行吗？（每台补助标准是多少）')).toBeUndefined();
  });

  it('asked a subsidy, the answer is the sum, not its neighbours', async () => {
    const a = await answerQuestion(t.services, '南湖加装电梯每台补助标准是多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10万元');
    expect(a.answer).not.toContain('10个工作日');
  });

  it('days are also written 日, but a date is no length of time', () => {
    expect(statesFigure('公示期不少于7日', askedFigure('要公示多少天？'))).toBe(true);
    expect(statesFigure('各城区于2024年4月30日前完成自查', askedFigure('要公示多少天？'))).toBe(false);
  });

  it('asked how many days the plan is posted, the answer gives the 日', async () => {
    const a = await answerQuestion(t.services, '南湖加装电梯方案要公示多少天？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不少于7日');
  });

  it('a column heading names its unit in its closing brackets only', () => {
    expect(columnUnit('改造小区（个）')).toBe('个');
    expect(columnUnit('总投资(含配套)(万元)')).toBe('万元');
    expect(columnUnit('备注')).toBeUndefined();
  });

  it('a count column names its unit by a measure word, or by a noun counted in one', () => {
    expect(columnUnit('居民户数')).toBe('户');
    expect(columnUnit('小区数')).toBe('个');
    expect(columnUnit('项目数')).toBe('个');
    expect(columnUnit('加装电梯数')).toBe('台');
    expect(columnUnit('涉及居民数')).toBeUndefined();
    expect(columnUnit('总数')).toBeUndefined();
    expect(tableFigures('县区\t小区数\t户数\n东城区\t12\t3400')).toEqual(['12个', '3400户']);
  });

  it('asked how many days approval takes, the answer gives the 工作日', async () => {
    const a = await answerQuestion(t.services, '南湖加装电梯审批要多少天？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10个工作日');
  });

  it('a rate is stated per the unit asked: per 平方米 is not per 户, an elevator per 部 is per 台', () => {
    expect(askedRate('物业费每平方米多少钱？')?.test('按每户每年120元的标准给予补助')).toBe(false);
    expect(askedRate('物业费每平米多少钱？')?.test('收费标准为0.8元/㎡')).toBe(true);
    expect(askedRate('每部电梯补多少？')?.test('每台补助10万元')).toBe(true);
    expect(askedRate('物业费一共多少钱？')).toBeUndefined();
  });

  it('asked a fee per 平方米, a subsidy per 户 is not the answer', async () => {
    const a = await answerQuestion(t.services, '南湖改造后小区的物业费每平方米多少钱？');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('每户每年120元');
  });

  it('asked the subsidy per 户, it is', async () => {
    const a = await answerQuestion(t.services, '南湖物业服务启动补助每户多少钱？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('每户每年120元');
  });

  it('asked how many hours, a sentence with days or money does not answer', async () => {
    const a = await answerQuestion(t.services, '南湖加装电梯审批要多少小时？');
    expect(a.answered).toBe(false);
  });
});

describe('"多大" of money', () => {
  it('asks a sum ("资金缺口有多大" → …万元), not an area', () => {
    const gap = askedFigure('当年项目资金缺口有多大？')!;
    expect(statesFigure('今年项目资金缺口约820万元。', gap)).toBe(true);
    const area = askedFigure('小区改造面积有多大？')!;
    expect(statesFigure('改造建筑面积95.85万平方米。', area)).toBe(true);
    expect(statesFigure('今年项目资金缺口约820万元。', area)).toBe(false);
  });
});
