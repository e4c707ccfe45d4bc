// Drafting over real services: the shipped corpus, indexed by the real ingestion and retrieval code, offline engine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReply, DraftInputError } from '../src/draft/index.js';
import type { DraftResult } from '../src/types.js';
import { testLibrary } from './support/library.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures', 'proposals');
const proposal = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const t = testLibrary();

function allCitations(result: DraftResult) {
  const d = result.draft!;
  return [...(d.backgroundCitations ?? []), ...d.sections.flatMap((s) => s.citations), ...d.nextSteps.citations];
}

describe('draftReply (offline engine, shipped corpus)', () => {
  it('drafts the Xuchang-shaped proposal in the Xuchang reply format, citing that reply', async () => {
    const result = await draftReply(t.services, { text: proposal('xuchang_style_tian.txt') });
    const draft = result.draft!;
    expect(result.engine.llm).toBe('offline');
    expect(draft.title).toBe('对市七届政协四次会议第104号提案的答复');
    expect(draft.salutation).toBe('郭瑞、王勇、张金国委员：');
    expect(draft.opening).toBe('你们提出的关于“对我市老旧小区改造的几点建议”的提案收悉，现答复如下：');
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '一、关于科学编制老旧小区改造整治规划的建议',
      '二、关于政府主导，合力推进老旧小区改造工作的建议',
      '三、关于着力解决居民关注的民生问题的建议',
      '四、关于保障老旧小区改造资金供给的建议',
    ]);
    expect(draft.nextSteps.heading).toBe('五、下步工作安排');
    expect(draft.contact).toEqual(['联系单位及电话：许昌市住房和城乡建设局，2169961；', '联系人：陈绍军；']);
    expect(draft.cc).toBe('抄 送：市政协提案委（3份），市委市政府督查局（1份）。');

    const cited = allCitations(result);
    const kindOf = (docId: string) => t.services.search.chunksOf(docId)[0]?.kind;
    expect(cited.some((c) => c.number === '许建政协〔2020〕13号' && kindOf(c.docId) === 'reply')).toBe(true);
    // The shipped policy files are press reports, web pages and another city's plan: never quoted as 政策依据.
    for (const section of draft.sections) expect(section.paragraphs[0]).not.toMatch(/^《[^》]*(?:老旧小区改造加力|国办:|牡丹江)/u);
    // The funding section quotes the Xuchang reply's own funding section.
    const funding = draft.sections[3];
    expect(funding.citations.some((c) => c.section.includes('保障老旧小区改造资金供给'))).toBe(true);
    // Every [n] marker in the text points to a listed citation.
    const numbers = new Set(cited.map((c) => c.n));
    for (const m of result.text.matchAll(/\[(\d+)\]/g)) expect(numbers.has(Number(m[1]))).toBe(true);
    // The text rendering keeps the reply's order.
    const order = [draft.title, draft.salutation, ...draft.sections.map((s) => s.heading), draft.nextSteps.heading, draft.contact[0]];
    const positions = order.map((line) => result.text.indexOf(line));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(result.fidelity.filter((f) => f.action === 'dropped')).toEqual([]);
  });

  it('answers a 人大建议 with 代表, 建议 and the suggestions 抄送', async () => {
    const result = await draftReply(t.services, { text: proposal('numbered_jianyi.txt') });
    const draft = result.draft!;
    expect(result.meta.kind).toBe('建议');
    expect(draft.title).toBe('对市十七届人大六次会议第55号建议的答复');
    expect(draft.salutation).toBe('王燕、张琼辉、杨青代表：');
    expect(draft.opening.endsWith('的建议收悉，现答复如下：')).toBe(true);
    expect(draft.sections).toHaveLength(3);
    expect(draft.nextSteps.heading).toBe('四、下步工作安排');
    expect(draft.cc).toBe('抄 送：市人大常委会代表工作委员会，市委市政府督查局。');
  });

  it('writes 【待补充】 where the documents have nothing, instead of inventing', async () => {
    const result = await draftReply(t.services, { text: proposal('yishi_ershi_tian.txt') });
    const draft = result.draft!;
    expect(draft.salutation).toBe('李明委员：');
    expect(draft.opening.startsWith('您提出的')).toBe(true);
    const elevator = draft.sections[0];
    expect(elevator.heading).toBe('一、关于简化加装电梯审批流程的建议');
    // The corpus says nothing about elevator approvals: no cited "work done", a placeholder instead.
    expect(elevator.paragraphs.join('')).toContain('【待补充：');
    for (const section of draft.sections) {
      for (const p of section.paragraphs) if (!p.includes('【待补充')) expect(p).toMatch(/\[\d+\]/);
    }
  });

  it('keeps placeholders for a proposal without number or meeting', async () => {
    const result = await draftReply(t.services, { text: proposal('plain_paragraphs_tian.txt') });
    expect(result.draft!.title).toBe('对【待补充：会议名称】第【待补充：编号】号提案的答复');
    expect(result.draft!.sections).toHaveLength(3);
  });

  it('metadata given separately (Slack modal) overrides the parsed one', async () => {
    const result = await draftReply(t.services, { text: proposal('plain_paragraphs_tian.txt'), meta: { number: '12', meeting: '市九届政协三次会议' } });
    expect(result.draft!.title).toBe('对市九届政协三次会议第12号提案的答复');
  });

  it('builds an outline: skeleton, 2–4 points per suggestion with sources, no draft', async () => {
    const result = await draftReply(t.services, { text: proposal('xuchang_style_tian.txt') }, { outline: true });
    expect(result.draft).toBeNull();
    const outline = result.outline!;
    expect(outline.title).toBe('对市七届政协四次会议第104号提案的答复');
    expect(outline.sections).toHaveLength(4);
    for (const section of outline.sections) {
      expect(section.points.length).toBeGreaterThanOrEqual(2);
      expect(section.points.length).toBeLessThanOrEqual(4);
    }
    expect(outline.sections.flatMap((s) => s.points).some((p) => p.sources.some((c) => c.number === '许建政协〔2020〕13号'))).toBe(true);
    expect(outline.nextSteps[0]).toBe('五、下步工作安排');
    expect(outline.contact[0]).toBe('联系单位及电话：许昌市住房和城乡建设局，2169961；');
    expect(result.text).toContain('四、关于保障老旧小区改造资金供给的建议');
    expect(result.text).toContain('许建政协〔2020〕13号');
  });

  it('redacts personal data from the proposal and refuses empty input', async () => {
    const text = `${proposal('plain_paragraphs_tian.txt')}\n联系电话：13937452669`;
    const result = await draftReply(t.services, { text });
    expect(JSON.stringify(result)).not.toContain('13937452669');
    await expect(draftReply(t.services, { text: '  \n ' })).rejects.toBeInstanceOf(DraftInputError);
  });
});
