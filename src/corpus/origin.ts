// Who issued a document and where: searched with each chunk's title, so "甲县…" finds a county's reply whose county
// is named only in its front matter ("issuer: 某某县住建局（某省A市甲县）").
import type { ParsedDocument } from './document.js';
import { PLACE_UNIT_SUFFIXES, unitSuffixAlternatives } from '../text/places.js';
import { redactPersonalData } from './redact.js';

/** Front-matter keys (besides issuer) that name a place. */
const PLACE_KEYS = ['place', 'region', 'city', 'county', 'area', 'location', '地区', '地点', '城市'];
/** A note in brackets that names a place ("某省A市甲县", "原发文: B市人民政府办公室"). */
const PLACE_NOTE = new RegExp(unitSuffixAlternatives(PLACE_UNIT_SUFFIXES), 'u');
/** Web addresses and Latin words in editors' notes ("jinglawyer.com 法规转载") say nothing about the document's origin. */
const LATIN = /[A-Za-z][\w.:/-]*/gu;

/** The issuer's main name and the notes of its front-matter entry that name a place (a reporter's name is not kept). */
function issuerParts(issuer: string): string[] {
  const [main, ...notes] = issuer.split(/[（()）；;，,]/u);
  return [main, ...notes.filter((n) => PLACE_NOTE.test(n))];
}

function placeValues(extra: Record<string, unknown>): string[] {
  return PLACE_KEYS.map((key) => extra[key]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

/**
 * The issuer and place of a document as one line (front matter first, then the issuer its text shows), personal data
 * redacted; null when nothing is known beyond the title.
 */
export function documentOrigin(doc: Pick<ParsedDocument, 'issuer' | 'frontMatter'>): string | null {
  const fm = doc.frontMatter;
  const parts = [...(fm.issuer ? issuerParts(fm.issuer) : []), ...(doc.issuer ? [doc.issuer] : []), ...placeValues(fm.extra)];
  const unique = [...new Set(parts.map((p) => p.replace(LATIN, ' ').replace(/\s+/gu, ' ').trim()).filter((p) => p !== ''))];
  if (!unique.length) return null;
  return redactPersonalData(unique.join(' ')).text;
}
