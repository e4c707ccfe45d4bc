// A proposal that pairs each problem with its remedy ("问题一：…" / "对策：…"): each labelled remedy is one section and
// the problems are none. A heading keeps what an ask falls on when the action alone would name nothing ("对上一年未实施
// 的项目，在下一年度计划中优先安排" is about those projects, not about 优先安排).
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';

const PAIRS = [
  '关于加快老旧小区改造项目进度的提案',
  '',
  '提案人：王芳（市政协委员）',
  '',
  '问题一：项目开工迟。去年要求7月31日前全部开工，但截至7月底仍有14个项目未开工。',
  '对策：对开工慢的县（市、区）加强督办，明确开工倒排计划。',
  '',
  '问题二：县级配套资金到位慢。一些县财力紧张，配套资金迟迟不到位。',
  '对策：督促县级配套资金按时足额到位，市级加强监督。',
  '',
  '问题三：部分项目因居民意见不统一等原因当年未能实施，第二年又要重新排队。',
  '对策：对上一年因故未实施的项目，在下一年度计划中优先安排。',
  '',
  '王芳',
  '2026年1月12日',
].join('\n');

describe('problem and remedy pairs', () => {
  const parsed = parseProposal(PAIRS);

  it('makes each 对策 line a section and no 问题 line one', () => {
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions.map((s) => s.text)).toEqual([
      '对开工慢的县（市、区）加强督办，明确开工倒排计划。',
      '督促县级配套资金按时足额到位，市级加强监督。',
      '对上一年因故未实施的项目，在下一年度计划中优先安排。',
    ]);
  });

  it('names the projects an ask falls on when its action alone names nothing', () => {
    expect(headingCoreOf(parsed.suggestions[2].topic)).toBe('对上一年因故未实施的项目优先安排');
  });

  it('reads 建议： lines paired with problems the same way, and one 建议： line over a list as the list’s lead', () => {
    const asks = parseProposal(PAIRS.replaceAll('对策：', '建议：')).suggestions;
    expect(asks).toHaveLength(3);
    const lead = parseProposal(['关于加强物业管理的提案', '提案人：王芳', '建议：', '1.引入专业物业服务企业。', '2.对首次引入物业的小区给予启动补助。'].join('\n'));
    expect(lead.suggestions.map((s) => s.text)).toEqual(['引入专业物业服务企业。', '对首次引入物业的小区给予启动补助。']);
  });

  it('reads any short label ending on the name of an ask the same way (对应建议：, 解决措施：, 我的建议：)', () => {
    for (const label of ['对应建议：', '解决措施：', '我的建议：']) {
      const asks = parseProposal(PAIRS.replaceAll('对策：', label)).suggestions.map((s) => s.text);
      expect(asks).toEqual(parsed.suggestions.map((s) => s.text));
    }
  });

  it('reads numbered questions paired with remedies ("一问：…？" / "建议：…") the same way, the questions left out', () => {
    const text = [
      '关于背街小巷管理的两问两建议',
      '提案人：汪若溪（市政协委员）',
      '',
      '一问：背街小巷的路灯坏了，为什么总是没人修？',
      '建议：对背街小巷路灯实行网格化巡查，损坏的三天内修复。',
      '',
      '二问：巷子里的垃圾桶为什么这么少？',
      '建议：按户数增设分类垃圾桶，并增加清运频次。',
      '',
      '以上建议，供有关部门参考。',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts).toEqual(['对背街小巷路灯实行网格化巡查，损坏的三天内修复。', '按户数增设分类垃圾桶，并增加清运频次。']);
  });

  it('reads 建议：一是…；二是… with no problems paired as an inline list, not as one labelled ask', () => {
    const text = [
      '关于加快老旧小区改造项目进度的提案',
      '提案人：王芳',
      '存在的问题：部分项目进度慢。',
      '建议：一是加大财政资金投入；二是完善长效管理机制；三是加强工程质量监管。',
      '措施：市住建局牵头建立月度调度制度，按月通报项目进度。',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts.slice(0, 3)).toEqual(['加大财政资金投入', '完善长效管理机制', '加强工程质量监管。']);
    expect(texts.join('')).not.toContain('一是');
  });

  it('takes the list a labelled remedy leads ("对策：采取以下措施：" over 1./2.), not its lead', () => {
    const text = [
      '关于加快老旧小区加装电梯的提案',
      '提案人：王芳',
      '问题一：审批慢。',
      '对策：推行并联审批。',
      '问题二：资金缺口大。',
      '对策：采取以下措施：',
      '1.提高市级财政补助标准；',
      '2.允许提取住房公积金用于加装电梯。',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts.join('')).not.toContain('采取以下措施');
    expect(texts.join('')).toContain('推行并联审批');
    expect(texts.join('')).toContain('提高市级财政补助标准');
    expect(texts.join('')).toContain('允许提取住房公积金用于加装电梯');
  });
});
