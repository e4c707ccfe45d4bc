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

describe('withoutPeriodWords', () => {
  it('drops a period noun standing as a word, not one inside another word, nor the whole wording', () => {
    expect(withoutPeriodWords('对投诉进行月度分析')).toBe('对投诉进行分析');
    expect(withoutPeriodWords('年度')).toBe('年度');
  });
});
