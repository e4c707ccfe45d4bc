import { READ_DEFAULTS, readSections, writeSections, type FileFingerprint, type ReadOptions } from './binaryFile.js';
import type { CheckedRegion } from './checkedRegion.js';
import { FIELDS, type ChunkTerms } from './terms.js';
import { coordinate, maxScoreTopK, type TermPostings } from './maxScore.js';
import { TopK, seek, type Recalled } from './topK.js';

export { topByScore, type Recalled } from './topK.js';


export type ChunkFilter = (index: number) => boolean;

export interface LexicalOptions {
  /** Term-frequency saturation. */
  k1: number;
  /**
   * Length normalisation, applied within each field against that field's average length. 0.5, not BM25's usual 0.75:
   * a long chunk (a whole FAQ, a one-chunk news report, a reply section listing several measures) holding the asked
   * words lost to a short one merely naming them. On the 516 answerable tune questions (12 sets), hybrid R@1 437 → 444,
   * MRR sum 463.35 → 467.02, R@5 alike on every set; 0.3–0.6 all beat 0.75, 0.9 is worse.
   */
  b: number;
  /**
   * BM25F field weights: a term in the heading path says what a whole section is about, so it counts twice a word
   * of body text. The title field (title, 文号, issuer and place: see terms.ts) is shared by every chunk of a
   * document, so it tells chunks of one document apart not at all. On the 166 tune questions (with the current
   * SEARCH_DEFAULTS) hybrid MRR is 0.969 for title 0.5–2, heading 1–3, b 0.5–0.75 and k1 0.9–1.6 alike, and 0.966
   * for b 0.9: these defaults are a judgement on a plateau, not a fit.
   */
  fieldWeights: Record<(typeof FIELDS)[number], number>;
}

/**
 * Query-time scoring on top of BM25F (no re-indexing needed to change them): what a chunk gains for holding many of
 * the question's distinct terms rather than a few of them often.
 */
export interface QueryScoring {
  /**
   * The score is multiplied by (number of distinct query terms matched)^coordination, as MiniSearch does with
   * exponent 1: a chunk holding four of the question's words beats one repeating two. 0 turns it off.
   */
  coordination: number;
  /** BM25+ lower bound δ: every matched term adds at least idf·δ, however long the chunk (MiniSearch: 0.5). */
  termFloor: number;
}

export const PLAIN_BM25: QueryScoring = { coordination: 0, termFloor: 0 };

/**
 * What {@link LexicalIndex.search} and the exhaustive reference it must agree with both take: the query's terms, how
 * many chunks to return, which chunks may be returned, a weight per term (default 1), and the scoring (default plain BM25).
 */
type TopKQuery = [queryTerms: string[], depth: number, accept?: ChunkFilter, weights?: ReadonlyMap<string, number>, scoring?: QueryScoring];


export const LEXICAL_DEFAULTS: LexicalOptions = {
  k1: 1.2,
  b: 0.5,
  fieldWeights: { title: 1, heading: 2, body: 1 },
};

const FIELD_COUNT = FIELDS.length;
const FORMAT = 'bm25f-2';

/** What a lexical index holds on disk and in memory (postings in label order). */
interface LexicalData {
  vocabulary: string[];
  /** Postings of term t: [offsets[t], offsets[t+1]). */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Each posting's query-independent BM25F part (saturated, length-normalised, field-weighted tf). */
  impacts: Float32Array;
  /** The largest impact of each term: what it can add at most, times its IDF. */
  maxImpact: Float32Array;
  /** 1 for a label that is a live chunk, 0 for a removed one (which has no postings). */
  alive: Uint8Array;
  /**
   * Average field lengths the impacts were normalised with: fixed at a full build and kept by incremental
   * updates (like the local embeddings' IDF), so old postings never need re-scoring; a full rebuild refreshes them.
   */
  averages: number[];
}

/**
 * Postings of a loaded index not read yet: on disk all postings' labels then all their impacts, one block-checked
 * section; a term's are read (and checked) into the full-size arrays the first time a query uses it.
 */
interface UnreadPostings {
  region: CheckedRegion;
  read: Uint8Array;
}

/** Postings read from disk at once when a whole index is needed (bounds the temporary buffer). */
const READ_ALL_PIECE = 8 << 20;

/**
 * BM25F over an inverted index in typed arrays, with MaxScore dynamic pruning: each posting's query-independent
 * part (saturated, length-normalised, field-weighted tf) is computed once at load, each term's largest such value
 * bounds what it can add, and documents that cannot reach the current top k are never fully scored. A loaded index
 * reads a term's postings from its file the first time a query uses the term (most terms are never asked for).
 */
export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  readonly liveCount: number;

  private constructor(
    private readonly data: LexicalData,
    readonly options: LexicalOptions,
    private unread?: UnreadPostings,
  ) {
    this.termIds = new Map();
    data.vocabulary.forEach((t, i) => this.termIds.set(t, i));
    let live = 0;
    for (const a of data.alive) live += a;
    this.liveCount = live;
  }

  /** Number of live chunks. */
  get size(): number {
    return this.liveCount;
  }

  /** Number of live chunks holding `term` (read by the rerank stage and the answerability gate). */
  docFrequency(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : this.data.offsets[t + 1] - this.data.offsets[t];
  }

  /** Number of labels, live or removed. */
  get labels(): number {
    return this.data.alive.length;
  }

  get vocabulary(): readonly string[] {
    return this.data.vocabulary;
  }

  /** Builds from each label's field terms (ids into `vocabulary`); `undefined` marks a removed label. */
  static build(vocabulary: readonly string[], docs: (ChunkTerms | undefined)[], options: LexicalOptions = LEXICAL_DEFAULTS): LexicalIndex {
    return new LexicalIndex(buildData([...vocabulary], docs, options), options);
  }

  /**
   * A new index with `removed` labels dropped and `added` labels (all above the current ones) appended; `vocabulary`
   * extends this one's (new terms at the end). One pass over the postings, no re-tokenizing.
   */
  withChanges(vocabulary: readonly string[], removed: ReadonlySet<number>, added: Map<number, ChunkTerms>): LexicalIndex {
    this.readAll();
    return new LexicalIndex(mergeData(this.data, [...vocabulary], removed, added, this.options), this.options);
  }

  /**
   * The `depth` best chunks for the query terms, best first, by MaxScore; `accept` restricts which chunks may be
   * returned (checked before a chunk can take a place in the top k); `weights` scales a term (default 1).
   */
  search(...[queryTerms, depth, accept, weights, scoring = PLAIN_BM25]: TopKQuery): Recalled[] {
    return maxScoreTopK(this.data, this.queryLists(queryTerms, weights, scoring), depth, scoring, accept);
  }

  /**
   * The given labels (e.g. one document's chunks) scored exactly as {@link search} scores them, best first, those
   * matching no term left out: each term's postings are searched for each label, so the cost follows the labels, not
   * the corpus.
   */
  searchAmong(queryTerms: string[], labels: readonly number[], weights?: ReadonlyMap<string, number>, scoring: QueryScoring = PLAIN_BM25): Recalled[] {
    const { docs, impacts } = this.data;
    const lists = this.queryLists(queryTerms, weights, scoring);
    const scored: Recalled[] = [];
    for (const label of labels) {
      let score = 0;
      let matched = 0;
      for (const list of lists) {
        const p = seek(docs, list.from, list.to, label);
        if (p < list.to && docs[p] === label) {
          score += list.weight * (impacts[p] + scoring.termFloor);
          matched++;
        }
      }
      if (matched) scored.push({ index: label, score: coordinate(score, matched, scoring.coordination) });
    }
    return scored.sort((a, b) => b.score - a.score || a.index - b.index);
  }

  /** Scores every posting of every query term (the reference {@link search} must agree with). */
  searchExhaustive(...[queryTerms, depth, accept, weights, scoring = PLAIN_BM25]: TopKQuery): Recalled[] {
    const scores = new Float64Array(this.labels);
    const matched = new Uint16Array(this.labels);
    const touched: number[] = [];
    for (const list of this.queryLists(queryTerms, weights, scoring)) {
      for (let p = list.from; p < list.to; p++) {
        const d = this.data.docs[p];
        if (matched[d] === 0) touched.push(d);
        scores[d] += list.weight * (this.data.impacts[p] + scoring.termFloor);
        matched[d]++;
      }
    }
    const top = new TopK(depth);
    for (const d of touched.sort((a, b) => a - b)) if (!accept || accept(d)) top.offer(d, coordinate(scores[d], matched[d], scoring.coordination));
    return top.sorted();
  }

  private queryLists(queryTerms: string[], weights: ReadonlyMap<string, number> | undefined, scoring: QueryScoring) {
    const n = this.liveCount;
    const lists: TermPostings[] = [];
    for (const term of new Set(queryTerms)) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const from = this.data.offsets[t];
      const to = this.data.offsets[t + 1];
      const df = to - from;
      if (df === 0) continue;
      this.readTerm(t);
      const weight = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (weights?.get(term) ?? 1);
      lists.push({ from, to, weight, bound: weight * (this.data.maxImpact[t] + scoring.termFloor) });
    }
    return lists;
  }

  /** Reads term `t`'s postings from disk if they are not in memory yet (throws IndexDamaged on a damaged block). */
  private readTerm(t: number): void {
    const unread = this.unread;
    if (!unread || unread.read[t]) return;
    this.copyPostings(unread.region, this.data.offsets[t], this.data.offsets[t + 1]);
    unread.read[t] = 1;
  }

  /** Every posting in memory (before merging or saving). */
  private readAll(): void {
    if (!this.unread) return;
    const n = this.data.docs.length;
    for (let from = 0; from < n; from += READ_ALL_PIECE) this.copyPostings(this.unread.region, from, Math.min(n, from + READ_ALL_PIECE));
    this.unread = undefined;
  }

  /** Postings [from, to) from the file into the arrays: labels from the first half of the section, impacts the second. */
  private copyPostings(region: CheckedRegion, from: number, to: number): void {
    const { docs, impacts } = this.data;
    const half = docs.byteLength;
    new Uint8Array(docs.buffer, docs.byteOffset + from * 4, (to - from) * 4).set(region.read(from * 4, to * 4));
    new Uint8Array(impacts.buffer, impacts.byteOffset + from * 4, (to - from) * 4).set(region.read(half + from * 4, half + to * 4));
  }

  async save(file: string): Promise<FileFingerprint> {
    this.readAll();
    const { vocabulary, offsets, docs, impacts, maxImpact, alive, averages } = this.data;
    const lengths = Uint32Array.from(vocabulary, (t) => t.length);
    return writeSections(
      file,
      { format: FORMAT, terms: vocabulary.length, labels: alive.length, averages, options: this.options },
      { vocabText: Buffer.from(vocabulary.join('')), vocabLengths: lengths, offsets, maxImpact, alive, postings: [docs, impacts] },
      { blockChecked: 'postings' },
    );
  }

  /** Restores a saved index; throws on anything inconsistent, so a corrupt file leads to a rebuild. */
  static async load(file: string, fingerprint: FileFingerprint, readOptions: ReadOptions = READ_DEFAULTS): Promise<LexicalIndex> {
    const eager = Math.max(readOptions.eagerCheckBytes, readOptions.eagerPostingsBytes);
    const r = await readSections(file, fingerprint, { ...readOptions, eagerCheckBytes: eager });
    if (r.meta.format !== FORMAT) throw new Error('全文索引格式不符');
    const text = Buffer.from(r.uint8('vocabText')).toString('utf8');
    const lengths = r.uint32('vocabLengths');
    const vocabulary = new Array<string>(lengths.length);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) vocabulary[i] = text.slice(at, (at += lengths[i]));
    const offsets = r.uint32('offsets');
    const postings = offsets[offsets.length - 1] ?? 0;
    const region = r.blockChecked('postings');
    if (region.length !== postings * 8) throw new Error('全文索引已损坏');
    // Read whole and checked at load: the arrays view the bytes read (a copy of a hundred megabytes is fresh memory,
    // which this machine pays for page by page). Otherwise full size, filled term by term: untouched pages of a fresh
    // array cost no memory.
    const whole = region.checkedBytes();
    const data: LexicalData = {
      vocabulary,
      offsets,
      docs: whole ? new Uint32Array(whole.buffer, whole.byteOffset, postings) : new Uint32Array(postings),
      impacts: whole ? new Float32Array(whole.buffer, whole.byteOffset + postings * 4, postings) : new Float32Array(postings),
      maxImpact: r.float32('maxImpact'),
      alive: r.uint8('alive'),
      averages: r.meta.averages as number[],
    };
    const consistent =
      at === text.length &&
      Array.isArray(data.averages) &&
      data.averages.length === FIELD_COUNT &&
      offsets.length === vocabulary.length + 1 &&
      data.maxImpact.length === vocabulary.length;
    if (!consistent) throw new Error('全文索引已损坏');
    const unread = whole ? undefined : { region, read: new Uint8Array(vocabulary.length) };
    return new LexicalIndex(data, (r.meta.options as LexicalOptions) ?? LEXICAL_DEFAULTS, unread);
  }
}

/** Average length of each field over the given chunks. */
function fieldAverages(docs: Iterable<ChunkTerms>): number[] {
  const totals = FIELDS.map(() => 0);
  let n = 0;
  for (const terms of docs) {
    n++;
    FIELDS.forEach((field, f) => (totals[f] += terms[field].length));
  }
  return totals.map((t) => (n ? t / n : 0));
}

/** BM25F impact of a term with per-field counts `tfs[at…at+3)` in a chunk whose field lengths are `lengths`. */
function impactOf(tfs: ArrayLike<number>, at: number, lengths: number[], averages: number[], options: LexicalOptions): number {
  let tf = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const count = tfs[at + f];
    if (count === 0) continue;
    const relative = averages[f] > 0 ? lengths[f] / averages[f] : 1;
    tf += (count * options.fieldWeights[FIELDS[f]]) / (1 - options.b + options.b * relative);
  }
  return (tf * (options.k1 + 1)) / (tf + options.k1);
}

/** Per-field counts of each distinct term of one chunk, as parallel arrays. */
function countTerms(terms: ChunkTerms, slot: Int32Array, scratch: { ids: number[]; tfs: number[] }): void {
  scratch.ids.length = 0;
  scratch.tfs.length = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    for (const id of terms[FIELDS[f]]) {
      let s = slot[id];
      if (s < 0) {
        s = scratch.ids.length;
        slot[id] = s;
        scratch.ids.push(id);
        scratch.tfs.push(0, 0, 0);
      }
      scratch.tfs[s * FIELD_COUNT + f] = Math.min(0xffff, scratch.tfs[s * FIELD_COUNT + f] + 1);
    }
  }
  for (const id of scratch.ids) slot[id] = -1;
}

/**
 * A full build in two passes over the chunks' term ids, straight into the posting arrays (no per-chunk arrays: a
 * million chunks' worth of small typed arrays was most of a build's main-thread time and garbage): document
 * frequencies first, then each chunk's distinct terms counted, scored and written at their terms' cursors. The same
 * postings, impacts and bounds as merging every chunk into an empty index.
 */
function buildData(vocabulary: string[], docs: (ChunkTerms | undefined)[], options: LexicalOptions): LexicalData {
  const V = vocabulary.length;
  const alive = new Uint8Array(docs.length);
  const averages = fieldAverages(docs.filter((d): d is ChunkTerms => d !== undefined));
  const df = new Uint32Array(V);
  const lastSeen = new Int32Array(V).fill(-1);
  for (let label = 0; label < docs.length; label++) {
    const terms = docs[label];
    if (!terms) continue;
    alive[label] = 1;
    for (const field of FIELDS) {
      for (const id of terms[field]) {
        if (lastSeen[id] === label) continue;
        lastSeen[id] = label;
        df[id]++;
      }
    }
  }
  const offsets = new Uint32Array(V + 1);
  for (let t = 0; t < V; t++) offsets[t + 1] = offsets[t] + df[t];
  const postings = new Uint32Array(offsets[V]);
  const impacts = new Float32Array(offsets[V]);
  const maxImpact = new Float32Array(V);
  const cursor = offsets.slice(0, V);
  const slot = new Int32Array(V).fill(-1);
  const scratch = { ids: [] as number[], tfs: [] as number[] };
  const lengths = [0, 0, 0];
  for (let label = 0; label < docs.length; label++) {
    const terms = docs[label];
    if (!terms) continue;
    countTerms(terms, slot, scratch);
    for (let f = 0; f < FIELD_COUNT; f++) lengths[f] = terms[FIELDS[f]].length;
    for (let j = 0; j < scratch.ids.length; j++) {
      const id = scratch.ids[j];
      const at = cursor[id]++;
      postings[at] = label;
      impacts[at] = impactOf(scratch.tfs, j * FIELD_COUNT, lengths, averages, options);
      if (impacts[at] > maxImpact[id]) maxImpact[id] = impacts[at];
    }
  }
  return { vocabulary, offsets, docs: postings, impacts, maxImpact, alive, averages };
}

/** Copies `old` without `removed` and with `added` appended (scored with `old`'s averages), in two passes. */
function mergeData(
  old: LexicalData,
  vocabulary: string[],
  removed: ReadonlySet<number>,
  added: Map<number, ChunkTerms>,
  options: LexicalOptions,
): LexicalData {
  const V = vocabulary.length;
  const oldV = old.vocabulary.length;
  let labels = old.alive.length;
  for (const label of added.keys()) labels = Math.max(labels, label + 1);
  const alive = new Uint8Array(labels);
  alive.set(old.alive);
  const dead = new Uint8Array(labels);
  for (const label of removed) {
    dead[label] = 1;
    alive[label] = 0;
  }
  const slot = new Int32Array(V).fill(-1);
  const scratch = { ids: [] as number[], tfs: [] as number[] };
  const counted: { label: number; ids: Uint32Array; impacts: Float32Array }[] = [];
  const df = new Uint32Array(V);
  for (let t = 0; t < oldV; t++) {
    if (removed.size === 0) df[t] = old.offsets[t + 1] - old.offsets[t];
    else for (let p = old.offsets[t]; p < old.offsets[t + 1]; p++) if (!dead[old.docs[p]]) df[t]++;
  }
  for (const [label, terms] of [...added].sort((a, b) => a[0] - b[0])) {
    countTerms(terms, slot, scratch);
    const lengths = FIELDS.map((field) => terms[field].length);
    const impacts = new Float32Array(scratch.ids.length);
    for (let j = 0; j < scratch.ids.length; j++) {
      impacts[j] = impactOf(scratch.tfs, j * FIELD_COUNT, lengths, old.averages, options);
      df[scratch.ids[j]]++;
    }
    counted.push({ label, ids: Uint32Array.from(scratch.ids), impacts });
    alive[label] = 1;
  }
  const offsets = new Uint32Array(V + 1);
  for (let t = 0; t < V; t++) offsets[t + 1] = offsets[t] + df[t];
  const docs = new Uint32Array(offsets[V]);
  const impacts = new Float32Array(offsets[V]);
  const cursor = offsets.slice(0, V);
  for (let t = 0; t < oldV; t++) {
    const from = old.offsets[t];
    const to = old.offsets[t + 1];
    if (removed.size === 0) {
      // Nothing removed (the common case, a document added): each term's postings are copied whole.
      docs.set(old.docs.subarray(from, to), cursor[t]);
      impacts.set(old.impacts.subarray(from, to), cursor[t]);
      cursor[t] += to - from;
      continue;
    }
    for (let p = from; p < to; p++) {
      if (dead[old.docs[p]]) continue;
      const at = cursor[t]++;
      docs[at] = old.docs[p];
      impacts[at] = old.impacts[p];
    }
  }
  for (const doc of counted) {
    for (let j = 0; j < doc.ids.length; j++) {
      const at = cursor[doc.ids[j]]++;
      docs[at] = doc.label;
      impacts[at] = doc.impacts[j];
    }
  }
  // Bounds only change for terms that lost or gained postings; without removals, that is the added chunks' terms.
  const maxImpact = new Float32Array(V);
  if (removed.size === 0) maxImpact.set(old.maxImpact);
  // A mark per term, not a Set of every posting: a full build of a million chunks has 150M+ of them (past V8's array limit).
  const changed = removed.size === 0 ? new Uint8Array(V) : undefined;
  if (changed) for (const doc of counted) for (const id of doc.ids) changed[id] = 1;
  for (let t = 0; t < V; t++) {
    if (changed && !changed[t] && t < oldV) continue;
    let max = 0;
    for (let p = offsets[t]; p < offsets[t + 1]; p++) if (impacts[p] > max) max = impacts[p];
    maxImpact[t] = max;
  }
  return { vocabulary, offsets, docs, impacts, maxImpact, alive, averages: old.averages };
}
