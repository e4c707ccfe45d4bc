// Drafting evaluation against the held-out proposal set (test/fixtures/eval/proposals/expectations.json): parse
// accuracy, evidence precision and recall, and the share of 【待补充】 gaps, per split (tune / report).
//
// Definitions (also in the report's `definitions`):
// - A draft section is matched to an expected suggestion when its heading holds one of that suggestion's keywords
//   (first unmatched section in order); parse checks are per proposal.
// - Evidence precision: of the citations in matched suggestion sections, the share on topic — the cited document and
//   section are among the suggestion's expected evidence (docId equal, section path containing the expected section,
//   "" = any), OR the quoted text holds one of the suggestion's keywords. Citations in unmatched sections count as
//   off topic. (The keyword rule credits a quote that is on topic but not listed; it is lenient by design, so precision
//   is an upper bound; the strict share — expected evidence only — is reported beside it.)
// - Evidence recall: of the expected suggestions that have evidence in the library, the share whose section cites at
//   least one of the expected documents/sections.
// - Honest gaps: of the expected suggestions with no evidence in the library, the share whose section cites nothing.
// - 【待补充】 share: section paragraphs (suggestion sections only) holding a 【待补充…】 placeholder.
import { z } from 'zod';
import type { Citation, DraftResult, DraftSection } from '../types.js';
import { normalizeForMatch } from './text.js';

export const draftingExpectationSchema = z.object({
  isProposal: z.boolean(),
  kind: z.enum(['提案', '建议']).nullable().optional(),
  proposers: z.array(z.string()).default([]),
  role: z.enum(['委员', '代表']).nullable().optional(),
  /** 您, 你们, or how a body is addressed (贵单位, 贵委): the opening's words before 提出的. */
  addressee: z.string().min(1).max(8).nullable().optional(),
  suggestions: z
    .array(
      z.object({
        topic: z.string(),
        keywords: z.array(z.string()).min(1),
        evidence: z.array(z.object({ docId: z.string(), section: z.string() })),
      }),
    )
    .default([]),
  split: z.enum(['tune', 'report']).optional(),
});
export type DraftingExpectation = z.infer<typeof draftingExpectationSchema>;

export interface DraftingScore {
  split: 'tune' | 'report' | null;
  isProposal: boolean;
  /** Not a proposal: the text was refused (an error, no draft). A proposal: a draft came back. */
  recognised: boolean;
  parse: {
    sectionCount: boolean | null;
    topics: boolean | null;
    proposers: boolean | null;
    kind: boolean | null;
    addressee: boolean | null;
  };
  citations: { total: number; onTopic: number; expected: number };
  recall: { withEvidence: number; found: number };
  gaps: { withoutEvidence: number; uncited: number };
  placeholders: { paragraphs: number; withPlaceholder: number };
  /**
   * Per expected suggestion: which section it matched, what it cited, and whether that holds its expected evidence (null
   * when it expects none) — for reading a report.
   */
  detail: { topic: string; section: number | null; cited: string[]; onTopic: boolean[]; found: boolean | null }[];
}

function holdsKeyword(text: string, keywords: string[]): boolean {
  const flat = normalizeForMatch(text);
  return keywords.some((k) => flat.includes(normalizeForMatch(k)));
}

function isExpected(c: Citation, evidence: { docId: string; section: string }[]): boolean {
  return evidence.some((e) => e.docId === c.docId && normalizeForMatch(c.section).includes(normalizeForMatch(e.section)));
}

/** Expected suggestion j → index of the draft section whose heading holds one of its keywords (each section once). */
export function matchSections(headings: string[], expected: { keywords: string[] }[]): (number | null)[] {
  const used = new Set<number>();
  return expected.map((s) => {
    const i = headings.findIndex((h, k) => !used.has(k) && holdsKeyword(h, s.keywords));
    if (i < 0) return null;
    used.add(i);
    return i;
  });
}

function sameNames(a: string[], b: string[]): boolean {
  const norm = (xs: string[]) => [...new Set(xs.map(normalizeForMatch))].sort().join('、');
  return norm(a) === norm(b);
}

function addresseeOf(result: DraftResult): string | null {
  const opening = result.draft?.opening ?? result.outline?.opening ?? '';
  return /^(.{1,8}?)提出的/u.exec(opening)?.[1] ?? null;
}

function sectionsOf(result: DraftResult): DraftSection[] {
  return result.draft?.sections ?? [];
}

/** Scores one drafted (or refused) fixture. `result` is null when drafting threw (a refusal or a failure). */
export function scoreDrafting(expected: DraftingExpectation, result: DraftResult | null): DraftingScore {
  const split = expected.split ?? null;
  const empty: DraftingScore = {
    split,
    isProposal: expected.isProposal,
    recognised: expected.isProposal ? result !== null : result === null,
    parse: { sectionCount: null, topics: null, proposers: null, kind: null, addressee: null },
    citations: { total: 0, onTopic: 0, expected: 0 },
    recall: { withEvidence: 0, found: 0 },
    gaps: { withoutEvidence: 0, uncited: 0 },
    placeholders: { paragraphs: 0, withPlaceholder: 0 },
    detail: [],
  };
  if (!expected.isProposal) return empty;
  const sections = result ? sectionsOf(result) : [];
  const suggestions = expected.suggestions;
  const matched = matchSections(sections.map((s) => s.heading), suggestions);
  const score: DraftingScore = {
    ...empty,
    parse: {
      sectionCount: suggestions.length ? sections.length === suggestions.length : null,
      topics: suggestions.length ? matched.every((m) => m !== null) : null,
      proposers: result ? sameNames(result.meta.proposers, expected.proposers) : false,
      kind: expected.kind ? result?.meta.kind === expected.kind : null,
      addressee: expected.addressee ? (result ? addresseeOf(result) === expected.addressee : false) : null,
    },
  };
  const matchedSet = new Set(matched.filter((m): m is number => m !== null));
  sections.forEach((section, i) => {
    if (!matchedSet.has(i)) score.citations.total += section.citations.length;
    for (const p of section.paragraphs) {
      score.placeholders.paragraphs += 1;
      if (p.includes('【待补充')) score.placeholders.withPlaceholder += 1;
    }
  });
  suggestions.forEach((s, j) => {
    const i = matched[j];
    const cited = i === null ? [] : sections[i].citations;
    const onTopic = cited.map((c) => isExpected(c, s.evidence) || holdsKeyword(c.quote, s.keywords));
    score.citations.total += cited.length;
    score.citations.onTopic += onTopic.filter(Boolean).length;
    score.citations.expected += cited.filter((c) => isExpected(c, s.evidence)).length;
    const found = s.evidence.length ? cited.some((c) => isExpected(c, s.evidence)) : null;
    if (found !== null) {
      score.recall.withEvidence += 1;
      if (found) score.recall.found += 1;
    } else {
      score.gaps.withoutEvidence += 1;
      if (i !== null && !cited.length) score.gaps.uncited += 1;
    }
    score.detail.push({ topic: s.topic, section: i, cited: cited.map((c) => `${c.docId}#${c.section.slice(0, 16)}`), onTopic, found });
  });
  return score;
}

export interface DraftingSummary {
  proposals: number;
  /** Texts correctly drafted (proposals) or refused (not proposals). */
  recognised: number | null;
  parse: Record<keyof DraftingScore['parse'], number | null>;
  evidencePrecision: number | null;
  evidencePrecisionStrict: number | null;
  evidenceRecall: number | null;
  honestGaps: number | null;
  placeholderShare: number | null;
  citations: number;
}

function share(n: number, d: number): number | null {
  return d ? n / d : null;
}

export function summarizeDrafting(scores: DraftingScore[]): DraftingSummary {
  const sum = (pick: (s: DraftingScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
  const parseShare = (key: keyof DraftingScore['parse']) => {
    const judged = scores.map((s) => s.parse[key]).filter((v): v is boolean => v !== null);
    return share(judged.filter(Boolean).length, judged.length);
  };
  return {
    proposals: scores.length,
    recognised: share(scores.filter((s) => s.recognised).length, scores.length),
    parse: {
      sectionCount: parseShare('sectionCount'),
      topics: parseShare('topics'),
      proposers: parseShare('proposers'),
      kind: parseShare('kind'),
      addressee: parseShare('addressee'),
    },
    evidencePrecision: share(sum((s) => s.citations.onTopic), sum((s) => s.citations.total)),
    evidencePrecisionStrict: share(sum((s) => s.citations.expected), sum((s) => s.citations.total)),
    evidenceRecall: share(sum((s) => s.recall.found), sum((s) => s.recall.withEvidence)),
    honestGaps: share(sum((s) => s.gaps.uncited), sum((s) => s.gaps.withoutEvidence)),
    placeholderShare: share(sum((s) => s.placeholders.withPlaceholder), sum((s) => s.placeholders.paragraphs)),
    citations: sum((s) => s.citations.total),
  };
}

/** Summaries for the tune half, the report half and all fixtures. */
export function summarizeBySplit(scores: DraftingScore[]): { tune: DraftingSummary; report: DraftingSummary; all: DraftingSummary } {
  return {
    tune: summarizeDrafting(scores.filter((s) => s.split === 'tune')),
    report: summarizeDrafting(scores.filter((s) => s.split === 'report')),
    all: summarizeDrafting(scores),
  };
}
