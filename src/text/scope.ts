// The whole scope a document speaks for (全市, 全省) though its sentences do not write it: a city's own document (its
// title opens with the city and names no county or district) speaks for 全市, and the bureau's own documents speak for
// the scope of the bureau's place (bureau.yml's `city`: "A市" → 全市, "某省" → 全省). The one rule answers (the
// evidence gate, the level checks) and drafting (the own-scope floor) read.
import { askedPlaces, issuerPlaces } from './places.js';

export type Level = 'national' | 'provincial' | 'city' | 'county';

/**
 * The word that names a level as a whole ("全省"): what a text of a body at that level speaks for when it does not say
 * so ("我厅已督促各地…" in a province's reply).
 */
export const WHOLE_SCOPE_WORD: Record<Level, string> = { national: '全国', provincial: '全省', city: '全市', county: '全县' };

/**
 * What stands before 区 in a name that is no city district, as regular-expression source: a province's 自治区, and an
 * area called a something-区 (社区, 小区, 片区, 园区, 街区, 景区, 校区, 厂区, 营区, 库区, 功能区, 示范区, 试验区, 试点区,
 * 保护区, 开发区).
 */
export const NOT_A_DISTRICT_BEFORE_QU = '自治|[社小片园街景校厂营库]|功能|示范|试验|试点|保护|开发';
/**
 * A place named as a city district ("临川市甲区"): not an area of NOT_A_DISTRICT_BEFORE_QU, nor a 新区, which by its
 * name alone may be a district or an area a district holds.
 */
const DISTRICT_NAME = new RegExp(`\\p{Script=Han}(?<!${NOT_A_DISTRICT_BEFORE_QU}|新)区$`, 'u');

/**
 * The level of a place by its last unit ("某省" → provincial, "A市" and "某自治州" → city, "B市甲区" and "乙县" →
 * county); null for an area that is no administrative unit (开发区, 新区, 园区) or a text naming none.
 */
export function levelOfPlace(place: string): Level | null {
  const p = place.trim();
  if (/(?:省|自治区)$/u.test(p)) return 'provincial';
  if (/\p{Script=Han}(?:市|州|盟)$/u.test(p)) return 'city';
  if (/\p{Script=Han}(?:县|旗)$/u.test(p) || DISTRICT_NAME.test(p)) return 'county';
  return null;
}

/**
 * The word of the whole scope a body of a place speaks for ("岚山省" → 全省, "临川市" → 全市, "乙县" → 全县); none for
 * a district ("…区"), whose 全区 is no level asked, nor for a place of no level.
 */
export function wholeScopeWordOf(place: string): string | null {
  const level = levelOfPlace(place);
  if (!level || (level === 'county' && place.trim().endsWith('区'))) return null;
  return WHOLE_SCOPE_WORD[level];
}

/** The stem of the city a title opens with ("A市2024年…总结" → A), or null (see namesCityLevel). */
function cityOfTitle(title: string): string | null {
  const city = /^(\p{Script=Han}{2,4}?)市/u.exec(title.trim());
  // Not a province's or the nation's "…城市…" ("某省城市更新…", "全国城市…", "推进城市…"), nor a party committee's name.
  if (!city || /[省国]|^中共|城$/u.test(city[1])) return null;
  const rest = title.trim().slice(city[0].length);
  return !askedPlaces(rest).length && !/县|区级|乡镇|街道/u.test(rest) ? city[1] : null;
}

/**
 * A title opening with a city's name and naming no county or district after it ("A市2024年城镇老旧小区改造工作总结",
 * "B市2025年城镇老旧小区改造计划"): the city's own document, whose figures are the whole city's (全市) though its
 * sentences do not say so. Not "C市甲区…", a district's.
 */
export function namesCityLevel(title: string): boolean {
  return cityOfTitle(title) !== null;
}

/** A document as the scope rule reads it. */
export interface ScopedDocument {
  title: string;
  /** Known to be the bureau's own (drafting reads it from the issuer, the 文号 or the title: src/draft/documentProfile.ts). */
  own?: boolean;
}

/** What the reader knows of the library and the question. */
export interface ScopeReader {
  /** The bureau's place as bureau.yml writes it ("A市", "某省", "A市甲县"), when filled in. */
  ownPlace?: string;
  /** The places the question names (stems, "A"): a document of one of them speaks for its scope when asked of it. */
  askedPlaces?: string[];
}

/** A bureau field still holding the template's placeholder ("（市名）", "【局名】") rather than a value. */
const PLACEHOLDER = /^[（【]/u;

/** A bureau field that is filled in: set and not the template's placeholder. */
export function isFilledIn(value: string | undefined): value is string {
  return !!value && !PLACEHOLDER.test(value);
}

/** Whether two place stems name the same place ("A" and "A", a stem and the same stem with a prefecture before it). */
function samePlace(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/**
 * Whether the scope a place's document speaks for is the reader's: the bureau's place is not known or is no city
 * (bureau.yml's place is a placeholder, names no unit, or is a county, district or province), it is the bureau's city,
 * or the question names it. Another city's plan does not speak for the bureau's 全市.
 */
function isReadersPlace(stem: string, reader: ScopeReader): boolean {
  // A county's or district's bureau (乙县, 甲区) or a province's: whose 全市 a question means is not known from its place.
  if (!isFilledIn(reader.ownPlace) || levelOfPlace(reader.ownPlace) !== 'city') return true;
  const own = issuerPlaces(reader.ownPlace);
  if (!own.length) return true;
  return [...own, ...(reader.askedPlaces ?? [])].some((p) => samePlace(p, stem));
}

/**
 * The whole scope a document speaks for ("全市", "全省"), or null: the bureau's own document speaks for its place's
 * scope (wholeScopeWordOf), any other document for 全市 when its title is a city's own (namesCityLevel) and the city is
 * the reader's (isReadersPlace).
 */
export function wholeScopeOf(document: ScopedDocument, reader: ScopeReader = {}): string | null {
  if (document.own) return reader.ownPlace ? wholeScopeWordOf(reader.ownPlace) : null;
  const city = cityOfTitle(document.title);
  return city !== null && isReadersPlace(city, reader) ? '全市' : null;
}
