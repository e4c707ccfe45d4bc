// Number and place fidelity, and the LLM engine end to end against the fake OpenAI server.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkFidelity, figuresIn, placesIn } from '../src/draft/fidelity.js';
import { draftReply } from '../src/draft/index.js';
import { createChatModel } from '../src/grounding/chatModel.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Draft } from '../src/types.js';
import { startFakeOpenAI, type FakeOpenAI } from './support/fakeOpenAI.js';
import { createTestServices, type TestServices } from './support/services.js';

const PROPOSAL = readFileSync(path.resolve(import.meta.dirname, 'fixtures', 'proposals', 'xuchang_style_tian.txt'), 'utf8');

function draftWith(paragraphs: string[]): Draft {
  const citation = { n: 1, docId: 'd', title: '某答复', number: null, section: '', quote: '', chunkId: 'd#0' };
  return {
    title: 't',
    salutation: 's',
    opening: 'o',
    background: null,
    sections: [{ heading: '一、关于资金的建议', paragraphs, citations: [citation] }],
    nextSteps: { heading: '二、下步工作安排', paragraphs: ['下一步，我局将继续推进。'], citations: [] },
    closing: 'c',
    contact: [],
    cc: null,
  };
}

describe('checkFidelity', () => {
  const sources = {
    proposal: '建议2021年起每年改造100个小区。',
    passage: (n: number) => (n === 1 ? '在魏都区延中小区改造中，小区居民共计出资 26 万元，完成率达到 95%。' : undefined),
    allowedNames: ['许昌市住房和城乡建设局', '许昌市'],
  };

  it('keeps figures found in the proposal or a cited passage and drops sentences with others', () => {
    const { draft, issues } = checkFidelity(
      draftWith(['延中小区居民共计出资26万元[1]。全市累计投入资金8888万元[1]。计划从2021年起推进，完成率95%[1]。']),
      sources,
    );
    const text = draft.sections[0].paragraphs.join('');
    expect(text).toContain('出资26万元[1]');
    expect(text).toContain('完成率95%');
    expect(text).not.toContain('8888');
    expect(issues).toEqual([{ value: '8888', where: '一、关于资金的建议', action: 'dropped' }]);
  });

  it('does not take a citation marker, a placeholder or 2026 for a supported 26', () => {
    expect(figuresIn('完成了【待补充：2024年数据】[3]')).toEqual([]);
    const { issues } = checkFidelity(draftWith(['2026年居民出资26万元[1]。']), sources);
    expect(issues.map((i) => i.value)).toEqual(['2026']);
  });

  it('flags a place name that no source mentions and leaves known places alone', () => {
    expect(placesIn('洛阳市西工区已全面推广')).toContain('洛阳市');
    const { draft, issues } = checkFidelity(draftWith(['魏都区延中小区的做法已在洛阳市推广[1]。许昌市将继续推进。']), sources);
    expect(issues).toEqual([{ value: '洛阳市', where: '一、关于资金的建议', action: 'flagged' }]);
    expect(draft.sections[0].paragraphs[0]).toContain('洛阳市【待核实】');
    expect(draft.sections[0].paragraphs[0]).not.toContain('魏都区【待核实】');
  });

  it('leaves a placeholder when every sentence of a paragraph was dropped', () => {
    const { draft } = checkFidelity(draftWith(['投入资金7777万元。']), sources);
    expect(draft.sections[0].paragraphs[0]).toMatch(/^【待补充：/);
  });
});

describe('LLM engine against the fake OpenAI server', () => {
  let t: TestServices;
  let fake: FakeOpenAI | undefined;
  beforeAll(async () => {
    t = await createTestServices();
  });
  afterAll(async () => {
    await t?.cleanup();
  });
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function servicesWithModel(baseURL: string) {
    const config = loadConfig({ OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'fake-qwen', LLM_TIMEOUT_MS: '5000', LLM_MAX_RETRIES: '0' }, { cwd: t.dir });
    return { ...t.services, config: { ...t.services.config, llmEnabled: true, OPENAI_MODEL: 'fake-qwen' }, llm: await createChatModel(config, silentLogger()) };
  }

  /** Passage number whose text contains `needle`, read from the prompt the client sent. */
  function passageWith(body: any, needle: string): number {
    const prompt = JSON.stringify(body.messages);
    const re = /<passage n=\\"(\d+)\\"[^>]*>([\s\S]*?)<\/passage>/g;
    for (const m of prompt.matchAll(re)) if (m[2].replace(/\s/g, '').includes(needle)) return Number(m[1]);
    throw new Error(`no passage with ${needle}`);
  }

  it('drops a figure the sources do not hold and keeps a cited one', async () => {
    fake = await startFakeOpenAI({
      chat: (body) => {
        const funding = passageWith(body, '延中小区');
        return {
          toolCall: {
            arguments: {
              background: '',
              sections: [
                { paragraphs: ['【待补充：规划编制情况】'] },
                { paragraphs: ['下一步将继续完善工作机制。'] },
                { paragraphs: ['下一步将继续解决居民关注的问题。'] },
                {
                  paragraphs: [
                    `在魏都区延中小区改造中，小区居民共计出资26万元[${funding}]。`,
                    `全市已累计投入改造资金8888万元[${funding}]。`,
                  ],
                },
              ],
              nextSteps: ['继续推进老旧小区改造', '加强资金监管'],
            },
          },
        };
      },
    });
    const result = await draftReply(await servicesWithModel(fake.baseURL), { text: PROPOSAL });
    expect(result.engine.llm).toBe('openai:fake-qwen');
    expect(result.notice).toBeUndefined();
    const draft = result.draft!;
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '一、关于科学编制老旧小区改造整治规划的建议',
      '二、关于政府主导，合力推进老旧小区改造工作的建议',
      '三、关于着力解决居民关注的民生问题的建议',
      '四、关于保障老旧小区改造资金供给的建议',
    ]);
    expect(draft.nextSteps.paragraphs[0]).toContain('一是继续推进老旧小区改造；二是加强资金监管。');
    expect(result.text).toContain('26万元[1]');
    expect(result.text).not.toContain('8888');
    expect(result.fidelity).toContainEqual({ value: '8888', where: '四、关于保障老旧小区改造资金供给的建议', action: 'dropped' });
    // Citations are renumbered from 1 and point at the Xuchang reply's funding section.
    expect(draft.sections[3].citations.map((c) => c.n)).toEqual([1]);
    expect(draft.sections[3].citations[0].number).toBe('许建政协〔2020〕13号');

    // The request: a forced tool call (functionCalling), the proposal delimited as data.
    const body = fake.requests.find((r) => r.path.endsWith('/chat/completions'))!.body;
    expect(body.tools[0].function.name).toBe('reply_draft');
    expect(JSON.stringify(body.messages)).toContain('<proposal>');
    expect(JSON.stringify(body.messages)).toContain('保障老旧小区改造资金供给');
  });

  it('asks for JSON output instead of a tool call when DRAFT_STRUCTURED_METHOD=jsonMode', async () => {
    fake = await startFakeOpenAI({ chat: () => ({ content: JSON.stringify({ background: '', sections: [], nextSteps: [] }) }) });
    const services = await servicesWithModel(fake.baseURL);
    const method = loadConfig({ DRAFT_STRUCTURED_METHOD: 'jsonMode' }, { cwd: t.dir }).DRAFT_STRUCTURED_METHOD;
    expect(method).toBe('jsonMode');
    await draftReply({ ...services, config: { ...services.config, DRAFT_STRUCTURED_METHOD: method } }, { text: PROPOSAL });
    const body = fake.requests.find((r) => r.path.endsWith('/chat/completions'))!.body;
    expect(body.tools).toBeUndefined();
    expect(body.response_format?.type).toBe('json_object');
    expect(loadConfig({}, { cwd: t.dir }).DRAFT_STRUCTURED_METHOD).toBe('functionCalling');
  });

  it('falls back to the offline engine with a Chinese notice when the model fails or answers malformed', async () => {
    fake = await startFakeOpenAI({ chat: (_b, n) => (n === 1 ? { status: 500 } : { toolCall: { arguments: { background: '', sections: [], nextSteps: [] } } }) });
    const services = await servicesWithModel(fake.baseURL);
    for (let i = 0; i < 2; i++) {
      const result = await draftReply(services, { text: PROPOSAL });
      expect(result.engine.llm).toBe('offline');
      expect(result.notice).toMatch(/离线模板/);
      expect(result.draft!.sections).toHaveLength(4);
      expect(result.draft!.nextSteps.heading).toBe('五、下步工作安排');
    }
  });
});
