// Administrative levels (全国, 全省, 全市, 全县): which one a question asks about, which ones a text states.
import { splitSentences } from '../text/sentences.js';
import { NOT_A_DISTRICT_BEFORE_QU, type Level } from '../text/scope.js';

export { levelOfPlace, WHOLE_SCOPE_WORD, wholeScopeWordOf, type Level } from '../text/scope.js';

/** A city district's level ("区级财政", "甲区区级"), which is of county level: not 自治区级, 社区级, 示范区级…. */
export const DISTRICT_LEVEL = new RegExp(`(?<!${NOT_A_DISTRICT_BEFORE_QU})区级`, 'u');
/** A district government or its budget ("区政府", "区财政"), not an autonomous region's. */
const DISTRICT_BODY = /(?<!自治)区(?:政府|财政)/u;

/** 省 as the province, not as "to save" ("节省里面的空间", "能省里外的开支"), as regular-expression source. */
const PROVINCE_SPOKEN = '(?<![节俭减能可])省';

export const LEVEL_WORDS: Record<Level, { asked: RegExp; held: RegExp }> = {
  // "国家对…", "国家允许…": the state as the actor asks the national level (国家级 too); not a body named after it (国家发展改革委).
  national: { asked: /全国|国家(?!发展|开发|机关|税务|电网|能源|统计)/u, held: /全国|国务院|国办|住房和城乡建设部(?!门)|住建部(?!门)/u },
  // "省里要求多少", "省厅通知…": the province asked as the asker says it; a city's text saying what 省里 requires holds it.
  provincial: {
    asked: new RegExp(`省级|全省|${PROVINCE_SPOKEN}(?:里|厅)`, 'u'),
    held: new RegExp(`省级|全省|${PROVINCE_SPOKEN}(?:里|厅)|省(?:人民)?政府|省财政|省住房|省住建`, 'u'),
  },
  city: { asked: /市级|全市/u, held: /市级|全市|市政府|市财政/u },
  county: {
    asked: new RegExp(`县级|全县|${DISTRICT_LEVEL.source}`, 'u'),
    // "县（市、区）财政": the county level as documents name every county, city and district at once.
    held: new RegExp(`县级|全县|县政府|县财政|县[（(]市、?区[）)]|${DISTRICT_LEVEL.source}|${DISTRICT_BODY.source}`, 'u'),
  },
};

export function askedLevel(text: string): Level | null {
  for (const [level, words] of Object.entries(LEVEL_WORDS) as [Level, (typeof LEVEL_WORDS)[Level]][]) if (words.asked.test(text)) return level;
  return null;
}

/** Levels a text names, by the words that hold them ("全县" → county). */
export function levelsNamed(text: string): Level[] {
  return (Object.keys(LEVEL_WORDS) as Level[]).filter((l) => LEVEL_WORDS[l].held.test(text));
}

/**
 * How askers name a level ("省里的要求", "县里自己补多少"): the level those words speak of, and where the word stands as
 * the level rather than as the end of another word (小区里, 社区里 and 园区里 are places in a district, 城市里 is in a city,
 * 节省里面 saves).
 */
const SPOKEN_LEVELS: ReadonlyMap<string, { level: Level; standing: RegExp }> = new Map([
  ['省里', { level: 'provincial', standing: new RegExp(`${PROVINCE_SPOKEN}里`, 'u') }],
  ['市里', { level: 'city', standing: /(?<![城超都门集夜])市里/u }],
  ['县里', { level: 'county', standing: /县里/u }],
  ['区里', { level: 'county', standing: /(?<![小社片园校景城山街营厂库矿])区里/u }],
]);

/** Whether a text states the level a spoken level word names ("省里" held by "省住房和城乡建设厅…", "全省"). */
export function holdsSpokenLevel(word: string, text: string): boolean {
  const spoken = SPOKEN_LEVELS.get(word);
  return !!spoken && holdsLevel(spoken.level, text);
}

/** The levels a question names in spoken words ("省里的要求和市里的一样吗" → provincial, city). */
export function spokenLevelsIn(text: string): Level[] {
  return [...new Set([...SPOKEN_LEVELS.values()].filter(({ standing }) => standing.test(text)).map(({ level }) => level))];
}

/**
 * Characters no name of a province's department holds (某省财政厅, 某省文化和旅游厅): a place under the province
 * (市, 县, 区…) or a building or body a room belongs to ("某省图书馆报告厅", "某省政务服务中心受理厅", "…管理局接待厅").
 */
const NOT_IN_A_DEPARTMENT_NAME = '市县区州盟旗馆堂心局所站室院楼场';
/** What makes a …厅 a hall, not a department: "政务服务大厅", "营业厅", "会客厅", "会议厅", "办事厅". */
const HALL_BEFORE_TING = '(?:大|营业|客|会议|议事|办事|餐|展|歌|舞|门|前)';
/**
 * An issuer's name that is a province's government or one of its departments, the whole name: "某某省人民政府" (or
 * its 办公厅), "某某省自然资源厅"; not a city's body under the province ("某省某市住建局"), nor a hall.
 */
const PROVINCIAL_ISSUER = new RegExp(
  `^\\p{Script=Han}{2,8}?省(?:人民政府(?:办公厅)?|(?:(?![${NOT_IN_A_DEPARTMENT_NAME}])\\p{Script=Han}){2,10}(?<!${HALL_BEFORE_TING})厅)$`,
  'u',
);

/**
 * The issuer's name on an issuer line (Chunk.origin: the issuer's names first, then place notes and front-matter place
 * values such as a location, space-separated): its first part.
 */
function issuerName(origin: string): string {
  return origin.trim().split(/[\s、]+/u, 1)[0] ?? '';
}

/**
 * The levels an issuer line holds: those its words name (levelsNamed), and the provincial level when the issuer's own
 * name is a province's government or department, which a free text's "某省…厅" or a venue in a place field
 * ("location: 某省图书馆报告厅") may not be.
 */
export function levelsOfIssuer(origin: string): Level[] {
  const named = levelsNamed(origin);
  const provincial = !named.includes('provincial') && PROVINCIAL_ISSUER.test(issuerName(origin));
  return provincial ? [...named, 'provincial'] : named;
}

/** Whether a text states the level ("全国", "国务院"). */
export function holdsLevel(level: Level, text: string): boolean {
  return LEVEL_WORDS[level].held.test(text);
}

/** A document referred back to ("该指导意见", "上述方案"): the kind of document, whose earlier mention says its level. */
const REFERRED_DOCUMENT = /(?:该|此|这份|这一|上述|前述)(实施意见|指导意见|意见|通知|实施方案|方案|办法|规定|条例|决定|规划)/gu;

/**
 * The levels of the documents a sentence refers back to ("根据该指导意见中设定的工作目标"), read from the nearest
 * earlier sentence of its passage that mentions that kind of document and names a level ("国务院办公厅发布的《…指导意见》").
 * A county's "该实施方案" is the county's plan: its mention names the county.
 */
export function referredLevels(sentence: string, passageText: string): Level[] {
  const kinds = [...sentence.matchAll(REFERRED_DOCUMENT)].map((m) => m[1]);
  if (!kinds.length) return [];
  const sentences = splitSentences(passageText).map((s) => s.text);
  const at = sentences.findIndex((x) => x.includes(sentence) || sentence.includes(x));
  const before = (at >= 0 ? sentences.slice(0, at) : []).reverse();
  const out = new Set<Level>();
  for (const kind of kinds) {
    const mention = before.find((x) => x.includes(kind) && !new RegExp(`(?:该|此|这份|这一|上述|前述)${kind}`, 'u').test(x) && levelsNamed(x).length);
    for (const level of mention ? levelsNamed(mention) : []) out.add(level);
  }
  return [...out];
}
