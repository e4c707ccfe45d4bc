import { Embeddings, type EmbeddingsInterface } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { AppConfig } from '../config.js';
import { getTokenizer } from '../text/tokenizer.js';
import { featureVector, idfWeights, termFeatures, wordHash, DfCounter, type Features, type IdfTable } from './features.js';

export type IdentifiedEmbeddings = EmbeddingsInterface & { id: string };

export interface SerializedIdf {
  documents: number;
  /** Base64 of little-endian uint32 pairs (bucket, df). */
  pairs: string;
}

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
    const counter = new DfCounter();
    return {
      add: (features) => counter.add(features),
      finish: () => {
        this.idf = counter.table();
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
    return Array.from(this.vectorOf(features));
  }

  /** The L2-normalised embedding of `features` as doubles (what {@link embedFeatures} returns as an array). */
  vectorOf(features: Features): Float64Array {
    return featureVector(features, this.dimension, this.idf ? idfWeights(this.idf) : undefined);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedText(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
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

function textFeatures(text: string): Features {
  return termFeatures(getTokenizer().searchTerms(text).map(wordHash), text);
}

