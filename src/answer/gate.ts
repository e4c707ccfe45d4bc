// The evidence gate as `ask` applies it: before the offline engine and before any model call. A question no passage
// passes is refused, saying what the library holds instead when a neighbouring fact exists.
import type { ChatTurn, Chunk, Citation, Searcher } from '../types.js';
import { citationOf, type Passage } from '../grounding/passages.js';
import { analyzeQuestion, answerMismatches, figureOfAnotherUnit, EVIDENCE_GATE_DEFAULTS, holdsFocus, holdsWord, assessEvidence, askedYears, type AnsweringSentence, type ConstraintMismatch, type EvidenceAssessment, type EvidenceGateTuning, type EvidencePassage, type QuestionAnalysis } from '../grounding/evidenceGate.js';
import { ASKS_ABOUT_FORCE, ASKS_EACH_UNIT, formOfNotesAsked, ASKS_PROPOSAL_SUBJECT, holdsNumberedItem, NAMES_PROPOSAL, notesItemAsked, ASKS_WHAT_IS_PROPOSED, ASKS_WHETHER_NOW, asksWhetherSettled, ASKS_SOMETHING_ELSE, PROPOSED, STATES_UNSETTLED, STATES_PUT_OFF, saysAskedFigureApplies, presumedFigureOf, statesFigureAsSettled, STATES_SETTLED, STATES_STILL_WORKED_OUT, endsOnOpenMatter, yearAskedGoingOn, ASKS_DECIDED_DETAIL, mattersPutOff, MATTER_REFERS_BACK, getTokenizer, BOILERPLATE, onlyCountsKindsAsked, DRAFTING_BACKGROUND, extremeAsked, statesExtreme, namesTermOnlyAsClassOfOne, sectionParts, termAskedMeaningOf, getJieba, issuerPlaces, normalizeForMatch, quotedTableFigures, splitSentences, STATES_NOT_IN_FORCE, TITLE_TAIL_CHARS, withCitation, withoutStatedYears, versionNotInForce, whatStillApplies } from '../text/index.js';
import { clausesOf } from '../text/clauses.js';
import { endsAsQuestion } from '../text/sentences.js';
import { ASKS_START_OF_FORCE, ASKS_STILL_APPLIES, STATES_WHETHER_APPLIES } from '../text/inForce.js';
import { inBookTitleMarks } from '../text/bookTitles.js';
import { namedEstate } from '../text/askedNames.js';
import { figuresAsDigits } from '../text/numerals.js';
import { ASKS_END_DAY, statesEndDay, statesLimit } from '../text/deadlines.js';
import { ASKS_HOW_COMPUTED, asksWhichDocument, questionTypeOf, statesComputation } from '../text/questionTypes.js';
import { askedPlaces, placeAskedOwnOf } from '../text/places.js';
import { answerSentences, endsOnNe, newWordsOfFollowUp } from '../text/followUps.js';
import { placeAsWritten, placesOfFigures } from '../text/figurePlaces.js';
import { askedMonthPoint, deadlineMonths, statedMonthPoints, statesOtherMonthOnly } from '../text/monthPoints.js';
import { getSynonyms } from '../text/synonyms.js';
import { DISTRICT_LEVEL } from '../grounding/levels.js';
import { NOT_COVERED, nearestSources, notCoveredAnswer } from './offline/index.js';
import { ASKS_FOR_QUANTITY } from './offline/questionAnalysis.js';
import { askedFigure, askedFigureParts, askersFigure, asksAboutMoney, withoutCarriedQuestion, figureOnlyProposed, HAS_FIGURE, speaksOfMoney, statesFigure, statesFigureAsDone } from '../text/askedFigure.js';
import { ACTUALLY_WORDS, ASKS_ABOUT_PROBLEM, ASKS_FINAL_FINISH, asksWhatIsPlanned, asksWhatWasDone, describesProblemOnly, ASKS_WHETHER_FINISHED, IN_THE_END_WORDS, PLANNED_CLAUSE, statesFinished, statesStartOrPlan } from '../text/plans.js';
import { NOW_WORDS, withYearsFromNowAs, YEARS_FROM_NOW, yearOfDate } from '../text/dates.js';
import { readQuotedDocumentNumber } from '../text/documentNumbers.js';
import { CONTENT_ASKING_WORDS } from '../text/questionWords.js';
import { gradeBandAsked, namesGrade } from '../text/gradeBands.js';

export interface GateResult {
  analysis: QuestionAnalysis;
  assessment: EvidenceAssessment;
}

/**
 * The passages as the gate sees them, each with its whole document (a place is often named only in the opening);
 * with `now` (the question's, yearOfQuestionNow), a year the text says from now is written as the year it is (withYearsFromNowOf).
 */
function evidencePassages(search: Searcher, passages: Passage[], now: number | undefined): EvidencePassage[] {
  const documents = new Map<string, string>();
  const documentText = (docId: string) => {
    if (!documents.has(docId)) documents.set(docId, documentWithIssuer(search.chunksOf(docId)));
    return documents.get(docId)!;
  };
  return passages.map((p) => ({ text: now ? withYearsFromNowOf(p.chunk, p.chunk.text, now) : p.chunk.text, title: p.chunk.title, section: p.chunk.sectionPath, documentText: documentText(p.chunk.docId) }));
}

/**
 * A chunk's text with each year said from now written as the year it is: counted from its document's date, or, for an
 * undated document, from the question's now (a year it says from now is read as the asker's own).
 */
function withYearsFromNowOf(chunk: Pick<Chunk, 'date'>, text: string, now: number | undefined): string {
  const year = yearOfDate(chunk.date) ?? now;
  return year ? withYearsFromNowAs(text, year) : text;
}

/**
 * The year a question's "今年" is. A question quoting a document named by its 文号 speaks in that document's years
 * ("〔2025〕33号说去年答复的承诺" → 2024); one naming a 文号 only as a time ("…12号文件印发以后，今年…") does not. Otherwise it is the library's present: the newest date of the documents
 * retrieved for the question (the index keeps no list of every document's date; the newest documents on the topic
 * asked are what the asker's present is written in), not past the clock's year. Not the clock itself: the library is
 * what the asker reads and speaks of, the clock would make an answer depend on the day it is asked, and a library not
 * yet holding this year's documents would read every "今年" as a year it has nothing of. A document dated past the
 * clock (a typo, a plan signed ahead) does not move the present.
 */
export function yearOfQuestionNow(question: string, passages: Passage[], clockYear = new Date().getFullYear()): number | undefined {
  const named = readQuotedDocumentNumber(question.normalize('NFKC'))?.year;
  if (named && /^(?:19|20)\d{2}$/u.test(named)) return Number(named);
  const years = passages.map((p) => yearOfDate(p.chunk.date)).filter((y): y is number => y !== undefined && y <= clockYear);
  return years.length ? Math.max(...years) : undefined;
}

/** A document's chunks as one text, after its origin (issuer and place: a policy Q&A may name its county only there). */
function documentWithIssuer(chunks: Chunk[]): string {
  return [chunks[0]?.origin ?? '', ...chunks.map((c) => `${c.title}\n${c.text}`)].join('\n');
}

/** `tuning`: a caller's own floor on the same gate (drafting asks every focus word of a suggestion); `ask` uses the defaults. */
export function gatePassages(search: Searcher, question: string, passages: Passage[], tuning: Partial<EvidenceGateTuning> = {}): GateResult {
  const stats = search.documentFrequency ? { docFrequency: (t: string) => search.documentFrequency!(t), totalChunks: search.size() } : undefined;
  const now = { ...EVIDENCE_GATE_DEFAULTS, ...tuning }.yearsFromNowAsNumbers ? yearOfQuestionNow(question, passages) : undefined;
  const evidence = evidencePassages(search, passages, now);
  const context = [...new Set(evidence.map((p) => p.documentText ?? p.text))].join('\n');
  const issuers = [...new Set(passages.map((p) => search.chunksOf(p.chunk.docId)[0]?.origin ?? ''))];
  const asked = now ? withYearsFromNowAs(question, now) : question;
  const analysis = analyzeQuestion(asked, stats, tuning, undefined, context, issuers.flatMap(issuerPlaces));
  return { analysis, assessment: assessEvidence(analysis, evidence, tuning) };
}

/** "现有文件中没有…，无法作答。文件中相近的内容是：…[1]": a refusal saying what is lacking, quoting the nearest content. */
function refusedWithNearest(lacking: string, nearest: Citation): { answer: string; citations: Citation[] } {
  return { answer: `现有文件中没有${lacking}，无法作答。文件中相近的内容是：${withCitation(nearest.quote, '[1]')}`, citations: [{ ...nearest, n: 1 }] };
}

const LEVEL_NAMES = { national: '全国', provincial: '省级', city: '市级', county: '县级' } as const;

/** What the library lacks, in the asker's terms: the place, else the year, else the level asked. */
function missingContent(mismatches: ConstraintMismatch[], question = ''): string {
  const year = mismatches.find((m) => m.kind === 'year');
  const place = mismatches.find((m) => m.kind === 'place');
  const level = mismatches.find((m) => m.kind === 'level');
  const figure = mismatches.find((m) => m.kind === 'figure');
  if (place) return `关于${place.asked}的内容`;
  if (year) return `${year.asked}年的相关内容`;
  if (figure) return `关于${figure.asked}的数据`;
  const asked = level!.asked as keyof typeof LEVEL_NAMES;
  // A city district's level is said as the asker says it ("区级"), not as a county's.
  const name = asked === 'county' && DISTRICT_LEVEL.test(question) ? '区级' : LEVEL_NAMES[asked];
  return `${name}层面的相关内容`;
}

/** A quote's first characters, enough to find the passage it was taken from. */
const QUOTE_OPENING_CHARS = 12;

/** The opening of a quote, without the ellipsis of a trimmed one ("……先后出台了…" → "先后出台了…"). */
function quoteOpening(quote: string, chars = QUOTE_OPENING_CHARS): string {
  return quote.replace(/^[…\s]+/u, '').slice(0, chars);
}

/** The sentences an answer quotes, as the constraint check reads them (with their passage, title and issuer). */
function answeringSentences(citations: Citation[], passages: Passage[], question: string): AnsweringSentence[] {
  const now = yearOfQuestionNow(question, passages);
  return citations.map((c) => {
    // A trimmed quote ("……先后出台了…") is found by its own words.
    const opening = quoteOpening(c.quote);
    const passage = passages.find((p) => p.chunk.docId === c.docId && p.chunk.sectionPath === c.section && p.chunk.text.includes(opening));
    // A year the sentence says from now is its document's year ("今年以来…" of 2025 states 2025, not the year asked).
    return { quote: passage ? withYearsFromNowOf(passage.chunk, c.quote, now) : c.quote, title: c.title, section: c.section, origin: passage?.chunk.origin, passageText: passage ? withYearsFromNowOf(passage.chunk, passage.chunk.text, now) : undefined };
  });
}

/**
 * An answer whose sentences speak of another year, place or level than the one asked ("2022年…多少" answered with a
 * 2020 target), or of another kind of sum (a subsidy, asked a cost): refused, quoting its first sentence as what the library does hold. Undefined when the answer agrees.
 */
export function answerConstraintRefusal(analysis: QuestionAnalysis, citations: Citation[], passages: Passage[]): { answer: string; citations: Citation[] } | undefined {
  // A how-many question is answered by the sentences stating the figure asked: those must agree, not their neighbours.
  const stated = ASKS_FOR_QUANTITY.test(analysis.text) ? (askedFigure(analysis.text) ?? HAS_FIGURE) : undefined;
  // Figures in Chinese numerals ("二十万元", "九处") state a figure as digits do; numerals inside words ("统一",
  // "一户一表") do not (statesFigure).
  // A quote of table rows states the figures its columns' headings give the unit of ("加装电梯（台）" over "101").
  const passageText = (c: Citation) => passages.find((p) => p.chunk.docId === c.docId && p.chunk.sectionPath === c.section)?.chunk.text ?? '';
  const stating = stated ? citations.filter((c) => statesFigure(c.quote, stated) || quotedTableFigures(c.quote, passageText(c)).some((f) => stated.test(f))) : [];
  const answering = stating.length ? stating : citations;
  const figure = stated && stated !== HAS_FIGURE ? stated : undefined;
  // "停车楼有多少个车位？" answered by a sentence with no count of that unit (引入社会资本1800万元): the library holds the
  // topic, not the figure asked.
  if (figure && citations.length && !stating.length) return figureMissingRefusal(analysis.text, citations[0]);
  // "新建了多少处社区食堂？" answered by "新建社区养老服务站9处": a figure of that unit, but of something else counted.
  // "…补贴现在每台每年能领多少？" answered by "拟对…给予补贴，每台每年3000元": a proposal, not what applies.
  if (stated && figureOnlyProposed(analysis.text, stating.flatMap((c) => splitSentences(c.quote).map((x) => x.text)), stated)) {
    return refusedWithNearest('已确定的标准，只有拟议的内容', stating[0]);
  }
  // "燃气管道改造费用怎么分担？" answered by "两年累计改造燃气管道63公里": the topic, not the money asked about. A
  // question asking when ("出资标准征求意见，反馈截止到哪天") asks a date of the matter, and one asking a reply's stance
  // ("对物业费那条建议是什么态度") whether it is taken up: neither needs a money word.
  const asksDateOrStance = ['时间', '态度'].includes(questionTypeOf(withoutCarriedQuestion(analysis.text))?.name ?? '');
  // An item's line kept atop its section's text says what the quote is about ("问题四：维修资金续筹率偏低" over "续筹率
  // 达到40%"); a heading taken out of the text ("第三章 资金筹措", "一、资金分配表") spans more than the quote's matter.
  const itemLine = (c: Citation) => { const own = sectionParts(c.section).at(-1) ?? ''; return own && passageText(c).startsWith(own) ? own : ''; };
  const aboutMoney = (c: Citation) => speaksOfMoney(c.quote) || speaksOfMoney(itemLine(c));
  if (asksAboutMoney(analysis.text) && !asksDateOrStance && citations.length && !citations.some(aboutMoney)) {
    return refusedWithNearest('关于费用、资金的内容', citations[0]);
  }
  const counted = countedWords(analysis.text);
  if (figure && counted.length && !stating.some((c) => counted.some((w) => holdsWord(normalizeForMatch(`${c.quote} ${c.section}`), w)))) return figureMissingRefusal(analysis.text, stating[0]);
  const quoted = answeringSentences(answering, passages, analysis.text);
  // The year of a how-many answer is the one its figure is stated for: the sentences stating it, not a neighbour in
  // the same quote ("…已于2022年底到期" after a 2019—2022 total).
  const figureStated = stated ? quoted.flatMap((s) => splitSentences(s.quote).filter((x) => statesFigure(withoutStatedYears(x.text), stated)).map((x) => ({ ...s, quote: x.text }))) : quoted;
  // "2025年…实际累计达到了多少台？" answered by "2025年目标是累计达到300台": a plan or a target is not what was done. Only the
  // sentences stating the figure as done answer it (and their year must be the one asked).
  const asksDone = asksWhatWasDone(analysis.text, citations.map((c) => c.title)) && !ASKS_WHAT_IS_PROPOSED.test(analysis.text);
  const done = stated && asksDone ? figureStated.filter((s) => statesFigureAsDone(s.quote, stated, ASKS_FINAL_FINISH.test(analysis.text))) : figureStated;
  if (figureStated.length && !done.length) return refusedWithNearest('实际完成的数据，只有计划或目标', stating[0] ?? citations[0]);
  // "补助已经提到13万一台了，能按13万申请吗？" answered by "研究将…由每台10万元提高到13万元": the asker's figure only planned.
  const own = !stated && asksDone ? askersFigure(analysis.text) : undefined;
  const statingOwn = own ? citations.filter((c) => splitSentences(c.quote).some((x) => statesFigure(withoutStatedYears(x.text), own))) : [];
  if (own && statingOwn.length && !statingOwn.some((c) => splitSentences(c.quote).some((x) => statesFigureAsDone(x.text, own)))) {
    return refusedWithNearest('已确定的内容，只有计划或拟议的内容', statingOwn[0]);
  }
  // "停车库最后建成了没有？" answered by "已启动建设…，计划2023年底前建成投用": a start and a plan, not the finish asked.
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((x) => x.text));
  if (!stated && ASKS_WHETHER_FINISHED.test(analysis.text) && !sentences.some(statesFinished) && sentences.some(statesStartOrPlan)) {
    return refusedWithNearest('已经建成或完成的内容，只有开工或计划的内容', citations[0]);
  }
  // "保养费政府管不管？" answered by "…费用缺少保障，部分电梯出现…的问题": the problem the measure asked for is about.
  if (!ASKS_ABOUT_PROBLEM.test(analysis.text) && sentences.length && sentences.every(describesProblemOnly)) {
    return refusedWithNearest('所问的办法或规定，只有对问题的描述', citations[0]);
  }
  const mismatches = answerMismatches(analysis, quoted, done);
  const unit = stated ? figureOfAnotherUnit(analysis, done) : undefined;
  if (unit && !mismatches.length) mismatches.push(unit);
  if (!mismatches.length) return undefined;
  const year = mismatches.find((m) => m.kind === 'year');
  const place = mismatches.find((m) => m.kind === 'place');
  // What was done, when a plan stood beside it: the year the library holds is that sentence's.
  const nearest = (done !== figureStated && answering.find((c) => done.some((s) => c.quote.includes(s.quote)))) || answering[0];
  // The library may well hold the place asked, only not this fact about it: the nearest fact is another place's.
  const missing = place ? `${place.asked}在这方面的内容` : missingContent(mismatches, analysis.text);
  const sum = mismatches.find((m) => m.kind === 'figure');
  const holds = place
    ? `文件中相近的内容是${place.found.join('、')}的：`
    : year
      ? `文件中只有${year.found.join('、')}年的数据：`
      : sum
        ? `文件中只有${sum.found.join('、')}的数据：`
        : '文件中相近的内容是：';
  return {
    answer: `现有文件中没有${missing}，无法作答。${holds}${withCitation(nearest.quote, '[1]')}`,
    citations: [{ ...nearest, n: 1 }],
  };
}

/**
 * "维修费用由房屋产权人按份承担，同时研究引入电梯综合保险": a clause other than the matter still studied is worded as the
 * answer to a who question (the 主体 type's sentence wording), so the who asked is settled.
 */
function namesWhoBesideOpenMatter(quote: string, namesWho: RegExp): boolean {
  return clausesOf(quote).some((clause) => !STATES_STILL_WORKED_OUT.test(clause) && namesWho.test(clause));
}

/**
 * "那个方案什么时候能出来？" answered by "…具体方案正在研究", "维保费用由谁出？" by "…并研究引入电梯综合保险", "2026年还每台
 * 再补2万吗" by "…2026年以后另行研究": the matter asked is still being worked out, so the when, who or whether asked is
 * not decided anywhere the answer quotes. Refused, quoting the sentence. A when question answered with a date to be done
 * by ("计划2025年底前提请出台") keeps its answer, unless it asks since when a rule already applies ("已经规定…从哪天起执
 * 行"); a who question keeps its answer when another clause of the sentence says who; a whether question is refused
 * only when its sentence ends on the matter still open, and one about a plan ("下一步还补吗") not at all.
 */
export function stillWorkedOutRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const lead = citations[0];
  if (!lead || !ASKS_DECIDED_DETAIL.test(question) || !STATES_STILL_WORKED_OUT.test(lead.quote)) return undefined;
  // "…2026年还有吗" answered by "2026年度是否继续执行视财力情况另行研究": the text's own word on the year asked.
  const year = yearAskedGoingOn(question);
  if (year && lead.quote.includes(`${year}年`)) return undefined;
  const type = questionTypeOf(question);
  const open =
    type?.name === '时间'
      ? !statesLimit(lead.quote) || asksWhatWasDone(question)
      : type?.name === '主体'
        ? !namesWhoBesideOpenMatter(lead.quote, type.strict.sentence)
        : !ASKS_WHAT_IS_PROPOSED.test(question) && endsOnOpenMatter(lead.quote, question);
  return open ? refusedWithNearest('已确定的说法（相关事项仍在研究或起草中）', lead) : undefined;
}

/** How many units an answer must name to give a figure of each ("各县（市、区）分别…"). */
const MIN_UNITS_NAMED = 2;

/**
 * "2024年各县（市、区）改造后小区物业覆盖率分别是多少？" answered with the city-wide rate and one county's: a figure of
 * each unit is asked, and the answer names fewer than two. Refused, quoting what the library holds.
 */
export function eachUnitRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const units = question.match(ASKS_EACH_UNIT)?.[1];
  // "各区分别负责哪些工作？" asks no figure: duties are answered from the text, not from a list of units.
  const asksFigure = ASKS_FOR_QUANTITY.test(question) || !!askedFigure(question);
  if (!citations.length || !units || !asksFigure) return undefined;
  const named = new Set(citations.flatMap((c) => askedPlaces(c.quote)));
  if (named.size >= MIN_UNITS_NAMED) return undefined;
  return refusedWithNearest(`${units}分别的数据`, citations[0]);
}

/**
 * "截至10月底全市新增了多少停车泊位？" answered only by "…截至6月底已新增1580个": a figure asked as of one month, and
 * every quote gives its figures as of another. Refused, naming the months the quotes do hold. A follow-up naming only
 * the month ("那截至10月底呢？") asks the figure its context asked (`carriedFrom`): the month is its own.
 */
export function monthPointRefusal(question: string, citations: Citation[], carriedFrom = ''): { answer: string; citations: Citation[] } | undefined {
  const asked = askedMonthPoint(question);
  const asking = `${question} ${carriedFrom}`;
  if (!asked || !citations.length || !(ASKS_FOR_QUANTITY.test(asking) || askedFigure(asking))) return undefined;
  // "10月底计划完成多少" asks the target set for that month: "10月底前完成…30个" states it.
  if (asksWhatIsPlanned(question) && citations.some((c) => deadlineMonths(c.quote).includes(asked.month))) return undefined;
  if (!citations.every((c) => statesOtherMonthOnly(c.quote, asked.month))) return undefined;
  const stated = [...new Set(citations.flatMap((c) => statedMonthPoints(c.quote)))].map((m) => `${m}月`);
  const targets = [...new Set(citations.flatMap((c) => deadlineMonths(c.quote)))].map((m) => `${m}月底前`);
  const held = stated.length ? `${stated.join('、')}的数据` : `${targets.join('、')}的目标`;
  return {
    answer: `现有文件中没有${asked.said}的相关数据，无法作答。文件中只有${held}：${withCitation(citations[0].quote, '[1]')}`,
    citations: [{ ...citations[0], n: 1 }],
  };
}

/** A quote opening with its run-in label ("起草背景：…") names it within this many characters. */
const DRAFTING_BACKGROUND_OPENING_CHARS = 8;

/** At most this many of a draft's sentences on its own status are quoted ("不作为执行依据。…前，暂不享受…"). */
const MAX_STATUS_SENTENCES = 2;

/**
 * "现在能按每处3000元申请补助吗？" answered only from a draft: the draft's own sentences saying it is not in force and
 * what applies until it is ("本征求意见稿不作为执行依据，正式办法印发前，…不单独补助") answer it — no, not yet.
 */
function draftStatusAnswer(citation: Citation, version: string, chunks: Chunk[]): AnswerCheckOutcome | undefined {
  for (const chunk of chunks) {
    const status = splitSentences(chunk.text).map((s) => s.text).filter((s) => STATES_NOT_IN_FORCE.test(s)).slice(0, MAX_STATUS_SENTENCES);
    if (!status.length) continue;
    const quote = status.join('');
    return {
      answered: true,
      answer: `这是${version}中拟议的内容，尚未施行。${inBookTitleMarks(citation.title)}写明：${withCitation(quote, '[1]')}`,
      citations: [citationOf(1, chunk, quote)],
      quoted: chunk,
    };
  }
  return undefined;
}

/**
 * "领导小组会上说出资提到12元，这个定了没有", "听说补助已经提到15万一台了，现在能按15万申请吗": whether a change heard of is
 * settled. When an answer quotes the change as proposed or planned (拟, 研究将…提高到, a draft), the text's own word on
 * its status beside it answers: the sentences of the same passage saying the decision is put off or what applies
 * meanwhile ("对具体标准暂不作决定", "新标准出台前，仍按每台12万元执行"), after the proposal they speak of; for a draft,
 * its word that it is not in force, wherever in it (draftStatusAnswer). Undefined when the text says nothing of it.
 */
export function settledStatusAnswer(question: string, citations: Citation[], passages: Passage[], chunksOf: (docId: string) => Chunk[]): AnswerCheckOutcome | undefined {
  const asksWhether = (clause: string) => asksWhetherSettled(clause) || ASKS_WHETHER_NOW.test(clause);
  if (!asksWhether(question)) return undefined;
  // "导入物业服务有哪几种方式，现在生效了吗？" asks what it says as well: the ordinary answer gives that.
  if (question.split(/[，,；;。？?！!]/u).some((clause) => !asksWhether(clause) && ASKS_SOMETHING_ELSE.test(clause))) return undefined;
  for (const citation of citations) {
    const version = versionNotInForce(citation);
    if (!version && !PROPOSED.test(citation.quote) && !PLANNED_CLAUSE.test(citation.quote) && !STATES_PUT_OFF.test(citation.quote)) continue;
    if (saysAskedFigureApplies(figuresAsDigits(question), citation.quote)) continue;
    const opening = quoteOpening(citation.quote);
    const chunk = [...passages.map((p) => p.chunk), ...chunksOf(citation.docId)].find((c) => c.docId === citation.docId && c.sectionPath === citation.section && c.text.includes(opening));
    const sentences = chunk ? splitSentences(chunk.text).map((x) => x.text) : [];
    const quoted = sentences.filter((x) => x.includes(opening));
    // "…提高到13万元，该标准已经市政府常务会议审定，自2025年7月1日起执行": the change itself is settled.
    if (quoted.some((x) => STATES_SETTLED.test(x))) continue;
    const subject = subjectWordsOf(question, quoted.join(''));
    const status = sentences.filter((x) => STATES_UNSETTLED.test(x) && speaksOfSubject(x, subject)).slice(0, MAX_STATUS_SENTENCES);
    if (chunk && status.length) {
      const quote = [...new Set([...quoted.filter((x) => !status.includes(x)), ...status])].join('');
      const named = version ? `这是${version}中拟议的内容，尚未施行。` : '尚未确定。';
      return withWhatStillApplies({ answered: true, answer: `${named}${inBookTitleMarks(citation.title)}写明：${withCitation(quote, '[1]')}`, citations: [citationOf(1, chunk, quote)], quoted: chunk }, question, subject, passages);
    }
    const drafted = version ? draftStatusAnswer(citation, version, chunksOf(citation.docId)) : undefined;
    if (drafted) return withWhatStillApplies(drafted, question, subject, passages);
  }
  return undefined;
}

/**
 * "…是不是已经提到5万元了": a change not settled is answered with what applies meanwhile as well, when a retrieved
 * passage in force states it (src/text/inForce.ts whatStillApplies): "not yet" alone leaves the asker without the
 * figure that holds.
 */
function withWhatStillApplies(outcome: AnswerCheckOutcome, question: string, subject: string[], passages: Passage[]): AnswerCheckOutcome {
  const said = outcome.citations.map((c) => c.quote).join('');
  const inForce = passages.filter((p) => versionNotInForce(p.chunk) === null);
  const sentences = inForce.flatMap((p) => splitSentences(p.chunk.text).map((x) => ({ text: x.text, chunk: p.chunk }))).filter((x) => !said.includes(x.text));
  const applies = whatStillApplies(figuresAsDigits(question), subject, sentences.map((x) => x.text));
  const source = applies ? sentences.find((x) => x.text === applies) : undefined;
  if (!source) return outcome;
  const n = outcome.citations.length + 1;
  return { ...outcome, answer: `${outcome.answer}\n现行的规定：${withCitation(source.text, `[${n}]`)}`, citations: [...outcome.citations, citationOf(n, source.chunk, source.text)] };
}

/** The question's words that the quoted change holds ("加装电梯补助提到13万" of "…将加装电梯市级补助标准…提高到13万元"). */
function subjectWordsOf(question: string, quoted: string): string[] {
  return getTokenizer().cut(question).filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && quoted.includes(w));
}

/**
 * Whether a status sentence speaks of the change asked about: one putting off another matter ("会议对电梯维保费用分摊
 * 办法暂不作决定" beside a subsidy raised) does not; one naming no matter, or the same one by reference (具体标准), does.
 */
function speaksOfSubject(sentence: string, subject: string[]): boolean {
  const matter = mattersPutOff(sentence);
  return !matter || MATTER_REFERS_BACK.test(matter) || subject.some((w) => matter.includes(w));
}

/** What a check of the chosen sentences makes of the answer: a refusal, or (a draft's status) another answer. */
export interface AnswerCheckOutcome {
  /** True when the draft's own status answers the question (see draftStatusAnswer); a refusal otherwise. */
  answered?: true;
  answer: string;
  citations: Citation[];
  /** The draft's chunk the status sentences are quoted from, which may not be among the retrieved passages. */
  quoted?: Chunk;
}

/**
 * An answer quoting only documents not in force (讨论稿, 征求意见稿, 草案) for a question about what applies ("改造要我们
 * 自己掏钱吗？掏多少？"): what a draft proposes is not what applies. Refused, quoting it as the nearest content; a
 * question whether it may be done now ("现在能按…申请吗") is answered by the draft's own word that it is not in force
 * (`chunksOf`: a document's chunks). A question asking about a plan or a draft (拟, 方案, 征求意见…), about whether a
 * text is in force or what is still open in it, or naming the draft by its title's words is answered.
 */
export function draftOnlyRefusal(question: string, citations: Citation[], chunksOf?: (docId: string) => Chunk[]): AnswerCheckOutcome | undefined {
  if (!citations.length || ASKS_WHAT_IS_PROPOSED.test(question) || ASKS_ABOUT_FORCE.test(question)) return undefined;
  const versions = citations.map((c) => versionNotInForce(c));
  if (!versions.every((v) => v !== null)) return undefined;
  // What the draft says of how things have been ("起草背景：我市2023年…仅占2.1%") is a fact, not what it proposes.
  if (citations.every((c) => DRAFTING_BACKGROUND.test(sectionParts(c.section).at(-1) ?? '') || DRAFTING_BACKGROUND.test(quoteOpening(c.quote, DRAFTING_BACKGROUND_OPENING_CHARS)))) return undefined;
  const asked = normalizeForMatch(question);
  const namesDraft = citations.some((c) => {
    const name = normalizeForMatch(c.title.replace(/[（(][^）)]*[）)]/gu, ''));
    return name.length >= TITLE_TAIL_CHARS && asked.includes(name.slice(-TITLE_TAIL_CHARS));
  });
  if (namesDraft) return undefined;
  const version = versions[0] ?? '讨论稿';
  const status = chunksOf && ASKS_WHETHER_NOW.test(question) ? draftStatusAnswer(citations[0], version, chunksOf(citations[0].docId)) : undefined;
  if (status) return status;
  return refusedWithNearest(`已施行的规定，只有${version}中拟议的内容`, citations[0]);
}

/**
 * "2026年第一批计划改造多少个小区，涉及多少户" answered by "拟将以下12个小区列入…": each asked figure must be stated by a
 * quoted sentence; one part answered reads as the whole answer. Refused, saying which part the library does not state
 * and quoting the sentence that states another.
 */
export function partMissingRefusal(question: string, citations: Citation[], passages: Passage[]): { answer: string; citations: Citation[] } | undefined {
  const parts = askedFigureParts(question);
  if (!parts.length || !citations.length) return undefined;
  const passageText = (c: Citation) => passages.find((p) => p.chunk.docId === c.docId && p.chunk.sectionPath === c.section)?.chunk.text ?? '';
  const stating = (figure: RegExp) => citations.filter((c) => statesFigure(c.quote, figure) || quotedTableFigures(c.quote, passageText(c)).some((f) => figure.test(f)));
  const missing = parts.filter((p) => !stating(p.figure).length);
  if (!missing.length) return undefined;
  const stated = parts.map((p) => stating(p.figure)[0]).find(Boolean) ?? citations[0];
  const lacking = missing.map((p) => `“${p.clause}”`).join('、');
  return { answer: `现有文件中没有写明${lacking}，无法完整作答。文件中相近的内容是：${withCitation(stated.quote, '[1]')}`, citations: [{ ...stated, n: 1 }] };
}

/**
 * "每台12万元的电梯补助标准从什么时候开始执行" answered by the sentence putting 11万元 in force, "电梯每台15万元的补助是从哪天
 * 开始执行的" by the views that proposed 15万元: the question takes a figure as settled and asks when or by which
 * document; no quoted sentence states that figure as settled (it is another figure, or only proposed, suggested or
 * turned down). The date quoted is another figure's. Refused, quoting the nearest sentence. Whether a change is settled
 * ("定了没有", "现在还按…吗") is settledStatusAnswer's; a question about a plan is not read so. Only a figure in the clause
 * that asks is taken as settled: "加装电梯每台补助12万元，什么时候能拨付到位" asks when the money arrives, not since when
 * 12万元 applies.
 */
export function presumedFigureRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const figure = presumedFigureOf(question);
  if (!figure || !citations.length || ASKS_WHAT_IS_PROPOSED.test(question) || asksWhetherSettled(question) || ASKS_WHETHER_NOW.test(question)) return undefined;
  const asking = clausesOf(question).find((clause) => clause.includes(figure.written)) ?? question;
  // "电梯补助提高到12万元以后，是从哪天开始执行的": the figure's clause names the change, the next asks since when it applies.
  const asksStartOfChange = ASKS_START_OF_FORCE.test(question.normalize('NFKC'));
  if (!asksStartOfChange && questionTypeOf(asking)?.name !== '时间' && !asksWhichDocument(asking)) return undefined;
  // A sentence asking ("补助会不会提高到15万元？", a 发布会's question) settles nothing.
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((s) => s.text)).filter((s) => !endsAsQuestion(s));
  if (sentences.some((s) => statesFigureAsSettled(figuresAsDigits(s), figure))) return undefined;
  return refusedWithNearest(`确定为“${figure.written}”的规定`, citations[0]);
}

/**
 * "甲苑小区改造花多少钱" answered by "甲苑小区计划加装电梯4台" and "…投资额在800万元以上的8个项目", "乙厂宿舍项目
 * 被罚了多少钱" by "…乙厂宿舍项目连续3次被投诉" and "市级补助资金0.21亿元…": the sentence naming what is asked about
 * states no figure of the kind asked, and the sentences stating one do not name it (in their words, heading or
 * title): a figure of another thing, read as the answer. Refused, saying which figure is not stated and quoting the
 * sentence on the thing asked. (The evidence gate's focus words are what the question is about.)
 */
export function figureOfOtherThingRefusal(question: string, analysis: QuestionAnalysis, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const figure = askedFigure(question);
  const estate = namedEstate(question);
  // The rare words of the 小区 or project named: what the figure is asked of.
  const named = estate ? analysis.focus.filter((w) => estate.includes(w)) : [];
  if (!figure || !named.length || !citations.length) return undefined;
  const names = (text: string) => named.some((w) => holdsFocus(analysis, normalizeForMatch(text), w));
  // A citation may quote several sentences of its passage: each is read on its own.
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((s) => ({ citation: c, text: s.text })));
  const stating = sentences.filter((s) => statesFigure(s.text, figure));
  if (!stating.length || stating.some((s) => names(`${s.citation.title} ${s.citation.section} ${s.text}`))) return undefined;
  const found = sentences.find((s) => !statesFigure(s.text, figure) && names(s.text));
  if (!found) return undefined;
  // A sentence quoted after a gap keeps its "……" in the answer, not in the refusal's quote.
  const onThing = { ...found, text: found.text.replace(/^……/u, '') };
  const clauses = clausesOf(question);
  const clause = clauses.find((c) => askedFigure(c)) ?? question;
  return {
    answer: `现有文件中没有写明“${clause.replace(/[？?。！!\s]+$/u, '')}”，无法${clauses.length > 1 ? '完整' : ''}作答。文件中相近的内容是：${withCitation(onThing.text, '[1]')}`,
    citations: [{ ...onThing.citation, quote: onThing.text, n: 1 }],
  };
}

/**
 * "2025年那126个改造小区分别是哪些小区？" answered by "…计划126个小区", "那12处历史建筑具体是哪些" by "历史建筑12处": the
 * names are asked, the sentences only count them. The line after each quote in its passage is read for a list: names
 * listed under a count ("全区历史建筑8处。" then "1.甲宅 2.乙祠…") answer it. Refused, quoting the count as what the library holds.
 */
export function countOnlyRefusal(question: string, citations: Citation[], chunksOf: (docId: string) => Chunk[] = () => []): { answer: string; citations: Citation[] } | undefined {
  if (!citations.length) return undefined;
  const linesAfter = citations.map((c) => lineAfterQuote(c, chunksOf)).filter((line) => line);
  const only = onlyCountsKindsAsked(question, citations.map((c) => c.quote), linesAfter);
  return only && refusedWithNearest(`具体是哪些${only.kind}的内容，只有数量`, citations[0]);
}

/** The line of a quote's passage after the quote's last sentence ("" when it ends the passage or is not found). */
function lineAfterQuote(citation: Citation, chunksOf: (docId: string) => Chunk[]): string {
  const text = chunksOf(citation.docId).find((ch) => ch.id === citation.chunkId)?.text ?? '';
  const last = citation.quote.split('……').at(-1)?.trim() ?? '';
  const at = last ? text.indexOf(last) : -1;
  if (at < 0) return '';
  const rest = text.slice(at + last.length);
  const lineEnd = rest.indexOf('\n');
  return lineEnd < 0 ? '' : rest.slice(lineEnd + 1).split('\n').find((line) => line.trim())?.trim() ?? '';
}

/**
 * "哪个县区今年改造的小区最多" answered by "…将按月调度，对进度滞后的县区进行督办", "完工率最低的是哪个县" by "…收费…
 * 其中甲区最低": which one is at an extreme is asked, and no quoted sentence says which one is (of the figure the
 * question names, when it names a rate or a score). A table's rows (the superlative strategy's answer) say it by their
 * figures. Refused, quoting the nearest content: a list or a total read as the answer names no one.
 */
export function extremeUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const asked = extremeAsked(question);
  if (!asked || !citations.length || citations.some((c) => c.quote.includes('\t'))) return undefined;
  if (citations.some((c) => splitSentences(c.quote).some((s) => statesExtreme(s.text, asked)))) return undefined;
  return refusedWithNearest(`写明“${asked.clause}”的内容`, citations[0]);
}

/**
 * "它三年打算改多少户？" after "甲县城一共有多少个老旧小区？" answered by the very sentence given before ("…共41个、6230户"),
 * "我们A同一年呢" after B's figure by B's sentence again: a figure asked anew (or an elliptic "…呢"), every
 * sentence of the answer already in the answer before, and none of the words the follow-up adds in it. Repeating the
 * earlier answer answers the earlier question, not what the follow-up changed. Refused, quoting the nearest content.
 */
export function earlierAnswerRepeatedRefusal(question: string, history: ChatTurn[], answer: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const earlierAnswer = history.at(-1)?.role === 'assistant' ? history.at(-1)!.text : undefined;
  const earlierQuestion = [...history].reverse().find((t) => t.role === 'user')?.text;
  if (!earlierAnswer || !earlierQuestion || !citations.length || !(ASKS_FOR_QUANTITY.test(question) || endsOnNe(question))) return undefined;
  const given = new Set(answerSentences(earlierAnswer));
  const own = answerSentences(answer);
  if (!own.length || !own.every((x) => given.has(x))) return undefined;
  const added = newWordsOfFollowUp(question, earlierQuestion);
  if (!added.length || added.some((w) => answer.includes(w))) return undefined;
  return refusedWithNearest(`“${question.replace(/[？?。！!\s]+$/u, '')}”所问的内容，只有上一问已答的内容`, citations[0]);
}

/**
 * "征询表填表说明第3条讲的是什么" answered by the notes' item 1, or by the document's article 第二条 for "填表说明第2条":
 * not the item asked. Refused when no quoted sentence is item N of a list, or when the form named ("意愿确认书") is in
 * none of the quoted documents: another form's item N is no answer.
 */
export function notesItemRefusal(question: string, citations: Citation[], chunksOf: (docId: string) => Chunk[]): { answer: string; citations: Citation[] } | undefined {
  const n = notesItemAsked(question);
  if (n === undefined || !citations.length) return undefined;
  const form = formOfNotesAsked(question);
  const formHeld = !form || citations.some((c) => chunksOf(c.docId).some((chunk) => chunk.text.includes(form) || chunk.sectionPath.includes(form)));
  if (formHeld && citations.some((c) => holdsNumberedItem(c.quote, n))) return undefined;
  return refusedWithNearest(`${form ?? ''}说明第${n}条的内容`, citations[0]);
}

/**
 * "李某委员提的是什么提案？" answered by a reply's 抄送 line, "第031号提案讲的什么事？" by one of its suggestions: what a
 * proposal is about is its title, said in the reply's opening ("你们提出的《关于…的提案》收悉"). Refused without it.
 */
export function proposalSubjectRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  if (!ASKS_PROPOSAL_SUBJECT.test(question) || !citations.length || citations.some((c) => NAMES_PROPOSAL.test(c.quote))) return undefined;
  return refusedWithNearest('写明该提案（建议）题目的内容', citations[0]);
}

/**
 * "物业管理导则考评得多少分算良好" answered by "考评得分85分以上为优良，70分至84分为合格…": the score band of a grade is
 * asked, and no quoted sentence names that grade (the scale quoted has other grades; 不合格 is not 合格). Refused,
 * quoting the nearest content: another grade's band read as the answer is a wrong figure.
 */
export function gradeBandRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const grade = gradeBandAsked(question);
  if (!grade || !citations.length || citations.some((c) => namesGrade(c.quote, grade))) return undefined;
  return refusedWithNearest(`“${grade}”这一等次的分数标准`, citations[0]);
}

/**
 * "物业管理覆盖率是怎么算的" answered by "…覆盖率达到91%": how a figure is worked out is asked, and no quoted sentence
 * says it (a share of what, a sum per unit, a basis: statesComputation); the figure's value read as the method is a
 * wrong answer. Refused, quoting the nearest content.
 */
export function computationUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  if (!ASKS_HOW_COMPUTED.test(question) || !citations.length) return undefined;
  if (citations.some((c) => splitSentences(c.quote).some((s) => statesComputation(s.text)))) return undefined;
  return refusedWithNearest('写明计算方法的内容', citations[0]);
}

/**
 * "投标截止时间是什么时候" answered by "中标人应当在中标通知书发出后30日内签订施工合同", "现在的补助标准执行到哪一天" by
 * "6月1日以后开工的…执行调整后的标准": the day something ends is asked, and the sentence the answer opens with states no
 * day as an end (statesEndDay; a later one's "7月1日前已取得…" bounds a case, it does not end the rule); another step's
 * time read as the answer is wrong. Refused, quoting the nearest content.
 */
export function endDayUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const lead = citations.length ? splitSentences(citations[0].quote)[0]?.text ?? citations[0].quote : '';
  if (!ASKS_END_DAY.test(question) || !lead || statesEndDay(lead)) return undefined;
  return refusedWithNearest('写明截止日期的内容', citations[0]);
}

/**
 * "6号文件说电梯每台补7万元，现在还执行吗" answered by "我市每台7万元的市级补助在全省处于中下水平", "去年的购房补贴通知现在还
 * 执行吗" by what the old policy paid out: whether a rule still applies is asked, and no quoted sentence says whether it
 * does (废止, 继续执行, 仍按…, 有效期, 调整为…: STATES_WHETHER_APPLIES). The rule restated reads as "yes". Refused,
 * quoting the nearest content.
 */
export function stillAppliesUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  if (!ASKS_STILL_APPLIES.test(question) || !citations.length) return undefined;
  if (citations.some((c) => STATES_WHETHER_APPLIES.test(c.quote))) return undefined;
  return refusedWithNearest('写明现在是否仍然执行的内容', citations[0]);
}

/**
 * "什么叫基础类改造内容？" answered by "白蚁防治属于基础类改造内容": one thing put in the class asked about, not what the
 * class is. Refused when every quoted sentence naming the term does so.
 */
export function classOfOneRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const term = termAskedMeaningOf(question);
  if (!term || !citations.length) return undefined;
  const naming = citations.filter((c) => c.quote.normalize('NFKC').includes(term));
  if (!naming.length || !naming.every((c) => namesTermOnlyAsClassOfOne(c.quote, term))) return undefined;
  return { answer: `未找到对“${term}”的界定，无法作答。文件中只说到归入其中的内容：${withCitation(naming[0].quote, '[1]')}`, citations: [{ ...naming[0], n: 1 }] };
}

/**
 * "甲街道自己对加装电梯有没有额外补贴？" answered from the city's or a district's documents: the place's own rules are
 * asked, which only a document it issued or is titled for holds. Refused, quoting the nearest content, when no quoted
 * sentence comes from such a document (`originOf`: a document's issuer and place).
 */
export function ownOfPlaceRefusal(question: string, citations: Citation[], originOf: (docId: string) => string): { answer: string; citations: Citation[] } | undefined {
  const place = placeAskedOwnOf(question);
  if (!place || !citations.length) return undefined;
  const own = normalizeForMatch(place.stem);
  if (citations.some((c) => normalizeForMatch(`${c.title} ${originOf(c.docId)}`).includes(own))) return undefined;
  return refusedWithNearest(`${place.name}自己的相关规定或文件`, citations[0]);
}

/** The share of the question's focus words (its terms when it has none) a text holds; 0 when the question has neither. */
export function focusShareHeld(analysis: QuestionAnalysis, text: string): number {
  const words = analysis.focus.length ? analysis.focus : analysis.terms;
  if (!words.length) return 0;
  const said = normalizeForMatch(text);
  return words.filter((w) => holdsFocus(analysis, said, w)).length / words.length;
}

/**
 * An answer quoting only passages that do not hold the question's focus as the gate requires: a passage passed, but
 * the sentences were chosen from other passages, which speak of something else. Refused, naming the sources.
 * `openingOf(docId)`: a document's title and opening passage, which the passage is read with: focus words there
 * ("赵某委员提案的答复里…") pick the document, the passage that answers need not repeat them. `tuning`: the gate's
 * own, so both hold the focus to the same share.
 */
export function answerFocusRefusal(
  analysis: QuestionAnalysis,
  citations: Citation[],
  passages: Passage[],
  openingOf: (docId: string) => string,
  tuning: Partial<EvidenceGateTuning> = {},
): { answer: string; citations: Citation[] } | undefined {
  if (!analysis.focus.length || !citations.length) return undefined;
  const { focusShare } = { ...EVIDENCE_GATE_DEFAULTS, ...tuning };
  const said = answeringSentences(citations, passages, analysis.text).map((s, i) => normalizeForMatch(`${openingOf(citations[i].docId)} ${s.title} ${s.section} ${s.passageText ?? s.quote}`));
  const held = analysis.focus.filter((w) => said.some((s) => holdsFocus(analysis, s, w)));
  if (held.length >= Math.ceil(focusShare * analysis.focus.length)) return undefined;
  return { answer: notCoveredAnswer(passages), citations: [] };
}

/** What a how-many question counts, in its own words ("多少个车位"), for the refusal. */
const ASKED_COUNT = /(?:多少|几)[^，。？?！!、；;\s]{0,5}/u;

/**
 * What a how-many question counts after a general measure word ("多少处社区食堂" → 社区食堂), and its vocabulary
 * wording. A measure word that names the kind itself ("多少户居民", "多少栋住宅楼") is answered by "13029户", "159栋".
 */
const COUNTED_AFTER_UNIT = /(?:多少|几)(\p{Script=Han})(\p{Script=Han}{0,8})/gu;
const GENERAL_MEASURE = /^[个处家所座项批]$/u;

function countedWords(question: string): string[] {
  // The first count asked, as for the figure: a follow-up's standalone form ends with the earlier question in brackets.
  const first = [...question.matchAll(COUNTED_AFTER_UNIT)][0];
  const noun = first && GENERAL_MEASURE.test(first[1]) && first[2].length >= 2 ? first[2] : undefined;
  if (!noun) return [];
  // The head of the noun phrase after the measure word ("社区食堂" → 食堂, "小区纳入改造" → 小区), or its library wording.
  const nouns: string[] = [];
  for (const t of getJieba().tag(noun, false)) {
    if (!/^n/u.test(t.tag)) break;
    nouns.push(t.word);
  }
  const head = nouns.at(-1);
  return head && [...head].length >= 2 ? [head, ...getSynonyms().wordingFor(head, question)] : [];
}

function figureMissingRefusal(question: string, nearest: Citation): { answer: string; citations: Citation[] } {
  const asked = question.match(ASKED_COUNT)?.[0].replace(/[吗呢啊呀了的]+$/u, '') ?? '所问的数字';
  return refusedWithNearest(`给出${asked}`, nearest);
}

/** The nearest passage's sentence that holds the focus and a year: the neighbouring fact the library does hold. */
function neighbouringSentence(passage: Passage, analysis: QuestionAnalysis, needYear: boolean): string | undefined {
  // A fact, not a source line or salutation, and about what was asked: it holds a focus word.
  const sentences = splitSentences(passage.chunk.text).map((s) => s.text).filter((s) => !BOILERPLATE.test(s));
  const fits = (s: string) => {
    const norm = normalizeForMatch(s);
    const words = analysis.focus.length ? analysis.focus : analysis.terms;
    return words.some((w) => norm.includes(normalizeForMatch(w))) && (!needYear || askedYears(s).length > 0);
  };
  return sentences.find(fits);
}

/** The refusal text for a failed gate, with at most one citation: the neighbouring fact, quoted. */
export function gateRefusal(result: GateResult, passages: Passage[]): { answer: string; citations: Citation[] } {
  const { analysis, assessment } = result;
  const nearest = assessment.passage !== null ? passages[assessment.passage] : undefined;
  if (assessment.reason === 'constraint-mismatch' && !nearest) {
    const place = assessment.constraintsMismatch.find((m) => m.kind === 'place');
    if (place) return { answer: `现有文件中没有关于${place.asked}的内容，无法作答。`, citations: [] };
  }
  if (assessment.reason === 'constraint-mismatch' && nearest) {
    const year = assessment.constraintsMismatch.find((m) => m.kind === 'year');
    const place = assessment.constraintsMismatch.find((m) => m.kind === 'place');
    const missing = missingContent(assessment.constraintsMismatch, analysis.text);
    const sentence = place ? undefined : neighbouringSentence(nearest, analysis, !!year);
    if (sentence) {
      const holds = year?.found.length ? `文件中只有${year.found.join('、')}年的数据：` : '文件中相近的内容是：';
      return {
        answer: `现有文件中没有${missing}，无法作答。${holds}${withCitation(sentence, '[1]')}`,
        citations: [citationOf(1, nearest.chunk, sentence)],
      };
    }
    return { answer: `现有文件中没有${missing}，无法作答。\n${nearestSources(passages)}`.trim(), citations: [] };
  }
  if (assessment.reason === 'focus-missing' && assessment.focusMissing.length) {
    const list = nearestSources(passages);
    return { answer: `现有文件中没有关于“${assessment.focusMissing.join('、')}”的内容，无法作答。${list ? `\n${list}` : ''}`, citations: [] };
  }
  // Words the library never uses that carry the question ("党建") are named, so the asker knows what is missing.
  const unknownTopics = assessment.reason === 'unknown-words' ? assessment.unknownTerms.filter((w) => /\p{Script=Han}{2}/u.test(w)) : [];
  if (unknownTopics.length) return { answer: `现有文件中没有找到关于“${unknownTopics.join('、')}”的内容，无法作答。`, citations: [] };
  return { answer: assessment.reason === 'no-content' || assessment.reason === 'unknown-words' ? NOT_COVERED : notCoveredAnswer(passages), citations: [] };
}

/** Words hedging a figure asked ("大概", "具体"): how it is asked, not what is counted. */
const HEDGES_OF_FIGURE_ASKED = ['具体', '大概', '大约', '大致'];

/**
 * Words of a how-many question that date it or say how it is asked, not what is counted: a year said from now
 * ("今年"), now ("现在"), 截至, the asking words ("多少"), done or in the end ("实际", "最终": done or planned is another
 * check's), a hedge. Totals (一共, 总共) are the tokenizer's stop words and never among a question's terms. Not 截止
 * (UP_TO_WORDS) nor a year said from another (YEARS_FROM_ANOTHER, "第二年"), which are counted words as before.
 */
const NOT_WHAT_IS_COUNTED = new RegExp(
  `^(?:${[...YEARS_FROM_NOW.map((y) => y.word), ...NOW_WORDS, '截至', ...CONTENT_ASKING_WORDS, ...ACTUALLY_WORDS, ...IN_THE_END_WORDS, ...HEDGES_OF_FIGURE_ASKED].join('|')})$`,
  'u',
);

/** A quoted sentence stating a figure of the kind asked, with what tells whose figure it is. */
interface FigureSentence {
  citation: Citation;
  text: string;
  /** The sentence is of a document of the place asked (its issuer's or its title's place agrees). */
  own: boolean;
  /** The paragraph of its passage before it, which may say once what a run of figures counts. */
  paragraph: string;
  /** The places of each figure of the kind asked (placesOfFigures); empty when it states none. */
  places: string[][];
}

/** The places a question asks of: those the library holds and those only its issuers show to be places. */
function placesAskedOf(analysis: QuestionAnalysis): string[] {
  return [...new Set([...analysis.places, ...analysis.issuerPlaces])];
}

/** A place agrees with one asked when either name holds the other ("甲" and "甲区"). */
function agreesWithAsked(asked: string[], place: string): boolean {
  return asked.some((a) => a.includes(place) || place.includes(a));
}

/** The question's words saying what is counted: not the places asked, not its dating or asking words, not its years. */
function wordsOfWhatIsCounted(analysis: QuestionAnalysis, asked: string[]): string[] {
  return analysis.terms.filter((w) => !agreesWithAsked(asked, w) && !NOT_WHAT_IS_COUNTED.test(w) && !askedYears(w).length);
}

/** The passage a citation quotes from (a trimmed quote found by its own words). */
function quotedPassage(citation: Citation, passages: Passage[]): Passage | undefined {
  return passages.find((p) => p.chunk.docId === citation.docId && p.chunk.sectionPath === citation.section && p.chunk.text.includes(quoteOpening(citation.quote)));
}

/**
 * The place a cited document is of: a title naming the place asked makes it about that place, whoever issued it
 * ("甲县…调研报告" of the city's bureau); else the issuer's own unit ("A市住房和城乡建设局" → A), else the place
 * its title opens with.
 */
function documentPlaceOf(title: string, issuers: string[], asked: string[]): string | undefined {
  const titlePlace = askedPlaces(title)[0];
  return (titlePlace && agreesWithAsked(asked, titlePlace) ? titlePlace : undefined) ?? issuers[0] ?? titlePlace;
}

/** The text of a passage before a quoted sentence, where 该区 and the paragraph find their place ('' when not found). */
function passageTextBefore(passage: Passage | undefined, sentence: string): string {
  const at = passage ? passage.chunk.text.indexOf(sentence.slice(0, QUOTE_OPENING_CHARS)) : -1;
  return at > 0 ? passage!.chunk.text.slice(0, at) : '';
}

/** The sentences a citation quotes, each with the places of its figures of the kind asked. */
function figureSentencesOf(citation: Citation, passages: Passage[], figure: RegExp, asked: string[], originOf: (docId: string) => string): FigureSentence[] {
  const passage = quotedPassage(citation, passages);
  const issuers = issuerPlaces(originOf(citation.docId));
  const documentPlace = documentPlaceOf(citation.title, issuers, asked);
  // A sentence of the place's own document is of it, or of a part of it ("甲区…" in A's report).
  const own = issuers.some((p) => agreesWithAsked(asked, p)) || (!!documentPlace && agreesWithAsked(asked, documentPlace));
  return splitSentences(citation.quote).map((s) => {
    const text = s.text.replace(/^……/u, '');
    const before = passageTextBefore(passage, text);
    const paragraph = before.split('\n').at(-1) ?? '';
    return { citation, text, own, paragraph, places: placesOfFigures(text, figure, { before, documentPlace, known: asked }) };
  });
}

/** A how-many question of a place: the places asked and the words saying what is counted. */
interface PlaceFigureAsked {
  analysis: QuestionAnalysis;
  asked: string[];
  counted: string[];
}

/** Whether a text holds every word of what is counted. */
function holdsAllCounted(q: PlaceFigureAsked, text: string): boolean {
  return q.counted.every((w) => holdsFocus(q.analysis, normalizeForMatch(text), w));
}

/**
 * Whether a sentence states the figure of the place asked: of the place's own document, or a figure of the place asked
 * or of no place known. What is counted may be said once for a run of figures ("…完成改造城镇老旧小区160个。分县区看，…
 * 南岭县31个"): the paragraph before the place's figure counts.
 */
function statesAskedPlacesFigure(s: FigureSentence, q: PlaceFigureAsked): boolean {
  const ofAsked = s.own || s.places.some((p) => !p.length || p.some((place) => agreesWithAsked(q.asked, place)));
  return ofAsked && holdsAllCounted(q, `${s.paragraph}${s.text}`);
}

/** Whether a sentence states what is counted as another place's figure only: each figure's place known and none asked. */
function statesOtherPlacesFigure(s: FigureSentence, q: PlaceFigureAsked): boolean {
  return !s.own && holdsAllCounted(q, s.text) && s.places.every((p) => p.length && !p.some((place) => agreesWithAsked(q.asked, place)));
}

/** Whether a quoted sentence names a place asked (only not as its figure's place). */
function namesPlaceAsked(sentences: FigureSentence[], asked: string[]): boolean {
  return sentences.some((s) => asked.some((a) => normalizeForMatch(s.text).includes(normalizeForMatch(a))));
}

/** The refusal naming whose figure the library states, quoting it. */
function otherPlacesFigureAnswer(other: FigureSentence, analysis: QuestionAnalysis, asked: string[], passages: Passage[], originOf: (docId: string) => string): { answer: string; citations: Citation[] } {
  const owner = [...new Set(other.places.flat())].map((p) => placeAsWritten(p, originOf(other.citation.docId), other.text, passages.map((x) => x.chunk.text).join('\n'))).join('、');
  const place = asked.map((a) => placeAsWritten(a, analysis.text)).join('、');
  return {
    answer: `现有文件中没有写明${place}的这一数字，无法作答。文件中的这一数字是${owner}的：${withCitation(other.text, '[1]')}`,
    citations: [{ ...other.citation, quote: other.text, n: 1 }],
  };
}

/**
 * "甲县今年完工了多少个小区" answered by "…今年该区17个项目…还有5个小区在扫尾，将确保…全部完工" (该区: the district
 * the passage spoke of before) beside "在甲县、乙县的6个小区同步建设了社区食堂"; "A市2025年计划加装几台电梯" by
 * "计划…加装电梯90台，力争A市…实现零的突破" (the city's plan): the place asked is named, but in another clause or
 * sentence than the figure of what is asked, which is another place's. Refused, saying whose figure the library
 * states. A sentence whose figure is of the place asked (or of no place known) and which holds what is counted keeps
 * the answer.
 */
export function figureOfOtherPlaceRefusal(analysis: QuestionAnalysis, citations: Citation[], passages: Passage[], originOf: (docId: string) => string): { answer: string; citations: Citation[] } | undefined {
  const figure = askedFigure(analysis.text);
  const asked = placesAskedOf(analysis);
  if (!figure || !asked.length || analysis.comparison || !citations.length) return undefined;
  const q: PlaceFigureAsked = { analysis, asked, counted: wordsOfWhatIsCounted(analysis, asked) };
  const sentences = citations.flatMap((c) => figureSentencesOf(c, passages, figure, asked, originOf));
  const stating = sentences.filter((s) => s.places.length);
  if (stating.some((s) => statesAskedPlacesFigure(s, q))) return undefined;
  const other = stating.find((s) => statesOtherPlacesFigure(s, q));
  if (!other || !namesPlaceAsked(sentences, asked)) return undefined;
  return otherPlacesFigureAnswer(other, analysis, asked, passages, originOf);
}
