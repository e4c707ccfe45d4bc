// A noun of a period of the year in an ask (年度投入, 冰冻季节的检查, 月度通报) says when or how often the thing is done;
// the library states the period its own way ("每年安排…", "每次寒潮过境后…", "3月共…"). It is no word a quote must hold
// (dv23: the gate took 季节 or 月度 as a focus word, the relevance floor weighed 年度 in, and the passage answering the
// ask was left out). The thing asked still must be there: the neighbouring article on another fund, or a plan of
// another kind, stays out, and an ask the library does not answer stays a 【待补充】 gap.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { withoutPeriodWords } from '../src/draft/gate.js';
import type { DraftSection } from '../src/types.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const FUNDS = documentChunks('alley_funds_2025', { title: '背街小巷整治资金管理办法', number: '财建〔2025〕7号', kind: 'policy' }, [
  ['第八条', '第八条　区级财政每年安排背街小巷整治资金不少于800万元，列入区级财政预算。'],
  ['第九条', '第九条　区级财政每年安排路灯维护经费不少于50万元，由区城市管理委统筹使用。'],
]);
const WINTER = documentChunks('winter_notice_2025', { title: '关于做好冬季供水设施防冻工作的通知', kind: 'policy' }, [
  ['三、工作要求', '每次寒潮过境后，室外水管必须经物业服务企业和供水单位共同检查，确认无冻裂后方可恢复供水。'],
  ['四、其他', '各街道年度改造计划报区住房城乡建设委备案。'],
]);
// The period words occur in the library on other topics, as in a real one.
const REPORT = documentChunks('work_report_2024', { title: '2024年度城市建设工作总结', kind: 'policy' }, [
  ['一、总体情况', '2024年度完成背街小巷照明提升42条，群众满意度持续提升。'],
  ['二、季度安排', '第一季度完成项目摸排，第二季度集中开工，汛期季节暂停开挖作业。'],
]);
const services = () => servicesOverChunks([...FUNDS, ...WINTER, ...REPORT, ...briefingChunks()], { stats: true });

const ASKS = ['区级财政保持稳定的背街小巷整治年度投入', '落实冰冻季节室外水管检查', '建立背街小巷年度体检评估制度'];
const PROPOSAL = `关于加强背街小巷整治和冬季供水保障的提案

提案人：周明

背街小巷整治和冬季供水保障关系群众日常生活。为此建议：

${ASKS.map((ask, i) => `${'一二三'[i]}、${ask}。`).join('\n\n')}`;

describe('a period of the year in the ask', () => {
  let sections: DraftSection[] = [];
  const quoted = (i: number) => sections[i].citations.map((c) => c.quote).join('');
  beforeAll(async () => {
    sections = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
  }, 60_000);

  it('drafts a section per suggestion', () => expect(sections).toHaveLength(ASKS.length));
  it('年度投入: quotes the yearly sum the library sets, not the neighbouring article on another fund', () => {
    expect(quoted(0)).toContain('每年安排背街小巷整治资金不少于800万元');
    expect(quoted(0)).not.toContain('路灯维护经费');
  });
  it('冰冻季节的检查: quotes the check after each cold wave', () => expect(quoted(1)).toContain('室外水管必须经物业服务企业和供水单位共同检查'));
  it('an ask the library does not answer stays a 【待补充】 gap, whatever 年度 the library says elsewhere', () => {
    expect(sections[2].citations).toEqual([]);
    expect(sections[2].paragraphs.join('')).toContain('【待补充');
  });
});

// Where the period is the topic (a 季度 notice, a 年度 review or plan), the passage on the other period beside it in the
// same document stays out: the thing asked (通报, 考核结果, 计划) still must be held, so dropping the period word does not
// let in a neighbouring section that only shares the subject.
const NOTICE = documentChunks('complaint_notice_2025', { title: '关于加强物业服务投诉处理的通知', kind: 'policy' }, [
  ['三、通报制度', '区住房城乡建设委每季度汇总物业服务投诉处理情况，在区政府网站通报投诉量排名靠前的物业服务企业。'],
  ['四、年度考核', '物业服务企业年度考核结果于次年3月底前在区政府网站通报，考核不合格的企业列入重点监管名单。'],
]);
const PLAN = documentChunks('renewal_plan_2026', { title: '2026年老旧小区改造工作情况', kind: 'policy' }, [
  ['一、年度计划', '2026年度老旧小区改造计划已于3月在区政府网站公布，共改造小区36个、惠及居民5200户。'],
  ['二、季度进展', '第一季度已开工小区12个，完成投资0.8亿元。'],
]);
const PERIOD_TOPICS = ['建立物业服务投诉季度通报制度', '公开物业服务企业年度考核结果', '及时公布老旧小区改造年度计划'];
const PERIOD_TOPIC_PROPOSAL = `关于加强物业服务监管和老旧小区改造信息公开的提案

提案人：周明

物业服务和老旧小区改造关系群众日常生活。为此建议：

${PERIOD_TOPICS.map((ask, i) => `${'一二三'[i]}、${ask}。`).join('\n\n')}`;

describe('a period of the year that is the topic of the ask', () => {
  let sections: DraftSection[] = [];
  const quoted = (i: number) => sections[i].citations.map((c) => c.quote).join('');
  beforeAll(async () => {
    const services = servicesOverChunks([...NOTICE, ...PLAN, ...briefingChunks()], { stats: true });
    sections = (await draftReply(services, { text: PERIOD_TOPIC_PROPOSAL })).draft!.sections;
  }, 60_000);

  it('drafts a section per suggestion', () => expect(sections).toHaveLength(PERIOD_TOPICS.length));
  it('季度通报制度: the quarterly notice, not the yearly review beside it', () => {
    expect(quoted(0)).toContain('每季度汇总物业服务投诉处理情况');
    expect(quoted(0)).not.toContain('年度考核结果');
  });
  it('年度考核结果: the yearly review, not the quarterly notice beside it', () => {
    expect(quoted(1)).toContain('年度考核结果于次年3月底前');
    expect(quoted(1)).not.toContain('每季度');
  });
  it("年度计划: the year's plan, not a quarter's progress in the same document", () => {
    expect(quoted(2)).toContain('改造计划已于3月在区政府网站公布');
    expect(quoted(2)).not.toContain('第一季度');
  });
});

describe('withoutPeriodWords', () => {
  it('drops a period noun standing as a word, not one inside another word, nor the whole wording', () => {
    expect(withoutPeriodWords('对投诉进行月度分析')).toBe('对投诉进行分析');
    expect(withoutPeriodWords('年度')).toBe('年度');
  });
});
