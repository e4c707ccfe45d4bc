import type { Chunk } from '../types.js';
import type { Tokenizer } from '../text/tokenizer.js';

/** One recalled chunk: its position in the chunk list and its score (higher is better). */
export interface Recalled {
  index: number;
  score: number;
}

export type ChunkFilter = (index: number) => boolean;

export interface SerializedLexicalIndex {
  format: 'bm25-csr-1';
  k1: number;
  b: number;
  avgLength: number;
  vocabulary: string[];
  /** Base64 typed arrays: offsets (uint32, vocabulary+1), postings docs (uint32), term frequencies (uint16), doc lengths (uint32). */
  offsets: string;
  docs: string;
  tfs: string;
  lengths: string;
}

/** Headings say what a section is about; counting their words twice lets a question about a suggestion find its section. */
const HEADING_REPEAT = 2;

/** The terms a chunk is indexed under: title, heading path (weighted) and text. */
export function chunkTerms(chunk: Chunk, tokenizer: Tokenizer): string[] {
  const heading = chunk.sectionPath ? tokenizer.searchTerms(chunk.sectionPath) : [];
  const terms = tokenizer.searchTerms(chunk.title);
  for (let i = 0; i < HEADING_REPEAT; i++) terms.push(...heading);
  terms.push(...tokenizer.searchTerms(chunk.text));
  return terms;
}

/** Okapi BM25 over an inverted index stored as compressed sparse rows (postings in typed arrays). */
export class LexicalIndex {
  private readonly termIds: Map<string, number>;

  private constructor(
    private readonly vocabulary: string[],
    private readonly offsets: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly tfs: Uint16Array,
    private readonly lengths: Uint32Array,
    private readonly avgLength: number,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.termIds = new Map(vocabulary.map((t, i) => [t, i]));
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Number of chunks holding `term` (read by the rerank stage and the answerability gate). */
  docFrequency(term: string): number { const t = this.termIds.get(term); return t === undefined ? 0 : this.offsets[t + 1] - this.offsets[t]; }

  static build(termLists: Iterable<string[]>): LexicalIndex {
    const termIds = new Map<string, number>();
    const perDoc: { ids: Uint32Array; tfs: Uint16Array }[] = [];
    const lengths: number[] = [];
    let df: number[] = [];
    for (const terms of termLists) {
      const counts = new Map<number, number>();
      for (const term of terms) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const ids = new Uint32Array(counts.size);
      const tfs = new Uint16Array(counts.size);
      let j = 0;
      for (const [id, tf] of counts) {
        ids[j] = id;
        tfs[j++] = Math.min(tf, 0xffff);
        df[id] = (df[id] ?? 0) + 1;
      }
      perDoc.push({ ids, tfs });
      lengths.push(terms.length);
    }
    const vocabularySize = termIds.size;
    df = Array.from({ length: vocabularySize }, (_, i) => df[i] ?? 0);
    const offsets = new Uint32Array(vocabularySize + 1);
    for (let t = 0; t < vocabularySize; t++) offsets[t + 1] = offsets[t] + df[t];
    const docs = new Uint32Array(offsets[vocabularySize]);
    const tfs = new Uint16Array(offsets[vocabularySize]);
    const cursor = offsets.slice(0, vocabularySize);
    perDoc.forEach((doc, d) => {
      for (let j = 0; j < doc.ids.length; j++) {
        const at = cursor[doc.ids[j]]++;
        docs[at] = d;
        tfs[at] = doc.tfs[j];
      }
    });
    const total = lengths.reduce((a, n) => a + n, 0);
    return new LexicalIndex(
      [...termIds.keys()],
      offsets,
      docs,
      tfs,
      Uint32Array.from(lengths),
      lengths.length ? total / lengths.length : 0,
    );
  }

  /**
   * The `depth` best chunks for the query terms, best first; `accept` restricts which chunks may be returned;
   * `weights` scales a term's contribution (default 1), e.g. lower for terms added by query expansion.
   */
  search(queryTerms: string[], depth: number, accept?: ChunkFilter, weights?: ReadonlyMap<string, number>): Recalled[] {
    const n = this.lengths.length;
    const scores = new Float32Array(n);
    const touched: number[] = [];
    for (const term of new Set(queryTerms)) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const from = this.offsets[t];
      const to = this.offsets[t + 1];
      const df = to - from;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (weights?.get(term) ?? 1);
      for (let p = from; p < to; p++) {
        const d = this.docs[p];
        const tf = this.tfs[p];
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[d]) / this.avgLength);
        if (scores[d] === 0) touched.push(d);
        scores[d] += (idf * tf * (this.k1 + 1)) / (tf + norm);
      }
    }
    const candidates = accept ? touched.filter(accept) : touched;
    return topByScore(candidates, (d) => scores[d], depth);
  }

  toJSON(): SerializedLexicalIndex {
    return {
      format: 'bm25-csr-1',
      k1: this.k1,
      b: this.b,
      avgLength: this.avgLength,
      vocabulary: this.vocabulary,
      offsets: toBase64(this.offsets),
      docs: toBase64(this.docs),
      tfs: toBase64(this.tfs),
      lengths: toBase64(this.lengths),
    };
  }

  /** Restores a saved index; throws on anything inconsistent, so a corrupt file leads to a rebuild. */
  static fromJSON(data: SerializedLexicalIndex): LexicalIndex {
    if (data?.format !== 'bm25-csr-1' || !Array.isArray(data.vocabulary)) throw new Error('全文索引格式不符');
    const offsets = new Uint32Array(fromBase64(data.offsets));
    const docs = new Uint32Array(fromBase64(data.docs));
    const tfs = new Uint16Array(fromBase64(data.tfs));
    const lengths = new Uint32Array(fromBase64(data.lengths));
    const consistent =
      offsets.length === data.vocabulary.length + 1 &&
      offsets[offsets.length - 1] === docs.length &&
      docs.length === tfs.length &&
      docs.every((d) => d < lengths.length);
    if (!consistent) throw new Error('全文索引已损坏');
    return new LexicalIndex(data.vocabulary, offsets, docs, tfs, lengths, data.avgLength, data.k1, data.b);
  }
}

/** The `depth` items with the highest score, best first (a bounded min-heap, so 100k candidates stay cheap). */
export function topByScore(items: number[], scoreOf: (item: number) => number, depth: number): Recalled[] {
  if (depth <= 0) return [];
  const heap: Recalled[] = [];
  const less = (a: Recalled, b: Recalled) => a.score < b.score || (a.score === b.score && a.index > b.index);
  for (const index of items) {
    const entry = { index, score: scoreOf(index) };
    if (heap.length < depth) {
      heap.push(entry);
      siftUp(heap, heap.length - 1, less);
    } else if (less(heap[0], entry)) {
      heap[0] = entry;
      siftDown(heap, 0, less);
    }
  }
  return heap.sort((a, b) => b.score - a.score || a.index - b.index);
}

function siftUp(heap: Recalled[], i: number, less: (a: Recalled, b: Recalled) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function siftDown(heap: Recalled[], i: number, less: (a: Recalled, b: Recalled) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    if (l < heap.length && less(heap[l], heap[smallest])) smallest = l;
    if (r < heap.length && less(heap[r], heap[smallest])) smallest = r;
    if (smallest === i) return;
    [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
    i = smallest;
  }
}

function toBase64(array: Uint32Array | Uint16Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Decodes into a fresh, aligned ArrayBuffer. */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
