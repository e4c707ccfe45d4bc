// Headings state the ask's core, not who is to act, the frame around it or the means before the goal: "市住建局要会同
// 市自然资源和规划局、市城管局等部门，…" was the whole heading; "进一步加大工作力度，切实解决…停车难问题" was headed
// "进一步加大工作力度"; "通过引入社会资本参与，拓宽…资金来源" by its means; "对…进行修补，对…进行改造" glued two clauses.
import { describe, expect, it } from 'vitest';
import { parseProposal, topicOf } from '../src/draft/parseProposal.js';

describe('a heading over an ask', () => {
  it('reads a body described before its duty, and no 特别是/尤其是 case as such a body', () => {
    expect(topicOf('供水、供电等专业经营单位是管线改造的直接受益者，应当承担相应的改造费用')).toBe('专业经营单位承担相应的改造费用');
    expect(topicOf('特别是老旧小区，要加快加装电梯')).not.toMatch(/^特别加快/u);
    expect(topicOf('尤其是背街小巷，要完善路灯照明设施')).not.toMatch(/^尤其完善/u);
  });

  it('leaves out the government bodies asked to act, with their modal and 会同/牵头', () => {
    expect(topicOf('市住建局要会同市自然资源和规划局、市城管局等部门，对改造小区的停车设施进行统一规划。')).toBe('对改造小区的停车设施进行统一规划');
    expect(topicOf('住建部门应牵头对小区排水管网进行全面排查。')).toBe('对小区排水管网进行全面排查');
    expect(topicOf('市城管局、市公安局要加强对小区周边违停车辆的管理。')).toBe('加强对小区周边违停车辆的管理');
  });

  it('leaves out the body asked to act together with the companies it is to work with', () => {
    expect(topicOf('建议区住建委会同街道和物业服务企业，对老旧住宅楼的装修活动开展巡查，及时查处违规拆改。')).toBe('对老旧住宅楼的装修活动开展巡查');
    expect(topicOf('建议市城管局联合供电公司，对小区内飞线充电开展集中整治。')).toBe('对小区内飞线充电开展集中整治');
  });

  it('keeps a subject that only ends like a body (布局, 举办): no one is asked to act there', () => {
    expect(topicOf('停车设施布局要统筹考虑周边道路。')).toContain('停车设施布局');
  });

  it('keeps a body that is what the ask is about', () => {
    expect(topicOf('专业经营单位应当承担其产权范围内管线设施的改造费用。')).toBe('专业经营单位应当承担其产权范围内管线设施的改造费用');
  });

  it('skips a frame of policy verbs and filler before the action that names the topic', () => {
    expect(topicOf('进一步加大工作力度，切实解决群众反映强烈的停车难问题。')).toBe('切实解决群众反映强烈的停车难问题');
    expect(topicOf('加强建设管理，建立长效机制。')).toBe('加强建设管理，建立长效机制');
  });

  it('names the goal, not the manner before it', () => {
    expect(topicOf('通过设立专项资金、发行专项债券等方式，解决改造资金不足的问题。')).toBe('解决改造资金不足的问题');
    expect(topicOf('通过引入社会资本参与，拓宽老旧小区改造资金来源。')).toBe('拓宽老旧小区改造资金来源');
    expect(topicOf('以政府购买服务的方式，引入专业物业公司进驻老旧小区。')).toBe('引入专业物业公司进驻老旧小区');
  });

  it('reads "对…进行…" as an action, not a scope to glue to the next clause', () => {
    expect(topicOf('对小区内破损道路进行修补，对雨污管网进行改造。')).toBe('对小区内破损道路进行修补');
  });

  it('heads the sections of a parsed proposal so', () => {
    const { suggestions } = parseProposal(
      '关于破解老旧小区停车难的提案\n\n提案人：李明\n\n我市老旧小区停车位严重不足。为此建议：\n一、市住建局要会同市自然资源和规划局、市城管局等部门，对改造小区的停车设施进行统一规划。\n二、通过引入社会资本参与，拓宽停车设施建设资金来源。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['对改造小区的停车设施进行统一规划', '拓宽停车设施建设资金来源']);
  });
});
