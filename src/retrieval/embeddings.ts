import { Embeddings, type EmbeddingsInterface } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { AppConfig } from '../config.js';
import { getTokenizer } from '../text/tokenizer.js';
import { toSimplified } from '../text/simplify.js';

export type IdentifiedEmbeddings = EmbeddingsInterface & { id: string };

/** Corpus document frequencies over hashed features; saved with the index so queries weigh terms as the index did. */
export interface IdfTable {
  documents: number;
  /** Feature bucket → number of documents containing it (only non-zero buckets). */
  df: Map<number, number>;
}

export interface SerializedIdf {
  documents: number;
  /** Base64 of little-endian uint32 pairs (bucket, df). */
  pairs: string;
}

const IDF_BUCKET_BITS = 20;
/**
 * Character bigrams survive segmentation errors (names jieba does not know, such as 延中小区 or 专医院家属院) and
 * partial paraphrase; on the development set they work best weighted above whole words.
 */
const BIGRAM_WEIGHT = 2;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * Offline, deterministic embeddings: jieba search terms (the same ones BM25 indexes) and Han character bigrams, hashed into `dimension` signed buckets,
 * weighted by sublinear TF times corpus IDF (once fitted; features the corpus lacks are dropped), L2-normalised. No model files, no network.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly id: string;
  private idf: IdfTable | undefined;

  constructor(readonly dimension: number) {
    super({});
    this.id = `local-hash-${dimension}`;
  }

  /** Counts document frequencies of features over the corpus; embeddings computed afterwards use them. */
  fit(texts: Iterable<string>): IdfTable {
    const counter = this.idfCounter();
    for (const text of texts) counter.add(textFeatures(text));
    return counter.finish();
  }

  /**
   * Document frequencies fed one document's features at a time (from {@link termFeatures}, so an ingest reuses the
   * terms it tokenized for BM25); `finish` installs the table.
   */
  idfCounter(): { add(features: Features): void; finish(): IdfTable } {
    const df = new Map<number, number>();
    let documents = 0;
    const seen = new Set<number>();
    return {
      add: (features) => {
        documents++;
        seen.clear();
        for (const feature of features.keys()) seen.add(idfBucket(feature));
        for (const bucket of seen) df.set(bucket, (df.get(bucket) ?? 0) + 1);
      },
      finish: () => {
        this.idf = { documents, df };
        return this.idf;
      },
    };
  }

  setIdf(idf: IdfTable | undefined): void {
    this.idf = idf;
  }

  getIdf(): IdfTable | undefined {
    return this.idf;
  }

  /** A copy sharing this one's dimension and IDF, so a searcher's IDF cannot be swapped under it. */
  withIdf(idf: IdfTable | undefined): LocalHashEmbeddings {
    const copy = new LocalHashEmbeddings(this.dimension);
    copy.idf = idf;
    return copy;
  }

  embedText(text: string): number[] {
    return this.embedFeatures(textFeatures(text));
  }

  /** The embedding of a text whose search terms are already known (the tokenizer's `searchTerms` of `text`). */
  embedTerms(terms: string[], text: string): number[] {
    return this.embedFeatures(termFeatures(terms.map(wordHash), text));
  }

  embedFeatures(features: Features): number[] {
    const vector = new Float64Array(this.dimension);
    for (const [feature, { count, weight }] of features) {
      const idf = this.idfOf(feature);
      // A feature the corpus never contains cannot match anything; left in, it only adds hash-collision noise.
      if (idf === 0) continue;
      const value = (1 + Math.log(count)) * weight * idf;
      const h = mixHash(feature);
      vector[h % this.dimension] += h & 0x80000000 ? -value : value;
    }
    return normalise(vector);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedText(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }

  private idfOf(feature: number): number {
    if (!this.idf) return 1;
    const df = this.idf.df.get(idfBucket(feature)) ?? 0;
    if (df === 0) return 0;
    const n = this.idf.documents;
    // Probabilistic (BM25) IDF: words in most chunks weigh almost nothing, so they no longer dominate every vector.
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

export function serializeIdf(idf: IdfTable): SerializedIdf {
  const pairs = new Uint32Array(idf.df.size * 2);
  let i = 0;
  for (const [bucket, df] of idf.df) {
    pairs[i++] = bucket;
    pairs[i++] = df;
  }
  return { documents: idf.documents, pairs: Buffer.from(pairs.buffer).toString('base64') };
}

export function deserializeIdf(data: SerializedIdf): IdfTable {
  const bytes = Buffer.from(data.pairs, 'base64');
  if (!Number.isInteger(data.documents) || bytes.length % 8 !== 0) throw new Error('IDF 表已损坏');
  const pairs = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const df = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 2) df.set(pairs[i], pairs[i + 1]);
  return { documents: data.documents, df };
}

/** `local` (default, offline) or an OpenAI-compatible embeddings endpoint. */
export function createEmbeddings(config: AppConfig): IdentifiedEmbeddings {
  if (config.EMBEDDINGS === 'openai') {
    const embeddings = new OpenAIEmbeddings({
      model: config.OPENAI_EMBEDDING_MODEL,
      apiKey: config.OPENAI_API_KEY ?? 'not-needed',
      encodingFormat: 'float',
      maxRetries: config.LLM_MAX_RETRIES,
      timeout: config.LLM_TIMEOUT_MS,
      configuration: { baseURL: config.OPENAI_BASE_URL },
    });
    return Object.assign(embeddings, { id: `openai:${config.OPENAI_EMBEDDING_MODEL}` });
  }
  return new LocalHashEmbeddings(config.EMBEDDING_DIM);
}

export function isLocalEmbeddings(e: EmbeddingsInterface): e is LocalHashEmbeddings {
  return e instanceof LocalHashEmbeddings;
}

/** Hashed features of a text: feature hash → raw count and group weight. */
export type Features = Map<number, { count: number; weight: number }>;

/** The hash a word feature is known by; an ingest computes it once per vocabulary entry. */
export function wordHash(term: string): number {
  return fnv1a(term, 0x811c9dc5);
}

/** Features of a text from its search terms (tokenized once, elsewhere) and its Han character bigrams. */
export function termFeatures(wordHashes: Iterable<number>, text: string): Features {
  const features: Features = new Map();
  const add = (hash: number, weight: number) => {
    const entry = features.get(hash);
    if (entry) entry.count++;
    else features.set(hash, { count: 1, weight });
  };
  for (const h of wordHashes) add(h, 1);
  const normalised = toSimplified(text.normalize('NFKC'));
  for (const run of normalised.matchAll(HAN_RUN)) {
    const s = run[0];
    for (let i = 0; i + 1 < s.length; i++) add(bigramHash(s.charCodeAt(i), s.charCodeAt(i + 1)), BIGRAM_WEIGHT);
  }
  return features;
}

function textFeatures(text: string): Features {
  return termFeatures(getTokenizer().searchTerms(text).map(wordHash), text);
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

function normalise(vector: Float64Array): number[] {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum) || 1;
  return Array.from(vector, (v) => v / norm);
}
