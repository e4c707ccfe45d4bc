// Number and place fidelity: every figure and named place in a draft must appear in the proposal or in a passage the
// draft cites. A sentence with an unsupported figure is dropped; an unsupported place name is flagged for checking.
import type { Draft, DraftSection, FidelityIssue } from '../types.js';
import { placeholder } from './frame.js';
import { getJieba } from '../text/tokenizer.js';
import { withoutCitationMarks } from '../text/sentences.js';
import { HOLDS_DIGIT } from '../text/numerals.js';

export interface FidelitySources {
  /** The proposal text (redacted). */
  proposal: string;
  /** Full text of the passage behind citation [n]. */
  passage: (n: number) => string | undefined;
  /** Names always allowed: the bureau, its city, units from bureau.yml. */
  allowedNames: string[];
}

export interface FidelityResult {
  draft: Draft;
  issues: FidelityIssue[];
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(\d)[\s,](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, '');
}

/** Text the figures are read from: citation markers, placeholders and list ordinals are not facts. */
function factText(sentence: string): string {
  return withoutCitationMarks(normalize(sentence))
    .replace(/【[^】]*】/g, '')
    .replace(/[（(]\d{1,2}[）)]/g, '')
    .replace(/^\d{1,2}[.、]/, '');
}

export function figuresIn(sentence: string): string[] {
  return [...new Set(factText(sentence).match(/\d+(?:\.\d+)?(?:%|‰)?/g) ?? [])];
}

function containsFigure(source: string, figure: string): boolean {
  const escaped = figure.replace(/[.%]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![\\d.])${escaped}(?!\\d|\\.\\d)`).test(source);
}

const GENERIC_PLACES = new Set(['中国', '全国', '全省', '全市', '全区', '全县', '本市', '我市', '我省', '我区', '我县', '各地', '城乡', '城镇', '地方', '中央', '国家', '各省', '各市']);
const PLACE_SUFFIX = /^(?:小区|社区|家属院|新村|街道|花园|苑)$/;
const PREFIX_TAGS = /^(?:n|nr|ns|nz|nt|j|f|m|zg|ng)$/;
const GENERIC_PREFIX = /^(?:老旧|老|旧|城镇|试点|改造|住宅|商品房|安置|周边|相关|农村|城市|示范|各|该|本|全|新建|既有|部分|多个|一些|其他)/;

/** Named places in a sentence: jieba's place words (ns), plus named estates such as "延中小区". */
export function placesIn(sentence: string): string[] {
  const words = getJieba().tag(factText(sentence), true);
  const places = new Set<string>();
  words.forEach((w, i) => {
    if (w.tag === 'ns' && w.word.length >= 2 && !GENERIC_PLACES.has(w.word)) places.add(w.word);
    if (PLACE_SUFFIX.test(w.word)) {
      let name = '';
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        if (!PREFIX_TAGS.test(words[j].tag) || HOLDS_DIGIT.test(words[j].word)) break;
        name = words[j].word + name;
      }
      if (name.length >= 2 && !GENERIC_PREFIX.test(name) && !HOLDS_DIGIT.test(name)) places.add(name + w.word);
    }
  });
  return [...places];
}

export function splitKeepingStops(paragraph: string): string[] {
  return paragraph.match(/[^。！？!?；;]+(?:[。！？!?；;]+(?:\[\d+\])*|$)/gu)?.filter((s) => s.trim()) ?? [paragraph];
}

function citedIn(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

interface ParagraphCheck {
  text: string;
  issues: FidelityIssue[];
}

function checkParagraph(paragraph: string, where: string, sectionCitations: number[], sources: FidelitySources, placeSource: string): ParagraphCheck {
  const cited = new Set([...sectionCitations, ...citedIn(paragraph)]);
  const figureSource = normalize([sources.proposal, ...[...cited].map((n) => sources.passage(n) ?? '')].join('\n'));
  const issues: FidelityIssue[] = [];
  const kept: string[] = [];
  for (const sentence of splitKeepingStops(paragraph)) {
    const unsupported = figuresIn(sentence).filter((f) => !containsFigure(figureSource, f));
    if (unsupported.length) {
      for (const value of unsupported) issues.push({ value, where, action: 'dropped' });
      continue;
    }
    let checked = sentence;
    for (const place of placesIn(sentence)) {
      if (placeSource.includes(place) || sources.allowedNames.some((n) => n.includes(place) || place.includes(n))) continue;
      issues.push({ value: place, where, action: 'flagged' });
      checked = checked.replace(place, `${place}【待核实】`);
    }
    kept.push(checked);
  }
  const text = kept.join('').trim();
  return { text: text || (issues.length ? placeholder('经核实的相关情况和数据') : text), issues };
}

function checkSection(section: DraftSection, sources: FidelitySources, placeSource: string): { section: DraftSection; issues: FidelityIssue[] } {
  const issues: FidelityIssue[] = [];
  const numbers = section.citations.map((c) => c.n);
  const paragraphs = section.paragraphs.map((p) => {
    const checked = checkParagraph(p, section.heading, numbers, sources, placeSource);
    issues.push(...checked.issues);
    return checked.text;
  });
  return { section: { ...section, paragraphs: paragraphs.filter((p) => p.trim()) }, issues };
}

/** Checks a draft's background, sections and 下步工作安排; returns the cleaned draft and what was dropped or flagged. */
export function checkFidelity(draft: Draft, sources: FidelitySources): FidelityResult {
  const allCited = [
    ...(draft.backgroundCitations ?? []),
    ...draft.sections.flatMap((s) => s.citations),
    ...draft.nextSteps.citations,
  ].map((c) => c.n);
  const placeSource = normalize([sources.proposal, ...[...new Set(allCited)].map((n) => sources.passage(n) ?? '')].join('\n'));
  const issues: FidelityIssue[] = [];
  let background = draft.background;
  if (background) {
    const checked = checkParagraph(background, '背景', (draft.backgroundCitations ?? []).map((c) => c.n), sources, placeSource);
    issues.push(...checked.issues);
    background = checked.text || null;
  }
  const sections = draft.sections.map((s) => {
    const checked = checkSection(s, sources, placeSource);
    issues.push(...checked.issues);
    return checked.section;
  });
  const next = checkSection(draft.nextSteps, sources, placeSource);
  issues.push(...next.issues);
  return { draft: { ...draft, background, sections, nextSteps: next.section }, issues };
}
