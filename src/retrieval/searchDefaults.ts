// Every knob of hybrid search in one place (MiniSearch style): override any of them per call with
// `search(q, { tuning: { … } })`. Values were chosen on the `tune` half of test/fixtures/eval/qa-v2.jsonl and the old
// dev sets (`npm run eval -- --split tune`); the README reports the `report` half. Figures below are hybrid
// recall@1/@5/MRR over the 166 answerable tune questions (qa-v2 tune + dev-questions + dev-paraphrase), local
// embeddings; at the start of this round 0.892/0.982/0.933 (BM25 alone 0.892/0.982/0.932, MiniSearch 0.886/0.964/0.921).
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
  /**
   * A heading written inside the title of a document among the rerank candidates ("绩效评价" inside "…绩效评价办法") gets
   * no heading bonus: a question writing it names that document's subject, not the section. On tune it was the
   * largest cause of the hybrid ranking under its own BM25 (6 of 10 such questions, 5 on one library): hybrid R@1/MRR
   * 0.722/0.798 → 0.725/0.799 over 1,340 answerable, two libraries back above BM25, no question lower, answers unchanged.
   */
  headingInTitleNamesDocument: boolean;
  /**
   * A document the question names (文号, proposal number, title) that the library holds: its best chunks first
   * (`maxDocuments: 0` turns the stage off).
   */
  namedDocument: NamedDocumentSettings;
  /** Bonus of the passage's best sentence holding the question's words together (share of their IDF weight). */
  proximityWeight: number;
  /**
   * Query planning (plan.ts): a sub-heading of the part or item a question names ("2.满意度测评") is the one asked when
   * it shares at least this many characters with the words after the reference, and no other sub-heading shares as many.
   */
  subsectionRunChars: number;
  /**
   * Query planning (plan.ts): at most this many chunks of a section or article the question names ("第二条…", a
   * follow-up's "（三）") are put ahead of the search hits.
   */
  sectionChunks: number;
  /**
   * Query planning (plan.ts): the words right before an article asked ("…维修资金使用办法第七条") name the document whose
   * title ends with at least this many of them (its closing note aside), when no other retrieved document's title ends
   * with as many. Shorter endings ("管理办法", "实施方案") are shared by too many documents to name one.
   */
  namedTitleEndChars: number;
  /**
   * Query planning (plan.ts): a section whose heading the question names ("工作原则有哪些") is looked for in this many
   * best-ranked documents (or in the document the question names).
   */
  headedDocuments: number;
  /**
   * A question asking what a term means ("什么叫…", "…指什么"): the best-ranked candidate defining the term ("所称X，是指…",
   * or a sentence opening on X that says what it is or holds: "提升类改造，为…", "提升类包括…") comes first. On tune:
   * b2-qt-002 4 → 1, b3-qt-002 2 → 1, b4-qt-001 6 → 1, b6-qt-001 miss → 1, b11-qt-002 2 → 1, no question lower (hybrid MRR
   * sum over the 482 answerable tune questions 429.60 → 433.18); answers unchanged.
   */
  definitionFirst: boolean;
  /**
   * A why-question ("市级补助资金为什么要改成分两次拨付"): the best-ranked of the first rerankDepth candidates under a
   * heading that asks why ("四、为什么要分两次拨付", or "一、起草背景" when asked why a document was made) comes first,
   * when that heading with its document's title holds at least this share of the question's weighted words (0 = off).
   * On tune: b5-qt-003 6 → 1, b6-qt-003 2 → 1, b13-qt-002 9 → 1, no question lower, answers unchanged; the same from
   * 0.25 to 0.5, while 0.05 lowers b9-qt-003 and b10-qt-003 (1 → 2).
   */
  reasonHeadingMinShare: number;
  /**
   * A question asking a time or a figure of a kind ("什么时候", "多少户", "每平方米补多少": src/text/askedKind.ts): when the
   * best candidate states none, the best-ranked of this many first candidates from the same document that states one
   * comes first (0 = off). The document is usually right and its section sharing the question's words ("入户安全检查")
   * says who does what, not when. Depth 5 gains one more and lowers three, 10 lowers eleven. Full tune eval (with the
   * quantity gate, the counted noun and the question's word beside the stated time or figure): hybrid R@1/R@5/MRR
   * 0.728/0.909/0.806 → 0.738/0.909/0.811 (15 questions 2/3 → 1 on 11 libraries, none lower; BM25 alone
   * 0.718/0.907/0.799); answers and drafting unchanged. The kind read from how the value is asked ("几个工作日" a length
   * of time, "容积率是多少" a rate's value, "要多久" a length in any unit): two questions it had put under BM25 alone
   * back at 1, three more 2/3 → 1 on three libraries, none lower.
   */
  askedKindDepth: number;
  /**
   * When a document's untitled chunk (title, 文号 and preamble before its first heading, or its closing block) comes
   * first, the best titled section of the same document among this many first candidates comes before it if it holds
   * what is asked and the opening does not (src/retrieval/titledSectionFirst.ts; 0 = off). Depth 2 (the second
   * candidate only): hybrid R@1 +3 tune questions on 3 libraries, none lower; swapping whenever the second is a titled
   * section (+10) also put sections before openings stating the deadline, the 施行 date, a running total or the
   * addressee asked. Depth 3 or 5 also passes another document's hit down (2 → 3). Requiring a question word beyond
   * the title that the opening lacks (not only the time or figure asked): hybrid R@1 0.738 → 0.740, bureau18 and
   * bureau23 +1 question each, none lower; answers unchanged.
   */
  titledSectionDepth: number;
}

export const SEARCH_DEFAULTS: SearchTuning = {
  depth: 50,
  expansionTermWeight: 0.5,
  // 0.5: one question better than 1 (MRR 0.962 → 0.965), the same from 0 to 0.6.
  questionWordWeight: 0.5,
  expansionVectorWeight: 0.3,
  // MiniSearch's two advantages over plain BM25: coordination alone 0.910/0.988/0.943, the floor alone
  // 0.904/0.982/0.940, both 0.922/0.982/0.949 (a plateau: exponents 0.5–1.5, floors 0.25–1 within ±0.003 MRR).
  lexicalScoring: { coordination: 1, termFloor: 0.5 },
  rrfK: 60,
  fusion: {
    // Hashed vectors never helped on tune. With vectors allowed to reorder strong BM25 hits, weight 0.1 cost MRR (0.962
    // with none → 0.960), 0.3 → 0.945, 1 → 0.935. Guarded (never reordering the strong tier), 0 and 0.1 rank every tune
    // question alike, and on held-back data they never ranked better than BM25 alone: weight 0, so the vector list only
    // fills in after BM25's own candidates (questions BM25 finds little for). A real model (`model`) is fused evenly.
    local: { vectorWeight: 0, lexicalWeight: 1, strongLexicalShare: 0.5, reorderStrong: false },
    model: { vectorWeight: 1, lexicalWeight: 1, strongLexicalShare: 1, reorderStrong: true },
  },
  rerankDepth: 30,
  // A heading the question writes as it stands (punctuation aside; every weighted word) lifts its section (the "工作原则有哪些"
  // case); BM25F's heading field and coordination already rank most such sections first. Its words scattered through
  // the question ("补助按新标准算" for 补助标准) once lifted a section above BM25's best: b3-qt-021, b12-col-003 (2 → 1).
  // Sentence proximity 0.1 cost one question on tune (0.969 → 0.966; earlier 0.930 → 0.911 on qa-v2): off.
  headingWeight: 0.2,
  headingMinShare: 0.99,
  headingInTitleNamesDocument: true,
  proximityWeight: 0,
  // Named held documents: their chunks first, in BM25's order. Ranking them instead by the rest of the question with
  // in-document IDF won one tune question and lost one (MRR 0.965 → 0.966), then lost one on report (牡政办发〔2022〕14号
  // 项目 question 1 → 3, hybrid under BM25 alone): removed. Down-weighting the words of a 文号 the library does not
  // hold (0.1) won one tune question and lost two held back (hybrid under BM25 alone at R@1): removed as well.
  namedDocument: { probeDepth: 30, maxDocuments: 3, leadShare: 0.5 },
  subsectionRunChars: 3,
  sectionChunks: 3,
  namedTitleEndChars: 6,
  headedDocuments: 2,
  definitionFirst: true,
  reasonHeadingMinShare: 0.3,
  askedKindDepth: 3,
  titledSectionDepth: 2,
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
