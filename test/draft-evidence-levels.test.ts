// Evidence a drafter would keep, over small libraries built here: the suggestion's own topic is cited and an
// off-topic section never is; levels are kept apart (政策依据 only from a formal national/provincial or own text,
// 已开展工作 only from the bureau's own documents with the year of its figures, 外地做法 marked 【参考：X市】); earlier
// replies are listed as precedents with their 下步 promises; a topic the library lacks gets 【待补充】 and no citation.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { DraftResult } from '../src/types.js';
import { draftReply } from '../src/draft/index.js';
import { profileDocument, levelOf } from '../src/draft/documentProfile.js';
import { documentChunks, makeChunk, REPO_ROOT, servicesOverChunks } from './support/services.js';
import { markdownMessages, precedentsBlocks } from '../src/slack/blocks.js';
import { createChatModel } from '../src/grounding/chatModel.js';
import { startFakeOpenAI } from './support/fakeOpenAI.js';

// corpus/bureau.yml: 许昌市住房和城乡建设局, 文号 prefix 许建政协.
const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });

const OWN_REPLY = documentChunks('own_reply_2021', { title: '对市政协七届五次会议第12号提案的答复', number: '许建政协〔2021〕5号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n张伟委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于加大改造资金投入的建议', '由市人防办出资100万元，对小区的暖气管道进行了改造。全市共筹措改造资金3000万元，用于供水供电管网更新。'],
  ['二、关于增设停车位的建议', '我局在老旧小区改造中利用闲置空地增设停车位1200个，并施划停车泊位。'],
  ['三、下步工作安排', '下一步，我局将重点开展以下工作：一是继续挖掘小区停车资源，新增停车位。二是推动机关单位停车场向居民错时开放。'],
]);

const OTHER_CITY_REPLY = documentChunks('linyi_reply_2022', { title: '临沂市住房和城乡建设局关于市政协第30号提案的答复', number: null, kind: 'reply' }, [
  ['', '临沂市住房和城乡建设局\n王芳委员：\n您的提案收悉，现答复如下：'],
  ['一、关于推行错时共享停车的建议', '我们协调机关企事业单位停车场在夜间和节假日向周边居民错时开放，共享停车泊位800个。'],
]);

const OTHER_CITY_PLAN = documentChunks('linyi_plan_2022', { title: '临沂市人民政府办公室关于印发临沂市老旧小区停车设施建设实施方案的通知', number: '临政办发〔2022〕9号', kind: 'policy' }, [
  ['', '各小区要结合改造增设停车位，推行错时共享停车，机关单位停车场夜间向居民开放。'],
]);

const DRAFT_FOR_COMMENT = documentChunks('parking_draft_rules', { title: '住房和城乡建设部关于加强老旧小区停车管理的指导意见（征求意见稿）', number: null, kind: 'policy' }, [
  ['', '各地要推行错时共享停车，鼓励机关单位停车场向居民开放，增设停车位。'],
]);

const NATIONAL_POLICY = documentChunks('guoban_2020_23', { title: '国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见', number: '国办发〔2020〕23号', kind: 'policy' }, [
  ['三、（二）', '推动机关企事业单位停车场错时共享停车，有条件的小区增设停车位。'],
]);

// The feedback form attached to a reply: a record (ratings, 满意), never a source.
const FEEDBACK_FORM = [
  makeChunk({ docId: 'own_reply_2021', kind: 'form', title: '对市政协七届五次会议第12号提案的答复', sectionPath: '政协提案办理情况征询意见表', text: '委员认为结合老旧小区改造增设停车位的做法很好，利用闲置空地增设停车位，推行错时共享停车，开放机关单位停车场。' }, 9),
];

const LIBRARY = [...FEEDBACK_FORM, ...OWN_REPLY, ...OTHER_CITY_REPLY, ...OTHER_CITY_PLAN, ...DRAFT_FOR_COMMENT, ...NATIONAL_POLICY];

const PARKING_PROPOSAL = `关于破解老旧小区停车难的提案

提案人：李明委员

我市老旧小区停车位严重不足，车辆乱停乱放。

为此建议：一是结合老旧小区改造增设停车位，利用闲置空地建设停车场；二是推行错时共享停车，开放机关单位停车场。`;

function bodyOf(result: DraftResult): string {
  const d = result.draft!;
  return [d.background ?? '', ...d.sections.flatMap((s) => s.paragraphs), ...d.nextSteps.paragraphs].join('\n');
}

describe('evidence per suggestion', () => {
  it('cites the parking section for a parking suggestion and never the funding section', async () => {
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: PARKING_PROPOSAL });
    const [parking, sharing] = result.draft!.sections;
    expect(parking.citations.some((c) => c.docId === 'own_reply_2021' && c.section.includes('增设停车位'))).toBe(true);
    expect(parking.paragraphs.join('')).toContain('增设停车位1200个');
    const all = result.draft!.sections.flatMap((s) => s.citations);
    expect(all.some((c) => c.section.includes('资金'))).toBe(false);
    expect(all.some((c) => c.section.includes('征询意见表'))).toBe(false);
    expect(bodyOf(result)).not.toContain('人防办出资100万元');
    expect(sharing.citations.length).toBeGreaterThan(0);
  });

  it('states the year of the bureau\'s own figures', async () => {
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: PARKING_PROPOSAL });
    expect(result.draft!.sections[0].paragraphs.join('')).toMatch(/增设停车位1200个[^[]*（2021年数据）\[\d+\]/u);
  });

  it('marks another city\'s practice 【参考：临沂市】 and never quotes it, a plan of another city or a draft for comment as 政策依据', async () => {
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: PARKING_PROPOSAL });
    const sharing = result.draft!.sections[1];
    const text = sharing.paragraphs.join('\n');
    expect(text).toContain('【参考：临沂市】');
    // The other city's figure appears only inside its marked reference, never as the bureau's own work.
    for (const paragraph of sharing.paragraphs) if (paragraph.includes('800个')) expect(paragraph.startsWith('【参考：临沂市】')).toBe(true);
    // 政策依据 (the first paragraph) quotes the national guideline, not the draft for comment or 临沂's plan.
    const basis = sharing.paragraphs[0];
    expect(basis).toContain('国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见');
    expect(basis).not.toContain('征求意见稿');
    expect(basis).not.toContain('临沂');
    expect(bodyOf(result)).not.toMatch(/征求意见稿》[^【]*提出/u);
  });

  it('levels follow the documents, not their names: any bureau, any city', () => {
    const bureau = { ...config.bureau, name: '临沂市住房和城乡建设局', city: '临沂市', numberPrefix: '临建' };
    const linyiReply = profileDocument(OTHER_CITY_REPLY, bureau);
    const xuchangReply = profileDocument(OWN_REPLY, bureau);
    expect(linyiReply.own).toBe(true);
    expect(levelOf(linyiReply, '我们协调机关企事业单位停车场错时开放。')).toBe('done');
    expect(xuchangReply.own).toBe(false);
    expect(xuchangReply.place).toBe('许昌市');
    expect(levelOf(xuchangReply, '我局增设停车位1200个。')).toBe('elsewhere');
    expect(levelOf(profileDocument(NATIONAL_POLICY, bureau), '推动错时共享停车。')).toBe('policy');
    expect(levelOf(profileDocument(DRAFT_FOR_COMMENT, bureau), '推行错时共享停车。')).not.toBe('policy');
    // A city's own plan is the bureau's policy basis for that city, and another city's plan for everyone else.
    expect(levelOf(profileDocument(OTHER_CITY_PLAN, bureau), '推行错时共享停车。')).toBe('policy');
    expect(levelOf(profileDocument(OTHER_CITY_PLAN, config.bureau), '推行错时共享停车。')).toBe('elsewhere');
  });

  it('leaves a topic the library does not hold as 【待补充】 with no citation', async () => {
    const proposal = `关于加快既有住宅加装电梯的提案

提案人：周文博委员

为此建议：一是简化加装电梯审批流程，推行联合审查；二是建立低层住户利益协调机制。`;
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: proposal });
    for (const section of result.draft!.sections) {
      expect(section.citations).toEqual([]);
      expect(section.paragraphs.join('')).toContain('【待补充');
    }
  });
});

describe('precedents', () => {
  it('lists the earlier reply on the same topic with what it promised under 下步, in JSON and in the text', async () => {
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: PARKING_PROPOSAL }, { outline: true });
    const own = result.precedents.find((p) => p.docId === 'own_reply_2021');
    expect(own).toBeDefined();
    expect(own!.year).toBe(2021);
    expect(own!.number).toBe('许建政协〔2021〕5号');
    expect(own!.promises.some((p) => p.includes('继续挖掘小区停车资源'))).toBe(true);
    expect(own!.score).toBeGreaterThan(0);
    expect(result.precedents[0].docId).toBe('own_reply_2021');
    expect(result.text).toContain('历年类似提案及答复');
    expect(result.text).toContain('继续挖掘小区停车资源');
  });

  it('lists no precedent for a proposal unlike every earlier reply', async () => {
    const proposal = `关于加快既有住宅加装电梯的提案

提案人：周文博委员

为此建议：一是简化加装电梯审批流程；二是加大加装电梯财政补助。`;
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: proposal }, { outline: true });
    expect(result.precedents).toEqual([]);
    expect(result.text).toContain('没有足够相似的往年答复');
  });
});

describe('precedents in Slack', () => {
  it('the last message of a draft carries 「历年类似提案及答复」 with the promises, before the notices', async () => {
    const result = await draftReply(servicesOverChunks(LIBRARY), { text: PARKING_PROPOSAL }, { outline: true });
    const parts = markdownMessages('草稿正文', ['⚠️ 请核对'], precedentsBlocks(result.precedents));
    const blocks = parts[parts.length - 1].blocks;
    const texts = blocks.map((b) => ('text' in b && typeof b.text === 'string' ? b.text : ''));
    const at = texts.findIndex((t) => t.includes('历年类似提案及答复'));
    expect(at).toBeGreaterThan(0);
    expect(texts[at]).toContain('许建政协〔2021〕5号');
    expect(texts[at]).toContain('继续挖掘小区停车资源');
    expect(blocks[blocks.length - 1].type).toBe('context');
  });
});

describe('the LLM engine uses the same evidence and levels', () => {
  it('shows the model only on-topic passages, each with its level, and keeps the fidelity check', async () => {
    const fake = await startFakeOpenAI({
      chat: () => ({ toolCall: { arguments: { background: '', sections: [{ paragraphs: ['已增设停车位9999个[1]。'] }, { paragraphs: ['【待补充：相关政策依据】'] }], nextSteps: ['继续挖掘停车资源'] } } }),
    });
    try {
      const modelConfig = loadConfig({ OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-qwen', LLM_TIMEOUT_MS: '5000', LLM_MAX_RETRIES: '0', LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });
      const services = { ...servicesOverChunks(LIBRARY), config: modelConfig, llm: await createChatModel(modelConfig, silentLogger()) };
      const result = await draftReply(services, { text: PARKING_PROPOSAL });
      const prompt = JSON.stringify(fake.requests.find((r) => r.path.endsWith('/chat/completions'))!.body.messages);
      expect(prompt).toContain('增设停车位1200个');
      expect(prompt).not.toContain('人防办出资100万元');
      expect(prompt).toMatch(/政策依据（可写入“政策依据”段）：\[\d+\]/u);
      expect(prompt).toContain('【参考：临沂市】');
      expect(prompt).toMatch(/其他参考[^\n]*：\[\d+\]/u);
      // A figure no passage holds is dropped, as for the offline engine.
      expect(result.text).not.toContain('9999');
      expect(result.fidelity.some((f) => f.value === '9999' && f.action === 'dropped')).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
