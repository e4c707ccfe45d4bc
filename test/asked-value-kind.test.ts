// What kind of value a question asks is read from how it asks it: "几个工作日" asks a length of time (个 measures the
// days, it counts no things), and a rate named by its noun ("绿地率是多少") is answered by a percentage or by the figure
// the noun is given when the rate is a ratio ("绿地率不低于0.35"). A passage stating that value stays first; the stage
// moving a passage stating the kind asked does not pass it over for one stating another count or another percentage.
import { describe, expect, it } from 'vitest';
import { askedKindOf } from '../src/text/askedKind.js';
import { askedFigure, statesFigure } from '../src/text/askedFigure.js';
import { smallLibraryForBlock } from './support/smallLibrary.js';

const states = (question: string, text: string) => statesFigure(text, askedFigure(question));

describe('a length of time asked with 个', () => {
  it('is stated in the unit asked, not by any count in 个', () => {
    expect(states('窗口平均办理几个工作日', '窗口平均办理时长为4.5个工作日。')).toBe(true);
    expect(states('窗口平均办理几个工作日', '本季度窗口共受理12个项目。')).toBe(false);
    expect(states('审批一般要多少个月', '审批周期约3个月。')).toBe(true);
    expect(states('审批一般要多少个月', '共涉及3个街道。')).toBe(false);
  });

  it('still counts things asked with 个', () => {
    expect(states('今年改造几个小区', '今年改造小区12个。')).toBe(true);
  });

  it('counts things whose name begins with 天 or 周', () => {
    expect(states('今年开工了几个周转公寓项目', '今年开工周转公寓项目6个，可提供房源900套。')).toBe(true);
    expect(states('园区建成几个天然气调压站', '园区建成天然气调压站2个。')).toBe(true);
    expect(states('沿河新修了几个天桥', '沿河新修天桥4个。')).toBe(true);
  });
});

describe('a length of time asked without its unit', () => {
  const lengthStated = (question: string, text: string) => askedKindOf(question)?.states(text);

  it('is stated in any unit of time, not by a date or a calendar year', () => {
    expect(lengthStated('窗口审批一般要多久', '窗口自受理之日起15个工作日内办结。')).toBe(true);
    expect(lengthStated('复核时限是多少', '复核期限为3个月。')).toBe(true);
    expect(lengthStated('窗口审批一般要多久', '请于4月30日前提交材料。')).toBe(false);
    expect(lengthStated('窗口审批一般要多久', '窗口2025年起实行预约办理。')).toBe(false);
  });

  it('is not a span looked back on', () => {
    expect(lengthStated('窗口审批一般要多久', '近4年窗口累计受理申请860件。')).toBe(false);
    expect(lengthStated('窗口审批一般要多久', '窗口开办6年来未发生投诉。')).toBe(false);
    expect(lengthStated('窗口审批一般要多久', '制度实行2年以来运行平稳。')).toBe(false);
  });

  it('is not how often something is done', () => {
    expect(askedKindOf('物业巡检多久做一回')).toBeUndefined();
  });
});

describe('a rate named by its noun', () => {
  const rateStated = (question: string, text: string) => askedKindOf(question)?.states(text);

  it('is answered by the figure the rate is given, a ratio or a percentage', () => {
    expect(rateStated('北岸组团的建筑密度率是多少', '北岸组团建筑密度率核定为不高于0.41。')).toBe(true);
    expect(rateStated('东湖片区的绿地率是多少', '东湖片区绿地率控制在0.36以上。')).toBe(true);
    expect(rateStated('东湖片区的绿地率是多少', '东湖片区绿地率为35%。')).toBe(true);
    expect(rateStated('今年的竣工率达到多少', '截至10月底竣工率为百分之八十六。')).toBe(true);
  });

  it('is not answered by a year written after the noun, nor by a figure of something else', () => {
    expect(rateStated('东湖片区的绿地率是多少', '绿地率2025年起按新规定核定。')).toBe(false);
    expect(rateStated('东湖片区的绿地率是多少', '东湖片区新建停车位120个。')).toBe(false);
  });

  it('is not answered by a figure after the noun that counts something else or a change in points', () => {
    expect(rateStated('回款率是多少', '回款率排在末位的4个街道已约谈。')).toBe(false);
    expect(rateStated('绿地率是多少', '绿地率低于规划要求的3家单位限期整改。')).toBe(false);
    expect(rateStated('出租率是多少', '出租率比上季度提高6个百分点。')).toBe(false);
    expect(rateStated('出租率是多少', '出租率第2条另有说明。')).toBe(false);
  });

  it('asked as a share, is answered by a percentage only', () => {
    expect(rateStated('东湖片区的绿地率是百分之多少', '东湖片区绿地率控制在0.36以上。')).toBe(false);
    expect(rateStated('东湖片区的绿地率是百分之多少', '东湖片区绿地率为35%。')).toBe(true);
  });

  it('asked for its meaning, asks no figure', () => {
    expect(askedKindOf('绿地率是什么意思')).toBeUndefined();
  });
});

function notice(title: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "notice"\n---\n\n${body}`;
}

const DOCS = {
  approval: notice(
    '丙市规划局东湖片区指标核定通知',
    [
      '一、指标核定',
      '经专家论证，东湖片区绿地率核定为不低于0.36，东湖片区绿地率按此执行。',
      '二、配套设施',
      '东湖片区应同步建设社区食堂、托育点和东湖片区文化活动室，东湖片区配套设施与住宅同步交付。',
      '三、后续工作',
      '东湖片区绿地率核定后，建设单位按程序修改设计，东湖片区公共绿地中乔木占比不低于60%。',
    ].join('\n\n'),
  ),
  window: notice(
    '丙市便民服务中心三季度办件情况',
    [
      '一、各中心办件时长',
      '中心\t办件均时（工作日）\t满意度（%）\n南中心\t2.6\t97\n北中心\t3.9\t93',
      '二、需要改进的地方',
      '北中心不动产登记办件均时偏长，主要是北中心有5个工作专班尚未配齐人员。',
    ].join('\n\n'),
  ),
  guide: notice(
    '丙市既有住宅加装电梯办事指南',
    [
      '一、窗口审批',
      '加装电梯窗口审批实行一窗受理，加装电梯窗口审批由街道初审后报区住建局，加装电梯窗口审批要提交申请表和业主同意书。',
      '二、其他事项',
      '审批自受理之日起15个工作日内办结，逾期未办结的，申请人可以向区住建局反映。',
    ].join('\n\n'),
  ),
};

describe('in a library (local embeddings)', () => {
  const library = smallLibraryForBlock(DOCS, 'notices');
  const sections = async (question: string, askedKindDepth?: number) =>
    (await library.searcher.search(question, { k: 3, ...(askedKindDepth === undefined ? {} : { tuning: { askedKindDepth } }) })).map((h) => h.chunk.sectionPath);

  it.each([
    ['东湖片区的绿地率是多少', '一、指标核定'],
    ['北中心办件均时几个工作日', '一、各中心办件时长'],
  ])('keeps the passage stating the value asked by "%s" first (%s)', async (question, section) => {
    const ranked = await sections(question);
    expect(ranked[0]).toBe(section);
    expect(ranked).toEqual(await sections(question, 0));
  });

  it('ranks the section giving the length of time first when asked how long, not the one repeating the words', async () => {
    const question = '加装电梯窗口审批要多久';
    expect((await sections(question, 0))[0]).toBe('一、窗口审批');
    expect((await sections(question))[0]).toBe('二、其他事项');
  });
});
