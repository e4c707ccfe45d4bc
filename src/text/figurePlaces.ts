// Which place a figure of a sentence is of. A sentence may name several places, and the one a figure belongs to is
// the one its own clause names ("…；在甲县、乙县的6个小区同步建设了…", "追加600万元专项用于丙区"), else the one named
// earlier in the sentence, else the one 该区 / 该县 points back to, else the one its paragraph spoke of, else its
// document's. A place named only in a later clause ("加装电梯90台，力争A市…实现零的突破") is not the figure's.
import { clauseAround } from './clauses.js';
import { figuresAsDigits, withoutStatedYears } from './numerals.js';
import { askedPlaces, PLACE_SUFFIX_ALTERNATIVES, placeWrittenIn } from './places.js';

/** "该区", "该县", "该市": a unit named before, referred to. */
const REFERS_TO_UNIT_BEFORE = /该(?:区|县|市|镇|乡|旗|街道)/gu;
/** "全市", "我市", "本市", "全区": the scope of the document's own unit, not a place named. */
const OWN_UNIT_SCOPE = /(?:全|我|本)(?:市|县|区|省)(?![场民政级直属委])/gu;

/** Where each place stem is last named in a text (its position), the latest first; `known`: stems found by their characters too. */
function placesByPosition(text: string, known: string[] = []): { stem: string; at: number }[] {
  return [...new Set([...askedPlaces(text), ...known])]
    .map((stem) => ({ stem, at: text.lastIndexOf(stem) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => b.at - a.at);
}

/**
 * The last position of a pattern's match in a text, or -1; `unlessAfter`: a match right after one of these stems (with
 * its suffix) is that place's own ("A全市"), not counted.
 */
function lastMatchAt(text: string, pattern: RegExp, unlessAfter: string[] = []): number {
  const after = (at: number) => unlessAfter.some((stem) => new RegExp(`${stem}${PLACE_SUFFIX_ALTERNATIVES}?$`, 'u').test(text.slice(0, at)));
  return Math.max(-1, ...[...text.matchAll(pattern)].map((m) => m.index ?? -1).filter((at) => !after(at)));
}

/** What a figure's sentence is read with: the text before it in its passage, its document's place, the places asked. */
export interface FigureContext {
  /** The passage text before the sentence, where 该区 finds the unit it refers to. */
  before?: string;
  /** The place of the sentence's document (its issuer's unit or its title's), the stem ("A"). */
  documentPlace?: string;
  /** Place stems to find by their characters as well (those a question asks, which the tagger may not read as places). */
  known?: string[];
}

/**
 * The places (stems) the figures of a kind in a sentence are of, one list per figure: the places its clause names
 * (all of a list, "甲县、乙县的6个小区"; "追加600万元专项用于丙区"), else the last place named before it in the
 * sentence, else the place 该区 / 该县 refers to in the text before the sentence, else the last place named earlier in
 * the paragraph, else the document's place (also for "全市…" or "我市…" after the last place named). An empty list when
 * none is known (always for a table row). Stated years are no figures.
 */
export function placesOfFigures(sentence: string, figure: RegExp, context: FigureContext = {}): string[][] {
  const text = withoutStatedYears(figuresAsDigits(sentence));
  const global = new RegExp(figure.source, figure.flags.includes('g') ? figure.flags : `${figure.flags}g`);
  // A table row's figures are of its columns' headings ("指标\tA市\tB市"), which the row does not repeat.
  const tableRow = /[\t｜|]/u.test(text);
  return [...text.matchAll(global)].map((m) => (tableRow ? [] : placesOf(text, m.index ?? 0, context)));
}

function placesOf(text: string, at: number, context: FigureContext): string[] {
  const prefix = text.slice(0, at);
  const known = context.known ?? [];
  const { start: clauseStart, end: clauseEnd } = clauseAround(text, at, { colonEnds: true });
  const clause = text.slice(clauseStart, clauseEnd);
  const named = placesByPosition(prefix, known);
  const stems = named.map((p) => p.stem);
  const referred = lastMatchAt(prefix, REFERS_TO_UNIT_BEFORE);
  const scoped = lastMatchAt(prefix, OWN_UNIT_SCOPE, stems);
  const inClause = placesByPosition(clause, known).filter((p) => clauseStart + p.at > Math.max(referred, scoped));
  if (inClause.length) return inClause.map((p) => p.stem);
  const last = named[0];
  if (last && last.at > Math.max(referred, scoped)) return [last.stem];
  if (referred > scoped) {
    const before = placesByPosition(context.before ?? '', known)[0];
    return before ? [before.stem] : [];
  }
  if (scoped < 0) {
    const paragraph = (context.before ?? '').split('\n').at(-1) ?? '';
    const earlier = placesByPosition(paragraph, known)[0];
    if (earlier) return [earlier.stem];
  }
  return context.documentPlace ? [context.documentPlace] : [];
}

/** A place stem as a text writes it, with its suffix when it has one ("甲" → 甲区); the stem when it is not written. */
export function placeAsWritten(stem: string, ...texts: string[]): string {
  for (const text of texts) {
    const written = placeWrittenIn(text, stem);
    if (written) return written;
  }
  return stem;
}
