import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Logger } from '../logger.js';
import type { Chunk, DocKind, SearchHit, SearchOptions, Searcher } from '../types.js';
import type { VectorRecall } from './embeddingRecall.js';
import { fuseRecalls, type Fused, type FusionSettings } from './fusion.js';
import { idf, rerank, type RerankContext } from './rerank.js';
import { documentNaming, namedDocIds, type NameLookup } from './namedDocument.js';
import { SEARCH_DEFAULTS, withTuning, type SearchTuning } from './searchDefaults.js';
import type { ChunkFilter, LexicalIndex, QueryScoring, Recalled } from './fullTextRecall.js';
import type { ChunkTable } from './chunkTable.js';
import { visibleToChannel } from './channels.js';
import { firstQualifyingToFront } from './moveToFront.js';
import { getSynonyms } from '../text/synonyms.js';
import { getTokenizer } from '../text/tokenizer.js';
import { normalizeWithoutPunctuation } from '../text/simplify.js';
import { QUESTION_NOISE, isSpokenFiller } from '../text/questionWords.js';
import { asksMeaning, definesAskedTerm, headingAsksWhy, opensOnTermSayingWhatItIs, questionTypeOf, termAskedMeaningOf, withoutWhyFrame } from '../text/questionTypes.js';
import { sectionParts } from '../text/sectionPath.js';
import { askedKindOf, statesAskedBeside, wordsBeyondTitleOf } from '../text/askedKind.js';
import { titledSectionFirst } from './titledSectionFirst.js';
import { splitSentences } from '../text/sentences.js';

export type SearchMode = 'hybrid' | 'vector' | 'lexical';

export interface HybridSearchOptions extends SearchOptions {
  /** `vector` or `lexical` runs one recall alone (for evaluation); default `hybrid`. */
  mode?: SearchMode;
  /** Join hits that are adjacent chunks of one section into one passage. */
  mergeAdjacent?: boolean;
  /** How many candidates each recall returns before fusion; default max(50, 5k). */
  depth?: number;
  /** Add near-synonyms of the question's words (src/text/synonyms.txt) at a lower weight; default true. */
  expand?: boolean;
  /** Knobs replacing {@link SEARCH_DEFAULTS} for this call (experiments and evaluation). */
  tuning?: Partial<SearchTuning>;
}

export interface HybridSearcherParts {
  /** Chunks by label (the labels both recalls return). */
  chunks: ChunkTable;
  lexical: LexicalIndex;
  vector: VectorRecall;
  /** Embeds queries exactly as the index's chunks were embedded (same model, same IDF). */
  embeddings: EmbeddingsInterface;
  embeddingsId: string;
  logger?: Logger;
}

const DEFAULT_K = 5;

interface ExpandedQuery {
  text: string;
  /** Near-synonym phrases for words of the question, from the synonym table. */
  expansions: string[];
}

/** The question's BM25 terms, with the weights of those that count less than 1. */
export interface LexicalQuery {
  terms: string[];
  weights?: Map<string, number>;
}
/** Up to this many filtered candidates, vector recall scores them exactly instead of walking the graph. */
const EXACT_SEARCH_LIMIT = 2000;

/**
 * Hybrid search over one set of chunks (knobs: {@link SEARCH_DEFAULTS}):
 * 1. recall: BM25 over jieba terms and the vector index, each `depth` deep, the question's synonyms added at lower
 *    weight, kind/docId filters applied inside each recall;
 * 2. fusion (src/retrieval/fusion.ts): RRF weighted by engine — hashed local vectors only break ties and fill in
 *    below strong BM25 hits; a real embedding model counts evenly;
 * 3. rerank (src/retrieval/rerank.ts): a section whose heading the question names comes first;
 * 4. a document the question names and the library holds (src/retrieval/namedDocument.ts): its best chunks first;
 * 5. the candidate answering the kind of question asked first (each stage moves one, src/retrieval/moveToFront.ts):
 *    the chunk defining a term asked (definitionFirst), a section headed with the why asked (reasonFirst), and within
 *    the best document the section stating the time or figure asked (askedKindFirst);
 * 6. a document's untitled opening ranked first yields to its titled section right after it when that section holds
 *    what is asked and the opening does not (src/retrieval/titledSectionFirst.ts);
 * 7. optionally adjacent chunks of one section are joined into one passage.
 */
export class HybridSearcher implements Searcher {
  readonly embeddingsId: string;
  private readonly table: ChunkTable;
  /** Whether any chunk is restricted to channels (otherwise a channel needs no filter). */
  private readonly restricted: boolean;
  private readonly byKind = new Map<DocKind, number[]>();

  constructor(private readonly parts: HybridSearcherParts) {
    this.table = parts.chunks;
    this.embeddingsId = parts.embeddingsId;
    this.restricted = this.table.hasRestricted;
    for (const label of this.table.liveLabels()) {
      const kind = this.table.kind(label);
      const list = this.byKind.get(kind);
      if (list) list.push(label);
      else this.byKind.set(kind, [label]);
    }
  }

  size(): number {
    return this.table.liveCount;
  }

  documentFrequency(term: string): number {
    return this.parts.lexical.docFrequency(term);
  }

  /** Every live chunk, in index order (for evaluation baselines). */
  allChunks(): readonly Chunk[] {
    return [...this.table.liveLabels()].map((label) => this.table.get(label)!);
  }

  chunksOf(docId: string): Chunk[] {
    return this.table.labelsOf(docId).map((label) => this.table.get(label)!);
  }

  async search(query: string, options: HybridSearchOptions = {}): Promise<SearchHit[]> {
    const k = Math.max(1, Math.floor(options.k ?? DEFAULT_K));
    const text = query.trim();
    if (!text || this.table.liveCount === 0) return [];
    const mode = options.mode ?? 'hybrid';
    const tuning = options.tuning ? withTuning(options.tuning) : SEARCH_DEFAULTS;
    const depth = Math.max(options.depth ?? tuning.depth, k * 5);
    const accept = this.filterFor(options);
    const expanded = expandedQuery(text, options);
    const vectorList = mode === 'lexical' ? [] : await this.recallByVectorOrNothing(expanded, depth, accept, options, mode, tuning);
    const named = mode === 'hybrid' ? this.lookUpName(text, accept, tuning) : undefined;
    const lexicalQuery = mode === 'vector' ? undefined : this.lexicalQuery(expanded, tuning);
    const lexicalList = lexicalQuery ? this.parts.lexical.search(lexicalQuery.terms, depth, accept, lexicalQuery.weights, tuning.lexicalScoring) : [];
    const vectorScores = new Map(vectorList.map((r) => [r.index, r.score]));
    const lexicalScores = new Map(lexicalList.map((r) => [r.index, r.score]));
    const fusion = this.embeddingsId.startsWith('local-') ? tuning.fusion.local : tuning.fusion.model;
    const fused =
      mode === 'hybrid'
        ? this.namedFirst(lexicalQuery!, named!, this.reranked(text, fuseRecalls(vectorList, lexicalList, fusion, tuning.rrfK), tuning, fusion, lexicalScores), accept, tuning)
        : fuseRecalls(vectorList, lexicalList, fusion, tuning.rrfK);
    const defined = mode === 'hybrid' && tuning.definitionFirst ? this.definitionFirst(text, fused) : fused;
    const reasoned = mode === 'hybrid' && tuning.reasonHeadingMinShare > 0 ? this.reasonFirst(text, defined, tuning) : defined;
    const beyondTitleOf = wordsBeyondTitleOf(text);
    const asked = mode === 'hybrid' && tuning.askedKindDepth > 0 ? this.askedKindFirst(text, reasoned, beyondTitleOf, tuning) : reasoned;
    const ranked = mode === 'hybrid' ? titledSectionFirst(text, asked, tuning.titledSectionDepth, this.passageOf, beyondTitleOf) : asked;
    const hits = ranked.slice(0, options.mergeAdjacent ? k * 3 : k).map(
      (f): SearchHit => ({
        chunk: this.table.get(f.index)!,
        score: f.score,
        vectorRank: f.ranks[0],
        lexicalRank: f.ranks[1],
        vectorScore: vectorScores.get(f.index),
        lexicalScore: lexicalScores.get(f.index),
      }),
    );
    return options.mergeAdjacent ? mergeAdjacentHits(hits).slice(0, k) : hits;
  }

  /**
   * Step 3: the rerank stage over the best fused candidates, within the strong-BM25 tier and below it. Where vectors
   * may not reorder the strong tier (local engine), it is reranked from its BM25 scores, not the fused ones.
   */
  private reranked(question: string, fused: (Fused & { strong: boolean })[], tuning: SearchTuning, fusion: FusionSettings, lexicalScores: Map<number, number>): Fused[] {
    if (tuning.headingWeight === 0 && tuning.proximityWeight === 0) return fused;
    const head = fused.slice(0, tuning.rerankDepth);
    const candidateTitles = tuning.headingInTitleNamesDocument ? [...new Set(head.map((f) => normalizeWithoutPunctuation(this.table.head(f.index).title)))] : undefined;
    const ctx: RerankContext = { tokenizer: getTokenizer(), docFrequency: (t) => this.parts.lexical.docFrequency(t), totalChunks: this.table.liveCount, candidateTitles };
    const settings = { headingWeight: tuning.headingWeight, headingMinShare: tuning.headingMinShare, proximityWeight: tuning.proximityWeight };
    const reorder = (tier: Fused[], byLexical: boolean) =>
      rerank(
        question,
        tier.map((f) => ({ f, chunk: this.table.head(f.index), score: byLexical ? (lexicalScores.get(f.index) ?? 0) : f.score })),
        settings,
        ctx,
      ).map((c) => c.f);
    return [
      ...reorder(head.filter((f) => f.strong), !fusion.reorderStrong),
      ...reorder(head.filter((f) => !f.strong), false),
      ...fused.slice(tuning.rerankDepth),
    ];
  }

  /**
   * Before recall: the name (文号, proposal number, 《title》) the question writes, and the held documents it names,
   * found among the chunks recalled for the name itself.
   */
  private lookUpName(question: string, accept: ChunkFilter | undefined, tuning: SearchTuning): NameLookup {
    const settings = tuning.namedDocument;
    const naming = documentNaming(question);
    const nameTerms = new Set(naming.probe ? getTokenizer().searchTerms(naming.probe) : []);
    if (!nameTerms.size) return { naming, nameTerms, held: [] };
    const probe = this.parts.lexical.search([...nameTerms], settings.probeDepth, accept, undefined, tuning.lexicalScoring);
    return { naming, nameTerms, held: namedDocIds(naming, probe.map((r) => this.table.head(r.index)), settings.maxDocuments) };
  }

  /**
   * Step 4: a document the question names and the library holds (by a name it writes, or by its full title among
   * the best candidates) comes first: its chunks scoring at least `leadShare` of its best, in the order the steps
   * before gave them (BM25's order among themselves), then everything else. Only the named document's chunks are
   * scored, so the cost follows its size, not the corpus.
   */
  private namedFirst(query: LexicalQuery, named: NameLookup, fused: Fused[], accept: ChunkFilter | undefined, tuning: SearchTuning): Fused[] {
    const settings = tuning.namedDocument;
    const docIds = named.held.length
      ? named.held
      : namedDocIds(named.naming, fused.slice(0, settings.probeDepth).map((f) => this.table.head(f.index)), settings.maxDocuments);
    if (!docIds.length) return fused;
    const labels = docIds.flatMap((d) => this.table.labelsOf(d)).filter((label) => this.table.isLive(label) && (!accept || accept(label)));
    const { terms, weights } = query;
    const inDoc = this.parts.lexical.searchAmong(terms, labels, weights, tuning.lexicalScoring);
    const best = inDoc[0]?.score ?? 0;
    const lead = new Set(inDoc.filter((r) => r.score >= settings.leadShare * best).map((r) => r.index));
    if (!lead.size) return fused;
    const present = new Set(fused.map((f) => f.index));
    const top = fused[0]?.score ?? 0;
    const deeper = inDoc.filter((r) => lead.has(r.index) && !present.has(r.index)).map((r): Fused => ({ index: r.index, score: top, ranks: [undefined, undefined] }));
    return [...fused.filter((f) => lead.has(f.index)), ...deeper, ...fused.filter((f) => !lead.has(f.index))];
  }

  /**
   * "什么叫城镇老旧小区？": in a library about 城镇老旧小区 every chunk holds the term, and the one defining it ("本办法所称
   * 城镇老旧小区，是指…", or "提升类改造，为丰富…" for a class of its own) may rank anywhere: the best-ranked candidate
   * defining the asked term comes first.
   */
  private definitionFirst<T extends Fused>(question: string, fused: T[]): T[] {
    if (!asksMeaning(question)) return fused;
    const term = termAskedMeaningOf(question);
    const defining = (sentence: string) => definesAskedTerm(question, sentence) || (!!term && opensOnTermSayingWhatItIs(sentence, term));
    const defines = (f: T) => splitSentences(this.table.get(f.index)!.text).some((s) => defining(s.text));
    return firstQualifyingToFront(fused, defines);
  }

  /**
   * "市级补助资金为什么要改成分两次拨付？": the section a policy explanation gives that why under ("四、为什么要分两次拨付")
   * shares few words with the question beyond its heading, and the rules it explains outrank it; the best-ranked
   * candidate under a heading asking why, whose heading and document title hold the question's words, comes first.
   */
  private reasonFirst<T extends Fused>(question: string, fused: T[], tuning: SearchTuning): T[] {
    if (questionTypeOf(question)?.name !== '原因') return fused;
    const asked = [...new Set(getTokenizer().searchTerms(withoutWhyFrame(question)))].filter((t) => !QUESTION_NOISE.has(t) && !isSpokenFiller(t));
    const weight = (t: string) => idf(this.parts.lexical.docFrequency(t), this.table.liveCount);
    const total = asked.reduce((s, t) => s + weight(t), 0);
    if (total <= 0) return fused;
    const answersWhy = (f: T) => {
      const chunk = this.table.head(f.index);
      const heading = sectionParts(chunk.sectionPath).at(-1);
      if (!heading || !headingAsksWhy(question, heading)) return false;
      // By the text, not its terms: the title writes "城镇老旧小区改造" where the question's term is "老旧小区改造".
      const named = `${chunk.title} ${heading}`;
      return asked.reduce((s, t) => s + (named.includes(t) ? weight(t) : 0), 0) / total >= tuning.reasonHeadingMinShare;
    };
    return firstQualifyingToFront(fused, answersWhy, { to: tuning.rerankDepth });
  }

  /**
   * "青松公寓的入住登记在什么时候": the document is found, but its section sharing the question's words ("入住登记", on
   * what to bring) outranks the one giving the dates ("入住登记：5月6日至5月10日"). When the question asks a time or a
   * figure of a kind (src/text/askedKind.ts) that the best candidate does not state, the best-ranked of the first
   * askedKindDepth candidates from the same document that states it comes first. Only that document's sections move:
   * another document stating a figure may be another year's or another place's. The moved section states it in a
   * sentence holding a word of the question beyond the document's title: "本指南自…起施行" or "房源2024年建成" give a
   * time, "物业服务费每月每平方米1.2元" a fee, but of something else than what is asked.
   */
  private askedKindFirst<T extends Fused>(question: string, fused: T[], beyondTitleOf: (title: string) => string[], tuning: SearchTuning): T[] {
    const asked = askedKindOf(question);
    if (!asked || fused.length < 2) return fused;
    const text = (f: T) => this.table.get(f.index)!.text;
    if (asked.states(text(fused[0]))) return fused;
    const docId = this.table.docId(fused[0].index);
    const words = beyondTitleOf(this.table.head(fused[0].index).title);
    const sameDocumentStatesAsked = (f: T) => this.table.docId(f.index) === docId && statesAskedBeside(asked, words, text(f));
    return firstQualifyingToFront(fused, sameDocumentStatesAsked, { from: 1, to: tuning.askedKindDepth });
  }

  /** How titledSectionFirst reads a candidate. */
  private readonly passageOf = {
    docId: (f: Fused) => this.table.docId(f.index),
    sectionPath: (f: Fused) => this.table.head(f.index).sectionPath,
    title: (f: Fused) => this.table.head(f.index).title,
    text: (f: Fused) => this.table.get(f.index)!.text,
  };

  /**
   * The BM25 query hybrid search runs for a question (its own terms, its synonyms' and question words at lower
   * weight) and the scoring it runs it with: the benchmark times this recall alone, beside plain BM25.
   */
  lexicalQueryOf(question: string, options: Pick<HybridSearchOptions, 'expand' | 'tuning'> = {}): LexicalQuery & { scoring: QueryScoring } {
    const tuning = options.tuning ? withTuning(options.tuning) : SEARCH_DEFAULTS;
    return { ...this.lexicalQuery(expandedQuery(question.trim(), options), tuning), scoring: tuning.lexicalScoring };
  }

  /** Vector recall alone (for evaluation and the benchmark). */
  searchVectorOnly(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.search(query, { ...options, mode: 'vector' });
  }

  /** BM25 recall alone (for evaluation and the benchmark). */
  searchLexicalOnly(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.search(query, { ...options, mode: 'lexical' });
  }

  /** In hybrid mode a failing embeddings service (e.g. a local model server that is down) leaves BM25 to answer alone. */
  private async recallByVectorOrNothing(
    query: ExpandedQuery,
    depth: number,
    accept: ChunkFilter | undefined,
    options: SearchOptions,
    mode: SearchMode,
    tuning: SearchTuning,
  ): Promise<Recalled[]> {
    try {
      return await this.recallByVector(query, depth, tuning, accept, this.fewCandidates(options));
    } catch (err) {
      if (mode !== 'hybrid') throw err;
      this.parts.logger?.warn({ err: (err as Error).message }, '向量检索失败，本次仅用全文检索');
      return [];
    }
  }

  private async recallByVector(query: ExpandedQuery, depth: number, tuning: SearchTuning, accept?: ChunkFilter, among?: number[]): Promise<Recalled[]> {
    const vector = await this.queryVector(query, tuning.expansionVectorWeight);
    return among ? this.parts.vector.searchAmong(vector, among, depth) : this.parts.vector.search(vector, depth, accept);
  }

  /** The chunk positions a filter allows, when they are few enough to score exactly. */
  private fewCandidates(options: SearchOptions): number[] | undefined {
    const docIds = toSet<string>(options.docId);
    const kinds = toSet<DocKind>(options.kind);
    if (!docIds && !kinds) return undefined;
    const pool = docIds ? [...docIds].flatMap((d) => this.table.labelsOf(d)) : [...kinds!].flatMap((k) => this.byKind.get(k) ?? []);
    if (pool.length > EXACT_SEARCH_LIMIT) return undefined;
    const accept = this.filterFor(options);
    return accept ? pool.filter(accept) : pool;
  }

  /** The question's embedding, nudged towards its expansions' embedding (which weighs less). */
  private async queryVector(query: ExpandedQuery, expansionWeight: number): Promise<number[]> {
    if (query.expansions.length === 0) return this.parts.embeddings.embedQuery(query.text);
    // Both as queries (some models embed queries differently from documents), in parallel for a remote server.
    const [own, expansion] = await Promise.all([
      this.parts.embeddings.embedQuery(query.text),
      this.parts.embeddings.embedQuery(query.expansions.join(' ')),
    ]);
    return normalised(own.map((v, i) => v + expansionWeight * (expansion[i] ?? 0)));
  }

  /** The question's BM25 terms and their weights: synonyms and question words count less than the question's topic. */
  private lexicalQuery(query: ExpandedQuery, tuning: SearchTuning): LexicalQuery {
    const tokenizer = getTokenizer();
    const own = tokenizer.searchTerms(query.text);
    const ownSet = new Set(own);
    const added = tokenizer.searchTerms(query.expansions.join(' ')).filter((t) => !ownSet.has(t));
    const weights = new Map(added.map((t) => [t, tuning.expansionTermWeight]));
    if (tuning.questionWordWeight !== 1) for (const t of own) if (QUESTION_NOISE.has(t) || isSpokenFiller(t)) weights.set(t, tuning.questionWordWeight);
    return { terms: [...own, ...added], weights: weights.size ? weights : undefined };
  }

  /**
   * Kind, document and channel restrictions as one filter, applied inside both recalls (before their top k), so a
   * chunk the caller may not see never takes a place.
   */
  private filterFor(options: SearchOptions): ChunkFilter | undefined {
    const kinds = toSet<DocKind>(options.kind);
    const docIds = toSet<string>(options.docId);
    const channel = this.restricted ? options.channel : undefined;
    if (!kinds && !docIds && channel === undefined) return undefined;
    const table = this.table;
    return (i) =>
      table.isLive(i) &&
      (!kinds || kinds.has(table.kind(i))) &&
      (!docIds || docIds.has(table.docId(i))) &&
      (channel === undefined || visibleToChannel(table.channels(i), channel));
  }
}

/** The question and, unless turned off, the near-synonym phrases of its words. */
function expandedQuery(text: string, options: Pick<HybridSearchOptions, 'expand'>): ExpandedQuery {
  return { text, expansions: options.expand === false ? [] : getSynonyms().expand(text) };
}

function normalised(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0)) || 1;
  return vector.map((v) => v / norm);
}

function toSet<T>(value: T | T[] | undefined): Set<T> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.length ? new Set(list) : undefined;
}

/** Joins hits whose chunks follow each other in one section; the joined hit keeps the better score and position. */
export function mergeAdjacentHits(hits: SearchHit[]): SearchHit[] {
  const groups: SearchHit[][] = [];
  for (const hit of hits) {
    const group = groups.find((g) => g.some((h) => areAdjacent(h.chunk, hit.chunk)));
    if (group) group.push(hit);
    else groups.push([hit]);
  }
  return groups.map((group) => {
    if (group.length === 1) return group[0];
    const ordered = [...group].sort((a, b) => a.chunk.ordinal - b.chunk.ordinal);
    if (!isContiguous(ordered.map((h) => h.chunk.ordinal))) return group[0];
    const first = ordered[0].chunk;
    const last = ordered[ordered.length - 1].chunk;
    const chunk: Chunk = {
      ...first,
      text: ordered.map((h) => h.chunk.text).join('\n'),
      end: last.end,
    };
    return { ...group[0], chunk };
  });
}

function areAdjacent(a: Chunk, b: Chunk): boolean {
  return a.docId === b.docId && a.sectionPath === b.sectionPath && Math.abs(a.ordinal - b.ordinal) === 1;
}

function isContiguous(ordinals: number[]): boolean {
  return ordinals.every((o, i) => i === 0 || o === ordinals[i - 1] + 1);
}
