// Query planning: which searches a question needs and how their hits are merged into the passages to answer from.
import type { Chunk, SearchHit, Searcher } from '../types.js';
import {
  asksItemWithin,
  headingNumber,
  headingWords,
  itemOrdinalAsked,
  labelledArticleOrdinals,
  labelsArticle,
  mentionsArticle,
  numberedItemAsked,
  numberedLineOrdinals,
  sharedHeadingRun,
  TITLE_TAIL_CHARS,
  withoutNotesItem,
} from '../text/markers.js';
import { toChineseNumeral, CN_DIGIT_CHARS } from '../text/numerals.js';
import { COPY_CUT_SHORT } from '../text/boilerplate.js';
import { SECTION_SEPARATOR } from '../text/sectionPath.js';
import { articleItemAsPartItem, inPartItem, kindNamedBefore, opensItem, partItemReference, titleEndNamedBefore, titleIsOfKind } from '../text/itemReferences.js';
import { SEARCH_DEFAULTS } from './searchDefaults.js';
import { documentReference, referencedDocument, REFERENCE_DEPTH } from './docReference.js';
import { splitSentences } from '../text/sentences.js';
import { askedKindsOf, asksForItems, asksMeaning, definesAskedTerm, LISTS_KINDS } from '../text/questionTypes.js';

export interface RetrievalRequest {
  /** The standalone question to search with. */
  question: string;
  /** For a follow-up: the earlier question(s) whose document the follow-up is about; "" or absent otherwise. */
  focus?: string;
  /** For a follow-up naming a section ("第二条…"): the section path prefix ("二、") to pull from the focused document. */
  sectionMarker?: string;
  /** How many search hits to keep (sections and articles come on top). */
  k: number;
}

export interface RetrievedPassages {
  hits: SearchHit[];
  /** The document a follow-up or a named article is about. */
  focusDocId?: string;
  /** Number of leading hits that are the section or article the question names ("第二条…"). */
  sectionHits: number;
  /** The document the question names by 文号 or proposal number, and the words that name it. */
  named?: { docId: string; reference: string };
  /** "工作原则第三条" where the section so headed has fewer items: no passage is that item. */
  missingItem?: MissingItem;
  /** "…办法第七条" where the document so named stops at 第五条 (or at its part 五、): no passage is that article. */
  missingArticle?: MissingArticle;
}

/** A section the question names by its heading, which lacks the item ordinal it asks for. */
export interface MissingItem {
  docId: string;
  title: string;
  heading: string;
  ordinal: number;
  /** How many numbered items the section has. */
  items: number;
}

/** A document the question names, which has no article numbered as asked. */
export interface MissingArticle {
  docId: string;
  title: string;
  /** The article asked, as documents label it ("第七条"). */
  label: string;
  /** The document's last article ("第五条" → 5), when it labels articles. */
  lastArticle?: number;
  /** How many numbered parts the document has (一、 to 五、 → 5), when it labels no article. */
  parts?: number;
}

/**
 * The passages a question is answered from:
 * 1. Search the corpus with the question.
 * 2. A follow-up (focus given): find the earlier question's document, search within it, and put the section the
 *    follow-up names first, then the in-document hits, then the corpus hits. Done.
 * 3. Otherwise find the one document the question names by 文号 or proposal number, if any.
 * 3a. An article the named document does not have ("…办法第七条" of one that stops at 第五条) is nowhere: no passage is it.
 * 4. An article the question names ("第五条") in that document, or in the best-ranked document that has one, comes first.
 * 5. Else a named document's own hits come before the corpus hits.
 */
export async function retrievePassages(search: Searcher, request: RetrievalRequest): Promise<RetrievedPassages> {
  const { question, focus, k } = request;
  // A question naming a 文号 is searched once, deep enough for the named-document step too.
  const kinds = focus ? undefined : askedKindsOf(question);
  const meaning = asksMeaning(question);
  const deep = !focus && (documentReference(question) || kinds || meaning) ? Math.max(k, REFERENCE_DEPTH) : k;
  const questionHits = await search.search(question, { k: deep });
  const listed = withKindsList(questionHits, kinds, k);
  const defines = (c: Chunk) => splitSentences(c.text).some((x) => definesAskedTerm(question, x.text));
  const hits = meaning ? withFoundChunk(listed, questionHits, defines, k) : listed;
  if (focus) return withFocusDocument(search, request, hits);
  const named = await referencedDocument(search, question, questionHits);
  const missingArticle = missingNamedArticle(search, question, named?.docId, hits);
  if (missingArticle) return { hits, sectionHits: 0, named, missingArticle };
  let article = articleHits(search, question, named?.docId, hits);
  if (!article.length) {
    const missingItem = missingNamedItem(search, question, named?.docId, hits);
    if (missingItem) return { hits, sectionHits: 0, named, missingItem };
    article = titledPartHits(search, question, named?.docId, hits);
  }
  if (article.length) {
    const rest = hits.filter((h) => !article.some((a) => a.chunk.id === h.chunk.id));
    return { hits: [...article, ...rest].slice(0, k + article.length), focusDocId: article[0].chunk.docId, sectionHits: article.length, named };
  }
  const headed = headedSectionHits(search, question, named?.docId, hits);
  if (headed.length) {
    const rest = hits.filter((h) => !headed.some((a) => a.chunk.id === h.chunk.id));
    return { hits: [...headed, ...rest].slice(0, k + headed.length), focusDocId: headed[0].chunk.docId, sectionHits: headed.length, named };
  }
  if (!named) return { hits, sectionHits: 0 };
  const inDoc = await search.search(question, { k, docId: named.docId });
  return { hits: mergeHits(inDoc, hits).slice(0, k), focusDocId: named.docId, sectionHits: 0, named };
}

/**
 * "老旧小区改造包括哪些内容？": a definition of the subject often outranks the sentence that lists its kinds ("改造内容分为
 * 基础类、完善类和提升类"). The first chunk of the deeper search that holds such a list of the thing asked (its words
 * and 内容, as documents write it) joins the top k, ahead of them.
 */
function withKindsList(questionHits: SearchHit[], kinds: string | undefined, k: number): SearchHit[] {
  const top = questionHits.slice(0, k);
  if (!kinds) return top;
  return withFoundChunk(top, questionHits, (c) => splitSentences(c.text).some((x) => x.text.includes(kinds) && LISTS_KINDS.test(x.text)), k);
}

/**
 * "什么叫城镇老旧小区？": in a library about 城镇老旧小区 every chunk holds the term, and the one defining it ("本办法所称
 * 城镇老旧小区，是指…") may rank anywhere; when the top k holds no chunk defining it, the first of the deeper search that
 * does joins them, ahead.
 */
function withFoundChunk(top: SearchHit[], questionHits: SearchHit[], wanted: (c: Chunk) => boolean, k: number): SearchHit[] {
  if (top.some((h) => wanted(h.chunk))) return top;
  const found = questionHits.slice(k).find((h) => wanted(h.chunk));
  return found ? [found, ...top.slice(0, k - 1)] : top;
}

/** Step 2: a follow-up is answered from the earlier question's document first. */
async function withFocusDocument(search: Searcher, request: RetrievalRequest, hits: SearchHit[]): Promise<RetrievedPassages> {
  const { question, focus = '', sectionMarker, k } = request;
  const [top] = await search.search(focus, { k: 1 });
  if (!top) return { hits, sectionHits: 0 };
  const focusDocId = top.chunk.docId;
  const inFocus = await search.search(question, { k: Math.ceil(k / 2), docId: focusDocId });
  const section = sectionMarker
    ? search
        .chunksOf(focusDocId)
        .filter((c) => c.sectionPath.startsWith(sectionMarker))
        .slice(0, SEARCH_DEFAULTS.sectionChunks)
        .map((chunk) => ({ chunk, score: top.score }))
    : [];
  return { hits: mergeHits(section, inFocus, hits).slice(0, k + section.length), focusDocId, sectionHits: section.length };
}

/** Hit lists merged in order, each chunk once (its first hit kept). */
export function mergeHits(...lists: SearchHit[][]): SearchHit[] {
  const merged = new Map<string, SearchHit>();
  for (const hit of lists.flat()) if (!merged.has(hit.chunk.id)) merged.set(hit.chunk.id, hit);
  return [...merged.values()];
}

/**
 * Step 4, "雨污分流导则第五条怎么规定的？": the named article of the named document, or of the best-ranked document
 * that has an article so labelled.
 */
function articleHits(search: Searcher, question: string, namedDocId: string | undefined, hits: SearchHit[]): SearchHit[] {
  const label = articleLabel(question);
  const item = label ? undefined : partItemReference(question);
  if (!label && !item) return [];
  const docIds = namedDocId ? [namedDocId] : [...new Set(hits.map((h) => h.chunk.docId))];
  // "工作原则第一条": a section the question names by its heading, and its first item — before an article labelled 第一条
  // in another section or document, which is not the item asked.
  const ordinal = label ? itemOrdinalAsked(question) : undefined;
  for (const docId of ordinal === undefined ? [] : docIds) {
    const chunks = search.chunksOf(docId).filter((c) => underNamedHeading(c.sectionPath.split(SECTION_SEPARATOR), question, ordinal!));
    if (chunks.length) return asSectionHits(chunks, hits);
  }
  if (ordinal !== undefined && docIds.some((docId) => namedHeadingIn(search.chunksOf(docId), question))) return [];
  const found = namedSectionHits(search, question, docIds, hits, label ? { label } : { item: item! });
  if (found.length || !label) return found;
  // "联合验收办法第七条第（二）项" of a document numbered 七、… >（二）…: no article so labelled, its part and item — only in a
  // document that labels no article at all, and of the kind named before the reference (办法) when one is: another
  // document's part 七、（二） is not the article asked.
  const asPart = articleItemAsPartItem(question);
  if (!asPart) return [];
  const kind = kindNamedBefore(question.slice(0, asPart.index));
  const partNumbered = docIds.filter((docId) => (!kind || isOfKind(search, docId, kind)) && !search.chunksOf(docId).some((c) => labelsArticle(c.text) || c.sectionPath.split(SECTION_SEPARATOR).some(labelsArticle)));
  return namedSectionHits(search, question, partNumbered, hits, { item: asPart });
}

/** The chunks of the first document (in `docIds` order) under the article `label`, or under the part and `item`, as hits. */
function namedSectionHits(
  search: Searcher,
  question: string,
  docIds: string[],
  hits: SearchHit[],
  { label, item }: { label?: string; item?: { part: number; item: number; index: number } },
): SearchHit[] {
  const inSection = (path: string) => {
    const parts = path.split(SECTION_SEPARATOR);
    return label ? parts.some((part) => part.startsWith(label)) : inPartItem(parts, item!);
  };
  for (const docId of item ? namedKindFirst(search, question.slice(0, item.index), docIds) : docIds) {
    const all = search.chunksOf(docId);
    const headed = all.filter((c) => inSection(c.sectionPath));
    // "（三）租金不高于…" run on below "（二）…" in its chunk (a long item line is no heading): the chunk holding that line.
    const chunks = headed.length || !item ? headed : all.filter((c) => holdsItemLineOfPart(c, item)).slice(0, 1);
    // "第四部分第（三）项对居民满意度有什么要求？": the item's sub-section whose heading names what is asked (2.满意度测评),
    // by the words after the reference: the document's title words before it name no sub-section.
    const depth = item ? (chunks[0]?.sectionPath.split(SECTION_SEPARATOR).findIndex((p) => headingNumber(p)?.level === 'item' && headingNumber(p)?.ordinal === item.item) ?? -1) + 1 : 0;
    if (chunks.length) return asSectionHits((depth > 0 ? subsectionNamed(chunks, question.slice(item?.index), depth) : undefined) ?? chunks, hits);
  }
  return [];
}

/**
 * "认定办法二、（三）", "社会资本参与指引第六条第（三）项": the kind of document the words before a numbered item end with
 * (办法, 指引) names which document is meant, so documents whose titles end with it come first; a note on that document
 * ("关于〈…认定办法〉意见采纳情况的说明") or another city's report holds parts so numbered too.
 */
function namedKindFirst(search: Searcher, before: string, docIds: string[]): string[] {
  const kind = kindNamedBefore(before);
  if (!kind) return docIds;
  const ofKind = (docId: string) => isOfKind(search, docId, kind);
  return [...docIds.filter(ofKind), ...docIds.filter((d) => !ofKind(d))];
}

/** Whether a document's title, its closing note aside, ends with the kind `kind`. */
function isOfKind(search: Searcher, docId: string, kind: string): boolean {
  return titleIsOfKind(search.chunksOf(docId)[0]?.title ?? '', kind);
}

/** A named section's chunks as hits, scored as the best search hit so they rank with it. */
function asSectionHits(chunks: Chunk[], hits: SearchHit[]): SearchHit[] {
  return sectionChunks(chunks, hits).map((chunk) => ({ chunk, score: hits[0]?.score ?? 0 }));
}


/**
 * "专题会议纪要第三项议定事项定了什么？", "2024年工作总结第四部分列了哪些问题？": a document named by its title's words
 * whose items are its numbered top-level parts (三、关于…, 四、存在的问题) rather than articles: the part so numbered,
 * from the named or best-ranked document whose title holds the words right before the number.
 */
function titledPartHits(search: Searcher, question: string, namedDocId: string | undefined, hits: SearchHit[]): SearchHit[] {
  // "…纪要第三项", "…通知第二条", "…工作总结第四部分": an item or part asked by its number after its document's words.
  const item = numberedItemAsked(question, ['项', '条', '部分']);
  const ordinal = item?.ordinal;
  // "实施方案第一部分第三条": the item inside the part is asked; the ordinary part-item path reads both numbers.
  if (!item || ordinal === undefined || asksItemWithin(question, item)) return [];
  const tail = question.slice(0, item.index).replace(/[\s的里中]+$/u, '').slice(-TITLE_TAIL_CHARS);
  if (!/^\p{Script=Han}+$/u.test(tail) || tail.length < TITLE_TAIL_CHARS) return [];
  const docIds = namedDocId ? [namedDocId] : [...new Set(hits.map((h) => h.chunk.docId))];
  for (const docId of docIds) {
    const chunks = search.chunksOf(docId);
    if (!chunks[0]?.title.includes(tail)) continue;
    const part = chunks.filter((c) => {
      const top = headingNumber(c.sectionPath.split(SECTION_SEPARATOR)[0] ?? '');
      return top?.level === 'part' && top.ordinal === ordinal;
    });
    if (part.length) return asSectionHits(subsectionNamed(part, question.slice(item.index), 1) ?? part, hits);
  }
  return [];
}

/**
 * "政策解读第三部分里补助方式是怎么变的？", "第四部分第（三）项对居民满意度有什么要求？": the question asks one thing inside
 * a numbered section, and one of its sub-headings (at `depth` in the section path) names it ("（二）改变了市级补助方式",
 * "2.满意度测评"): that sub-section's chunks, not the section's opening items (the section answer quotes from its
 * start). The section whole when no sub-heading, or more than one equally, shares subsectionRunChars characters
 * (SEARCH_DEFAULTS).
 */
function subsectionNamed(part: Chunk[], asked: string, depth: number): Chunk[] | undefined {
  const subheading = (c: Chunk) => c.sectionPath.split(SECTION_SEPARATOR)[depth] ?? '';
  const runs = new Map<string, number>();
  for (const c of part) if (subheading(c)) runs.set(subheading(c), sharedHeadingRun(asked, subheading(c)));
  const ranked = [...runs.entries()].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || best[1] < SEARCH_DEFAULTS.subsectionRunChars || (next && next[1] === best[1])) return undefined;
  return part.filter((c) => subheading(c) === best[0]);
}

/** The words of a heading in `chunks` that the question names and under which numbered items stand, if any. */
function namedHeadingIn(chunks: Chunk[], question: string): { heading: string; items: number } | undefined {
  const items = new Map<string, Set<number>>();
  for (const c of chunks) {
    const parts = c.sectionPath.split(SECTION_SEPARATOR);
    parts.forEach((part, i) => {
      const words = headingWords(part);
      const child = headingNumber(parts[i + 1] ?? '');
      if (!child || !lengthWithin(words, NAMED_HEADING_LENGTH.sectionOfItem) || !namesHeadingOfItem(question, words)) return;
      items.set(words, (items.get(words) ?? new Set()).add(child.ordinal));
    });
  }
  const [heading, ordinals] = [...items.entries()].sort((a, b) => b[0].length - a[0].length)[0] ?? [];
  return heading ? { heading, items: ordinals!.size } : undefined;
}

/**
 * "工作原则第三条" when the section headed 工作原则 has two items: no passage is the item asked, however well another
 * document's 第三条 or another section's third point matches (the item asked is in that section or nowhere).
 */
function missingNamedItem(search: Searcher, question: string, namedDocId: string | undefined, hits: SearchHit[]): MissingItem | undefined {
  const ordinal = articleLabel(question) ? itemOrdinalAsked(question) : undefined;
  if (ordinal === undefined) return undefined;
  const docIds = namedDocId ? [namedDocId] : [...new Set(hits.map((h) => h.chunk.docId))];
  for (const docId of docIds) {
    const chunks = search.chunksOf(docId);
    const named = namedHeadingIn(chunks, question);
    if (named && named.items < ordinal) return { docId, title: chunks[0]?.title ?? '', ordinal, ...named };
  }
  return undefined;
}

/**
 * Step 3a, "维修资金使用办法第七条第（二）项" of a document that stops at 第五条, or numbers its parts 一、 to 五、 and labels
 * no article: the article asked is in the document the question names (by 文号, or by its title's end right before the
 * reference) or nowhere, however well another document's 第七条 or the document's own 第一条 matches. Only past the
 * document's last article, or past its parts and every item numbered within them (askers call a 方案's （七） its 第七条)
 * — a number inside its range that no label reads is more likely a label its text lost — and never of a copy marked as
 * cut short (COPY_CUT_SHORT: the document may go on past what is stored), of a document that writes the article's
 * number anywhere ("依照本办法第七条", a reply's "第三条建议"), nor of an item under a heading the question names
 * ("工作原则第三条", which missingNamedItem reads).
 */
function missingNamedArticle(search: Searcher, question: string, namedDocId: string | undefined, hits: SearchHit[]): MissingArticle | undefined {
  const asked = numberedItemAsked(withoutNotesItem(question), ['条']);
  const label = articleLabel(question);
  if (!asked || asked.ordinal === undefined || !label) return undefined;
  const docId = namedDocId ?? documentNamedByTitleEnd(withoutNotesItem(question).slice(0, asked.index), hits);
  const chunks = docId ? search.chunksOf(docId) : [];
  if (!docId || !chunks.length || namedHeadingIn(chunks, question) || chunks.some((c) => COPY_CUT_SHORT.test(c.text))) return undefined;
  const lines = chunks.map((c) => [...c.sectionPath.split(SECTION_SEPARATOR), c.text].join('\n'));
  if (lines.some((text) => mentionsArticle(text, asked.ordinal!))) return undefined;
  const title = chunks[0].title;
  const articles = lines.flatMap(labelledArticleOrdinals);
  if (articles.length) return asked.ordinal > Math.max(...articles) ? { docId, title, label, lastArticle: Math.max(...articles) } : undefined;
  const parts = chunks.map((c) => headingNumber(c.sectionPath.split(SECTION_SEPARATOR)[0] ?? '')).filter((n) => n?.level === 'part').map((n) => n!.ordinal);
  // Askers call a part's items 条 too ("方案第七条" for the （七） under 三、): past every level's numbers only.
  const numbered = lines.flatMap(numberedLineOrdinals);
  return parts.length && asked.ordinal > Math.max(...parts, ...numbered) ? { docId, title, label, parts: Math.max(...parts) } : undefined;
}

/**
 * The retrieved document whose title ends with the most of the words before a reference ("…维修资金使用办法" before
 * "第七条"), at least SEARCH_DEFAULTS.namedTitleEndChars of them; undefined when none does or two end with as many.
 */
function documentNamedByTitleEnd(before: string, hits: SearchHit[]): string | undefined {
  const titles = new Map(hits.map((h) => [h.chunk.docId, h.chunk.title]));
  const ranked = [...titles].map(([docId, title]) => ({ docId, shared: titleEndNamedBefore(before, title) })).sort((a, b) => b.shared - a.shared);
  const [best, next] = ranked;
  return best && best.shared >= SEARCH_DEFAULTS.namedTitleEndChars && next?.shared !== best.shared ? best.docId : undefined;
}

/**
 * The question names a heading right before the item it asks ("工作原则第三条", "工作原则里的（二）"), not as part of
 * other words ("物业管理办法第五条" names a document's 第五条, not an item under a heading 物业管理).
 */
function namesHeadingOfItem(question: string, words: string): boolean {
  for (let at = question.indexOf(words); at >= 0; at = question.indexOf(words, at + 1)) {
    if (ITEM_FOLLOWS.test(question.slice(at + words.length))) return true;
  }
  return false;
}
const ITEM_FOLLOWS = new RegExp(String.raw`^[\s的里中部分]*(?:第|[（(]|[${CN_DIGIT_CHARS}\d]+[、.．是])`, 'u');

/**
 * How many characters heading words must have for a question to name a section by them: long enough to be a name,
 * short enough to be a heading. A section asked whole ("工作原则有哪些") by its own heading; one of its items
 * ("工作原则第三条") by a heading above the item, which may be longer; the item itself by a shorter one too ("目标第二条").
 */
const NAMED_HEADING_LENGTH = {
  section: { min: 3, max: 10 },
  sectionOfItem: { min: 3, max: 12 },
  aboveItem: { min: 2, max: 12 },
};

function lengthWithin(words: string, range: { min: number; max: number }): boolean {
  return words.length >= range.min && words.length <= range.max;
}

/**
 * "实施细则里提升类都包括什么？", "工作原则有哪些？": a section whose heading's words the question names (（三）提升类,
 * 二、工作原则) holds the items asked, in the named document or the best-ranked ones; its chunks in order (the longest
 * heading named wins).
 */
function headedSectionHits(search: Searcher, question: string, namedDocId: string | undefined, hits: SearchHit[]): SearchHit[] {
  if (!asksForItems(question)) return [];
  const docIds = namedDocId ? [namedDocId] : [...new Set(hits.map((h) => h.chunk.docId))].slice(0, SEARCH_DEFAULTS.headedDocuments);
  for (const docId of docIds) {
    const chunks = search.chunksOf(docId);
    const named = (c: Chunk) => {
      const words = headingWords(c.sectionPath.split(SECTION_SEPARATOR).at(-1) ?? '');
      return lengthWithin(words, NAMED_HEADING_LENGTH.section) && question.includes(words) ? words : '';
    };
    const longest = chunks.map(named).sort((a, b) => b.length - a.length)[0];
    if (!longest) continue;
    const section = chunks.filter((c) => c.sectionPath.split(SECTION_SEPARATOR).some((p) => headingWords(p) === longest));
    return asSectionHits(section, hits);
  }
  return [];
}

/**
 * A section path with a heading the question names by its words ("工作原则") and, right under it, the item numbered
 * `ordinal` ("（一）坚持政府统筹…").
 */
function underNamedHeading(parts: string[], question: string, ordinal: number): boolean {
  return parts.some((part, i) => {
    const words = headingWords(part);
    return lengthWithin(words, NAMED_HEADING_LENGTH.aboveItem) && namesHeadingOfItem(question, words) && headingNumber(parts[i + 1] ?? '')?.ordinal === ordinal;
  });
}

/**
 * At most SEARCH_DEFAULTS.sectionChunks of a named section's chunks, in document order: its first (the article's lead)
 * and, of a longer section, those the question's own search found ("第三条里…兜底接管最长几年？" → its item （四）), then
 * the next ones in order.
 */
function sectionChunks(chunks: Chunk[], hits: SearchHit[]): Chunk[] {
  if (chunks.length <= SEARCH_DEFAULTS.sectionChunks) return chunks;
  const found = hits.map((h) => chunks.find((c) => c.id === h.chunk.id)).filter((c): c is Chunk => !!c);
  const chosen = [...new Set([chunks[0], ...found, ...chunks])].slice(0, SEARCH_DEFAULTS.sectionChunks);
  return chosen.sort((a, b) => a.ordinal - b.ordinal);
}

/** Whether a chunk under the part holds a line opening with the item's number ("（三）租金不高于…"). */
function holdsItemLineOfPart(chunk: Chunk, { part, item }: { part: number; item: number }): boolean {
  const top = headingNumber(chunk.sectionPath.split(SECTION_SEPARATOR)[0] ?? '');
  return top?.level === 'part' && top.ordinal === part && chunk.text.split('\n').some((line) => opensItem(line, item));
}

/**
 * "第五条" (or "第5条", written as the documents write it, 第五条) in a question, if any. "填表说明第2条" is an item of a
 * form's notes, not the document's article 第二条; an article asked beside it ("办法第二条和…填表说明第3条") still is.
 */
export function articleLabel(question: string): string | undefined {
  const item = numberedItemAsked(withoutNotesItem(question), ['条']);
  if (!item) return undefined;
  const n = Number(item.numeral);
  return `第${Number.isInteger(n) ? toChineseNumeral(n) : item.numeral}条`;
}
