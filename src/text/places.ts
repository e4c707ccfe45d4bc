// Reading Chinese place names: those a document's issuer states ("A市住房和城乡建设局", "某省甲州B市"), the
// library's own gazetteer for names the tagger does not know as places (a city's name may be tagged a person's name
// or an adjective); and those a question names (whether a title is a city's own document: scope.ts).
import { boundedMemo } from '../boundedMemo.js';
import { escapeRegExp } from './regExp.js';
import { getJieba } from './tokenizer.js';
import { normalizeForMatch } from './simplify.js';
import { HOLDINGS_COUNTERS, figuresAsDigits, withoutStatedYears } from './numerals.js';
import { DONE_CLAUSE } from './plans.js';
import { withoutArticleNumbers } from './markers.js';

/**
 * The suffixes of administrative units, the autonomous forms before the plain 州/县/区 they end with: the one list of
 * them. "青石" with one after it names that unit ("青石州" is not the "青石市" of a table row).
 */
export const PLACE_UNIT_SUFFIXES = ['自治区', '自治州', '自治县', '省', '市', '州', '盟', '县', '区', '旗', '镇', '乡'] as const;

/** Regular-expression source matching one of some unit suffixes ("(?:省|自治区)"). */
export function unitSuffixAlternatives(suffixes: readonly string[]): string {
  return `(?:${suffixes.join('|')})`;
}

/** Units of a province's level ("甲省", "乙自治区"). */
export const PROVINCE_UNIT_SUFFIXES: readonly string[] = PLACE_UNIT_SUFFIXES.filter((suffix) => suffix === '省' || suffix === '自治区');

/** Units below a province, for an issuer's level: not 镇 or 乡, which ordinary words hold (城镇, "国家乡村振兴局"). */
export const LOCAL_UNIT_SUFFIXES: readonly string[] = PLACE_UNIT_SUFFIXES.filter((suffix) => ['市', '州', '盟', '县', '区', '旗'].includes(suffix));

/**
 * Units a library writing "X市" shows a word X to be a place by (the evidence gate). Not 乡 or 镇: "宜居乡村", "美丽乡村"
 * would make 宜居 and 美丽 places; nor 省, 盟, 旗 or the autonomous forms, which the gate has never read (no tune set gained).
 */
export const WRITTEN_PLACE_UNIT_SUFFIXES: readonly string[] = PLACE_UNIT_SUFFIXES.filter((suffix) => ['市', '县', '区', '州'].includes(suffix));

/** Units a word the tagger does not read as a place is one by: not 盟, which ends common words (产业联盟), nor 省 (as before). */
export const UNTAGGED_NAME_UNIT_SUFFIXES: readonly string[] = LOCAL_UNIT_SUFFIXES.filter((suffix) => suffix !== '盟');

/** A word ending in a unit's suffix of a province or below it ("甲省", "A市", "乙旗"), read where the tagger calls it a place. */
export const ENDS_IN_UNIT_SUFFIX = new RegExp(`${unitSuffixAlternatives([...PROVINCE_UNIT_SUFFIXES, ...LOCAL_UNIT_SUFFIXES])}$`, 'u');

/** Units an issuer line is read by: not 镇 or 乡 (as before). */
const ISSUER_UNIT_SUFFIXES: readonly string[] = PLACE_UNIT_SUFFIXES.filter((suffix) => suffix !== '镇' && suffix !== '乡');

/** An administrative unit at the start of a text: a name of two to four characters and its suffix. */
const UNIT_AT_START = new RegExp(`^(\\p{Script=Han}{2,4}?)${unitSuffixAlternatives(ISSUER_UNIT_SUFFIXES)}`, 'u');
/** An ethnic group of one character before 自治县/自治区 ("甲满族自治县", "某回族自治区"): the place is the name before it. */
const ETHNIC = /(?<=\p{Script=Han}{2})\p{Script=Han}族$/u;

/** Ethnic groups named between a place's name and its autonomous unit ("苗族", "土家族苗族" of "甲土家族苗族自治州"). */
const ETHNIC_GROUPS = '(?:\\p{Script=Han}{1,2}族)+';

/** The names of the administrative units an issuer line starts with, each without its suffix ("A市甲区…" → A, 甲). */
export function issuerPlaces(origin: string): string[] {
  const out: string[] = [];
  for (const token of origin.split(/[\s:：，,（）()]+/u)) {
    let rest = token;
    for (let m = rest.match(UNIT_AT_START); m; m = rest.match(UNIT_AT_START)) {
      const name = m[1].replace(ETHNIC, '');
      if (name.length >= 2) out.push(name);
      rest = rest.slice(m[0].length);
    }
  }
  return [...new Set(out)];
}

/** The suffixes of county-level units ("甲区", "乙县"). */
const COUNTY_UNIT_SUFFIXES = ['区', '县'];

/** Of place names without their suffix, those a text writes as county-level units ("甲" in "…甲区…"). */
export function writtenAsCountyUnits(stems: string[], text: string): string[] {
  return stems.filter((stem) => COUNTY_UNIT_SUFFIXES.some((suffix) => text.includes(`${stem}${suffix}`)));
}

/** A county, prefecture or region named with its suffix ("甲县", "乙州"). */
const AUTONOMOUS_UNIT = /^(\p{Script=Han}{2,4}?)(县|州|区)$/u;

/** Place words whose autonomous form is kept (a question names a place or two); past this the store starts over. */
const AUTONOMOUS_FORMS_KEPT = 256;

/** autonomousPlaceForm of a place word, built once per word: it is asked for every term of every question. */
const autonomousFormOf = boundedMemo(AUTONOMOUS_FORMS_KEPT, (word: string): RegExp | undefined => {
  const m = word.match(AUTONOMOUS_UNIT);
  return m ? new RegExp(`${m[1]}${ETHNIC_GROUPS}自治${m[2]}`, 'u') : undefined;
});

/**
 * How documents spell a place staff name by its plain suffix when it is an autonomous unit: "甲县" is
 * "甲满族自治县", "乙县" is "乙土家族自治县". Only for a word the tagger reads as a place (tag ns). "A县" does not
 * match "A市": another unit of the same name is another place.
 */
export function autonomousPlaceForm(word: string, tag: string | undefined): RegExp | undefined {
  return tag === 'ns' ? autonomousFormOf(word) : undefined;
}

/** The units an autonomous unit may be (自治州, 自治县, 自治区). */
const AUTONOMOUS_UNITS = ['州', '县', '区'];

/**
 * After a place's name, what makes it the name of another unit than `unit`: a unit's suffix, or an autonomous unit's
 * ethnic groups — of another level only: a 县's table writes "白沙回族自治县" as 白沙县, while 青石苗族自治州 is not 青石市.
 */
function anotherUnitAfterName(unit: string | undefined): string {
  const others = AUTONOMOUS_UNITS.filter((u) => u !== unit).join('');
  return `(?:${ETHNIC_GROUPS}自治[${others}]|${unitSuffixAlternatives(PLACE_UNIT_SUFFIXES)})`;
}

/** A table row's place of one-character unit ("青石市", "白沙县", "甲镇"): the row's name is read without it. */
export const ENDS_IN_ROW_PLACE_UNIT = new RegExp(`${unitSuffixAlternatives(PLACE_UNIT_SUFFIXES.filter((suffix) => ['市', '县', '区', '镇', '乡'].includes(suffix)))}$`, 'u');

/**
 * Whether a text names a place by its name alone (`name`: "青石" of a row's "青石市", `unit` 市), not as the name of
 * another unit: "青石州", "青石苗族自治州" and "青石土家族苗族自治州" are other places than 青石市; "白沙回族自治县" is 白沙县.
 */
export function namesPlaceWithoutUnit(text: string, name: string, unit?: string): boolean {
  return new RegExp(`${escapeRegExp(name)}(?!${anotherUnitAfterName(unit)})`, 'u').test(text);
}

/**
 * Units of PLACE_UNIT_SUFFIXES a place is read by without its suffix ("甲区" → 甲, "丙自治州" → 丙). Not a bare 州, 盟,
 * 旗, 镇 or 乡: reading "A州" or "B镇" by its stem as well changed answers on the evaluation sets with no gain.
 */
const STEMMED_UNITS: readonly string[] = ['自治州', '自治县', '省', '市', '县', '区'];

/** The suffixes staff and documents write after a place's name, as regular-expression source: one of STEMMED_UNITS. */
export const PLACE_SUFFIX_ALTERNATIVES = unitSuffixAlternatives(PLACE_UNIT_SUFFIXES.filter((suffix) => STEMMED_UNITS.includes(suffix)));
const WORD_WITH_PLACE_SUFFIX = new RegExp(`^(\\p{Script=Han}{2,}?)${PLACE_SUFFIX_ALTERNATIVES}$`, 'u');

/** A place name without its administrative suffix ("甲区" → 甲); a word without one is returned as it is. */
export function placeStem(word: string): string {
  return word.match(WORD_WITH_PLACE_SUFFIX)?.[1] ?? word;
}

/** A place, given by its stem, as a text writes it, suffix included when it has one ("甲" in "甲区2024年…" → 甲区). */
export function placeWrittenIn(text: string, stem: string): string | undefined {
  return text.match(new RegExp(`${stem}${PLACE_SUFFIX_ALTERNATIVES}?`, 'u'))?.[0];
}

/**
 * A county-level unit written right after its city ("A市甲区", "B市乙县"): named so, it is a place even when the
 * tagger does not know it (`cities`: the places known in the text, without their suffix).
 */
export function countyUnitsAfterCity(cities: string[], text: string): string[] {
  return cities
    .flatMap((city) => [...text.matchAll(new RegExp(`${city}(?:省|市|州)(\\p{Script=Han}{2,3}?)(?:${COUNTY_UNIT_SUFFIXES.join('|')})`, 'gu'))].map((m) => m[1]))
    .filter(namesCountyUnit);
}

/**
 * Words that refer to units rather than name one ("所辖县区", "各县区", "全区", "本县", "辖区"), with or without their
 * suffix. Whole words only: 全椒 and 本溪 are names.
 */
const REFERRING_UNIT_WORD = /^(?:各|全|本|该|所辖|辖)(?:[省市县区州旗镇乡]|县区|区县|县市|市县)?$/u;

/** Whether a word (or a place stem) refers to units ("各县区", "本市") rather than names one. */
export function refersToUnits(word: string): boolean {
  return REFERRING_UNIT_WORD.test(word);
}

/** Common nouns ending in 区 (棚户区, 中心城区, 主城区, 片区, 园区, 社区, 小区, 景区, 开发区…), by the part before 区. */
const AREA_NOUN_STEMS = ['棚户', '中心城', '主城', '片', '园', '社', '小', '景', '街', '校', '库', '开发', '工业', '示范', '试点', '住宅', '生活', '商业', '老旧'];

/** Whether what a text writes before 区/县 after its city is a unit's name, not a referring word or a common noun. */
function namesCountyUnit(stem: string): boolean {
  return !refersToUnits(stem) && !AREA_NOUN_STEMS.some((noun) => stem.endsWith(noun));
}

/**
 * A figure of a whole city, province or country: 全市 / 全省 / 全国 next to a completed count ("全市完成171个", "全市改造
 * 完成老旧小区88个", "全市累计加装电梯210台", "全省共…1200个"). Not a rule's reach ("全市范围内既有住宅加装电梯的，每台
 * 补助12万元") nor what each unit must do ("全市各县区要…"): a rule of the whole city applies in every district.
 */
const WHOLE_SCOPE_TOTAL =
  /(?:全市|全省|全国|市域|全域)(?!范围|各|内)[^，,。；;]{0,16}?(?:完成|改造|累计|共|合计|新增|建成|开工|竣工|加装|惠及)[^，,。；;]{0,16}?\d/u;

/** Whether a sentence (in digit form) states a total of the whole city, province or country. */
export function statesWholeScopeTotal(sentence: string): boolean {
  return WHOLE_SCOPE_TOTAL.test(sentence);
}

/**
 * "甲街道自己的实施方案有哪些内容", "乙街道自己对加装电梯有没有额外补贴": a place's own rules or documents asked (自己,
 * 自身, 本身 after it), not what its city or a neighbour says of it. Group 1: the place as written before it.
 */
const OWN_OF_PLACE = /(\p{Script=Han}{2,8}?(?:省|市|县|区|街道|镇|乡))(?:(?:19|20)\d{2}\s*年)?(?:自己|自身|本身)(?=的|对|有|是|出台|制定|定)/u;

/** Words a question puts before a place that are no part of it (pronouns, "请问"), alone or ending the stem read. */
const NOT_A_PLACE_NAME = /(?:我们|咱们|你们|他们|我|咱|请问|问下|问一下|想问|的)$/u;

/**
 * The place whose own rules a question asks about: its stem, which a document's title or issuer names ("甲区自己对…"
 * → 甲), and its name as the question writes it (甲区); undefined when none is asked.
 */
export function placeAskedOwnOf(question: string): { stem: string; name: string } | undefined {
  const written = question.match(OWN_OF_PLACE)?.[1];
  if (!written) return undefined;
  // "请问甲区自己…": the place is the span's last word (two when the tagger cuts the name in single characters).
  const words = getJieba().cut(placeStem(written).replace(/(?:街道|镇|乡)$/u, ''), false);
  const stem = words.at(-1)!.length >= 2 ? words.at(-1)! : words.slice(-2).join('');
  // "我们小区自己…", "社区自己…", "请问市自己…": a common noun in 区, or filler before a bare suffix, names no place.
  if (!namesCountyUnit(stem) || NOT_A_PLACE_NAME.test(stem)) return undefined;
  return { stem, name: written.slice(written.lastIndexOf(stem)) };
}


/**
 * "我们市", "我市", "本市", "咱们市", "我们这里", "咱们这边": the asker's own city, referred to rather than named. Not
 * "我们这里的小区" alone: 这里 and 这边 stand for the city only right after 我们 / 咱们.
 */
const OWN_CITY_REFERENCE = /(?:我们|咱们|俺们|我|咱|本)市(?![场民政级直属])|(?:我们|咱们|俺们)(?:这里|这边|当地|本地)/gu;

/** "我们这个小区", "我们几栋楼", "我们这个区": a part of the city the asker is in, not the city. */
const OWN_PART = '小区|楼|单元|家|户|单位|部门|社区|村|街道|区|县|镇';

/**
 * "A和我们比哪个高", "A几个工作日，我们现在几个工作日": a bare 我们 set against another place is the asker's
 * city — only where it stands as a side (before 比, a time word, an ask or the clause's end), never "我们小区", "我们家".
 */
const OWN_SIDE_REFERENCE = new RegExp(
  `(?:我们|咱们|俺们)(?=比|现在|目前|这|是多少|是几|几|多少|[，,？?。！!]|$)(?!这?(?:几|些|片)?[个栋幢座]?(?:${OWN_PART}))`,
  'gu',
);

/**
 * A question naming the library's own city (`city`, as bureau.yml writes it: "A市") the way the asker says it — "我们市",
 * "本市", "我们B", a bare "A" — with the city written as its documents write it, so the city is a place like any
 * other: "A和C甲区…" → "A市和C甲区…". Another unit of the same name ("A路", "B区") is left as it is.
 */
/**
 * What may follow a bare city stem standing as the place itself in a follow-up: the end, a non-Han character, a
 * conjunction, a particle, a time word or a document's kind ("A和…", "A的…", "A同一年呢", "A细则…"). Not the
 * rest of a longer name ("A花园小区", "A大道", "A一中").
 */
const STEM_STANDS_ALONE = '$|[^\\p{Script=Han}]|[和与跟同及比的也都还呢吗有是在对这那]|现在|目前|今年|去年|明年|当前|细则|办法|方案|规定|意见|通知|文件|政策|条例';

/**
 * `standingAlone` (follow-ups, which are short and name an estate or a road as often as the city): the bare stem only
 * where it stands as the place, see STEM_STANDS_ALONE. `asSide` (a comparison's sides): a bare 我们 standing as a side
 * is the city too (OWN_SIDE_REFERENCE).
 */
export function withOwnCityNamed(question: string, city: string | undefined, { standingAlone = false, asSide = false } = {}): string {
  const stem = city ? placeStem(city) : '';
  if (!city || stem === city || stem.length < 2) return question;
  const follows = standingAlone ? `(?=${STEM_STANDS_ALONE})` : '(?![市州省县区路街镇乡村])';
  const bare = new RegExp(`(?:我们|咱们|俺们|咱)?${stem}${follows}`, 'gu');
  const named = question.replace(OWN_CITY_REFERENCE, city).replace(bare, city);
  return asSide ? named.replace(OWN_SIDE_REFERENCE, city) : named;
}

/**
 * A title reporting another place's practice: a visit there ("赴某省A市考察学习…的报告", "关于赴B市甲区学习考察…")
 * or a digest of it ("外地做法：C市乙区…经验"). Returns the text that opens with the place (read by the caller's
 * tagger), or null.
 */
const VISIT_TITLE = /(?:^|关于)赴(\p{Script=Han}{2,24}?)(?:学习|考察|调研|参观|交流)/u;
const DIGEST_TITLE = /^外地(?:做法|经验|经验做法)[：:]\s*(\p{Script=Han}{2,24})/u;

export function otherPracticeTitleSpan(title: string): string | null {
  const t = title.trim();
  return VISIT_TITLE.exec(t)?.[1] ?? DIGEST_TITLE.exec(t)?.[1] ?? null;
}

const LEADING_PROVINCE = new RegExp(`^\\p{Script=Han}{2,3}?${unitSuffixAlternatives(PROVINCE_UNIT_SUFFIXES)}`, 'u');

/** "某省A市" → A市: a province before a unit of its own is left out (the unit is the place a practice is of). */
export function withoutLeadingProvince(place: string): string {
  const rest = place.replace(LEADING_PROVINCE, '');
  return rest.length >= 2 ? rest : place;
}

/** A place by its suffix; 区 is left to the tagger (小区, 社区, 城区 are not places). */
const PLACE_SUFFIX = /^(\p{Script=Han}{2,})(?:省|市|县|自治县|自治州)$/u;

/**
 * Kinds of area written with 区 that name no district: 小区, 社区, 城区, 片区, 园区, 开发区, 示范区… ("老旧小区",
 * "中心城区", "居住区").
 */
const AREA_KIND = /(?:小|社|城|片|园|辖|景|街|居住|示范|开发|保护|生活|试点|建成|市|县|山|校|厂|矿|灾|功能|服务|商业|商务|住宅|学|选|营|管|老|风景|旅游|工业|产业|核心|重点|地|自治|特别行政|家属)区$/u;

/** A district named in a question ("甲区", "乙区", "丙区"): a word of a two-character stem or longer and 区. */
function isDistrictName(word: string): boolean {
  return /^\p{Script=Han}{2,}区$/u.test(word) && !AREA_KIND.test(word);
}

/** Place names in a question: jieba's place tags and words ending in 省/市/县/区, reduced to their stem. */
export function askedPlaces(text: string): string[] {
  const tokens = getJieba().tag(text, false);
  // A name the dictionary does not hold whole is cut before its 区 ("甲" + "区"): the two make the district.
  const districts = tokens.flatMap((t, i) => (tokens[i + 1]?.word === '区' && /^n[rsz]?$/u.test(t.tag) ? [`${t.word}区`] : [])).filter(isDistrictName);
  const tagged = [
    ...tokens.filter((t) => t.tag === 'ns' || (PLACE_SUFFIX.test(t.word) && !/城市$/u.test(t.word)) || isDistrictName(t.word)).map((t) => t.word),
    ...districts,
  ];
  // Two direction characters ("东西", "上下") are tagged as places but are ordinary words.
  return [...new Set(tagged.map(placeStem).filter((w) => w.length >= 2 && !refersToUnits(w) && !/^[东南西北上下左右前后内外中]{2}$/u.test(w)))];
}

/**
 * The places (stems) a text names with their unit's suffix ("东湖区", "临川市"), other than `ownStem` (the stem of the
 * text's own unit, "岚山" of 岚山省); a word the tagger reads as a place but written without a suffix is not counted.
 */
export function unitsNamedBesides(text: string, ownStem: string): string[] {
  return askedPlaces(text).filter((stem) => stem !== ownStem && placeWrittenIn(text, stem) !== stem);
}

/**
 * The place a text opens with, as its units are written ("某省A市考察…" → 某省A市, "B市甲区老旧小区…" →
 * B市甲区), or null: a word naming a kind of area (小区, 城区) ends it.
 */
export function placeOpening(text: string): string | null {
  let place = '';
  for (const { word, tag } of getJieba().tag(text, true)) {
    const unit = (tag === 'ns' && ENDS_IN_UNIT_SUFFIX.test(word) && !AREA_KIND.test(word)) || PLACE_SUFFIX.test(word) || isDistrictName(word);
    if (!unit) break;
    place += word;
  }
  return place || null;
}

/**
 * Words after a name that make it a place of the ground a passage must be about: towns and the named parts of a town
 * ("甲镇", "乙街道", "丙小区", "丁片区"). Not a district or county, which a city-wide rule speaks for (the evidence gate
 * reads those).
 */
const NAMED_GROUND_UNITS: readonly string[] = ['街道', '小区', '片区', '社区', '镇', '乡'];

/** A unit word written alone, which ends the name before it ("甲区" + "乙" + "街道" names 乙街道). */
const UNIT_WORD = new RegExp(`^${unitSuffixAlternatives(PLACE_UNIT_SUFFIXES)}$`, 'u');

/** Single characters that open no name: pronouns, quantifiers, particles and time words ("各小区", "本街道", "该区"). */
const NOT_IN_NAME = /^[各该本全我你他她此每其某哪这那余个的之了和与及或在对到从向于给把被将由等年月日后前内外上下已新老旧原整大小多两几次批]$/u;

/** Tags of a word that opens no name: numerals, measure words, prepositions, conjunctions, particles, pronouns, adverbs. */
const NOT_A_NAME_TAG = /^(?:m|mq|q|p|c|u[a-z]*|r[a-z]*|d|y|e|o|x|w|eng)$/u;

/**
 * Tags of a verb or an adjective: characters so tagged before a unit say what kind of estate it is ("弃" + "管" + "小区",
 * "棚" + "改" + "片区"), unless another character of the name is tagged a name's.
 */
const VERB_OR_ADJECTIVE_TAG = /^(?:v[a-z]*|a[a-z]*)$/u;

/** Tags the tagger gives a proper name or a character of one (a surname read as nr, a rare character as ng or zg). */
const NAME_PART_TAG = /^(?:nr[a-z]*|ns|nz|nt|ng|zg|j)$/u;

/**
 * Words before a unit that name a kind of town or estate, though the tagger may read them as a place ("新建" is also a
 * county's name): "新建小区", "中心镇", "示范社区".
 */
const GROUND_KIND = /^(?:新建|在建|已建|中心|重点|示范|试点|特色|老旧|弃管|棚改|拆迁|安置|回迁|还建|保障|商品|周边|城中|城郊|城关|农村|乡村|集镇|建制|新型)$/u;

/** Kinds of zone written short before 区, not names ("经开区" for 经济技术开发区, "高新区"). */
const ZONE_KIND_SHORT = /^(?:经开|高新|保税|综保|自贸)$/u;

/** Whether the words before a unit name a kind of zone, town or estate rather than one ("高新", "中心", "弃管"). */
function isKindNotName(name: string): boolean {
  return ZONE_KIND_SHORT.test(name) || GROUND_KIND.test(name);
}

/** The most characters of a name read before its unit. */
const MAX_NAME_CHARS = 4;

/** A place a question names on the ground: its name without the unit word, and the unit ("甲乙小区" → 甲乙, 小区). */
export interface NamedGround {
  name: string;
  unit: string;
}

/**
 * The places on the ground a text names by a proper name and a unit word ("甲乙镇", "丙丁小区"), including names the
 * tagger cuts into characters ("丙" + "丁" + "小区"). A word before the unit that is a common word
 * ("改造小区", "老旧小区", "试点社区", "花园小区") is no name: a two-character word counts only when tagged a name, and
 * never when it names a kind (GROUND_KIND).
 */
export function namedGrounds(text: string): NamedGround[] {
  const tokens = getJieba().tag(text.normalize('NFKC'), false);
  const out: NamedGround[] = [];
  tokens.forEach((token, i) => {
    const whole = NAMED_GROUND_UNITS.find((unit) => token.word.length > unit.length && token.word.endsWith(unit));
    if (whole && token.tag === 'ns') {
      const name = token.word.slice(0, -whole.length);
      if (name.length >= 2 && !AREA_KIND.test(token.word) && !NOT_IN_NAME.test(name[0]) && !isKindNotName(name)) out.push({ name, unit: whole });
      return;
    }
    if (!NAMED_GROUND_UNITS.includes(token.word)) return;
    let name = '';
    let named = false;
    let verbal = false;
    for (let j = i - 1; j >= 0; j--) {
      const { word, tag } = tokens[j];
      if (!/^\p{Script=Han}+$/u.test(word) || NOT_A_NAME_TAG.test(tag) || UNIT_WORD.test(word) || name.length + word.length > MAX_NAME_CHARS) break;
      const namePart = word.length === 1 ? !NOT_IN_NAME.test(word) : word.length === 2 && NAME_PART_TAG.test(tag);
      if (!namePart) break;
      name = word + name;
      named ||= NAME_PART_TAG.test(tag);
      verbal ||= VERB_OR_ADJECTIVE_TAG.test(tag);
      if (word.length > 1) break;
    }
    if (name.length >= 2 && !(verbal && !named) && !isKindNotName(name)) out.push({ name, unit: token.word });
  });
  return out;
}

/** Words of a document written for one estate, village or community alone: "本小区…", "本村…". */
const SPEAKS_FOR_ONE_PLACE = /本(?:小区|园区|村|社区|片区)/u;

/** A body of one estate, village or community issuing a document: its 业主委员会, 村民委员会, 物业 firm. */
const BODY_OF_ONE_PLACE = /业主(?:委员会|大会)|[村居]民委员会|物业(?:服务|管理)?(?:企业|公司|处|中心)$/u;

/**
 * Whether a quoted document is one place's own: its quote or title speaks for that place alone ("本小区加装电梯每台补助…")
 * or its issuer is that place's body. Its rule is that place's, whatever the place is called ("甲乙嘉园").
 */
export function isOnePlacesOwn(quoteAndTitle: string, issuer: string): boolean {
  return SPEAKS_FOR_ONE_PLACE.test(quoteAndTitle) || BODY_OF_ONE_PLACE.test(issuer);
}

/**
 * Whether a text (normalized for matching) names a place on the ground: its name, or the name's last two characters
 * or more, as a city may be written before it ("甲市乙丙小区" read as 甲乙丙 when the tagger takes 甲 for a name).
 */
export function namesGround(text: string, ground: NamedGround): boolean {
  const name = normalizeForMatch(ground.name);
  return [...Array(Math.max(0, name.length - 1)).keys()].some((from) => text.includes(name.slice(from)));
}

/** Units of one kind of ground: a town or a street of a city; an estate or a community within one. */
const GROUND_KINDS: readonly (readonly string[])[] = [
  ['镇', '乡', '街道'],
  ['小区', '片区', '社区'],
];

/** Whether two grounds are of one kind (a 镇 and a 街道 are; a 镇 and a 小区 are not). */
export function sameGroundKind(a: NamedGround, b: NamedGround): boolean {
  return GROUND_KINDS.some((kind) => kind.includes(a.unit) && kind.includes(b.unit));
}

/**
 * A question asking what a place itself did or holds: a count, a total, progress or a list ("甲镇今年完成多少户",
 * "乙街道改造了几个小区", "丙小区外墙保温完成了吗", "丁社区有哪些项目"). A city's figure answers none of these for it.
 */
const ASKS_TALLY_OF_PLACE = new RegExp(
  `完成|进展|进度|开工|竣工|建成|了吗|了没|累计|总共|一共|合计|共计|共有|(?:多少|几)\\s*[${HOLDINGS_COUNTERS}]|名单|哪些|哪几`,
  'u',
);

/** Whether a question asks a count, total, progress or list of the place it names, not a rule that holds there. */
export function asksTallyOfPlace(question: string): boolean {
  return ASKS_TALLY_OF_PLACE.test(question);
}

/**
 * A figure stated as a rule for every unit it covers: per unit ("每台补助8万元", "每人每季度", "每平方米") or as a
 * standard, cap or floor ("补助标准为…", "最高不超过20万元").
 */
const RULE_FIGURE = /每|标准|不超过|不高于|不低于|不少于|最高|最多|上限|以上|以下|以内/u;

/**
 * Whether a sentence states a rule rather than a tally: no figure at all (a procedure, a condition: "已经享受过补助的
 * 单元，不再重复补助"), or figures given per unit or as a standard, with nothing stated as done (DONE_CLAUSE: "已完成
 * 320台，每台补助…") and no total of the whole city ("全市今年完成1400户").
 */
export function statesRuleNotTally(sentence: string): boolean {
  const digits = withoutArticleNumbers(figuresAsDigits(sentence));
  if (!/\d/u.test(withoutStatedYears(digits))) return true;
  return RULE_FIGURE.test(digits) && !DONE_CLAUSE.test(sentence) && !statesWholeScopeTotal(digits);
}
