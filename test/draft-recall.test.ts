// Drafting changes of issue #11's recall work, as a drafter sees them, over a small library built here:
// - a news deck printed without its final stop ("建立改造资金…合理共担机制,…债券融资,…") is quoted for the suggestion it
//   answers (it was dropped as "not a complete sentence");
// - a vague suggestion ("加强管理") is not answered with whatever section has 管理 in its heading: it gets 【待补充】;
// - a two-part ask ("提高加装电梯补助标准，并允许业主提取住房公积金") cites the earlier reply's section on that very
//   topic ("二、关于财政补助"), which holds one part, though it does not hold every focus word of both;
// - the proposer's own examples ("将纺织厂家属区、农机公司宿舍等小区纳入…计划") do not stop the plan being cited.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { quotableSentences } from '../src/draft/quotable.js';
import { makeChunk, servicesOverChunks } from './support/services.js';

const DECK =
  '建立改造资金政府与居民、社会力量合理共担机制,合理落实居民出资责任,支持运用公司信用类债券、项目收益票据等进行债券融资,但不得承担政府融资职能';

const NEWS = makeChunk(
  {
    docId: 'news_2020',
    kind: 'policy',
    title: '国办：老旧小区改造十四五末基本完成',
    sectionPath: '',
    text: `国办：老旧小区改造十四五末基本完成\n\n2020年07月20日\n\n${DECK}\n\n【某某网】去年开始大规模推进的城镇老旧小区改造，2020年新开工改造3.9万个小区。\n\n国务院办公厅公布了指导意见，提出上述目标并作出部署。`,
  },
  0,
);

const OWN_REPLY = [
  ['', '许昌市住房和城乡建设局\n张伟委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于加强小区物业管理的建议', '我局推行物业服务企业信用评价，对物业服务企业开展年度考核，全市物业服务覆盖率达到85%。'],
  ['二、关于改造老旧供暖管网的建议', '我局协调供热企业对老旧供暖管网进行了改造，更换供暖管道12公里。'],
].map(([sectionPath, text], i) =>
  makeChunk({ docId: 'own_reply_2021', title: '对市政协七届五次会议第12号提案的答复', number: '许建政协〔2021〕5号', kind: 'reply', sectionPath, text }, i),
);

const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进，改善居民居住条件。` }, 0),
);

const LIBRARY = [NEWS, ...OWN_REPLY, ...FILLER];

describe('a sentence printed without its stop', () => {
  it('is quotable when it is a paragraph of clauses followed by more text, not when it is a heading or the cut-off end', () => {
    const sentences = quotableSentences(NEWS.text);
    expect(sentences).toContain(DECK);
    expect(sentences.some((s) => s.startsWith('2020年07月20日'))).toBe(false);
    expect(quotableSentences(`第一段文字，已经完整。\n\n${DECK}`)).not.toContain(DECK);
    // A hard-wrapped line (no blank line after it) is half a sentence.
    expect(quotableSentences(`${DECK}\n等进行融资。`)).not.toContain(DECK);
  });

  it('answers 支持运用债券融资 with the news deck that states it', async () => {
    const proposal = `关于拓宽老旧小区改造资金渠道的提案\n提案人：马卫东\n为此建议：一是加快老旧供暖管网改造；二是支持运用债券融资筹集改造资金。`;
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: proposal });
    const bonds = result.draft!.sections[1];
    expect(bonds.heading).toContain('债券融资');
    expect(bonds.citations.some((c) => c.docId === 'news_2020' && c.quote.includes('债券融资'))).toBe(true);
    // A press report is offered as a reference, never as the policy basis.
    expect(bonds.paragraphs[0]).toContain('【待补充：相关政策依据】');
  });
});

describe('a vague suggestion', () => {
  it('gets 【待补充】, not the 物业管理 section, for "加强管理"', async () => {
    const proposal = `关于老旧小区改造的提案\n提案人：马卫东\n为此建议：一是加快老旧供暖管网改造；二是加强管理。`;
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: proposal });
    const [heating, vague] = result.draft!.sections;
    expect(heating.citations.some((c) => c.section.includes('供暖管网'))).toBe(true);
    expect(vague.citations).toEqual([]);
    expect(vague.paragraphs.join('')).toContain('【待补充');
    expect(vague.paragraphs.join('')).not.toContain('物业服务');
  });
});

const SUBSIDY_REPLY = [
  ['', '某市住房和城乡建设局\n罗晓梅委员：\n您提出的关于加装电梯的提案收悉，现答复如下：'],
  ['一、关于简化审批程序', '我局会同规划部门实行联合审查，审批时限压缩至20个工作日。'],
  ['二、关于财政补助', '市级财政对每部加装电梯给予补助。同时，加装电梯的业主可以提取本人及其配偶的住房公积金，每户提取总额不超过实际出资额。'],
  ['', '2025年起，市级财政对加装电梯的补助标准由每部10万元提高至每部12万元。'],
].map(([sectionPath, text], i) =>
  makeChunk({ docId: i === 3 ? 'subsidy_notice_2025' : 'subsidy_reply_2021', title: '对市政协八届五次会议第82号提案的答复', number: '某建政协〔2021〕7号', kind: 'reply', sectionPath, text }, i),
);

const NOTICE = makeChunk(
  {
    docId: 'plan_notice_2025',
    kind: 'policy',
    title: '关于开展2026年度城镇老旧小区改造意见征询的通知',
    sectionPath: '一、征询范围',
    text: '拟申报2026年度改造计划的城镇老旧小区，以及已改造但居民反映问题较多、需要补充改造的小区。',
  },
  0,
);

describe('an earlier reply’s section on the topic', () => {
  it('is cited for a two-part ask that it answers one part of', async () => {
    const proposal = `关于加装电梯的提案\n提案人：王志远\n为此建议：一是提高加装电梯财政补助标准，并允许业主提取住房公积金。二是加快老旧供暖管网改造。`;
    const result = await draftReply(servicesOverChunks([...SUBSIDY_REPLY, ...OWN_REPLY, ...FILLER], { stats: true }), { text: proposal });
    const subsidy = result.draft!.sections[0];
    expect(subsidy.citations.some((c) => c.docId === 'subsidy_reply_2021' && c.section.includes('财政补助'))).toBe(true);
    expect(subsidy.paragraphs.join('')).toContain('住房公积金');
  });
});

describe('a suggestion listing its own examples', () => {
  it('is headed by the class and cites the plan that names the year', async () => {
    const proposal = `关于加快推进城西片区老旧小区改造的建议\n市人大代表 罗建军\n建议：\n1.将纺织厂家属区、农机公司宿舍等小区纳入2026年度老旧小区改造计划，尽快开展居民意见征询。\n2.加快老旧供暖管网改造。`;
    const result = await draftReply(servicesOverChunks([NOTICE, ...OWN_REPLY, ...FILLER], { stats: true }), { text: proposal });
    const plan = result.draft!.sections[0];
    expect(plan.heading).toContain('纳入2026年度老旧小区改造计划');
    expect(plan.heading).not.toContain('农机公司');
    expect(plan.citations.some((c) => c.docId === 'plan_notice_2025')).toBe(true);
  });
});

const BUNDLING_DRAFT = makeChunk(
  {
    docId: 'capital_rules_draft_2025',
    kind: 'policy',
    title: '社会资本参与城镇老旧小区改造办法（讨论稿）',
    sectionPath: '二、参与方式 > （三）片区统筹',
    text: '将片区内老旧小区改造与周边存量资源盘活打包实施，以片区整体收益平衡改造投入。',
  },
  0,
);

describe('a suggestion led by a slogan clause', () => {
  it('is measured by the clause that says what it asks, so a passage sharing only the slogan is not quoted', async () => {
    const proposal = `关于破解老旧小区停车难题的提案\n提案人：陈佳怡\n为此建议：一是要盘活周边存量资源，推动机关、学校、医院等单位停车场在夜间和节假日向周边居民错时开放。二是加快老旧供暖管网改造。`;
    const result = await draftReply(servicesOverChunks([BUNDLING_DRAFT, ...OWN_REPLY, ...FILLER], { stats: true }), { text: proposal });
    const parking = result.draft!.sections[0];
    expect(parking.citations.some((c) => c.docId === 'capital_rules_draft_2025')).toBe(false);
    expect(parking.paragraphs.join('')).toContain('【待补充');
    expect(parking.paragraphs.join('')).not.toContain('打包实施');
  });
});
