// The offline engine: the reply's structure filled with the best evidence sentences, quoted verbatim and cited.
// Where the documents hold nothing, a 【待补充】 placeholder stands instead of an invented fact.
import type { Bureau } from '../config.js';
import type { Citation, Draft, DraftSection, Outline, OutlinePoint, ProposalMeta, Suggestion } from '../types.js';
import { shortQuote } from '../grounding/passages.js';
import { sourceLabel } from '../grounding/sources.js';
import { CitationRegistry, passageFactText, uniqueByNumber } from './citations.js';
import { elsewhereMark, LEVEL_LABEL, type DocumentProfile } from './documentProfile.js';
import { DRAFT_TUNING, type DraftTuning } from './tuning.js';
import { pickSentences, type EvidenceSentence, type SuggestionEvidence } from './evidence.js';
import * as frame from './frame.js';
import { stripListMarker } from '../text/markers.js';
import { HOLDS_DIGIT, statedYears, statedYearSpan, withoutStatedYears, CN_DIGIT_CHARS } from '../text/numerals.js';
import { splitSentences } from '../text/sentences.js';
import { SECTION_SEPARATOR } from '../text/sectionPath.js';
import { headingCoreOf } from './proposal/headings.js';

export interface TemplateInput {
  meta: ProposalMeta;
  suggestions: Suggestion[];
  evidence: SuggestionEvidence[];
  background: EvidenceSentence[];
  /** Policy sentences behind the proposal as a whole (quoted at the head of the background). */
  themePolicy?: EvidenceSentence[];
  bureau: Bureau;
  tuning?: DraftTuning;
}

interface Quoted {
  text: string;
  citation: Citation;
  profile: DocumentProfile;
  year: number | null;
  /** The cited passage as the fidelity check reads it (title, 文号, section, text). */
  sourceText: string;
  /** The cited passage's section path (the citation's may name an item inside it as well). */
  sectionPath: string;
}

/** Groups picked sentences by chunk: each group is quoted once with its citation. */
function quoteGroups(sentences: EvidenceSentence[], registry: CitationRegistry): Quoted[] {
  const groups = new Map<string, EvidenceSentence[]>();
  for (const s of sentences) groups.set(s.chunk.id, [...(groups.get(s.chunk.id) ?? []), s]);
  return [...groups.values()].map((group) => {
    const text = group.map((s) => s.sentence).join('');
    const { chunk, profile } = group[0];
    return { text, citation: registry.cite(chunk, text), profile, year: profile.year, sourceText: passageFactText(chunk), sectionPath: chunk.sectionPath };
  });
}

function withoutFinalStop(text: string): string {
  return text.replace(/[。；;，,]+$/u, '');
}

/** Formal policy documents "提出"; a news report or web page only "中提到" what a policy says. */
const FORMAL_DOCUMENT_TITLE = /(?:意见|方案|通知|办法|条例|规定|细则|规划|决定|纲要|标准|导则|指南|指引|规范|规则|法|答复|复函|回复)(?:[（(][^）)]*[）)])?$/u;

/** "第四条 …": a clause label opening a quoted article; it belongs in the lead ("《…》第四条规定："), not inside the quote. */
const CLAUSE_LABEL = new RegExp(String.raw`^(第[${CN_DIGIT_CHARS}百零〇\d]+条)\s*`, 'u');

function policyQuote(q: Quoted): string {
  const formal = FORMAL_DOCUMENT_TITLE.test(q.citation.title.trim());
  const clause = q.text.match(CLAUSE_LABEL);
  const lead = clause ? `${clause[1]}${formal ? '规定' : '提到'}` : formal ? '提出' : '中提到';
  const body = clause ? q.text.slice(clause[0].length) : q.text;
  return `${sourceLabel(q.citation)}${lead}：“${withoutFinalStop(body)}”[${q.citation.n}]。`;
}

/**
 * "如，…" / "同时，…" / "但我局将…" lean on a sentence the draft does not quote: the connective goes when the quote opens
 * with it (但/但是/然而 with or without a comma: a paragraph that opens on "但" reads as a fragment).
 */
function withoutLeadingConnective(text: string): string {
  return text.replace(/^(?:(?:如|比如|例如|同时|此外|另外|对此|为此|因此|其中)[，,]|(?:但是|但|然而)[，,]?)\s*/u, '');
}

/**
 * "（2020年数据）": the year a figure of the bureau's own work is from, when the cited document states it. Sentences
 * that each date their own figures ("截至2024年底，…78%") need no label; under a heading that dates them ("一、2024年管网改造
 * 情况") the heading's year is theirs, not the year the document was written; under a heading that states a span
 * ("（2021—2025年）主要目标") the figures are the period's, and no single year labels them.
 */
function dataYear(q: Quoted): string {
  const withFigures = splitSentences(q.text).map((s) => s.text).filter((sentence) => HOLDS_DIGIT.test(withoutStatedYears(sentence)));
  if (!withFigures.length || withFigures.every((sentence) => statedYears(sentence).length)) return '';
  const heading = q.sectionPath.split(SECTION_SEPARATOR).pop() ?? '';
  if (statedYearSpan(heading)) return '';
  const headingYears = statedYears(heading);
  if (headingYears.length === 1) return `（${headingYears[0]}年数据）`;
  return q.year !== null && q.sourceText.includes(String(q.year)) ? `（${q.year}年数据）` : frame.placeholder('数据年份');
}

/** 政策依据: formal policy texts only; press restatements and the like are offered beside the gap, never as the basis. */
function policyParagraph(policy: Quoted[], references: Quoted[]): string {
  if (policy.length) return policy.map(policyQuote).join('');
  const q = references[0];
  const note = q ? `（可参考${sourceLabel(q.citation)}：“${withoutFinalStop(q.text)}”[${q.citation.n}]，该材料不是正式政策文件，不能作为政策依据）` : '';
  return `${frame.placeholder('相关政策依据')}${note}`;
}

/** 已开展工作: the bureau's own documents only, each figure with its year. */
function doneParagraph(own: Quoted[], topic: string): string {
  // "在老旧小区内统一加装电梯" already opens with 在: "我局在在…" would repeat it.
  if (!own.length) return frame.placeholder(`我局${topic.startsWith('在') ? '' : '在'}${topic}方面已开展的工作及数据`);
  return own.map((q) => `${withoutFinalStop(withoutLeadingConnective(q.text))}${dataYear(q)}[${q.citation.n}]。`).join('');
}

/** 外地做法: another place's practice, marked 【参考：A市】 so it is never read as the bureau's own work. */
function elsewhereParagraph(others: Quoted[]): string[] {
  if (!others.length) return [];
  return [others.map((q) => `${elsewhereMark(q.profile)}${sourceLabel(q.citation)}：“${withoutFinalStop(q.text)}”[${q.citation.n}]`).join('；') + '。'];
}

interface SectionEvidence {
  policy: Quoted[];
  own: Quoted[];
  others: Quoted[];
  references: Quoted[];
}

/** The best-ranked sentence of each other place (`ranked` best first): a second place's practice, not a second quote of one. */
function bestOfEachPlace(ranked: EvidenceSentence[]): EvidenceSentence[] {
  const seen = new Set<string>();
  return ranked.filter((s) => {
    const place = s.profile.place ?? s.chunk.docId;
    return !seen.has(place) && !!seen.add(place);
  });
}

function sectionEvidence(ev: SuggestionEvidence | undefined, registry: CitationRegistry, t: DraftTuning): SectionEvidence {
  const quote = (list: EvidenceSentence[], max: number, maxChunks: number) => quoteGroups(pickSentences(list, max, maxChunks, t.onTopicHeading), registry);
  if (!ev) return { policy: [], own: [], others: [], references: [] };
  const policy = quote(ev.policy, t.policySentences, 1);
  return {
    policy,
    own: quote(ev.done, t.doneSentences, t.doneChunks),
    others: quoteGroups(bestOfEachPlace(ev.elsewhere).slice(0, t.elsewhereSentences), registry),
    references: policy.length ? [] : quote(ev.reference, 1, 1),
  };
}

/** 《国务院办公厅关于…指导意见》(国办发〔2020〕23号) — the first policy document a sentence names, with its 文号. */
const NAMED_POLICY = /《([^《》]*(?:意见|方案|通知|办法|条例|规定|细则|规划|决定|纲要))》(?:\s*[（(]([^（）()]*[〔[]\d{4}[〕\]]\s*\d+\s*号)[）)])?/u;

/**
 * The policy behind the proposal as a whole, offered to the drafter: the higher-level document a policy passage names
 * (another place's text is not quoted as if it were this bureau's basis).
 */
function themePolicyReference(q: Quoted): string {
  const named = q.text.match(NAMED_POLICY);
  if (!named) return `【参考：总体政策依据，${policyQuote(q).replace(/。$/u, '')}】`;
  const number = named[2] ? `（${named[2].replace(/\s+/g, '')}）` : '';
  return `【参考：总体政策依据可引用《${named[1]}》${number}[${q.citation.n}]】`;
}

/** A plan from the bureau's own past reply, offered to the drafter as a reference, never stated as a new fact. */
function planReference(plan: Quoted | undefined): string {
  return plan ? `【参考：我局以往答复曾提出“${withoutFinalStop(plan.text)}”[${plan.citation.n}]，请核实是否仍适用并更新】` : '';
}

/** "针对…下一步我局将重点开展以下工作：一是将积极引导…" → "将积极引导…": the commitment without the lead-in. */
export function planCore(sentence: string): string {
  const afterLead = sentence.replace(/^[^：:]{0,60}(?:以下|如下)[^：:]{0,10}[：:]/u, '');
  return stripListMarker(afterLead).trim() || sentence;
}

function planQuotes(evidence: SuggestionEvidence[], registry: CitationRegistry): (Quoted | undefined)[] {
  const used = new Set<string>();
  return evidence.map((ev) => {
    const best = (ev?.plans ?? []).find((p) => !used.has(p.sentence));
    if (!best) return undefined;
    used.add(best.sentence);
    const text = planCore(best.sentence);
    return { text, citation: registry.cite(best.chunk, text), profile: best.profile, year: best.profile.year, sourceText: passageFactText(best.chunk), sectionPath: best.chunk.sectionPath };
  });
}

function nextStepsSection(meta: ProposalMeta, suggestions: Suggestion[], plans: (Quoted | undefined)[]): DraftSection {
  const items = suggestions.map(
    (s, i) =>
      `${frame.chineseOrdinal(i + 1)}是${headingCoreOf(s.topic)}，${frame.placeholder('具体措施和时限')}${planReference(plans[i])}${i + 1 < suggestions.length ? '；' : '。'}`,
  );
  return {
    heading: frame.nextStepsHeading(suggestions.length),
    paragraphs: [`针对${frame.proposerReference(meta)}提出的意见和建议，下一步我局将重点开展以下工作：${items.join('')}`],
    citations: uniqueByNumber(plans.filter((p): p is Quoted => p !== undefined).map((p) => p.citation)),
  };
}

export function frameOf(meta: ProposalMeta, bureau: Bureau): Pick<Draft, 'title' | 'salutation' | 'opening' | 'closing' | 'contact' | 'cc' | 'signOff' | 'kind'> {
  return {
    kind: meta.kind,
    title: frame.replyTitle(meta),
    salutation: frame.salutation(meta),
    opening: frame.opening(meta),
    closing: frame.closingLine(meta),
    contact: frame.contactLines(bureau),
    cc: frame.ccLine(bureau, meta),
    signOff: frame.signOffLines(bureau),
  };
}

/** Offline full draft; the registry it fills maps [n] to the passages quoted. */
export function buildTemplateDraft(input: TemplateInput, registry = new CitationRegistry()): Draft {
  const { meta, suggestions, evidence, bureau } = input;
  const tuning = input.tuning ?? DRAFT_TUNING;
  const themeQuotes = quoteGroups(pickSentences(input.themePolicy ?? [], 1, 1), registry);
  const backgroundQuotes = quoteGroups(pickSentences(input.background, 2, 1), registry);
  const sections: DraftSection[] = suggestions.map((suggestion, i) => {
    const ev = sectionEvidence(evidence[i], registry, tuning);
    const citations = uniqueByNumber([...ev.policy, ...ev.references, ...ev.own, ...ev.others].map((q) => q.citation));
    // What comes next is said once, under 下步工作安排, not repeated at the end of every section.
    return {
      heading: frame.sectionHeading(suggestion, i + 1),
      paragraphs: [policyParagraph(ev.policy, ev.references), doneParagraph(ev.own, headingCoreOf(suggestion.topic)), ...elsewhereParagraph(ev.others)],
      citations,
    };
  });
  const plans = planQuotes(evidence, registry);
  const background = [...themeQuotes.map(themePolicyReference), ...backgroundQuotes.map((q) => `${withoutFinalStop(q.text)}[${q.citation.n}]。`)].join('');
  return {
    ...frameOf(meta, bureau),
    background: background || null,
    backgroundCitations: uniqueByNumber([...themeQuotes, ...backgroundQuotes].map((q) => q.citation)),
    sections,
    nextSteps: nextStepsSection(meta, suggestions, plans),
  };
}

function outlinePoints(ev: SectionEvidence, suggestion: Suggestion, plan: Quoted | undefined): OutlinePoint[] {
  const quoted = (list: Quoted[]) => shortQuote(list.map((q) => q.text).join(''), 80);
  const policy: OutlinePoint = ev.policy.length
    ? { point: `${LEVEL_LABEL.policy}：${quoted(ev.policy)}`, sources: ev.policy.map((q) => q.citation) }
    : {
        point: `${LEVEL_LABEL.policy}：${frame.placeholder('相关政策依据')}${ev.references.length ? `（可参考：${quoted(ev.references)}，非正式政策文件）` : ''}`,
        sources: ev.references.map((q) => q.citation),
      };
  const done: OutlinePoint = ev.own.length
    ? { point: `${LEVEL_LABEL.done}：${quoted(ev.own)}${dataYear(ev.own[0])}`, sources: ev.own.map((q) => q.citation) }
    : { point: `${LEVEL_LABEL.done}：${frame.placeholder('我局已开展的工作及数据')}`, sources: [] };
  const elsewhere: OutlinePoint[] = ev.others.map((q) => ({ point: `${LEVEL_LABEL.elsewhere}：${elsewhereMark(q.profile)}${shortQuote(q.text, 80)}`, sources: [q.citation] }));
  const next: OutlinePoint = plan
    ? {
        point: `下步打算：围绕“${headingCoreOf(suggestion.topic)}”提出具体措施和完成时限（参考我局以往答复：${shortQuote(plan.text, 80)}）`,
        sources: [plan.citation],
      }
    : { point: `下步打算：围绕“${headingCoreOf(suggestion.topic)}”提出具体措施和完成时限`, sources: [] };
  return [policy, done, ...elsewhere, next];
}

/** Offline outline: the skeleton with 2–4 key points per suggestion and their supporting passages. */
export function buildOutline(input: TemplateInput, registry = new CitationRegistry()): Outline {
  const { meta, suggestions, evidence, bureau } = input;
  const sectionEvidences = suggestions.map((_, i) => sectionEvidence(evidence[i], registry, input.tuning ?? DRAFT_TUNING));
  const plans = planQuotes(evidence, registry);
  return {
    title: frame.replyTitle(meta),
    salutation: frame.salutation(meta),
    opening: frame.opening(meta),
    sections: suggestions.map((suggestion, i) => ({
      heading: frame.sectionHeading(suggestion, i + 1),
      points: outlinePoints(sectionEvidences[i], suggestion, plans[i]),
    })),
    nextSteps: [frame.nextStepsHeading(suggestions.length), ...suggestions.map((s, i) => `${frame.chineseOrdinal(i + 1)}是${headingCoreOf(s.topic)}`)],
    contact: [...frame.contactLines(bureau), ...(frame.ccLine(bureau, meta) ? [frame.ccLine(bureau, meta) as string] : [])],
  };
}
