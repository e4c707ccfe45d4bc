import { describe, expect, it } from 'vitest';
import { REASON_NOT_GIVEN } from '../src/answer/offline/strategies/reason.js';
import type { Chunk } from '../src/types.js';
import { documentChunks, extractiveAsker, makeChunk } from './support/services.js';

// A small library: a news explainer that asks and answers its own question, a plan stating rules (one with its
// purpose, one without, one saying what its change makes better), and a reply explaining why a request was not met.
const explainer = '加装电梯补贴为何以六层为界？';
const plan = '云岭市既有住宅加装电梯实施办法';
const reply = '云岭市住房和城乡建设局关于市政协第8号提案的答复';
const chunks: Chunk[] = [
  makeChunk(
    {
      docId: 'yl-news',
      title: explainer,
      kind: 'policy',
      sectionPath: '',
      text: [
        '加装电梯补贴为何以六层为界？',
        '2024-05-06 09:30 来源:云岭日报',
        '六层是多层住宅和高层住宅的分界线。按照当时的设计规范，七层以上住宅必须配建电梯，六层及以下住宅大多没有电梯，老人上下楼最难。',
        '记者了解到，今年全市已有120台电梯完成加装。',
      ].join('\n'),
    },
    0,
  ),
  makeChunk(
    {
      docId: 'yl-plan',
      title: plan,
      kind: 'policy',
      sectionPath: '三、补贴标准',
      text: '既有六层及以下住宅加装电梯的，每台补贴15万元。补贴资金在电梯投入使用后一次性拨付。',
    },
    1,
  ),
  makeChunk(
    {
      docId: 'yl-plan',
      title: plan,
      kind: 'policy',
      sectionPath: '四、申请条件',
      text: '申请加装电梯须经本单元三分之二以上业主同意。为了减少邻里纠纷，低层业主可以不出资。',
    },
    2,
  ),
  makeChunk(
    {
      docId: 'yl-plan',
      title: plan,
      kind: 'policy',
      sectionPath: '五、验收时限',
      text: '电梯安装完成后30日内组织联合验收，验收合格后方可投入使用。市级暂不单独出台电梯维保细则，省住房城乡建设厅正在编制全省统一的维保规范。',
    },
    3,
  ),
  makeChunk(
    {
      docId: 'yl-plan',
      title: plan,
      kind: 'policy',
      sectionPath: '六、施工管理',
      text: '结合我市实际，规定每年12月1日至次年2月底为加装电梯停工期，要求各地合理安排工期。',
    },
    5,
  ),
  makeChunk(
    {
      docId: 'yl-plan',
      title: plan,
      kind: 'policy',
      sectionPath: '七、费用分摊',
      text: '原办法规定每户分摊维保费300元，新办法改为按房屋建筑面积分摊，面积大的多摊、面积小的少摊，更加公平。',
    },
    6,
  ),
  makeChunk(
    {
      docId: 'yl-reply',
      title: reply,
      kind: 'reply',
      sectionPath: '一、关于将补贴提高到20万元的建议',
      text: '补贴标准暂不调整。主要是考虑到财政承受能力有限，今年补贴资金已全部安排。',
    },
    4,
  ),
];
const ask = extractiveAsker(chunks, 5);

describe('为什么 questions are answered with the reason the text gives', () => {
  it('answers with the sentences after the text asks the same question, not the sentence stating the rule', async () => {
    const a = await ask('加装电梯补贴为什么以六层为界？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^六层是多层住宅和高层住宅的分界线\[1\]/u);
    expect(a.answer).not.toContain('每台补贴15万元');
    expect(a.answer).not.toContain('来源');
    expect(a.citations[0].docId).toBe('yl-news');
  });

  it('answers with the sentence that says why (主要是考虑到…)', async () => {
    const a = await ask('补贴标准为什么暂不调整到20万元？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('主要是考虑到财政承受能力有限');
  });

  it('answers with the purpose clause (为了…)', async () => {
    const a = await ask('为什么低层业主可以不出资？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('为了减少邻里纠纷');
  });

  it('refuses when the library states the rule but not its reason, and says so', async () => {
    const a = await ask('为什么电梯安装完成后要在30日内组织联合验收？');
    expect(a.answered).toBe(false);
    expect(a.answer.startsWith(REASON_NOT_GIVEN)).toBe(true);
    expect(a.citations).toEqual([]);
  });

  it('refuses when the text only states the rule with 规定 (what is laid down is not why)', async () => {
    const a = await ask('为什么要规定加装电梯停工期？');
    expect(a.answered).toBe(false);
    expect(a.answer.startsWith(REASON_NOT_GIVEN)).toBe(true);
  });

  it('answers with what the change makes better, a reason worded without a causal word (…，更加公平)', async () => {
    const a = await ask('为什么维保费从按户分摊改成按面积分摊？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('更加公平');
  });

  it('answers a why-not question about a decision with the circumstances the text gives', async () => {
    const a = await ask('为什么市级不单独出台电梯维保细则？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('省住房城乡建设厅正在编制全省统一的维保规范');
  });

  it('still answers the same rule when asked what it is rather than why', async () => {
    const a = await ask('电梯安装完成后多少日内组织联合验收？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('30日内组织联合验收');
  });
});

// A policy explanation gives a document's why under its own heading: one that asks it, or its background section.
const explained = '《云岭市城镇老旧小区改造实施细则》政策解读';
const askedUnderHeading = '《云岭市加装电梯管理办法》政策解读';
const countyPlan = '云岭县城镇老旧小区改造三年行动方案';
const whyChunks: Chunk[] = [
  makeChunk({ docId: 'yl-county', title: countyPlan, kind: 'policy', text: '为加快推进县城老旧小区改造，根据《云岭市城镇老旧小区改造实施细则》，结合我县实际，制定本方案。' }),
  ...documentChunks('yl-jiedu', { title: explained, kind: 'policy' }, [
    ['一、起草背景', '2019年至2020年，全市共改造城镇老旧小区90个。但改造中也暴露出居民参与不足、改后无人管等问题。经市政府同意，由市政府办公室印发。'],
    ['二、主要内容', '《实施细则》共六个部分，分别是总体要求、改造内容、实施程序、资金筹措、长效管理和保障措施。'],
  ]),
  ...documentChunks('yl-dtjd', { title: askedUnderHeading, kind: 'policy' }, [
    ['1. 为什么要制定《办法》？', '近年来加装电梯需求快速增长。工作中也暴露出审批环节多、费用分摊难等问题。此前的工作指引约束力不足。'],
    ['3. 《办法》什么时候开始施行？', '《办法》自2022年9月1日起施行，有效期5年。'],
  ]),
];
const askWhy = extractiveAsker(whyChunks, 6);

describe('why a document was made', () => {
  it('answers from the explanation\'s background section (一、起草背景), not from another document that cites it', async () => {
    const a = await askWhy('为什么要制定云岭市城镇老旧小区改造实施细则？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('居民参与不足');
    expect(a.citations.every((c) => c.docId === 'yl-jiedu')).toBe(true);
  });

  it('answers from the section whose heading asks the same why (为什么要制定《办法》)', async () => {
    const a = await askWhy('为什么要出台这个加装电梯管理办法？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('审批环节多');
  });
});

// A rule often follows the circumstance it answers with no causal word between them: a shortfall before the rule in
// the same sentence (meeting minutes), or a difficulty in the sentence just before it (a Q&A answer).
const minutes = '云岭市老旧小区改造工作领导小组第二次会议纪要';
const faq = '老旧小区改造，居民关心的几个问题';
const causeChunks: Chunk[] = [
  ...documentChunks('yl-minutes', { title: minutes, kind: 'policy' }, [
    ['一、关于上半年进度', '截至6月30日，全市已开工80个小区。东岭区开工率仅为38.5%，会议要求东岭区9月30日前开工率达到90%以上。'],
    ['二、关于资金拨付', '各区应在8月底前完成上半年奖补资金拨付。'],
  ]),
  ...documentChunks('yl-faq', { title: faq, kind: 'policy' }, [
    ['三、外墙保温什么时候施工', '我市冬季风沙大，外墙保温层粘结难以保证质量。每年12月1日至次年2月底为外墙保温停工期，原则上不安排外墙保温施工。'],
  ]),
];
const askCause = extractiveAsker(causeChunks, 3);

describe('a 为什么 question about a rule stated right after the circumstance it answers', () => {
  it('answers with the sentence whose clause before the rule states a shortfall (开工率仅为…，会议要求…)', async () => {
    const a = await askCause('领导小组为什么要求东岭区9月底前开工率达到90%？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('东岭区开工率仅为38.5%');
  });

  it('answers with the difficulty stated in the sentence just before the rule, then the rule', async () => {
    const a = await askCause('为什么要规定外墙保温停工期？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^我市冬季风沙大，外墙保温层粘结难以保证质量\[1\]。每年12月1日/u);
  });

  it('still refuses a why about a rule stated with no circumstance before it', async () => {
    const a = await askCause('为什么各区应在8月底前完成上半年奖补资金拨付？');
    expect(a.answered).toBe(false);
    expect(a.answer.startsWith(REASON_NOT_GIVEN)).toBe(true);
  });
});
