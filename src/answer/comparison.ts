// 比较: "甲和乙在解决停车难上各想了什么办法？" asks the same thing of two sides. Each side is answered on its own
// (its own passages, its own gate) and the two answers are put together, each cited.
import type { Answer, Citation } from '../types.js';
import { ASKED_ALIKE_OF, ASKS_DIFFERENCE, ASKS_WHICH_EARLIER, ASKS_OF_EACH_SIDE, BARE_ASK, CLAUSE_YEAR_POINT, CONDITION_CLAUSE, askedOfOneSide, askedOfOneTimePoint, asksOfEachTimePoint, statesTimePoint, TIME_POINT_PAIR, askedOfPlaceFirst, RATED_AGAINST, UNIT_NAME, asksPartOfPrevious, asksShareOfPrevious, getJieba, withoutStatedYears, normalizeForMatch, WEIGHED_AGAINST, withoutCitationMarks, splitSentences, withoutComparedAgainst, withOwnCityNamed, YEAR_POINT } from '../text/index.js';
import { askedPlaces, placeWrittenIn } from '../text/places.js';
import { documentReference } from '../retrieval/docReference.js';
import { askedFigure, countNounFigure, HAS_FIGURE, holdsShareWord, isCountNoun, statedFigureCount, statesFigure } from '../text/askedFigure.js';
import { CONTENT_ASKING_WORDS } from '../text/questionWords.js';
import { CN_DIGIT_CHARS } from '../text/numerals.js';
import { statesWhen } from '../text/questionTypes.js';

/**
 * "A和B…各/分别/哪边/两份…": the two named sides at the start of a question and the question asked of each. The first
 * side may carry its year ("A2024年和B各是多少").
 */
const SIDES = new RegExp(`^(.*?)(\\p{Script=Han}{2,8}?(?:${YEAR_POINT})?)(?:和|与|跟|同)(\\p{Script=Han}{2,8}?)(?=的|在|为|对|就|关于|有|是|两|各|分别|\\d|已|都)(.*)$`, 'u');

export interface ComparisonSides {
  sides: [string, string];
  questions: [string, string];
  /** The places each side names (a side's answer must be of its own place); empty for a side that is a clause. */
  places: [string[], string[]];
  /** The question compared. */
  question: string;
  /** The year or month each side is, when the sides are two time points ("2023年和2024年…"). */
  times?: [string, string];
}

/**
 * "哪边/哪个/哪一份…提到了X": asks which of the sides holds something, so one side without it is an answer (not
 * "哪个高", which weighs a figure of each side).
 */
const ASKS_WHICH_SIDE = /(?:哪边|哪个|哪一[个方份家边]?|哪份|哪家|哪方|谁)(?:的?(?:文件|答复|材料|回复))?(?:提到|提及|说到|说了|讲到|写到|写了|有没有|规定了|明确了|涉及)了?([^，,。？?！!]*)/u;

/**
 * "…哪个提到了停车？" asks where the thing after the verb is written: a side whose answer holds none of its words (a
 * nearest sentence on another matter) has not mentioned it.
 */
function mentionsAsked(question: string, answer: Answer): boolean {
  const asked = ASKS_WHICH_SIDE.exec(question)?.[1]?.replace(/(?:吗|呢|的内容|的规定|方面)$/u, '') ?? '';
  const words = getJieba().cut(asked, true).filter((w) => w.length >= 2);
  if (!words.length) return true;
  const said = normalizeForMatch(answer.answer);
  return words.some((w) => said.includes(normalizeForMatch(w)));
}

/**
 * A part of one thing, not a second thing: "一期和二期", "第一批和第二批", "上半年和下半年". "兴庆区一期和二期各改造了多少"
 * asks one place about its parts, answered as one question.
 */
const PART_OF_ONE = new RegExp(String.raw`^(?:第?[${CN_DIGIT_CHARS}两\d]+(?:期|批|轮|阶段|季度|年度)|[上下]半年)$`, 'u');

/** A clause that asks something of its own ("A2020年在推进多少个老庭院", "是哪一类"). */
// Not CONTENT_ASKING_WORDS (src/text/questionWords.ts) with the whether-words: 怎样 was never here and 啥 is, and
// aligning them would change which questions split in two.
const ASKING_CLAUSE = /多少|几|什么|哪|怎么|如何|是否|有没有|吗|谁|啥/u;
const MIN_CLAUSE_CHARS = 6;
/** A topic clause and the two asks of it ("公共收益用于维修的比例，现在执行的是多少，征求意见稿拟改成多少"). */
const TOPIC_AND_TWO_ASKS = 3;

/**
 * "国家要求2020年新开工改造多少小区，A2020年在推进多少个老庭院？", "…第9号是答复哪位委员的？是哪一类？": two clauses
 * (or two questions in one line), each asking its own question, are the two sides (each labelled by its clause). The
 * second is asked of the document, place and year the first one named and it leaves unsaid.
 */
function askingClauses(question: string): ComparisonSides | undefined {
  const all = question.replace(/[？?。！!]+$/u, '').split(/[，,；;？?]/u).map((c) => c.trim());
  // "公共收益用于维修的比例，现在执行的是多少，征求意见稿拟改成多少": a first clause asking nothing names what both
  // asks after it are of; each is asked with it.
  // Not when the last ask is a share of the figure before it ("完成投资多少，占全年计划几成"): that is one question.
  // Nor when the first clause is a condition ("如果一楼住户不同意，还能装吗，怎么办"): the asks under it are one.
  const topic = all.length === TOPIC_AND_TWO_ASKS && !ASKING_CLAUSE.test(all[0]) && !CONDITION_CLAUSE.test(all[0]) && !asksShareOfPrevious(all[2]) ? all[0] : '';
  const clauses = topic ? all.slice(1) : all;
  if (clauses.length !== 2 || !clauses.every((c) => ASKING_CLAUSE.test(c))) return undefined;
  if (topic) {
    const [a, b] = clauses.map((c) => `${topic}${c}`);
    return { sides: [clauses[0], clauses[1]], questions: [`${a}？`, `${withContextOf(a, b)}？`], places: clausePlaces(clauses[0], clauses[1]), question };
  }
  const [a, b] = clauses;
  const second = withContextOf(a, b);
  // A short second ask ("能分期吗", "占比多少") leaves its topic to the first: the question is answered as one. Not
  // when the first names a document by its 文号: "是哪一类" is then asked of that document, a whole question.
  const ofNamedDocument = !!documentReference(a) && !documentReference(b);
  if (a.length < MIN_CLAUSE_CHARS || (b.length < MIN_CLAUSE_CHARS && !ofNamedDocument)) return undefined;
  return { sides: [a, b], questions: [`${a}？`, `${second}？`], places: clausePlaces(a, b), question };
}

/**
 * "A几天办完，B市几天": two clauses each naming a place of its own, other than the other's, are asked of those
 * places, so each clause's answer must be of its own place (ofSide); clauses sharing a place or naming none: no check.
 */
function clausePlaces(first: string, second: string): [string[], string[]] {
  const [a, b] = [askedPlaces(first), askedPlaces(second)];
  return a.length && b.length && !a.some((p) => b.includes(p)) ? [a, b] : [[], []];
}

/** A year as a clause writes it ("2024年"). */
const CLAUSE_YEAR = /(?:19|20)\d{2}\s*年/u;

/** The first place a clause names, as written there with its suffix ("甲区", "乙县"). */
function placeAsWritten(clause: string): string | undefined {
  return askedPlaces(clause).map((stem) => placeWrittenIn(clause, stem)).find(Boolean);
}

/**
 * The second clause with the document, place and year the first one set, when it names no document or place of its
 * own: "甲区2024年计划改多少个小区，实际完成了多少个" asks the second of 甲区 in 2024 too, not of the whole city in
 * any year; "青阳2020年完成了多少个，乙县要求到什么程度" asks the second of 乙县 alone.
 */
function withContextOf(first: string, second: string): string {
  const elliptic = askedOfOtherPlace(first, second);
  if (elliptic) return elliptic;
  if (documentReference(second) || askedPlaces(second).length) return second;
  const document = documentReference(first)?.text;
  if (document) return `${document}${second}`;
  const place = placeAsWritten(first);
  const year = CLAUSE_YEAR.test(second) ? undefined : first.match(CLAUSE_YEAR)?.[0];
  return `${place ?? ''}${year ?? ''}${second}`;
}

/**
 * "甲区改造后物业覆盖率是多少，A2024年是多少": a second clause naming only another place (and a year) asks the
 * first clause's question of that place: the first with its place (and year) replaced, not a bare "A2024年是多少"
 * that any sentence of the place with a figure answers. Undefined when the second asks something of its own.
 */
function askedOfOtherPlace(first: string, second: string): string | undefined {
  const place = placeAsWritten(second);
  const own = placeAsWritten(first);
  if (!place || !own || own === place) return undefined;
  const year = second.match(CLAUSE_YEAR_POINT)?.[0];
  const rest = second.replace(place, '').replace(CLAUSE_YEAR_POINT, '').replace(/\s+/gu, '');
  if (!BARE_ASK.test(rest)) return undefined;
  const firstYear = first.match(CLAUSE_YEAR_POINT)?.[0];
  // "甲区改造后到2024年底…，乙区2023年是多少": the year stands where the first clause's did, after its "到".
  if (year && firstYear) return first.replace(firstYear, year).replace(own, place);
  return first.replace(own, `${place}${year ?? ''}`);
}

/** A conjunction joining two sides ("A和B"). */
const JOINS = /^(?:和|与|跟|同|及)$/u;

/**
 * "A和B加装电梯时一楼住户要不要出钱？": two places joined at the question's start are two sides, whatever follows
 * them (the tagger knows both as places); the rest is asked of each.
 */
function placeSides(question: string): ComparisonSides | undefined {
  const tokens = getJieba().tag(question, false);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!JOINS.test(tokens[i].word) || !placePair(tokens[i - 1], tokens[i + 1])) continue;
    const before = tokens.slice(0, i - 1).map((t) => t.word).join('');
    // The second side runs on over the places that narrow it ("A甲区", "B乙区"): the rest is what is asked.
    let end = i + 2;
    while (end < tokens.length && isPlaceToken(tokens[end])) end++;
    const rest = askedOfOneSide(tokens.slice(end).map((t) => t.word).join('').replace(/各自|各|分别/gu, ''));
    const [a, b] = [tokens[i - 1].word, tokens.slice(i + 1, end).map((t) => t.word).join('')];
    // Asked of the narrowest place: a district's sentences name the district; its city is said once, in the opening.
    const narrowest = tokens[end - 1].word;
    return { sides: [a, b], questions: [`${before}${a}${rest}`, `${before}${narrowest}${rest}`], places: [placesOf(a), placesOf(b)], question };
  }
  return undefined;
}

/** A place name ("甲区", tagged ns) or a district's name the tagger takes for a person's ("乙区"). */
function isPlaceToken(token: { word: string; tag: string }): boolean {
  return token.tag === 'ns' || askedPlaces(token.word).length > 0;
}

/**
 * Two places joined: both tagged places, or one a place and the other a short name the tagger takes for a person's
 * ("A和B", "甲和乙"), as it does with many place names.
 */
function placePair(a: { word: string; tag: string }, b: { word: string; tag: string }): boolean {
  const placeOrName = (t: { word: string; tag: string }) => t.tag === 'ns' || (t.tag === 'nr' && /^\p{Script=Han}{2,3}$/u.test(t.word));
  return (a.tag === 'ns' || b.tag === 'ns') && placeOrName(a) && placeOrName(b);
}

/** The places a side names ("A甲区" → A, 甲); a short name the tagger does not know as a place is itself. */
function placesOf(side: string): string[] {
  const places = askedPlaces(side);
  if (places.length) return places;
  const tokens = getJieba().tag(side, false);
  return tokens.length === 1 && tokens[0].tag === 'nr' && /^\p{Script=Han}{2,3}$/u.test(side) ? [side] : [];
}

/** A place name, or one short word the tagger takes for a name or a place word (a city's name tagged s) standing alone. */
function namesPlace(side: string): boolean {
  if (askedPlaces(side).length) return true;
  const tokens = getJieba().tag(side, false);
  return tokens.length === 1 && /^(?:ns|nr|s)$/u.test(tokens[0].tag) && /^\p{Script=Han}{2,3}$/u.test(side);
}

/**
 * The place of the first clause weighed against another place: the same question asked of each, the second with the
 * other place in the first one's stead (its year and topic kept). Undefined when the first clause names no place.
 */
function weighedAgainst(question: string): ComparisonSides | undefined {
  const m = question.match(WEIGHED_AGAINST) ?? question.match(ASKED_ALIKE_OF);
  if (!m) return undefined;
  const [, first, againstPlace, alsoPlace] = m;
  const other = againstPlace ?? alsoPlace;
  const place = placeAsWritten(first);
  if (!place || !namesPlace(other) || first.includes(other)) return undefined;
  const ask = askedOfPlaceFirst(first.replace(/[？?。！!\s]+$/u, ''), place);
  return { sides: [place, other], questions: [`${ask}？`, `${ask.replace(place, other)}？`], places: [placesOf(place), placesOf(other).length ? placesOf(other) : [other]], question };
}

/**
 * A topic, then one place rated against another ("工资保证金单个工程的最高额度，甲区比乙县高吗"): the topic asked of each
 * place ("甲区工资保证金单个工程的最高额度是多少？"), with the part of it named beside the first place ("甲区的新建项目").
 * Undefined when either side names no place.
 */
function ratedAgainst(question: string): ComparisonSides | undefined {
  const m = question.match(RATED_AGAINST);
  if (!m) return undefined;
  const [, topic, first, part, other] = m;
  const sides = [first, other];
  if (!sides.some(namesPlace) || !sides.every((side) => namesPlace(side) || UNIT_NAME.test(side)) || first === other) return undefined;
  const ask = (place: string) => `${place}${topic}${part ? `的${part}` : ''}是多少？`;
  return { sides: [first, other], questions: [ask(first), ask(other)], places: [placesOf(first).length ? placesOf(first) : [first], placesOf(other).length ? placesOf(other) : [other]], question };
}

/**
 * The sides of a comparison; `ownCity` (the library's city, "A市") is a side however the asker names it ("我们市",
 * "A"), so its side is asked of the city the documents name.
 */
export function comparisonSides(question: string, ownCity?: string): ComparisonSides | undefined {
  const sides = sidesOf(withOwnCityNamed(question, ownCity, { asSide: true }));
  return sides && !sides.sides.some((s) => PART_OF_ONE.test(s)) ? sides : undefined;
}

/**
 * "甲区2023年和2024年改造的小区数一样吗", "乙县的开工率，6月底和7月底分别是多少": two years or months joined are two
 * sides, split as places are; each side asks the whole question of its own time point.
 */
function timeSides(question: string): ComparisonSides | undefined {
  const m = question.match(TIME_POINT_PAIR);
  if (!m || m.index === undefined || !asksOfEachTimePoint(question)) return undefined;
  const [pair, a, b] = m;
  const before = question.slice(0, m.index);
  const rest = askedOfOneTimePoint(question.slice(m.index + pair.length));
  return { sides: [a, b], questions: [`${before}${a}${rest}`, `${before}${b}${rest}`], places: [[], []], question, times: [a, b] };
}

function sidesOf(question: string): ComparisonSides | undefined {
  const timed = timeSides(question);
  if (timed) return timed;
  const weighed = weighedAgainst(question) ?? ratedAgainst(question);
  if (weighed) return weighed;
  if (!ASKS_OF_EACH_SIDE.test(question)) return placeSides(question) ?? askingClauses(question);
  const m = question.match(SIDES);
  if (!m) return placeSides(question) ?? askingClauses(question);
  const [, before, a, b, rest] = m;
  const ask = (side: string) => `${before}${side}${askedOfOneSide(rest.replace(/^的?两份/u, '的').replace(/各自|各|分别/gu, ''))}`;
  return { sides: [a, b], questions: [ask(a), ask(b)], places: [placesOf(a), placesOf(b)], question };
}

function shifted(text: string, by: number): string {
  return text.replace(/\[(\d+)\]/gu, (_, n: string) => `[${Number(n) + by}]`);
}

/**
 * Whether a side's answer is of its own place: a cited sentence, its heading or title, or its document's issuer
 * (originOf) names one of the side's places. "A…各有多少台" answered for A with a B news item is not.
 */
function ofSide(places: string[], answer: Answer, originOf: (docId: string) => string | undefined, otherPlaces: string[] = []): boolean {
  if (!places.length) return true;
  const names = (text: string, of: string[]) => of.some((p) => normalizeForMatch(text).includes(normalizeForMatch(p)));
  // "A…也有吗" led by A's reply quoting "甲区对…奖补5万元": an answer whose first sentence names the other
  // side's place and not its own gives the other side's fact, whoever wrote it.
  const lead = answer.citations[0];
  // A place the sentence only measures itself against ("我区…比甲区高2万元") is not the place it speaks of.
  if (lead && names(withoutComparedAgainst(lead.quote), otherPlaces) && !names(lead.quote, places)) return false;
  return answer.citations.some((c) => names(`${c.quote} ${c.section} ${c.title} ${originOf(c.docId) ?? ''}`, places));
}

/**
 * Whether two answers quote the same sentences of the same passages (whatever their order) and say the same: two
 * rows of one table quoted under its one caption ("A市：…14万元", "B市：…10万元") are two answers.
 */
function sameQuotes(a: Answer, b: Answer): boolean {
  const quotes = (x: Answer) => x.citations.map((c) => `${c.chunkId}\u0000${c.quote}`).sort().join('\u0001');
  const said = (x: Answer) => normalizeForMatch(withoutCitationMarks(x.answer));
  return a.citations.length > 0 && quotes(a) === quotes(b) && said(a) === said(b);
}

/** Whether a side's answer speaks of its own year or month: a cited sentence, its heading or its title states it. */
function ofTimePoint(point: string | undefined, answer: Answer): boolean {
  return !point || answer.citations.some((c) => statesTimePoint(`${c.quote} ${c.section} ${c.title}`, point));
}

/**
 * Whether a side asking its place's part of the first side's figure ("2025年全市计划改造多少个小区，其中甲区占多少")
 * is answered by a figure of that kind (a count of 个 here; any figure when the first names no unit) or a share: a
 * sentence on the place with none ("甲区…发生一起事故", "…计划2025年底前出台") is not its part. Other sides: true.
 */
function statesPartAsked(compared: ComparisonSides, i: number, answer: Answer): boolean {
  if (i === 0 || !asksPartOfPrevious(compared.sides[i])) return true;
  const figure = askedFigure(compared.questions[0]) ?? HAS_FIGURE;
  return answer.citations.some((c) => statesFigure(withoutStatedYears(c.quote), figure) || holdsShareWord('比例', c.quote));
}

/**
 * Whether a side of "甲区和乙区的完工时间哪个早" is answered by a time of what is asked: a cited sentence states
 * a time (a date, or one fixed by an event or a span) and holds a content word of the question. A sentence stating the
 * time of another thing ("另安排奖补资金，于9月底前拨付") gives nothing to set against the other side's date.
 * Other questions: true.
 */
function statesTimeWeighed(compared: ComparisonSides, answer: Answer): boolean {
  if (!ASKS_WHICH_EARLIER.test(compared.question)) return true;
  const words = sideContentWords(compared.question).map(normalizeForMatch);
  const sentences = answer.citations.flatMap((c) => splitSentences(c.quote).map((s) => s.text));
  return sentences.some((s) => statesWhen(s) && words.some((w) => normalizeForMatch(s).includes(w)));
}

/** A figure asked ("多少", "几批"). */
const ASKS_FIGURE = /多少|几/u;
/** A side this short leaves its topic to the other one ("户数", "分几批", "后来调成了多少", "其中甲区占几个"). */
const ELLIPTIC_SIDE_CHARS = 8;
/** A figure and the other figure it stands beside in one sentence: at least two figures stated. */
const FIGURES_SIDE_BY_SIDE = 2;
/** Words of a side that name no content a sentence must repeat: figures asked, times, places, measure words. */
const NO_CONTENT_TAG = /^(?:m|t|ns|q|r|y|u\w*|p|c|d)$/u;

/**
 * The words of a short side a sentence answering it must hold ("加装电梯多少" → 加装电梯): none of its asking words,
 * times, places or count nouns ("户数" asks a figure, stated "19600户").
 */
function sideContentWords(side: string): string[] {
  return getJieba()
    .tag(side, false)
    .filter((t) => t.word.length >= 2 && !NO_CONTENT_TAG.test(t.tag) && !isCountNoun(t.word) && !CONTENT_ASKING_WORDS.some((w) => t.word.includes(w)) && !askedPlaces(t.word).length)
    .map((t) => t.word);
}

/**
 * "2025年计划改造的小区数和户数分别是多少", "市级补助资金是多少，分几批", "原来是多少，后来调成了多少": the other side's
 * answer quotes one sentence stating both figures ("…150个，涉及居民19600户", "1.6亿元，分两批下达", "由40元调整为50元").
 * The short side `i` is answered by that sentence when it states a figure of the kind `i` asks beside another, names the
 * places `i` names and holds its content words. Not for places or time points compared (each must be its own
 * sentence), nor a difference asked (see withStatedDifference).
 */
function answeredAlongside(compared: ComparisonSides, i: number, other: Answer): boolean {
  const side = compared.sides[i];
  const question = compared.questions[i];
  if (compared.times || compared.places.some((p) => p.length) || side.length > ELLIPTIC_SIDE_CHARS) return false;
  if (!compared.questions.every((q) => ASKS_FIGURE.test(q)) || ASKS_DIFFERENCE.test(question)) return false;
  const figure = askedFigure(question) ?? countNounFigure(side) ?? HAS_FIGURE;
  const places = askedPlaces(side);
  const words = sideContentWords(side);
  const holds = (text: string, word: string) => normalizeForMatch(text).includes(normalizeForMatch(word));
  return other.citations.some(
    (c) =>
      statedFigureCount(c.quote) >= FIGURES_SIDE_BY_SIDE &&
      statesFigure(withoutStatedYears(c.quote), figure) &&
      places.every((p) => holds(c.quote, p)) &&
      words.every((w) => holds(c.quote, w)),
  );
}

/**
 * Both sides' answers in one, citations renumbered in order; undefined when neither side is answered. A comparison is
 * answered only when both sides are, each from its own place: half an answer reads as the whole of it, so with one
 * side missing the answer is not given (answered: false), saying which side the library lacks and quoting the other.
 * Both sides answered with the same quotes are answered once, unlabelled.
 */
export function combineSides(
  compared: ComparisonSides,
  answers: [Answer, Answer],
  originOf: (docId: string) => string | undefined = () => undefined,
): Pick<Answer, 'answered' | 'answer' | 'citations' | 'retrieved'> | undefined {
  const { sides } = compared;
  const whichSide = ASKS_WHICH_SIDE.test(compared.question);
  const own = answers.map((a, i) => a.answered && statesPartAsked(compared, i, a) && statesTimeWeighed(compared, a) && ofSide(compared.places[i], a, originOf, compared.places[1 - i]) && ofTimePoint(compared.times?.[i], a) && (!whichSide || mentionsAsked(compared.question, a)));
  // A side the other side's sentence answers too is answered by that sentence: both sides then quote the same.
  const alongside = own.map((ok, i) => !ok && own[1 - i] && !whichSide && answeredAlongside(compared, i, answers[1 - i]));
  const found = own.map((ok, i) => ok || alongside[i]);
  const retrieved = [...answers[0].retrieved, ...answers[1].retrieved];
  const given = answers.map((a, i) => (alongside[i] ? answers[1 - i] : a)) as [Answer, Answer];
  // Two years or months, neither answered by a sentence of its own: one sentence answered as the whole question would
  // give one time point's figure (or neither) for both.
  if (!found.some(Boolean) && compared.times) return { answered: false, answer: `现有文件中没有找到分别写明${sides.join('和')}的内容，无法两方对照作答。`, citations: [], retrieved };
  if (!found.some(Boolean)) return undefined;
  const lines: string[] = [];
  const citations: Citation[] = [];
  given.forEach((a, i) => {
    if (!found[i]) return;
    lines.push(`${sides[i]}：${shifted(a.answer, citations.length)}`);
    citations.push(...a.citations.map((c) => ({ ...c, n: c.n + citations.length })));
  });
  const missing = sides.filter((_, i) => !found[i]).join('、');
  // "…哪边提到了X？" asks which side holds it: the side without it is part of the answer.
  if (whichSide) {
    return { answered: true, answer: [...lines, ...(missing ? [`${missing}：现有文件中没有找到相关内容。`] : [])].join('\n'), citations, retrieved };
  }
  if (found.every(Boolean)) {
    // Both sides quoting the same sentences of the same passages are one answer: given once, not twice under two labels.
    if (sameQuotes(given[0], given[1])) return { answered: true, answer: given[0].answer, citations: given[0].citations, retrieved };
    return { answered: true, answer: lines.join('\n'), citations, retrieved };
  }
  return { answered: false, answer: [`现有文件中没有找到${missing}的相关内容，无法两方对照作答。文件中只有：`, ...lines].join('\n'), citations, retrieved };
}
