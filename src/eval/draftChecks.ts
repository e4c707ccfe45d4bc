// Checks of one generated 答复 draft against what a drafter expects of the format and of the facts.
import { toChineseNumeral } from '../text/numerals.js';
import { z } from 'zod';
import type { Citation, DraftResult, DraftSection } from '../types.js';
import { extractNumbers, normalizeForMatch } from './text.js';

/** What a proposal fixture should produce: kind, number of suggestion sections, salutation, opening prefix. */
export const proposalExpectationSchema = z.object({
  kind: z.enum(['提案', '建议']),
  sections: z.number().int().min(1),
  salutation: z.string().min(1),
  openingPrefix: z.string().min(1),
});
export type ProposalExpectation = z.infer<typeof proposalExpectationSchema>;

/** expectations.json: file name (relative to the proposals folder) → expectation. */
export const expectationsFileSchema = z.record(z.string(), proposalExpectationSchema);

/** "一、", "二、" … for 1-based n. */
export function chineseOrdinal(n: number): string {
  return `${toChineseNumeral(n)}、`;
}

/** Each check is true/false, or null when the fixture has no expectation for it. */
export interface StructureChecks {
  kind: boolean | null;
  /** One section per suggestion (expected count, else the number of suggestions parsed); next steps come on top. */
  sectionsPerSuggestion: boolean;
  /** Section headings numbered 一、二、… in order, the next-steps section continuing the sequence. */
  headingsNumbered: boolean;
  /** Title (…答复), salutation, opening, a paragraph in every section, next steps and a contact block are all there. */
  requiredParts: boolean;
  salutation: boolean | null;
  opening: boolean | null;
}

export function checkDraftStructure(result: DraftResult, expected: Partial<ProposalExpectation> = {}): StructureChecks {
  const draft = result.draft;
  const kind = expected.kind === undefined ? null : result.meta.kind === expected.kind;
  if (!draft) {
    return { kind, sectionsPerSuggestion: false, headingsNumbered: false, requiredParts: false, salutation: expected.salutation ? false : null, opening: expected.openingPrefix ? false : null };
  }
  const headings = [...draft.sections.map((s) => s.heading), draft.nextSteps.heading];
  const headingsNumbered = headings.every((h, i) => h.trim().startsWith(chineseOrdinal(i + 1)));
  const filled = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';
  const requiredParts =
    filled(draft.title) &&
    normalizeForMatch(draft.title).includes('答复') &&
    filled(draft.salutation) &&
    filled(draft.opening) &&
    draft.sections.length > 0 &&
    draft.sections.every((s) => s.paragraphs.some(filled)) &&
    draft.nextSteps.paragraphs.some(filled) &&
    draft.contact.some(filled);
  return {
    kind,
    sectionsPerSuggestion: draft.sections.length === (expected.sections ?? result.suggestions.length),
    headingsNumbered,
    requiredParts,
    salutation: expected.salutation === undefined ? null : sameSalutation(draft.salutation, expected.salutation),
    opening: expected.openingPrefix === undefined ? null : normalizeForMatch(draft.opening).startsWith(normalizeForMatch(expected.openingPrefix)),
  };
}

/** Equal, or the same names with the proposal's own count before the role ("刘某某等2位委员：" for "刘某某委员："). */
function sameSalutation(actual: string, expected: string): boolean {
  const a = normalizeForMatch(actual);
  const e = normalizeForMatch(expected);
  if (a === e) return true;
  const role = e.match(/(委员|代表)[:：]?$/u);
  if (!role) return false;
  const names = e.slice(0, e.length - role[0].length);
  return a.startsWith(`${names}等`) && new RegExp(`^等[0-9一二两三四五六七八九十]*[位名]?${role[1]}[:：]?$`, 'u').test(a.slice(names.length));
}

/** Text a drafter must still fill in (【待补充：…】) asserts nothing, so figures inside it are not checked. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/【待补充[^】]*】/gu, '');
}

/** Citation markers such as [3] are references, not figures. */
export function withoutCitationMarkers(text: string): string {
  return text.replace(/[[［]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]］]/gu, '');
}

function bodySections(result: DraftResult): DraftSection[] {
  return result.draft ? [...result.draft.sections, result.draft.nextSteps] : [];
}

function allCitations(result: DraftResult): Citation[] {
  return [...(result.draft?.backgroundCitations ?? []), ...bodySections(result).flatMap((s) => s.citations)];
}

export interface NumberFidelity {
  /** Figures in the draft body (background, sections and next steps; not the contact block). */
  total: number;
  supported: number;
  /** Figures found in neither the proposal nor a cited passage. */
  unsupported: string[];
}

/**
 * Every figure in the draft body must appear in the proposal or in a passage the draft cites (its text, or the cited
 * document's title and 文号). `sourceTextOf` returns the full text a citation points to (its chunk or section), so a
 * short quote need not hold the figure itself. Figures inside 【待补充】 and citation markers [n] are not claims.
 */
export function checkNumberFidelity(result: DraftResult, proposalText: string, sourceTextOf: (c: Citation) => string): NumberFidelity {
  const draft = result.draft;
  if (!draft) return { total: 0, supported: 0, unsupported: [] };
  const sources = [proposalText, ...allCitations(result).map((c) => [c.title, c.number ?? '', c.quote, sourceTextOf(c)].join('\n'))].join('\n');
  const available = new Set(extractNumbers(sources).map((n) => n.replace(/%$/u, '')));
  const body = [draft.background ?? '', ...bodySections(result).flatMap((s) => s.paragraphs)].join('\n');
  const figures = extractNumbers(withoutCitationMarkers(withoutPlaceholders(body))).map((n) => n.replace(/%$/u, ''));
  const unsupported = figures.filter((n) => !available.has(n));
  return { total: figures.length, supported: figures.length - unsupported.length, unsupported: [...new Set(unsupported)] };
}

export interface CitationCoverage {
  /** Suggestion sections (not next steps). */
  sections: number;
  /** Sections with at least one citation. */
  cited: number;
  /** Sections without citations that say honestly what is missing (【待补充】) instead of asserting facts. */
  placeholderOnly: number;
}

export function checkCitationCoverage(result: DraftResult): CitationCoverage {
  const sections = result.draft?.sections ?? [];
  const cited = sections.filter((s) => s.citations.length > 0).length;
  const placeholderOnly = sections.filter(
    (s) => s.citations.length === 0 && s.paragraphs.length > 0 && s.paragraphs.every((p) => withoutPlaceholders(p).trim().length < p.trim().length),
  ).length;
  return { sections: sections.length, cited, placeholderOnly };
}

export interface OutlineCheck {
  /** One outline section per suggestion (expected count, else the number parsed). */
  sectionsPerSuggestion: boolean;
  points: number;
  /** Points that name at least one source. */
  pointsWithSources: number;
}

export function checkOutline(result: DraftResult, expected: Partial<ProposalExpectation> = {}): OutlineCheck {
  const sections = result.outline?.sections ?? [];
  const points = sections.flatMap((s) => s.points);
  return {
    sectionsPerSuggestion: result.outline !== null && sections.length === (expected.sections ?? result.suggestions.length),
    points: points.length,
    pointsWithSources: points.filter((p) => p.sources.length > 0).length,
  };
}
