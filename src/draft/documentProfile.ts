// What a draft needs to know about a whole document, read from its chunks (any corpus, no list of names): whose it is
// (the bureau's own, another place's), its year, and whether it can be quoted as 政策依据. The rules:
// - place: the administrative place named right before an issuing organ (…市住房和城乡建设局, …县人民政府, …区城市管理局)
//   most often in the title and text; "own" when that place is the bureau's city, or the text names the bureau itself,
//   or the 文号 starts with the bureau's prefix from bureau.yml.
// - level of the issuer (from the title before 关于, or the 文号): national (国务院, 国家…, …部), provincial (…省/自治区
//   without a city below it), local otherwise.
// - 政策依据 only from a formal policy text (a policy genre in the title — 意见/方案/通知/办法/条例/规定… — or a 文号)
//   issued at national or provincial level, or by the bureau's own city; never from a 讨论稿/征求意见稿/草案/送审稿,
//   never from a press or web restatement (a policy-kind document with neither genre nor 文号), never from another
//   city's plan (that is 外地做法).
import type { Bureau } from '../config.js';
import type { Chunk, DocumentSource } from '../types.js';
import { getJieba } from '../text/tokenizer.js';
import { versionNotInForce } from '../text/inForce.js';
import {
  ENDS_IN_UNIT_SUFFIX,
  LOCAL_UNIT_SUFFIXES,
  otherPracticeTitleSpan,
  placeOpening,
  PROVINCE_UNIT_SUFFIXES,
  unitSuffixAlternatives,
  UNTAGGED_NAME_UNIT_SUFFIXES,
  withoutLeadingProvince,
} from '../text/places.js';
import { isFilledIn } from '../text/scope.js';

export type EvidenceLevel = 'policy' | 'done' | 'elsewhere' | 'reference';

/** How a level is named to the drafter. */
export const LEVEL_LABEL: Record<EvidenceLevel, string> = {
  policy: '政策依据',
  done: '已开展工作',
  elsewhere: '外地做法',
  reference: '其他参考',
};

export interface DocumentProfile {
  docId: string;
  title: string;
  number: string | null;
  kind: Chunk['kind'];
  own: boolean;
  /** The issuing place, e.g. "A市" or "B市甲区"; null when the text names none. */
  place: string | null;
  year: number | null;
  issuerLevel: 'national' | 'provincial' | 'local' | null;
  /** A formal policy text: a policy genre in the title, or a 文号. */
  formal: boolean;
  /** 讨论稿, 征求意见稿, 草案, 送审稿: not in force. */
  draftVersion: boolean;
  /** The proposal number a reply answers ("第104号提案"), when its title or opening says it. */
  proposalNumber: string | null;
  /** What the proposal a reply answers was about ("加快既有住宅加装电梯"), from its opening; null when unsaid. */
  answers: string | null;
  /**
   * The document another one restates ("《某市老旧小区改造实施细则》政策解读" restates 某市老旧小区改造实施细则): the title it names, or
   * null. Quoted beside the document itself, a restatement repeats it.
   */
  restates?: string | null;
}

/** "《X》政策解读", "关于《X》的解读", "图解《X》", "一图读懂《X》": a text restating the policy X. */
const RESTATEMENT_TITLE = /^(?:关于)?《([^》]+)》(?:的)?(?:政策)?解读|^(?:图解|一图读懂|一图看懂)《([^》]+)》/u;

/** The title a restatement restates, or null. */
export function restatedTitle(title: string): string | null {
  const m = RESTATEMENT_TITLE.exec(title.trim());
  return m ? (m[1] ?? m[2]) : null;
}

const ISSUING_ORGAN = /(?:人民政府|政府办公室|住房和城乡建设局|住房城乡建设局|住房和城乡建设委员会|住建局|住房和城乡建设|城市管理局|城乡建设局|建设局|人大常委会|政协|街道办事处)/gu;
const POLICY_GENRE = /(?:意见|方案|通知|办法|条例|规定|细则|规划|决定|纲要|标准|导则|指南|规则)(?:[（(][^）)]*[）)])?$/u;
const NATIONAL = /国务院|中共中央|国家|住房和城乡建设部|住房城乡建设部|财政部|发展改革委|^中办|^国办/u;
const NATIONAL_NUMBER = /^(?:国办发|国发|国办函|中办发|建城|建办|建科|财建|发改)/u;
const PROVINCIAL = new RegExp(unitSuffixAlternatives(PROVINCE_UNIT_SUFFIXES), 'u');
const LOCAL = new RegExp(unitSuffixAlternatives(LOCAL_UNIT_SUFFIXES), 'u');
const YEAR_IN_NUMBER = /[〔［\[（(]((?:19|20)\d{2})[〕］\]）)]/u;
const YEAR_IN_TEXT = /((?:19|20)\d{2})(?:年|-\d{1,2}-|\/\d{1,2}\/|\.\d{1,2}\.)/u;
/** Front matter `level:` values, in Chinese or English. */
const LEVEL_WORDS: [RegExp, NonNullable<DocumentProfile['issuerLevel']>][] = [
  [/国家|全国|中央|国务院|部委|national/iu, 'national'],
  [new RegExp(`${PROVINCIAL.source}|provincial`, 'iu'), 'provincial'],
  [new RegExp(`${LOCAL.source}|local|city|county|district`, 'iu'), 'local'],
];
/** Front matter `type:` of a press report, a web Q&A or a repost: never 政策依据, whatever its title says. */
const PRESS_TYPE = /新闻|报道|转载|媒体|问答|解读|评论|press|news|media|repost|faq/iu;
/** Front matter `type:` of a formal policy text. */
const FORMAL_TYPE = /政策|法规|规章|规范性文件|文件|通知|意见|方案|办法|条例|policy|regulation|rule/iu;
/** An issuer that only reposts someone else's text ("jinglawyer.com 法规转载（原发文: …）"). */
const REPOSTING_ISSUER = /转载|转发自|媒体|新闻|日报|晚报|报社|记者|[a-z0-9-]+\.(?:com|net|org)\b/iu;
/** An issuer that is an organ ("…住房和城乡建设局", "…人民政府", "…办公厅"), not a website or a person. */
const ORGAN = new RegExp(`(?:${ISSUING_ORGAN.source}|[局厅部委办院府处])$`, 'u');
const PROPOSAL_NUMBER = /第?\s*(\d{1,4})\s*号\s*(?:提案|建议)?/u;

/** A word of Han characters ending in a unit's suffix, a place even when the tagger does not read it as one. */
const UNTAGGED_PLACE_WORD = new RegExp(`^\\p{Script=Han}+${unitSuffixAlternatives(UNTAGGED_NAME_UNIT_SUFFIXES)}$`, 'u');

function isPlaceWord(word: string, tag: string): boolean {
  return (tag === 'ns' && ENDS_IN_UNIT_SUFFIX.test(word)) || (word.length >= 3 && UNTAGGED_PLACE_WORD.test(word) && !/^(?:城区|市区|社区|小区|辖区|园区|片区|街区|城市)$/u.test(word));
}

/** Places named right before an issuing organ, in the order they appear ("答复A市住房和城乡建设局" → A市). */
export function placesBeforeOrgans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ISSUING_ORGAN)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 14), m.index).replace(/^.*[^\p{Script=Han}]/su, '');
    if (!before) continue;
    const words = getJieba().tag(before, true);
    let place = '';
    for (let i = words.length - 1; i >= 0 && isPlaceWord(words[i].word, words[i].tag); i--) place = words[i].word + place;
    if (place) out.push(place);
  }
  return out;
}

/** The places an issuer's name opens with ("本溪市溪湖区彩屯街道办事处" → 本溪市溪湖区). */
function leadingPlace(text: string): string | null {
  let place = '';
  for (const { word, tag } of getJieba().tag(text.slice(0, 16), true)) {
    if (!isPlaceWord(word, tag)) break;
    place += word;
  }
  return place || null;
}

/** The place named most often (ties: the first named). */
function mostFrequent(places: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = p;
  return best;
}

const LOCAL_AT_END = new RegExp(`${LOCAL.source}$`, 'u');

/**
 * "A市" → "A": a city compared without its suffix. Unlike `placeStem` in text/places.ts it strips a suffix after a
 * one-character name too: the result is only compared by `endsWith` with the bureau's own city, never searched for.
 */
function cityWithoutSuffix(place: string): string {
  return place.replace(LOCAL_AT_END, '');
}

function issuerOf(title: string): string {
  const i = title.indexOf('关于');
  return i >= 2 ? title.slice(0, i) : '';
}

function issuerLevel(title: string, number: string | null, place: string | null): DocumentProfile['issuerLevel'] {
  if (number && NATIONAL_NUMBER.test(number.trim())) return 'national';
  const issuer = issuerOf(title) || place || '';
  if (!issuer) return null;
  if (NATIONAL.test(issuer) && !PROVINCIAL.test(issuer) && !LOCAL.test(issuer.replace(/国家|中共中央/gu, ''))) return 'national';
  const afterProvince = issuer.split(PROVINCIAL).slice(1).join('');
  if (PROVINCIAL.test(issuer) && !LOCAL.test(afterProvince)) return 'provincial';
  return 'local';
}

function yearOf(chunks: Chunk[], title: string, number: string | null): number | null {
  const fromNumber = number?.match(YEAR_IN_NUMBER)?.[1] ?? title.match(YEAR_IN_NUMBER)?.[1];
  const found = fromNumber ?? title.match(YEAR_IN_TEXT)?.[1] ?? chunks[0]?.text.slice(0, 300).match(YEAR_IN_TEXT)?.[1];
  return found ? Number(found) : null;
}

/** "您提出的《关于加快既有住宅加装电梯的提案》收悉", "你们提出的关于“加快推进既有住宅加装电梯”的建议收悉". */
const ANSWERED_SUBJECT = /提出的\s*(?:关于)?[《“"「]?(?:关于)?([^《》“”"「」。；;\n]{2,50}?)[》”"」]?的?(?:提案|建议)/u;

function answeredSubject(title: string, head: string): string | null {
  const m = `${head}\n${title}`.match(ANSWERED_SUBJECT);
  return m ? m[1].replace(/[》”"」]$/u, '') : null;
}

function proposalNumberOf(title: string, head: string): string | null {
  for (const text of [title, head]) {
    const m = text.match(/第?\s*(\d{1,4})\s*号\s*(提案|建议)/u) ?? (/(提案|建议)/u.test(text) ? text.match(PROPOSAL_NUMBER) : null);
    if (m) return `第${m[1]}号${m[2] ?? ''}`;
  }
  return null;
}

/** The bureau's 文号 prefixes (one, or one per kind: 政协 and 人大 differ). */
function numberPrefixes(bureau: Bureau): string[] {
  const p = bureau.numberPrefix;
  if (!p) return [];
  return (typeof p === 'string' ? [p] : Object.values(p)).filter((x): x is string => !!x);
}

/**
 * The issuing organ the front matter names: "甲县住房和城乡建设局（某省…）" → the part before the brackets,
 * "chaoyang.gov.cn（某省A市人民政府）" → the organ in them; none for a repost or a site without an organ.
 */
function sourceIssuer(source: DocumentSource | undefined): string {
  const issuer = source?.issuer?.trim() ?? '';
  if (!issuer || REPOSTING_ISSUER.test(issuer)) return '';
  const parts = issuer.split(/[（()）；;，,]/u).map((p) => p.trim().replace(/^(?:原文|发布|网站)[:：]\s*/u, ''));
  return parts.find((p) => ORGAN.test(p)) ?? '';
}

/**
 * What the front matter says overrides what the text suggests: its `level:`, its `type:` (a 讨论稿 is not in force,
 * a press report or repost is not formal, a policy type is) and its issuer (the place, the level, and whether it is
 * the bureau itself).
 */
function withSource(profile: DocumentProfile, source: DocumentSource | undefined, bureau: Bureau): DocumentProfile {
  if (!source) return profile;
  const out = { ...profile };
  const issuer = sourceIssuer(source);
  const type = source.type ?? '';
  if (issuer) {
    out.place = placesBeforeOrgans(issuer)[0] ?? leadingPlace(issuer) ?? out.place;
    out.issuerLevel = issuerLevel(`${issuer}关于`, profile.number, out.place);
    const ownCity = isFilledIn(bureau.city) ? cityWithoutSuffix(bureau.city) : '';
    if (isFilledIn(bureau.name) && issuer.includes(bureau.name)) out.own = true;
    if (ownCity && out.place && cityWithoutSuffix(out.place).endsWith(ownCity)) out.own = true;
  }
  const level = LEVEL_WORDS.find(([pattern]) => pattern.test(source.level ?? ''));
  if (level) out.issuerLevel = level[1];
  if (PRESS_TYPE.test(type) || (source.issuer && REPOSTING_ISSUER.test(source.issuer))) out.formal = false;
  else if (FORMAL_TYPE.test(type)) out.formal = true;
  return out;
}

/** The profile of the document `chunks` (all chunks of one document, in order) belong to. */
export function profileDocument(chunks: Chunk[], bureau: Bureau): DocumentProfile {
  const first = chunks[0];
  const title = first?.title ?? '';
  const number = first?.number ?? null;
  const text = chunks.map((c) => c.text).join('\n');
  const head = `${title}\n${number ?? ''}\n${text.slice(0, 400)}`;
  const place = mostFrequent(placesBeforeOrgans(`${title}\n${text}`));
  const formal = POLICY_GENRE.test(title.trim()) || (!!number && /\d+\s*号/u.test(number));
  const ownCity = isFilledIn(bureau.city) ? cityWithoutSuffix(bureau.city) : '';
  const own =
    (ownCity !== '' && place !== null && cityWithoutSuffix(place).endsWith(ownCity)) ||
    (isFilledIn(bureau.name) && head.includes(bureau.name)) ||
    (!!number && numberPrefixes(bureau).some((prefix) => number.startsWith(prefix))) ||
    // No issuer named: a reply opening with the bureau's city, or a formal text whose title starts with it (a city's
    // 导则 or 办法); a press report about the city is neither.
    (place === null && ownCity !== '' && (first?.kind === 'reply' ? head.includes(ownCity) : formal && title.replace(/^关于/u, '').startsWith(ownCity)));
  const profile = withSource({
    docId: first?.docId ?? '',
    title,
    number,
    kind: first?.kind ?? 'policy',
    own,
    place,
    year: yearOf(chunks, title, number),
    issuerLevel: issuerLevel(title, number, place),
    formal,
    draftVersion: versionNotInForce({ title, number, type: first?.source?.type, opening: text }) !== null,
    proposalNumber: first?.kind === 'reply' ? proposalNumberOf(title, text.slice(0, 300)) : null,
    answers: first?.kind === 'reply' ? answeredSubject(title, text.slice(0, 400)) : null,
    restates: restatedTitle(title),
  }, first?.source, bureau);
  return asOtherPractice(profile, ownCity);
}

/**
 * A report of another place's practice — the bureau's own visit report ("赴某省A市考察学习…的报告") or digest
 * ("外地做法：B市甲区…经验") — is evidence of that place's work, not the bureau's: what it says (A pays a 托管补贴
 * of 1元 a month) is 外地做法 marked with that place, never 已开展工作 of the bureau, whose city may have nothing of it.
 */
function asOtherPractice(profile: DocumentProfile, ownCity: string): DocumentProfile {
  const span = otherPracticeTitleSpan(profile.title);
  const visited = span ? placeOpening(span) : null;
  if (!visited || (ownCity && cityWithoutSuffix(visited).endsWith(ownCity))) return profile;
  const place = withoutLeadingProvince(visited);
  return { ...profile, own: false, place, issuerLevel: issuerLevel(`${place}关于`, null, place) };
}

/** A sentence naming a policy document: 《…》 with a policy genre, or a 文号. */
export const NAMES_POLICY_DOCUMENT = /《[^》]*(?:意见|方案|通知|办法|条例|规定|细则|规划|决定|纲要|标准|导则)》|[〔\[]\d{4}[〕\]]\s*\d+\s*号/u;

/**
 * The level a sentence of a document is evidence at. The bureau's own documents: 政策依据 for a sentence naming a
 * policy text (the bureau's own statement of its basis) or any sentence of its own formal rules, else 已开展工作.
 * Others: 政策依据 only for a formal national or provincial text in force; another place's reply or plan is 外地做法;
 * the rest (press, web Q&A, drafts for comment, unknown provenance) is 其他参考.
 */
export function levelOf(profile: DocumentProfile, sentence: string): EvidenceLevel {
  if (profile.own) {
    if (profile.draftVersion) return 'reference';
    if (profile.kind === 'policy' && profile.formal) return 'policy';
    return NAMES_POLICY_DOCUMENT.test(sentence) && profile.kind === 'reply' && /按照|根据|依据|要求|印发|出台/u.test(sentence) ? 'policy' : 'done';
  }
  if (profile.kind === 'policy' && profile.formal && !profile.draftVersion && (profile.issuerLevel === 'national' || profile.issuerLevel === 'provincial')) {
    return 'policy';
  }
  if (profile.place && profile.issuerLevel !== 'national' && profile.issuerLevel !== 'provincial') return 'elsewhere';
  return 'reference';
}

/** 【参考：A市】 — how another place's practice is marked, so it is never read as the bureau's own work. */
export function elsewhereMark(profile: DocumentProfile): string {
  return `【参考：${profile.place ?? '其他地区'}】`;
}
