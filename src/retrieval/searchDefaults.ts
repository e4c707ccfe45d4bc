// Every knob of hybrid search in one place (MiniSearch style): override any of them per call with
// `search(q, { tuning: { … } })`. Values were chosen on the `tune` half of test/fixtures/eval/qa-v2.jsonl and the old
// dev sets (`npm run eval -- --split tune`); the README reports the `report` half.
import type { FusionSettings } from './fusion.js';
import type { QueryScoring } from './fullTextRecall.js';
import type { NamedDocumentSettings } from './namedDocument.js';

export interface SearchTuning {
  /** Candidates each recall returns before fusion (at least 5k). */
  depth: number;
  /** What a synonym added to the question counts for in BM25, relative to the question's own words. */
  expansionTermWeight: number;
  /** What a question word (src/text/questionWords: "具体", "情况", "哪种") counts for in BM25, relative to the others. */
  questionWordWeight: number;
  /** Share of the query vector given to the synonyms' embedding. */
  expansionVectorWeight: number;
  /** Query-time BM25 scoring: coordination (distinct question terms matched) and the BM25+ term floor. */
  lexicalScoring: QueryScoring;
  /** RRF constant. */
  rrfK: number;
  /**
   * Fusion per kind of embeddings. `local` hashed vectors only approximate words BM25 matches exactly, so their list
   * weighs less and may not displace strong BM25 hits; a real embedding model (`model`) is fused evenly.
   */
  fusion: { local: FusionSettings; model: FusionSettings };
  /** The rerank stage (src/retrieval/rerank.ts) reorders this many fused candidates. */
  rerankDepth: number;
  /** Bonus of a section whose heading's words the question holds (share of the heading's IDF weight). */
  headingWeight: number;
  /** The heading bonus applies only when the question holds at least this share of the heading's weighted words. */
  headingMinShare: number;
  /** A document the question names (文号, proposal number, title) that the library holds: its best chunks first. */
  namedDocument: NamedDocumentSettings;
  /** Bonus of the passage's best sentence holding the question's words together (share of their IDF weight). */
  proximityWeight: number;
}

export const SEARCH_DEFAULTS: SearchTuning = {
  depth: 50,
  expansionTermWeight: 0.5,
  questionWordWeight: 0.5,
  expansionVectorWeight: 0.3,
  lexicalScoring: { coordination: 1, termFloor: 0.5 },
  rrfK: 60,
  fusion: {
    // Measured on tune (recall@1/@5/MRR, qa-v2 tune answerable): RRF 1:1.5 (the old default) 0.83/0.96/0.890, BM25
    // alone 0.89/0.98/0.930; every vector weight above 0.1 lost MRR (0.3 → 0.920, 0.5 → 0.905), with or without the
    // guard. At 0.1 the vectors only break BM25 ties and fill in below BM25's hits where BM25 finds little.
    local: { vectorWeight: 0.1, lexicalWeight: 1, strongLexicalShare: 0.5, reorderStrong: false },
    model: { vectorWeight: 1, lexicalWeight: 1, strongLexicalShare: 1, reorderStrong: true },
  },
  rerankDepth: 30,
  // A heading the question names in full (every weighted word) lifts its section; partial matches (share 0.8) cost
  // MRR on tune (0.930 → 0.918) because long headings share topic words with most questions. Sentence proximity
  // helped the dev set (0.956 → 0.977) but cost qa-v2 (0.930 → 0.911) and the paraphrases (0.936 → 0.867): off.
  headingWeight: 0.2,
  headingMinShare: 0.99,
  proximityWeight: 0,
  namedDocument: { probeDepth: 30, maxDocuments: 3, leadShare: 0.5, localIdf: true, coordination: 0, unheldNumberWeight: 0.1 },
};

/** The defaults with some knobs replaced (fusion settings merge per engine). */
export function withTuning(overrides: Partial<SearchTuning> = {}): SearchTuning {
  return {
    ...SEARCH_DEFAULTS,
    ...overrides,
    fusion: {
      local: { ...SEARCH_DEFAULTS.fusion.local, ...overrides.fusion?.local },
      model: { ...SEARCH_DEFAULTS.fusion.model, ...overrides.fusion?.model },
    },
    lexicalScoring: { ...SEARCH_DEFAULTS.lexicalScoring, ...overrides.lexicalScoring },
    namedDocument: { ...SEARCH_DEFAULTS.namedDocument, ...overrides.namedDocument },
  };
}
