// The words that decide whether a sentence is on a suggestion are what it asks about, not how it is to be done: a
// sentence sharing only 统一 and 智能 with "在改造小区统一配建智能快递柜" (a charging shed "统一建设…智能充电设备") is
// no evidence for it, and "把雨污分流作为基础类改造内容优先实施" is answered by the 雨污分流 sentence though that
// sentence does not say 优先. Library built here; the rule is the draft's gate (src/draft/gate.ts), not `ask`'s.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('own_reply_2022', { title: '对市政协十四届一次会议第45号提案的答复', number: '某建政协〔2022〕12号', kind: 'reply' }, [
  ['', '某市住房和城乡建设局\n张伟委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于解决电动自行车充电难的建议', '我市将电动自行车充电设施列入老旧小区改造完善类内容，统一建设集中停放充电棚，推广具有充满自停功能的智能充电设备。'],
  ['二、关于排水设施改造的建议', '老旧小区普遍存在雨污合流问题，我市将雨污分流作为老旧小区改造基础类的必改内容，2023年改造雨污分流管网86公里。'],
  ['三、关于优先安排改造计划的建议', '对群众改造意愿强烈的小区，在安排年度计划时优先安排，2023年共纳入改造小区56个。'],
]);

const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，改造内容分为基础类、完善类、提升类，第${i + 1}批改造项目按计划推进。` }, 0),
);

const POLICY = documentChunks('city_policy_2021', { title: '某市人民政府办公室关于全面推进城镇老旧小区改造工作的实施意见', number: '某府办发〔2021〕18号', kind: 'policy' }, [
  ['第三条 改造内容', '完善类改造内容包括拆除违法建设，改造或建设小区及周边适老设施、无障碍设施、停车库（场）、电动自行车及汽车充电设施、智能快件箱、文化休闲设施等配套设施。'],
]);

const LIBRARY = [...REPLY, ...POLICY, ...FILLER];

describe('how an ask is to be done decides nothing about its evidence', () => {
  it('never quotes the charging shed that is 统一建设 with 智能 devices for 配建智能快递柜 (快递柜 is the library\'s 智能快件箱)', async () => {
    const proposal = '关于完善老旧小区配套设施的提案\n\n提案人：陈思远\n\n为此建议：\n（一）在改造小区统一配建智能快递柜，方便居民收取快递。\n（二）加强楼道照明设施维护。\n';
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: proposal });
    const lockers = result.draft!.sections[0];
    expect(lockers.heading).toContain('快递柜');
    expect(lockers.citations.some((c) => c.section.includes('充电'))).toBe(false);
    expect(lockers.paragraphs.join('')).not.toContain('充电棚');
  });

  it('cites the 雨污分流 sentence (under a heading on 排水设施) for "把雨污分流作为基础类改造内容优先实施", not the one that says 优先', async () => {
    const proposal =
      '关于老旧小区雨污分流改造的提案\n\n提案人：杜晓峰\n\n城区部分老旧小区雨水、污水合用一套管道，雨天污水外溢。\n\n在老旧小区改造中把雨污分流作为基础类改造内容优先实施，做到应分尽分。';
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: proposal });
    const section = result.draft!.sections[0];
    expect(section.citations.some((c) => c.section.includes('排水设施'))).toBe(true);
    expect(section.citations.some((c) => c.section.includes('优先安排'))).toBe(false);
    expect(section.paragraphs.join('')).toContain('雨污分流管网86公里');
  });
});
