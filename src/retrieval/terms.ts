import type { Chunk } from '../types.js';
import { numberFor } from './numbering.js';
import type { Tokenizer } from '../text/tokenizer.js';
import { boundedMemo } from '../boundedMemo.js';

/** The fields a chunk is indexed under; BM25F weighs each (see LEXICAL_DEFAULTS). */
export const FIELDS = ['title', 'heading', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** A chunk's search terms per field, as ids into one {@link Vocabulary}. */
export interface ChunkTerms {
  title: Uint32Array;
  heading: Uint32Array;
  body: Uint32Array;
}

/** Term ↔ id, shared by everything an ingest builds, so each term's string (and hash) is handled once. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  constructor(terms: Iterable<string> = []) {
    for (const term of terms) this.idOf(term);
  }

  idOf(term: string): number {
    return numberFor(this.ids, this.terms, term, term);
  }

  toIds(terms: string[]): Uint32Array {
    const out = new Uint32Array(terms.length);
    for (let i = 0; i < terms.length; i++) out[i] = this.idOf(terms[i]);
    return out;
  }

  get size(): number {
    return this.terms.length;
  }
}

/**
 * Distinct titles and headings whose term ids are kept; past this the store starts over (a corpus with a million
 * distinct headings must not keep them all).
 */
const TITLES_AND_HEADINGS_KEPT = 50_000;

/**
 * Tokenizes chunks exactly once each (jieba is most of an ingest's time): the IDF fit, the local embeddings and BM25
 * all read these ids. Titles repeat on every chunk of a document and headings on every chunk of a section, so they
 * are cut once per distinct string.
 */
export class ChunkTokenizer {
  /** A title's or heading's term ids, cut once per distinct string (see TITLES_AND_HEADINGS_KEPT). */
  private readonly cached: (text: string) => Uint32Array;

  constructor(
    private readonly tokenizer: Tokenizer,
    readonly vocabulary: Vocabulary,
  ) {
    this.cached = boundedMemo(TITLES_AND_HEADINGS_KEPT, (text: string) => this.vocabulary.toIds(this.tokenizer.searchTerms(text)));
  }

  termsOf(chunk: Chunk): ChunkTerms {
    return {
      title: this.cached(titleFieldText(chunk)),
      heading: chunk.sectionPath ? this.cached(chunk.sectionPath) : EMPTY,
      body: this.vocabulary.toIds(this.tokenizer.searchTerms(chunk.text)),
    };
  }
}

const EMPTY = new Uint32Array(0);

/** What the title field holds: the title, the 文号 and the document's origin (issuer and place). */
export function titleFieldText(chunk: Pick<Chunk, 'title' | 'number' | 'origin'>): string {
  return [chunk.title, chunk.number, chunk.origin].filter((part) => !!part).join(' ');
}

/** Every term id of a chunk, title and heading first (what the local embedder hashes). */
export function allTermIds(terms: ChunkTerms): Uint32Array[] {
  return [terms.title, terms.heading, terms.body];
}
