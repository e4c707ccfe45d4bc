// Three evidence rules met on proposals written blind against the bureau5 library (盐城, synthetic; the headed item
// over a library invented here):
// - "明确专业经营单位的出资责任" asks who pays: 责任 (like 职责) says whose duty, it is no word the rule must repeat;
// - an item headed by its own line ("补齐养老托育设施" / "建议结合改造，在…建设养老、托育…设施") is asked by its heading,
//   not by the occasion clause left after 建议 ("结合改造");
// - a policy interpretation ("《X》政策解读") quoted beside X itself repeats it, and is no work done;
// - a 讨论稿 beside the subsidy in force only offers undecided figures.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { restatedTitle } from '../src/draft/documentProfile.js';
import { withoutNamedExamples } from '../src/draft/proposal/headings.js';
import { testLibrary } from './support/library.js';
import { documentChunks, makeChunk, REPO_ROOT, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('city_rules_2021', { title: '许昌市人民政府办公室关于印发许昌市城镇老旧小区改造实施细则的通知', number: '许政办发〔2021〕37号', kind: 'policy' }, [
  ['二、改造内容 > （三）提升类', '丰富社区服务供给，改造或建设社区综合服务设施、卫生服务站、养老、托育、助餐等公共服务设施。'],
  ['四、资金筹措 > （二）居民出资', '居民出资原则上不低于项目工程费用的2%。'],
  ['四、资金筹措 > （三）专业经营单位出资', '供水、供电、燃气、通信、广电等专业经营单位应当承担其产权设施的改造费用。'],
  ['五、长效管理 > （一）管理模式', '改造完成后2个月内，由街道、社区指导小区确定管理模式。'],
]);
const READING = documentChunks('city_rules_reading_2021', { title: '《许昌市城镇老旧小区改造实施细则》政策解读', number: null, kind: 'policy' }, [
  ['一、起草背景', '改造中暴露出居民参与不足、改后无人管、专业经营单位管线改造不同步等问题。为规范改造工作，市住建局会同市财政局等部门起草了《实施细则》。'],
  ['三、主要亮点', '一是突出居民主体。同意改造的户数达到80%以上方可申报。\n二是明确分类改造。将改造内容分为基础类、完善类、提升类三类。\n三是拓宽资金来源。首次明确居民出资原则上不低于工程费用的2%，并要求专业经营单位承担其产权设施改造费用。\n四是先定机制后改造。改造完成后2个月内必须确定管理模式。'],
]);
const PLAN = documentChunks('county_plan_2022', { title: '某县城镇老旧小区改造三年行动方案', number: '某政办发〔2022〕19号', kind: 'policy' }, [
  ['四、责任分工', '县住房和城乡建设局牵头负责方案编制和项目申报，县财政局负责资金筹措，明确各部门工作责任。'],
]);
const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造工作简报${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进。` }, 0),
);
const LIBRARY = [...RULES, ...READING, ...PLAN, ...FILLER];

async function draft(proposal: string) {
  return (await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: proposal })).draft!;
}

describe('evidence for asks of duty, headed asks, and restated rules', () => {
  it('quotes the 养老、托育 facilities rule for an item headed "补齐养老托育设施" whose sentence opens "建议结合改造，…"', async () => {
    const d = await draft(
      '关于加大县城老旧小区改造支持力度的提案\n\n王海、李红委员\n\n一、开展完整社区建设\n县城老旧小区普遍缺少社区服务设施。建议选取一批小区开展完整社区建设试点。\n\n二、补齐养老托育设施\n建议结合改造，在有条件的小区改造或建设养老、托育、助餐等公共服务设施，方便“一老一小”。\n',
    );
    const section = d.sections[1];
    expect(section.heading).toContain('养老托育');
    expect(section.paragraphs.join('')).toContain('养老、托育、助餐等公共服务设施');
  });

  it('reads the title a restatement names', () => {
    expect(restatedTitle('《某市城镇老旧小区改造实施细则》政策解读')).toBe('某市城镇老旧小区改造实施细则');
    expect(restatedTitle('图解《某市加装电梯实施办法》')).toBe('某市加装电梯实施办法');
    expect(restatedTitle('某市城镇老旧小区改造实施细则')).toBeNull();
  });

  it('asks for the class of bodies a proposer names by example, not the examples', () => {
    expect(withoutNamedExamples('电力、通信、供水、燃气等专业经营单位应当承担改造费用')).toBe('专业经营单位应当承担改造费用');
    expect(withoutNamedExamples('引导银行等金融机构提供低息贷款')).toBe('引导金融机构提供低息贷款');
    expect(withoutNamedExamples('建设坡道、扶手等无障碍设施')).toBe('建设坡道、扶手等无障碍设施');
    expect(withoutNamedExamples('引导居民通过直接出资、使用维修资金等方式分担费用')).toBe('引导居民通过直接出资、使用维修资金等方式分担费用');
  });
});

describe('over the bureau5 library', () => {
  const t = testLibrary({ corpus: path.join(REPO_ROOT, 'test/fixtures/eval/bureau5/corpus') }, { timeout: 120_000 });

  it('quotes the 实施细则 rule that 专业经营单位 bear their facilities\' costs for "明确专业经营单位的出资责任", not its 政策解读 beside it', async () => {
    const proposal = '关于拓宽老旧小区改造资金渠道的提案\n\n提案人：陈立新\n\n为此建议：\n一是明确专业经营单位的出资责任。\n二是加强改造后小区的物业管理。\n';
    const section = (await draftReply(t.services, { text: proposal })).draft!.sections[0];
    expect(section.heading).toContain('专业经营单位');
    expect(section.citations.some((c) => c.docId === 'yancheng_xize_2021' && c.section.includes('专业经营单位出资'))).toBe(true);
    expect(section.paragraphs.join('')).toContain('应当承担其产权设施的改造费用');
    expect(section.citations.map((c) => c.docId)).not.toContain('yancheng_jiedu_2021');
    expect(section.paragraphs.join('')).not.toContain('首次明确');
  });

  it('quotes the reply on the subsidy in force, and no undecided figure of the 讨论稿 beside it', async () => {
    const proposal = '关于完善加装电梯补助政策的提案\n\n提案人：周立新\n\n建议：\n一、按照楼层高低分档提高加装电梯补助。\n二、进一步压缩加装电梯审批时限。\n';
    const section = (await draftReply(t.services, { text: proposal })).draft!.sections[0];
    expect(section.citations.some((c) => c.docId === 'yancheng_rd_no027_2024' && c.section.includes('财政补助'))).toBe(true);
    expect(section.citations.map((c) => c.docId)).not.toContain('yancheng_dianti_tlg_2025');
    expect(section.paragraphs.join('')).not.toContain('讨论稿');
  });

  it('quotes the same rule for "压实水电气暖等管线单位的出资责任" (the utilities named as examples of 专业经营单位)', async () => {
    const proposal = '关于拓宽老旧小区改造资金来源的提案\n\n提案人：周立新\n\n建议：\n1. 压实水电气暖等管线单位的出资责任，由其承担自有管线设施的改造费用。\n2. 加快奖补资金拨付。\n';
    const section = (await draftReply(t.services, { text: proposal })).draft!.sections[0];
    expect(section.citations.some((c) => c.docId === 'yancheng_xize_2021' && c.section.includes('专业经营单位出资'))).toBe(true);
  });
});
