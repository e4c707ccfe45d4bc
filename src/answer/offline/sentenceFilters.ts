// Which sentences of a document can be quoted as an answer, and how a long one is cut down to its point.
import { BOILERPLATE, isBlankField, REPLY_HEADER_FIELD } from '../../text/boilerplate.js';
import { HEADING_MARKER, stripListMarker } from '../../text/markers.js';
import { SECTION_SEPARATOR } from '../../text/sectionPath.js';
import { isItemLine, sentenceFollowedBySiblingItem } from '../../text/sectionLabels.js';
import { normalizeForMatch } from '../../text/simplify.js';
import type { Passage } from '../../grounding/passages.js';
import { coverage, type WeightedTerm } from './termWeights.js';
import { statesAmount, statesFigure } from '../../text/askedFigure.js';
import { QUOTED_CLAUSE, restatesRequest, TURNING_WORDS } from '../../text/clauses.js';
import { endsAsQuestion, type Sentence } from '../../text/sentences.js';
import { isFigureRow } from '../../text/tables.js';

/** A sentence whose subject is "该项目", "此工程"…: what it is about is named in the sentence before. */
export const REFERS_TO_SUBJECT = /^(?:该|此|这一?|上述)(?:项目|工程|小区|路段|建议|提案|方案|工作|问题|政策)/;

/** The document's own title repeated in its text (a header line) is not an answer. */
export function isTitleLine(sentence: string, passage: Passage): boolean {
  const title = normalizeForMatch(passage.chunk.title);
  return title.length > 0 && (title.includes(sentence.replace(/[。！？!?]$/, '')) || sentence.includes(title));
}

const ENDS_SENTENCE = /[。！？!?；;：:…”’」』）)]$/;
/** What headings and document titles end with: the name of a kind of document or of a part of one. */
const HEADING_NOUN = /(?:方案|办法|意见|通知|规定|细则|答复|复函|建议|提案|议案|目标|原则|安排|情况|措施|要求|任务|范围|内容|文件|报告|决定|规划|纲要|标准|机制|说明|附件|意见表|汇总表|一览表|清单|问答|解读|公告|通报|函)$/;

/**
 * "（二）4月15日前，全部项目开工。": a numbered line read as a section's heading that is the whole of its section, a
 * statement in clauses closed by a full stop: an item of a list, which states what it says.
 */
function isItemAlone(sentence: string, passage: Passage): boolean {
  return /[。；;]$/u.test(sentence) && normalizeForMatch(passage.chunk.text) === normalizeForMatch(sentence);
}

/**
 * "（三）方案初稿曾提出每户补助800元，最终确定为每户500元。各区可以…": the first sentence of a long item line,
 * which the chunker names the item's section by, states an amount and goes on with another sentence on its line. A
 * heading names a topic (a stage's months at most: "（一）项目申报阶段（2024年1月—3月）。"); a clause closed by a full
 * stop that states an amount is the item's statement, and the sentence after it on its line is its second sentence.
 */
function opensItemStatement(sentence: string, passage: Passage): boolean {
  if (!/[。；;]$/u.test(sentence) || !statesAmount(stripListMarker(sentence))) return false;
  const line = passage.chunk.text.split('\n').find((l) => l.trim().startsWith(sentence));
  return !!line && line.trim().length > sentence.length;
}

/**
 * A title or heading standing on its own line ("某省A市区2022年城镇老旧小区改造实施方案", "二、工作原则"): it
 * names a topic and states nothing, so it never serves as an answer sentence. Label lines ("联系人：陈绍军") and
 * table rows with a figure are data and stay.
 */
export function isHeadingLike(sentence: string, passage: Passage): boolean {
  const text = sentence.trim();
  // "甲区\t78.6\t中": a table row is as short as a heading and as bare of punctuation, but states its figures.
  if (isFigureRow(text)) return false;
  const norm = normalizeForMatch(text).replace(/[。！？!?]$/, '');
  const title = normalizeForMatch(passage.chunk.title);
  if (title && (title.includes(norm) || (norm.includes(title) && norm.length <= title.length + 12))) return true;
  // "(二)科学谋划项目,完善申报机制。": a heading written with a full stop is still the heading its section is named by.
  const sections = passage.chunk.sectionPath.split(SECTION_SEPARATOR).map((x) => normalizeForMatch(x).replace(/[。！？!?：:]$/, ''));
  // An item's line heading its section ("问题二：维修资金续筹率偏低，仅为18%。") states the item: it is quoted, as it was
  // before items headed sections.
  // So does a list's item kept atop the next items of its list ("（三）…不得设置在楼道内。" over "（四）…").
  if (norm.length >= 4 && sections.includes(norm.replace(/[。！？!?：:]$/, '')) && !isItemAlone(text, passage) && !isItemLine(text) && !sentenceFollowedBySiblingItem(text, passage.chunk.text) && !opensItemStatement(text, passage)) return true;
  if (ENDS_SENTENCE.test(text) || /[：:]/.test(text) || text.length > 60) return false;
  if (HEADING_MARKER.test(text) && text.length <= 40) return true;
  return HEADING_NOUN.test(text) || (!/[，,、；;]/.test(text) && text.length <= 30);
}

/** "……的签发人是谁？" names the header field it wants: that field line may answer it. */
export function asksForHeaderField(question: string, sentence: string): boolean {
  const field = sentence.trim().match(REPLY_HEADER_FIELD);
  return !!field && question.replace(/\s+/g, '').includes(field[0].replace(/[\s:：]/g, ''));
}

/** Rules drawn with "=====" or "-----", blank form fields and lines with hardly any words are page layout, not statements. */
export function isLayoutJunk(sentence: string): boolean {
  return REPLY_HEADER_FIELD.test(sentence.trim()) || isBlankField(sentence) || /([=\-_*~#—])\1{4,}/.test(sentence) || ((sentence.match(/\p{Script=Han}/gu) ?? []).length < 4 && (sentence.match(/[A-Za-z]{2,}/g) ?? []).length < 4);
}

/** A news item's source tag and byline ("【财新网】(记者 沈凡)") before its first sentence. */
const BYLINE = /^【[^】]{1,12}】\s*(?:[(（](?:记者|通讯员)[^)）]{0,20}[)）])?\s*/;

/**
 * "2019年,2019年,兴庆区计划……" (a word doubled in the source) → "2019年,兴庆区计划……", and without a leading byline;
 * the quote stays a substring of the source.
 */
export function dropRepeatedOpening(sentence: string): string {
  const bare = sentence.replace(BYLINE, '');
  const m = bare.match(/^([^，,]{2,12})[，,]\s*\1(?=[，,])/u);
  return m ? bare.slice(m[1].length).replace(/^[，,]\s*/, '') : bare;
}

/** "……收悉，现将办理情况答复如下：": a reply's receipt line, which names the proposal and says nothing of the answer. */
const REPLY_OPENING = /(?:答复|回复|复函|函复|报告|说明)如下[:：]?|收悉|已转交/;

export function isReplyOpening(sentence: string): boolean {
  return REPLY_OPENING.test(sentence) || BOILERPLATE.test(sentence);
}

/** For a long sentence, the run of clauses that holds the question's terms, so the quote stays short. */
export function trimLongSentence(sentence: string, terms: WeightedTerm[], figure: RegExp | undefined, max: number): string {
  if (sentence.length <= max) return sentence;
  // A clause too long to quote whole (a list of 28 names ending in "等28个社区") is cut at its enumeration commas.
  const clauses = (sentence.match(QUOTED_CLAUSE) ?? [sentence]).flatMap((c) => (c.length > max ? (c.match(/[^、]+、?/g) ?? [c]) : [c]));
  let best = { from: 0, to: clauses.length, score: -1 };
  for (let from = 0; from < clauses.length; from++) {
    let text = '';
    for (let to = from; to < clauses.length; to++) {
      text += clauses[to];
      if (text.length > max) break;
      // Clause runs are compared among themselves: the figure asked for comes first (the answer is the figure), then a
      // formula clause loses, and shorter wins a tie.
      const penalty = BOILERPLATE.test(text) ? 0.3 : 0;
      const score = coverage(terms, normalizeForMatch(text)) + (figure && statesFigure(text, figure) ? 2 : 0) - penalty - text.length / 5000;
      if (score > best.score) best = { from, to: to + 1, score };
    }
  }
  let quote = clauses.slice(best.from, best.to).join('').replace(/[，,；;：:、]$/, '');
  if (best.from > 0) quote = `……${quote}`;
  if (best.to < clauses.length) quote = `${quote}……`;
  return quote;
}

/** Leading clauses of a text up to `max` characters (the point's marker and measure come first). */
export function leadingClauses(text: string, max: number): string {
  if (text.length <= max) return text;
  const clauses = text.match(QUOTED_CLAUSE) ?? [text];
  let out = '';
  for (const c of clauses) {
    if (out && out.length + c.length > max) break;
    out += c;
  }
  if (out.length > max) out = out.slice(0, max);
  return `${out.replace(/[，,；;：:]$/, '')}……`;
}

/** True when one sentence repeats the other (same chunk text indexed twice, or overlapping chunks). */
export function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short.replace(/^……|……$/g, ''))) return true;
  const grams = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const ga = grams(short);
  const gb = grams(long);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return ga.size > 0 && shared / ga.size > 0.8;
}

/** A timestamp or source line between a headline and its first paragraph ("2025-03-11 08:00 来源:第一财经"). */
const DATELINE = /^\s*(?:\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?|来源|发布时间|作者|编辑|责任编辑)/;

/** A line an answer is read past, not from: a dateline or a layout line. */
function isPassedOver(text: string): boolean {
  return DATELINE.test(text) || isLayoutJunk(text);
}

/**
 * The sentences answering the question asked at `at` (an FAQ's "问一：…能纳入改造吗？要满足什么条件？", a heading asking
 * why; -1 for a passage under such a heading): after any further questions, datelines and layout lines, up to the next
 * question, at most `max`; boilerplate ("感谢您的关心") is passed over and not counted.
 */
export function answersAfterQuestion(sentences: Sentence[], at: number, max: number): Sentence[] {
  let i = at + 1;
  while (i < sentences.length && (endsAsQuestion(sentences[i].text) || isPassedOver(sentences[i].text))) i++;
  const out: Sentence[] = [];
  for (; i < sentences.length && out.length < max && !endsAsQuestion(sentences[i].text); i++) {
    if (!BOILERPLATE.test(sentences[i].text)) out.push(sentences[i]);
  }
  return out;
}

/**
 * A line opening a new part ("三、关于配套绿化", "问题二：收费标准", an unnumbered "关于审批时限"): a heading, not a statement
 * closed by a full stop.
 */
function opensNewPart(text: string): boolean {
  if (/[。；;]$/u.test(text)) return false;
  return HEADING_MARKER.test(text) || /^[^，,。；;]{1,12}[：:][^，,。；;]{1,20}$/u.test(text) || /^[^，,。；;：:！!？?]{2,16}$/u.test(text);
}

/** "此外，…", "另外，…": the reply turns to another matter, not the ask restated before it. */
const TURNS_TO_ANOTHER_MATTER = new RegExp(`^(?:${TURNING_WORDS})`, 'u');

/**
 * The reply's answer to the petitioner's ask restated at `at` ("您建议……。经研究，……。"): the sentences after it, past
 * datelines and layout lines, up to the next restated ask, question, part heading or turn to another matter ("此外，…"), at
 * most `max`; boilerplate is passed over and not counted.
 */
export function repliesAfterRequest(sentences: Sentence[], at: number, max: number): Sentence[] {
  const out: Sentence[] = [];
  for (let i = at + 1; i < sentences.length && out.length < max; i++) {
    const text = sentences[i].text.trim();
    if (restatesRequest(text) || endsAsQuestion(text) || opensNewPart(text) || TURNS_TO_ANOTHER_MATTER.test(text)) break;
    if (isPassedOver(text) || BOILERPLATE.test(text)) continue;
    out.push(sentences[i]);
  }
  return out;
}
