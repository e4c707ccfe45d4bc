// The LLM engine: the model writes the body of each section from numbered passages, as structured output checked by
// a zod schema; the frame (title, salutation, headings, contact) stays in code. Citations are validated and renumbered.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import type { Bureau } from '../config.js';
import type { Chunk, Citation, Draft, DraftSection, ProposalMeta, Suggestion } from '../types.js';
import { fillPrompt, loadPrompt } from '../prompts.js';
import { citationOf, formatPassagesForPrompt, shortQuote, type Passage } from '../grounding/passages.js';
import { renumberCitations, validateCitations } from '../grounding/citations.js';
import { withoutCutOffTail, type SuggestionEvidence } from './evidence.js';
import { elsewhereMark, type EvidenceLevel } from './documentProfile.js';
import { passageFactText } from './citations.js';
import { redactPersonalData } from '../corpus/index.js';
import * as frame from './frame.js';
import { stripListMarker } from '../text/markers.js';
import { frameOf } from './template.js';

export type StructuredMethod = 'functionCalling' | 'jsonSchema' | 'jsonMode';

export const draftBodySchema = z.object({
  background: z.string().describe('总体情况段落（标注来源编号）；没有合适内容时为空字符串'),
  sections: z
    .array(
      z.object({
        paragraphs: z.array(z.string()).describe('1至3段：政策依据、本局已开展的工作、外地做法（以【参考：某市】开头；下一步打算只写在 nextSteps）；事实句后标注[编号]'),
      }),
    )
    .describe('与建议一一对应，顺序相同'),
  nextSteps: z.array(z.string()).describe('2至4条下步工作安排，每条一句话'),
});

export type DraftBody = z.infer<typeof draftBodySchema>;

export class DraftModelOutputError extends Error {
  constructor(reason: string) {
    super(`malformed draft from the model: ${reason}`);
    this.name = 'DraftModelOutputError';
  }
}

const MAX_PASSAGES = 20;

/** Passages for the prompt: each suggestion's best chunks, round-robin so every suggestion gets some, deduplicated. */
export function draftPassages(evidence: SuggestionEvidence[], background: Chunk[]): Passage[] {
  const chunks: Chunk[] = [];
  const seen = new Set<string>();
  const add = (c: Chunk) => {
    if (seen.has(c.id) || chunks.length >= MAX_PASSAGES) return;
    seen.add(c.id);
    chunks.push(c);
  };
  const depth = Math.max(0, ...evidence.map((e) => e.chunks.length));
  for (let i = 0; i < depth; i++) for (const e of evidence) if (e.chunks[i]) add(e.chunks[i]);
  for (const c of background) add(c);
  // A partial document's cut-off last sentence is not shown to the model, so it cannot be quoted.
  return chunks
    .map((chunk) => ({ ...chunk, text: withoutCutOffTail(chunk.text) }))
    .filter((chunk) => chunk.text.trim())
    .map((chunk, i) => ({ n: i + 1, chunk, score: 0 }));
}

function suggestionList(suggestions: Suggestion[], evidence: SuggestionEvidence[], passages: Passage[]): string {
  return suggestions
    .map((s, i) => {
      const related = passages.filter((p) => evidence[i]?.chunks.some((c) => c.id === p.chunk.id)).map((p) => `[${p.n}]`);
      return `${i + 1}. ${s.topic}\n   原文：${s.text}\n   相关片段：${related.join('') || '无'}`;
    })
    .join('\n');
}

/** The level each passage's evidence was sorted into (the first level a chunk's quoted sentences have). */
function passageLevels(evidence: SuggestionEvidence[]): Map<string, { level: EvidenceLevel; mark: string }> {
  const levels = new Map<string, { level: EvidenceLevel; mark: string }>();
  for (const e of evidence) {
    for (const s of [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans]) {
      if (!levels.has(s.chunk.id)) levels.set(s.chunk.id, { level: s.level, mark: elsewhereMark(s.profile) });
    }
  }
  return levels;
}

/**
 * Tells the model the level of every passage, so 政策依据, the bureau's own work and other places' practice stay apart
 * exactly as in the offline engine (levels from src/draft/documentProfile.ts).
 */
function passageKinds(passages: Passage[], evidence: SuggestionEvidence[], isOwn: (docId: string) => boolean): string {
  const levels = passageLevels(evidence);
  const levelOfPassage = (p: Passage): EvidenceLevel => levels.get(p.chunk.id)?.level ?? (isOwn(p.chunk.docId) ? 'done' : 'reference');
  const list = (level: EvidenceLevel) => passages.filter((p) => levelOfPassage(p) === level).map((p) => `[${p.n}]`).join('') || '无';
  const marks = passages
    .filter((p) => levelOfPassage(p) === 'elsewhere')
    .map((p) => `[${p.n}]${levels.get(p.chunk.id)?.mark ?? '【参考：其他地区】'}`)
    .join('');
  return [
    `政策依据（可写入“政策依据”段）：${list('policy')}`,
    `本局以往答复（可写成本局已开展的工作）：${list('done')}`,
    `外地做法（只能作参考，须以其标注开头，如 ${marks || '【参考：某市】'}，不得写成本局已开展的工作）：${list('elsewhere')}`,
    `其他参考（新闻报道、网页问答、讨论稿等，不是正式政策文件，不得作为政策依据）：${list('reference')}`,
  ].join('\n');
}

function stripOrdinal(text: string): string {
  return stripListMarker(text).trim();
}

export interface LlmDraftInput {
  meta: ProposalMeta;
  suggestions: Suggestion[];
  evidence: SuggestionEvidence[];
  backgroundChunks: Chunk[];
  proposalText: string;
  bureau: Bureau;
  /** True for chunks of the bureau's own documents (their work may be stated as 我局's; others' only as reference). */
  isOwn: (docId: string) => boolean;
}

export interface LlmDraft {
  draft: Draft;
  /** Full text of the passage behind each final citation number. */
  passageText: Map<number, string>;
}

export async function draftWithModel(
  llm: BaseChatModel,
  input: LlmDraftInput,
  options: { method?: StructuredMethod; signal?: AbortSignal } = {},
): Promise<LlmDraft> {
  const { meta, suggestions, bureau } = input;
  const passages = draftPassages(input.evidence, input.backgroundChunks);
  const system = fillPrompt(loadPrompt('draft'), { bureau: bureau.name, count: String(suggestions.length), role: frame.roleOf(meta) });
  const human = fillPrompt(loadPrompt('draft-input'), {
    proposal: input.proposalText.replace(/<\s*\/?\s*proposal\b/gi, '＜proposal'),
    suggestions: suggestionList(suggestions, input.evidence, passages),
    passages: formatPassagesForPrompt(passages),
    ownPassages: passageKinds(passages, input.evidence, input.isOwn),
  });
  const structured = llm.withStructuredOutput(draftBodySchema, { name: 'reply_draft', method: options.method ?? 'functionCalling' });
  const body = (await structured.invoke([new SystemMessage(system), new HumanMessage(human)], { signal: options.signal })) as DraftBody;
  const parsed = draftBodySchema.safeParse(body);
  if (!parsed.success) throw new DraftModelOutputError(parsed.error.message);
  if (parsed.data.sections.length < suggestions.length) {
    throw new DraftModelOutputError(`${parsed.data.sections.length} sections for ${suggestions.length} suggestions`);
  }
  return assembleDraft(parsed.data, input, passages);
}

/** Turns the model's body into a Draft: valid citations only, renumbered 1..m in order of first appearance. */
export function assembleDraft(body: DraftBody, input: LlmDraftInput, passages: Passage[]): LlmDraft {
  const { meta, suggestions, bureau } = input;
  const order: number[] = [];
  const clean = (text: string) => {
    const checked = validateCitations(redactPersonalData(stripOrdinal(text)).text, passages.length);
    for (const n of checked.cited) if (!order.includes(n)) order.push(n);
    return checked.text;
  };
  const background = clean(body.background);
  const sectionTexts = suggestions.map((_, i) => body.sections[i].paragraphs.map(clean).filter(Boolean));
  const nextItems = body.nextSteps.map(clean).filter(Boolean);

  const mapping = new Map(order.map((old, i) => [old, i + 1]));
  const citationFor = new Map<number, Citation>();
  const passageText = new Map<number, string>();
  for (const [old, n] of mapping) {
    const chunk = passages[old - 1].chunk;
    citationFor.set(n, citationOf(n, chunk, shortQuote(chunk.text)));
    passageText.set(n, passageFactText(chunk));
  }
  const renumber = (text: string) => renumberCitations(text, mapping);
  const citationsIn = (texts: string[]) =>
    [...new Set(texts.flatMap((t) => [...t.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))))]
      .sort((a, b) => a - b)
      .map((n) => citationFor.get(n))
      .filter((c): c is Citation => c !== undefined);

  const sections: DraftSection[] = suggestions.map((s, i) => {
    const paragraphs = sectionTexts[i].map(renumber);
    return {
      heading: frame.sectionHeading(s, i + 1),
      paragraphs: paragraphs.length ? paragraphs : [frame.placeholder(`关于${s.topic}的办理情况`)],
      citations: citationsIn(paragraphs),
    };
  });
  const items = nextItems.map(renumber).map((t, i, all) => `${frame.chineseOrdinal(i + 1)}是${t.replace(/[。；;]+$/u, '')}${i + 1 < all.length ? '；' : '。'}`);
  const nextParagraph = `针对${frame.proposerReference(meta)}提出的意见和建议，下一步我局将重点开展以下工作：${items.join('') || frame.placeholder('具体措施')}`;
  const backgroundText = renumber(background);
  const draft: Draft = {
    ...frameOf(meta, bureau),
    background: backgroundText || null,
    backgroundCitations: citationsIn([backgroundText]),
    sections,
    nextSteps: { heading: frame.nextStepsHeading(suggestions.length), paragraphs: [nextParagraph], citations: citationsIn([nextParagraph]) },
  };
  return { draft, passageText };
}
