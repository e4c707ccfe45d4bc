// Hashed embedding features (jieba terms and Han character bigrams), their document frequencies and the vector they
// make: plain functions without the embeddings framework, so an ingest's threads load little.
import { simplifiedCompatible } from '../text/simplify.js';

/** Corpus document frequencies over hashed features; saved with the index so queries weigh terms as the index did. */
export interface IdfTable {
  documents: number;
  /** Feature bucket → number of documents containing it (only non-zero buckets). */
  df: Map<number, number>;
}

const IDF_BUCKET_BITS = 20;
/**
 * Character bigrams survive segmentation errors (names jieba does not know, such as 延中小区 or 专医院家属院) and
 * partial paraphrase; on the development set they work best weighted above whole words.
 */
const BIGRAM_WEIGHT = 2;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Hashed features of a text in first-seen order: feature hash, raw count and group weight (parallel arrays). */
export interface Features {
  size: number;
  hashes: Uint32Array;
  counts: Uint32Array;
  weights: Uint8Array;
}

/** The hash a word feature is known by; an ingest computes it once per vocabulary entry. */
export function wordHash(term: string): number {
  return fnv1a(term, 0x811c9dc5);
}

/**
 * Features of a text from its search terms (tokenized once, elsewhere) and its Han character bigrams: a feature seen
 * again counts once more and keeps the weight it was first seen with.
 */
export function termFeatures(wordHashes: Iterable<number>, text: string): Features {
  const counter = (featureCounter ??= new FeatureCounter());
  for (const h of wordHashes) counter.add(h, 1);
  const normalised = simplifiedCompatible(text);
  for (const run of normalised.matchAll(HAN_RUN)) {
    const s = run[0];
    for (let i = 0; i + 1 < s.length; i++) counter.add(bigramHash(s.charCodeAt(i), s.charCodeAt(i + 1)), BIGRAM_WEIGHT);
  }
  return counter.take();
}

let featureCounter: FeatureCounter | undefined;

/** Counts features into an open-addressing table reused for every text (an ingest hashes hundreds per chunk). */
class FeatureCounter {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Uint32Array(1 << 10);
  private counts = new Uint32Array(1 << 10);
  private weights = new Uint8Array(1 << 10);
  private size = 0;

  add(hash: number, weight: number): void {
    const mask = this.slots.length - 1;
    let slot = mixHash(hash) & mask;
    for (;;) {
      const at = this.slots[slot];
      if (at < 0) break;
      if (this.hashes[at] === hash) {
        this.counts[at]++;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (this.size === this.hashes.length) this.growLists();
    this.slots[slot] = this.size;
    this.hashes[this.size] = hash;
    this.counts[this.size] = 1;
    this.weights[this.size] = weight;
    this.size++;
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  /** The features counted so far, copied out; the counter is empty again. */
  take(): Features {
    const n = this.size;
    const features = { size: n, hashes: this.hashes.slice(0, n), counts: this.counts.slice(0, n), weights: this.weights.slice(0, n) };
    const mask = this.slots.length - 1;
    for (let i = 0; i < n; i++) {
      let slot = mixHash(this.hashes[i]) & mask;
      while (this.slots[slot] !== i) slot = (slot + 1) & mask;
      this.slots[slot] = -1;
    }
    this.size = 0;
    return features;
  }

  private growLists(): void {
    const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T) => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes, (n) => new Uint32Array(n));
    this.counts = grow(this.counts, (n) => new Uint32Array(n));
    this.weights = grow(this.weights, (n) => new Uint8Array(n));
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    for (let i = 0; i < this.size; i++) {
      let slot = mixHash(this.hashes[i]) & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = i;
    }
  }
}

/** Document frequencies per IDF bucket in a dense array (an ingest adds every chunk's features). */
export class DfCounter {
  readonly df = new Uint32Array(1 << IDF_BUCKET_BITS);
  private readonly lastSeen = new Uint32Array(1 << IDF_BUCKET_BITS);
  documents = 0;

  add(features: Features): void {
    const doc = ++this.documents;
    const { hashes } = features;
    for (let i = 0; i < features.size; i++) {
      const bucket = idfBucket(hashes[i]);
      if (this.lastSeen[bucket] === doc) continue;
      this.lastSeen[bucket] = doc;
      this.df[bucket]++;
    }
  }

  /** Adds another counter's totals (one from each worker of a parallel ingest). */
  merge(documents: number, df: Uint32Array): void {
    this.documents += documents;
    for (let b = 0; b < df.length; b++) this.df[b] += df[b];
  }

  table(): IdfTable {
    const df = new Map<number, number>();
    for (let b = 0; b < this.df.length; b++) if (this.df[b] > 0) df.set(b, this.df[b]);
    return { documents: this.documents, df };
  }
}

const weightCache = new WeakMap<IdfTable, Float64Array>();

/** Each IDF bucket's weight (0 where the corpus lacks it), computed once per table. */
export function idfWeights(idf: IdfTable): Float64Array {
  let weights = weightCache.get(idf);
  if (!weights) {
    weights = new Float64Array(1 << IDF_BUCKET_BITS);
    const n = idf.documents;
    // Probabilistic (BM25) IDF: words in most chunks weigh almost nothing, so they no longer dominate every vector.
    for (const [bucket, df] of idf.df) if (df > 0) weights[bucket] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    weightCache.set(idf, weights);
  }
  return weights;
}

/** The L2-normalised embedding of `features`: sublinear TF × group weight × IDF (`idf` by bucket; none: all 1), hashed into signed buckets. */
export function featureVector(features: Features, dimension: number, idf: Float64Array | undefined): Float64Array {
  const vector = new Float64Array(dimension);
  const { hashes, counts, weights } = features;
  for (let i = 0; i < features.size; i++) {
    const feature = hashes[i];
    const weight = idf ? idf[idfBucket(feature)] : 1;
    // A feature the corpus never contains cannot match anything; left in, it only adds hash-collision noise.
    if (weight === 0) continue;
    const value = sublinearTf(counts[i]) * weights[i] * weight;
    const h = mixHash(feature);
    vector[h % dimension] += h & 0x80000000 ? -value : value;
  }
  return normaliseInPlace(vector);
}

/** 1 + ln(count) for the small counts nearly every feature has, computed once (the same doubles Math.log gives). */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));

function sublinearTf(count: number): number {
  return count < SUBLINEAR_TF.length ? SUBLINEAR_TF[count] : 1 + Math.log(count);
}

/** FNV-1a of a two-character string, without allocating the string (this runs for every character of the corpus). */
function bigramHash(a: number, b: number): number {
  let h = 0x01000193;
  h = Math.imul(h ^ a, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A second, well-mixed hash (murmur3 finaliser) so bucket and sign do not correlate with the IDF bucket. */
function mixHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function idfBucket(feature: number): number {
  return feature >>> (32 - IDF_BUCKET_BITS);
}

function normaliseInPlace(vector: Float64Array): Float64Array {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] = vector[i] / norm;
  return vector;
}
