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
});

describe('a length of time asked without its unit', () => {
  const lengthStated = (question: string, text: string) => askedKindOf(question)?.states(text);

  it('is stated in any unit of time, not by a date or a calendar year', () => {
    expect(lengthStated('窗口审批一般要多久', '窗口自受理之日起15个工作日内办结。')).toBe(true);
    expect(lengthStated('复核时限是多少', '复核期限为3个月。')).toBe(true);
    expect(lengthStated('窗口审批一般要多久', '请于4月30日前提交材料。')).toBe(false);
    expect(lengthStated('窗口审批一般要多久', '窗口2025年起实行预约办理。')).toBe(false);
  });

  it('is not how often something is done', () => {
    expect(askedKindOf('联席会议多久开一次')).toBeUndefined();
  });
});

describe('a rate named by its noun', () => {
  const rateStated = (question: string, text: string) => askedKindOf(question)?.states(text);

  it('is answered by the figure the rate is given, a ratio or a percentage', () => {
    expect(rateStated('东湖片区的绿地率是多少', '东湖片区绿地率调整为不低于0.32，其余指标不变。')).toBe(true);
    expect(rateStated('东湖片区的绿地率是多少', '东湖片区绿地率为35%。')).toBe(true);
    expect(rateStated('今年的竣工率达到多少', '截至10月底竣工率为百分之八十六。')).toBe(true);
  });

  it('is not answered by a year written after the noun, nor by a figure of something else', () => {
    expect(rateStated('东湖片区的绿地率是多少', '绿地率2025年起按新规定核定。')).toBe(false);
    expect(rateStated('东湖片区的绿地率是多少', '东湖片区新建停车位120个。')).toBe(false);
  });

  it('asked as a share, is answered by a percentage only', () => {
    expect(rateStated('东湖片区的绿地率是百分之多少', '东湖片区绿地率调整为不低于0.32。')).toBe(false);
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
    '丙市自然资源局关于东湖片区规划指标的批复',
    [
      '一、绿地率',
      '东湖片区绿地率调整为不低于0.32，不同意申请的0.28。',
      '二、配套用房',
      '配套用房面积不计入容积率的部分不超过总建筑面积的5%，申请的东湖片区配套用房比例8%不予同意。',
      '三、请示事项的处理',
      '申请的东湖片区绿地率0.28、配套用房比例8%、停车楼高度30米，均不予同意或者调整。',
    ].join('\n\n'),
  ),
  window: notice(
    '丙市政务服务窗口上半年办理情况通报',
    [
      '一、分区办理情况',
      '区\t平均办理（工作日）\t办结率（%）\n东区\t3.2\t98\n西区\t4.1\t95',
      '二、存在的问题',
      '西区加装电梯项目平均办理时长偏长，主要是西区有2个项目材料不全、需要补正。',
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
    ['东湖片区的绿地率是多少', '一、绿地率'],
    ['西区平均办理几个工作日', '一、分区办理情况'],
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
