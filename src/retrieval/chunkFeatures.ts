import type { Chunk } from '../types.js';
import { embeddingText } from './embeddingRecall.js';
import { termFeatures, wordHash, type Features } from './features.js';
import { allTermIds, type ChunkTerms } from './terms.js';

/** Word-feature hashes by term id (ids into `terms`, a vocabulary that only grows), each computed once. */
export class WordHashes {
  private readonly hashes: number[] = [];

  constructor(private readonly terms: readonly string[]) {}

  /** A chunk's embedding features: its terms' hashes (title, heading, body) and the bigrams of its embedded text. */
  featuresOf(terms: ChunkTerms, chunk: Chunk): Features {
    const words: number[] = [];
    for (const ids of allTermIds(terms)) {
      for (const id of ids) words.push((this.hashes[id] ??= wordHash(this.terms[id])));
    }
    return termFeatures(words, embeddingText(chunk));
  }
}
