// Evidence quality of the offline engine over small hand-made corpora: only complete sentences are quoted, source
// labels do not repeat the 文号, and a policy sentence is quoted as policy basis only when it speaks to the topic.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { DraftResult } from '../src/types.js';
import { sourceLabel } from '../src/grounding/sources.js';
import { draftReply } from '../src/draft/index.js';
import { endsAsSentence, quotableSentences } from '../src/draft/evidence.js';
import { makeChunk, REPO_ROOT, servicesOverChunks } from './support/services.js';

const PROPOSAL = `关于加强老旧小区停车管理的提案

提案人：李明委员
编号：31
会议：市八届政协三次会议

老旧小区停车难问题突出，车辆乱停乱放，影响消防通道畅通。

为此建议：一是规范小区停车秩序，施划停车泊位，清理占用消防通道的车辆；二是推行错时共享停车，开放机关单位停车场。`;

function draftText(result: DraftResult): string {
  const d = result.draft!;
  return [d.background ?? '', ...d.sections.flatMap((s) => s.paragraphs), ...d.nextSteps.paragraphs].join('\n');
}

/** Every “quote”[n] of the draft, with the citation it points to. */
function quotesOf(result: DraftResult): { quote: string; n: number }[] {
  return [...draftText(result).matchAll(/“([^“”]+)”\[(\d+)\]/g)].map((m) => ({ quote: m[1], n: Number(m[2]) }));
}

describe('quotable sentences', () => {
  it('drops the cut-off sentence before a truncation mark and lines that do not end a sentence', () => {
    const text = '一、工作原则\n坚持政府统筹，调动各方参与。市政府对全市停车管理工作负总责。\n参照停车设施专项规划，结合建筑年代、配套设施缺失、破损程\n【以下原文未收录】';
    const quotable = quotableSentences(text);
    expect(quotable).toContain('坚持政府统筹，调动各方参与。');
    expect(quotable.some((s) => s.includes('破损程'))).toBe(false);
    expect(quotable.some((s) => s.includes('工作原则'))).toBe(false);
    expect(quotable.every(endsAsSentence)).toBe(true);
    // Even a sentence that happens to end with a stop is not trusted just before the mark: the document was cut there.
    expect(quotableSentences('各小区要规范停车秩序。各小区要施划停车泊位。\n【以下原文未收录】')).toEqual(['各小区要规范停车秩序。']);
  });

  it('accepts a closing quote or bracket after the stop', () => {
    expect(endsAsSentence('文件要求“规范小区停车秩序。”')).toBe(true);
    expect(endsAsSentence('文件要求（规范小区停车秩序。）')).toBe(true);
    expect(endsAsSentence('文件要求规范小区停车秩序，施划')).toBe(false);
  });

  it('never quotes a fragment of a partial document in a draft', async () => {
    const partial = makeChunk({
      docId: 'partial_policy',
      kind: 'policy',
      title: '关于规范城镇老旧小区停车管理的实施方案',
      text: '（一）规范小区停车秩序。\n各城区要规范小区停车秩序，施划停车泊位，及时清理占用消防通道的车辆。\n按照停车管理要求，施划小区停车泊位，清理占用消防通道的车辆，规范小区停车秩序，建立停车管理长效机制，结合小区停车泊位缺口、消防通道占用、车辆乱停乱放程\n【以下原文未收录】',
    });
    const result = await draftReply(servicesOverChunks([partial]), { text: PROPOSAL });
    expect(draftText(result)).not.toContain('乱停乱放程');
    expect(quotesOf(result).length).toBeGreaterThan(0);
    const texts = new Map([[partial.docId, partial.text]]);
    const cited = new Map(result.draft!.sections.flatMap((s) => s.citations).map((c) => [c.n, c]));
    for (const { quote, n } of quotesOf(result)) {
      const source = texts.get(cited.get(n)?.docId ?? '') ?? '';
      // The quote is a whole sentence of its source: the source continues with a sentence stop right after it.
      expect(source).toMatch(new RegExp(`${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[。！？；;!?]`));
    }
  });
});

describe('source labels', () => {
  it('prints the 文号 once: after the title only when the title does not already hold it', () => {
    const withNumber = sourceLabel({ title: '关于印发停车管理实施方案的通知（某政办发〔2022〕14号）', number: '某政办发〔2022〕14号' });
    expect(withNumber.split('某政办发〔2022〕14号')).toHaveLength(2);
    const bracketVariant = sourceLabel({ title: '关于印发停车管理实施方案的通知(某政办发[2022]14号)', number: '某政办发〔2022〕14号' });
    expect(bracketVariant).toBe('《关于印发停车管理实施方案的通知(某政办发[2022]14号)》');
    expect(sourceLabel({ title: '对第104号提案的答复', number: '许建政协〔2020〕13号' })).toBe('《对第104号提案的答复》（许建政协〔2020〕13号）');
    expect(sourceLabel({ title: '对第104号提案的答复', number: null })).toBe('《对第104号提案的答复》');
  });

  it('the draft names a numbered source without repeating its number', async () => {
    const policy = makeChunk({
      docId: 'parking_rules',
      kind: 'policy',
      title: '关于印发老旧小区停车管理办法的通知（某政办发〔2022〕14号）',
      number: '某政办发〔2022〕14号',
      text: '各地要规范小区停车秩序，施划停车泊位，及时清理占用消防通道的车辆。',
    });
    const result = await draftReply(servicesOverChunks([policy]), { text: PROPOSAL });
    expect(result.text).toContain('某政办发〔2022〕14号');
    expect(result.text).not.toMatch(/某政办发〔2022〕14号）》（某政办发〔2022〕14号）/);
  });
});

describe('policy basis', () => {
  const unrelated = makeChunk({
    docId: 'scope_rules',
    kind: 'policy',
    title: '关于城镇老旧小区改造范围的通知',
    text: '按照国省相关文件要求，重点改造2000年底以前建成的、居民改造意愿强、后续管理责任明确的小区。',
  });

  it('keeps the placeholder when the only policy sentence shares just the common words of the topic', async () => {
    const result = await draftReply(servicesOverChunks([unrelated]), { text: PROPOSAL });
    const first = result.draft!.sections[0];
    expect(first.paragraphs[0]).toBe('【待补充：相关政策依据】');
    expect(first.citations.some((c) => c.docId === unrelated.docId)).toBe(false);
  });

  it('quotes a relevant sentence that states a policy, before a relevant sentence that does not', async () => {
    const stating = makeChunk({
      docId: 'parking_measures',
      kind: 'policy',
      title: '停车管理工作情况',
      text: '部分小区停车泊位紧张，车辆占用消防通道时有发生。按照《城市停车管理办法》要求，各小区应规范停车秩序，施划停车泊位，严禁占用消防通道停车。',
    });
    const result = await draftReply(servicesOverChunks([unrelated, stating]), { text: PROPOSAL });
    const basis = result.draft!.sections[0].paragraphs[0];
    expect(basis).toContain('《城市停车管理办法》要求');
    expect(basis).not.toContain('时有发生');
    expect(basis).not.toContain('2000年底');
    expect(basis).toMatch(/\[\d+\]/);
  });
});

describe('next steps', () => {
  it('offers a plan from the bureau’s own past reply as a cited 【参考】, never as a statement of the new reply', async () => {
    const bureauName = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT }).bureau.name;
    const plan = makeChunk({
      docId: 'own_reply_parking',
      kind: 'reply',
      title: '对停车问题提案的答复',
      sectionPath: '三、下步工作安排',
      text: `${bureauName}将会同相关部门，下一步将继续推行错时共享停车，推动机关单位停车场在夜间和节假日向周边居民开放。`,
    });
    const result = await draftReply(servicesOverChunks([plan]), { text: PROPOSAL });
    const next = result.draft!.nextSteps;
    const reference = next.paragraphs.join('').match(/【参考：[^【】]*“([^“”]+)”\[(\d+)\][^【】]*】/);
    expect(reference).not.toBeNull();
    expect(next.citations.map((c) => c.n)).toContain(Number(reference![2]));
    expect(next.citations.find((c) => c.n === Number(reference![2]))?.docId).toBe(plan.docId);
    // Outside the 【参考】 notes, the past plan appears nowhere in the new reply.
    expect(draftText(result).replace(/【[^【】]*】/g, '')).not.toContain('错时共享停车，推动机关单位停车场');
  });
});
