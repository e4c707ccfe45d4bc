// "截至10月底全市新增了多少停车泊位": a figure asked as of one month. A sentence giving the figure as of another month
// ("截至6月底已新增1580个") does not answer it: the answer is refused, naming the months the library's sentence holds.
// Before, the 6月底 figure stood as the answer to the 10月底 question.
import { describe, expect, it } from 'vitest';
import { askedMonthPoint, statesOtherMonthOnly } from '../src/text/monthPoints.js';
import { asksWhatIsPlanned } from '../src/text/plans.js';
import type { ChatTurn } from '../src/types.js';
import { expectAnswered, expectRefused } from './support/library.js';
import { oneDocumentLibrary, ownCityLibrary, ownPolicyFile } from './support/ownCity.js';

const REPLY = ownPolicyFile(
  '关于解决老旧小区停车难的建议的答复',
  '2024年全市在老旧小区改造中新增停车泊位2140个，2025年计划新增停车泊位3000个，截至6月底已新增1580个。',
);
const REPORT = ownPolicyFile('临川市2025年1—10月老旧小区改造进展情况', '截至10月31日，全市老旧小区改造新增停车泊位2860个，新增充电桩1120个。');
const june = ownCityLibrary({ 'reply.txt': REPLY });
const both = ownCityLibrary({ 'reply.txt': REPLY, 'report.txt': REPORT });

const quarter = oneDocumentLibrary('临川市加装电梯工作进展公示', '一季度通报时，全市既有住宅加装电梯竣工38台，集中在河西片区。');
const midMonth = oneDocumentLibrary('临川市老旧小区改造进度通报', '各项目须于12月25日前完成主体施工。截至7月12日，整治项目已完成63个，完成率72.4%。');
const monthEnd = oneDocumentLibrary('临川市老旧小区改造进度通报', '截至7月31日，整治项目已完成70个，完成率80.5%。');
const yearEnd = oneDocumentLibrary(
  '临川市2024年加装电梯工作总结',
  '截至2024年底，全市累计加装电梯300台，比6月底增加155台。',
  '二、老旧小区改造',
  '截至九月底，全市老旧小区改造已开工86个，比6月底增加20个。',
);
const deadlines = oneDocumentLibrary(
  '关于加快老旧小区改造进度的建议的答复',
  '今年全市计划改造老旧小区120个，截至目前已开工98个，力争12月底前全部开工。',
  '加装电梯方面，今年已完成加装电梯86台，原定9月底前完成的年度任务已提前完成。',
);
const targets = oneDocumentLibrary('临川市2025年老旧小区改造工作方案', '三、进度安排', '（一）6月底前开工率达到50%，9月底前全部开工。');
const HALF_YEAR = ['临川市2025年上半年加装电梯工作情况', '截至6月底，全市已加装电梯46台，完成年度任务的58%。'] as const;
const halfYear = oneDocumentLibrary(...HALF_YEAR);
const halfYearAndPlan = oneDocumentLibrary(...HALF_YEAR, '下一步，10月底完成全部项目的竣工验收，年底前完成年度任务。');
const yearPlan = oneDocumentLibrary(
  '临川市2025年城镇老旧小区改造工作方案',
  '一、工作目标\n2025年计划改造老旧小区50个，10月底前完成改造老旧小区30个，12月底前全部完工。',
  '二、工作措施\n加强资金保障，落实市县两级配套资金。',
);

describe('a figure asked as of a month', () => {
  it('reads the month a figure is asked as of, not a deadline or a story', () => {
    expect(askedMonthPoint('截至10月底全市新增了多少停车泊位')).toEqual({ month: '10', said: '10月底' });
    expect(askedMonthPoint('我们截至今年7月31日开工了多少个')).toEqual({ month: '7', said: '7月31日' });
    expect(askedMonthPoint('8月底前开工率要达到多少')).toBeUndefined();
    expect(askedMonthPoint('2月拿到审查意见，5月份才装好，补助按哪个标准')).toBeUndefined();
    expect(statesOtherMonthOnly('截至6月底已新增1580个', '10')).toBe(true);
    expect(statesOtherMonthOnly('截至10月31日，新增停车泊位2860个', '10')).toBe(false);
    expect(statesOtherMonthOnly('1—10月累计新增停车泊位2860个，6月底前完成规划', '10')).toBe(false);
    expect(statesOtherMonthOnly('资金已于4月28日下达', '10')).toBe(false);
    expect(statesOtherMonthOnly('下一步，10月底完成全部项目的竣工验收。', '10')).toBe(true);
    expect(statesOtherMonthOnly('各市6月底前开工率不低于60%，9月底前不低于100%', '6')).toBe(false);
  });

  it("reads a quarter and another day of the month asked as other points than the one asked", () => {
    expect(statesOtherMonthOnly('一季度通报时，全市加装电梯竣工38台。', '5', '5月底')).toBe(true);
    expect(statesOtherMonthOnly('三季度末，全市加装电梯竣工52台。', '11', '11月底')).toBe(true);
    expect(statesOtherMonthOnly('一季度通报时，全市加装电梯竣工38台。', '3', '3月底')).toBe(false);
    expect(statesOtherMonthOnly('截至7月12日，已完成63个，完成率72.4%。', '7', '7月31日')).toBe(true);
    expect(statesOtherMonthOnly('截至7月12日，已完成63个，完成率72.4%。', '7', '7月底')).toBe(true);
    expect(statesOtherMonthOnly('截至7月12日，已完成63个，完成率72.4%。', '7', '7月12日')).toBe(false);
    expect(statesOtherMonthOnly('截至8月31日，已开工45个。', '8', '8月底')).toBe(false);
    expect(statesOtherMonthOnly('截至8月底，已开工45个。', '8', '8月31日')).toBe(false);
    expect(statesOtherMonthOnly('1—8月累计开工45个。', '8', '8月31日')).toBe(false);
    expect(statesOtherMonthOnly('8月25日前完成全部开工，截至目前已开工45个。', '8', '8月31日')).toBe(false);
  });

  it("refuses a figure asked as of a month when the library gives it only as of a quarter ending earlier", async () => {
    await expectRefused(quarter, '截至5月底全市加装电梯竣工了多少台？', '没有5月底的相关数据', '一季度通报时');
    await expectAnswered(quarter, '截至3月底全市加装电梯竣工了多少台？', '38台');
  });

  it("refuses a figure asked as of one day when the library gives it as of another day of that month", async () => {
    await expectRefused(midMonth, '截至7月31日整治项目的完成率是多少？', '没有7月31日的相关数据', '只有7月12日的数据');
    await expectAnswered(midMonth, '截至7月12日整治项目的完成率是多少？', '72.4%');
    await expectAnswered(monthEnd, '截至7月底整治项目的完成率是多少？', '80.5%');
  });

  it('refuses a figure given as of another month, naming what the library holds', async () => {
    await expectRefused(june, '截至10月底全市新增了多少停车泊位', '没有10月底的相关数据', '截至6月底已新增1580个');
  });

  it('answers from the sentence giving the figure as of the month asked', async () => {
    await expectAnswered(both, '截至10月底全市新增了多少停车泊位', '2860个');
  });

  it('reads 年底 as the 12月 point, though the sentence also names another month', async () => {
    await expectAnswered(yearEnd, '截至12月底全市累计加装电梯多少台？', '300台');
    await expectAnswered(yearEnd, '截至2024年12月31日全市累计加装电梯多少台？', '300台');
  });

  it('takes a deadline month in the sentence for the target it is, not for the month of the figure', async () => {
    await expectAnswered(deadlines, '截至10月底全市老旧小区改造开工了多少个？', '98个');
    await expectAnswered(deadlines, '截至11月底今年加装电梯完成了多少台？', '86台');
  });

  it('reads a month written in numerals, asked or stated', async () => {
    await expectAnswered(yearEnd, '截至9月底全市老旧小区改造开工多少个？', '86个');
    await expectRefused(june, '截至十月底全市新增了多少停车泊位', '没有十月底的相关数据', '截至6月底已新增1580个');
  });

  it('refuses a figure asked as of a month when the library only sets targets by other months, naming them as targets', async () => {
    await expectRefused(targets, '截至8月底全市老旧小区改造开工率是多少？', '只有6月底前、9月底前的目标');
  });

  it('answers the target set for the month asked when the plan is asked, and refuses a month the plan sets none for', async () => {
    await expectAnswered(yearPlan, '10月底计划完成多少个老旧小区改造？', '30个');
    await expectRefused(yearPlan, '10月底老旧小区改造任务完成了多少个？');
    await expectRefused(targets, '8月底计划开工率是多少？', '只有6月底前、9月底前的目标');
  });

  it('reads a plan asked apart from what was done by that month', () => {
    expect(asksWhatIsPlanned('10月底计划完成多少个老旧小区改造？')).toBe(true);
    expect(asksWhatIsPlanned('10月底改造任务完成了多少个？')).toBe(false);
    expect(asksWhatIsPlanned('10月底计划内的小区完成了多少个？')).toBe(false);
    expect(asksWhatIsPlanned('截至10月底计划完成多少个？')).toBe(false);
  });

  it('names the point as it was asked', async () => {
    const a = await expectRefused(june, '截至10月15日全市新增了多少停车泊位？', '没有10月15日的相关数据');
    expect(a.answer).not.toContain('10月底');
  });

  it('refuses a follow-up that moves only the month, rather than giving the earlier month figure again', async () => {
    const first = '截至6月底全市加装了多少台电梯？';
    const earlier = await expectAnswered(halfYear, first, '46台');
    const thread: ChatTurn[] = [{ role: 'user', text: first }, { role: 'assistant', text: earlier.answer }];
    for (const followUp of ['那截至10月底呢？', '10月底呢？']) {
      const a = await halfYear.ask(followUp, thread);
      expect(a.answered, a.answer).toBe(false);
      expect(a.answer).toContain('没有10月底的相关数据');
      expect(a.answer).toContain('只有6月的数据');
    }
  });

  it('refuses the month follow-up though a quoted sentence names that month as a plan', async () => {
    const first = '截至6月底全市加装了多少台电梯？';
    const earlier = await expectAnswered(halfYearAndPlan, first, '46台');
    const thread: ChatTurn[] = [{ role: 'user', text: first }, { role: 'assistant', text: earlier.answer }];
    for (const followUp of ['那10月底呢？', '那１０月底呢？']) {
      const a = await halfYearAndPlan.ask(followUp, thread);
      expect(a.answered, `${followUp} ${a.answer}`).toBe(false);
      expect(a.answer).toContain('只有6月的数据');
    }
  });
});

// A quarter or another day counts only as the point the figure is counted up to: a figure stated as of now beside a
// quarter, a range opening on a day of the month, an event's day do not give it as of another time.
const nowBesideHalfYear = oneDocumentLibrary('临川市社区公交工作情况', '今年上半年新开通公交线路5条，截至目前累计开通社区公交线路23条。');
const nowAgainstQuarter = oneDocumentLibrary('临川市口袋公园建设情况', '截至目前，全市已建成口袋公园57个，较一季度末增加19个。');
const nowSinceQuarter = oneDocumentLibrary('临川市城市更新项目入库情况', '二季度印发《城市更新项目管理规定》以来，截至目前已入库城市更新项目64个。');
const range = oneDocumentLibrary('临川市物业服务质量抽查通报', '7月1日至31日，全市开展物业服务质量抽查，共抽查小区38个，发现问题9个。');
const sinceDay = oneDocumentLibrary('临川市维修资金网上申请办理情况', '自7月10日新系统上线以来，截至目前共办理维修资金网上申请215件。');
const dayAndDeadline = oneDocumentLibrary('临川市维修资金申请受理情况', '截至7月12日，全市已受理维修资金申请88件，7月31日前将全部审结。');

describe("a quarter or a day that is not the point of the figure", () => {
  it("answers a figure stated as of now beside a quarter or a half year", async () => {
    await expectAnswered(nowBesideHalfYear, '截至9月底累计开通了多少条社区公交线路？', '23条');
    await expectAnswered(nowAgainstQuarter, '截至7月底全市建成了多少个口袋公园？', '57个');
    await expectAnswered(nowSinceQuarter, '截至10月底入库了多少个城市更新项目？', '64个');
  });

  it("answers a figure counted over a range that opens on a day of the month asked, or since an event's day", async () => {
    await expectAnswered(range, '截至7月底全市共抽查了多少个小区？', '38个');
    await expectAnswered(range, '截至7月31日全市共抽查了多少个小区？', '38个');
    await expectAnswered(sinceDay, '截至7月底办理了多少件维修资金网上申请？', '215件');
  });

  it("refuses a figure counted up to another day when the month asked is named only as a deadline", async () => {
    await expectRefused(dayAndDeadline, '截至7月底全市受理了多少件维修资金申请？', '只有7月12日的数据');
  });
});

// A quarter is the point only when every figure is counted up to it: not one compared with, set as a deadline, or given
// beside a figure reached by now.
const againstQuarter = oneDocumentLibrary('临川市口袋公园建设情况', '全市已建成口袋公园57个，与一季度末相比增加19个。');
const quarterDeadline = oneDocumentLibrary('临川市城市更新项目入库情况', '各区城市更新项目须于三季度末前全部入库，全市已入库64个。');
const nowAndEarlierQuarter = oneDocumentLibrary('临川市社区公交工作情况', '今年全市已开通社区公交线路23条，二季度末为17条。');
const upToQuarter = oneDocumentLibrary('临川市社区公交工作情况', '截至二季度末，全市已开通社区公交线路17条。');

describe("a quarter beside a figure reached by now", () => {
  it("answers a figure reached by now beside a quarter compared with, set as a deadline or giving an earlier figure", async () => {
    await expectAnswered(againstQuarter, '截至8月底全市建成了多少个口袋公园？', '57个');
    await expectAnswered(quarterDeadline, '截至8月底全市入库了多少个城市更新项目？', '64个');
    await expectAnswered(nowAndEarlierQuarter, '截至9月底全市开通了多少条社区公交线路？', '23条');
  });

  it("still refuses a figure asked as of a month when the only figure is counted up to an earlier quarter", async () => {
    await expectRefused(upToQuarter, '截至9月底全市开通了多少条社区公交线路？', '没有9月底的相关数据');
  });

  it("reads a quarter as the point only when no figure is stated without it", () => {
    expect(statesOtherMonthOnly('截至二季度末，全市已开通社区公交线路17条。', '9', '9月底')).toBe(true);
    expect(statesOtherMonthOnly('今年全市已开通社区公交线路23条，二季度末为17条。', '9', '9月底')).toBe(false);
    expect(statesOtherMonthOnly('全市已建成口袋公园57个，与一季度末相比增加19个。', '8', '8月底')).toBe(false);
    expect(statesOtherMonthOnly('各区项目须于三季度末前全部入库，全市已入库64个。', '8', '8月底')).toBe(false);
    expect(statesOtherMonthOnly('二季度末通报时，全市开通社区公交线路17条，在建5条。', '9', '9月底')).toBe(true);
    expect(statesOtherMonthOnly('二季度末公示的开通线路数有误，应为17条，相关数据已修正。', '9', '9月底')).toBe(true);
  });
});

// A quarter's report followed by 的 names which ones ("一季度公示的家庭"), not the point the figure stands at.
const listedInQuarter = oneDocumentLibrary('临川市租赁补贴发放情况', '二季度公示的156户困难家庭已全部领到租赁补贴。');

describe("a quarter naming which ones a figure counts", () => {
  it("answers a figure reached by now of those a quarter report named", async () => {
    await expectAnswered(listedInQuarter, '截至10月底，领到租赁补贴的困难家庭有多少户？', '156户');
    expect(statesOtherMonthOnly('二季度公示的156户困难家庭已全部领到租赁补贴。', '10', '10月底')).toBe(false);
    expect(statesOtherMonthOnly('二季度公示时，156户困难家庭领到租赁补贴。', '10', '10月底')).toBe(true);
  });
});
