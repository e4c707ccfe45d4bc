// What a suggestion asks is the thing to be done, not the words it is carried by (dv18, drafting recall on libraries
// nobody tuned for): a means clause before the ask ("挖掘小区内部空间，配建…"), a purpose clause after it ("调动…的
// 积极性"), the kind of answer wanted ("作业时间": the hours) and the manner of doing it ("定期公开", "兜底托管") are no
// words a passage answering it must hold. The library states the thing in its own words, and the draft quotes it
// instead of leaving a 【待补充】 gap. An ask the library does not answer stays a gap.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { opensWithPurpose } from '../src/text/clauses.js';
import type { DraftSection } from '../src/types.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('care_rules_2025', { title: '社区服务设施建设和运营管理办法', number: '住建规〔2025〕3号', kind: 'policy' }, [
  ['第六条', '第六条　改造小区应当配建社区托育服务点，每处建筑面积不少于80平方米。'],
  ['第十三条', '第十三条　每日12:00至14:00和22:00至次日6:00，不得进行产生噪声的施工作业。'],
  ['第十五条', '第十五条　街道可以给予楼栋长适当工作补贴，所需经费从社区工作经费中列支。'],
  ['第十八条', '第十八条　小区停车收益每半年向全体业主公开一次收支情况。'],
  ['第二十条', '第二十条　暂无物业服务企业的小区由社区居委会托管。'],
]);
// The carrying words occur in the library on other topics, as in a real one (a word no passage holds weighs less).
const LIGHTING = documentChunks('lighting_2025', { title: '背街小巷照明提升工作方案', kind: 'policy' }, [
  ['一、目标', '2025年完成背街小巷路灯更新1200盏。'],
  ['二、要求', '按照居民满意程度评定照明等级。路灯实行定期巡查，由街道兜底保障夜间照明。'],
]);
const services = () => servicesOverChunks([...RULES, ...LIGHTING, ...briefingChunks()], { stats: true });

const ASKS = [
  '挖掘小区内部空间，配建社区托育服务点',
  '给楼栋长适当补贴，调动居民参与小区治理的积极性',
  '严格限定施工作业时间',
  '停车收益定期公开',
  '由社区兜底托管无物业小区',
  '利用腾出的空间建设小区文化长廊',
];
const PROPOSAL = `关于完善改造小区社区服务和管理的提案

提案人：周明

改造后的小区服务设施不足，管理也跟不上。为此建议：

${ASKS.map((ask, i) => `${'一二三四五六'[i]}、${ask}。`).join('\n\n')}`;

describe('asks read without the words that only carry them', () => {
  let sections: DraftSection[] = [];
  const quoted = (i: number) => sections[i].citations.map((c) => c.quote).join('');
  beforeAll(async () => {
    sections = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
  }, 60_000);

  it('drafts a section per suggestion', () => expect(sections).toHaveLength(ASKS.length));
  it('a means clause before the ask: quotes what is to be built', () => expect(quoted(0)).toContain('配建社区托育服务点'));
  it('a purpose clause after the ask: quotes the subsidy asked', () => expect(quoted(1)).toContain('楼栋长适当工作补贴'));
  it('the kind of answer wanted (作业时间): quotes the hours', () => expect(quoted(2)).toContain('22:00至次日6:00'));
  it('a manner of doing (定期公开): quotes the disclosure', () => expect(quoted(3)).toContain('向全体业主公开'));
  it('a manner of doing (兜底托管): quotes who takes the estate over', () => expect(quoted(4)).toContain('由社区居委会托管'));
  it('an ask the library does not answer stays a 【待补充】 gap once its means is dropped', () => {
    expect(sections[5].citations).toEqual([]);
    expect(sections[5].paragraphs.join('')).toContain('【待补充');
  });
});

describe('a clause opening with 帮助', () => {
  it('is a purpose when an outcome follows, and the ask itself when it names what to help do', () => {
    expect(opensWithPurpose('帮助基层规范档案管理')).toBe(true);
    expect(opensWithPurpose('帮助无物业小区成立业主委员会')).toBe(false);
    expect(opensWithPurpose('帮助居民编制加装电梯设计方案')).toBe(false);
  });
});
