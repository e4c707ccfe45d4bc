// Shared contracts between ingestion, retrieval, answers, drafts and the adapters (Slack, console, CLIs).
// Changing a shape here changes a contract in DESIGN.md: keep them in step.
import type { OfflineTuning } from './answer/offline/tuning.js';
import type { AnswerSignals } from './answer/answerSignals.js';
import type { DraftTuning } from './draft/tuning.js';

export type DocKind = 'reply' | 'policy' | 'form';

/** One heading-aware piece of a document; what both indexes store and what citations point to. */
export interface Chunk {
  /** Stable id: `${docId}#${ordinal}`. */
  id: string;
  docId: string;
  title: string;
  /** 文号 such as 许建政协〔2020〕13号, when the document has one. */
  number: string | null;
  /**
   * Who issued the document and where (src/corpus/origin.ts), e.g. "某某县住房和城乡建设局 某省A市甲县": searched
   * with the title, never shown. Absent when unknown.
   */
  origin?: string;
  kind: DocKind;
  /** Heading path joined with " > ", e.g. "二、关于政府主导，合力推进老旧小区改造工作的建议"; "" for the preamble. */
  sectionPath: string;
  /** Cleaned, redacted chunk text (without the heading path). */
  text: string;
  /** Offsets of `text` in the document's cleaned text. */
  start: number;
  end: number;
  /** Position of the chunk in its document (0-based); adjacent chunks of one section have consecutive ordinals. */
  ordinal: number;
  /**
   * Slack channel ids the document is restricted to (front matter `channels:` or a folder rule in bureau.yml);
   * absent or empty: visible everywhere.
   */
  channels?: string[];
  /**
   * What the document's front matter says of its source, when it says anything: `issuer`, `type` (政策文件, 答复,
   * 讨论稿, 新闻报道…) and `level` (国家, 省, 市, 县). Drafting reads it for evidence levels; absent: read from the text.
   */
  source?: DocumentSource;
  /**
   * The document's date (YYYY-MM-DD, ParsedDocument.date: the date it is signed with, else its front matter's `date`),
   * when known: a year its text says from now ("今年以来…") is this date's year (src/text/dates.ts withYearsFromNowAs).
   */
  date?: string;
}

export interface DocumentSource {
  issuer?: string;
  type?: string;
  level?: string;
}

export interface SearchOptions {
  k?: number;
  kind?: DocKind | DocKind[];
  docId?: string | string[];
  /**
   * The Slack channel (or DM) asking. Undefined: the operator, who sees every document. A string: documents
   * restricted to other channels are filtered out inside the recalls.
   */
  channel?: string;
}

export interface SearchHit {
  chunk: Chunk;
  /** Fused score, higher is better. */
  score: number;
  vectorRank?: number;
  lexicalRank?: number;
  /** Cosine similarity of the vector recall (when the chunk came from it). */
  vectorScore?: number;
  /** BM25 score of the lexical recall (when the chunk came from it). */
  lexicalScore?: number;
}

/** The retrieval service every consumer uses. */
export interface Searcher {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Number of chunks in the index. */
  size(): number;
  /** All chunks of one document, in order (for context and drafting). */
  chunksOf(docId: string): Chunk[];
  /** Embeddings id, e.g. "local-hash-512" or "openai:text-embedding-3-small". */
  embeddingsId: string;
  /** Number of chunks whose lexical terms include `term` (the answerability gate weighs question words with it). */
  documentFrequency?(term: string): number;
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface Citation {
  n: number;
  docId: string;
  title: string;
  number: string | null;
  section: string;
  quote: string;
  /**
   * The quoted chunk's id: where the quote was read, so no later stage has to find the passage again by its words.
   * Internal: not in the --json contract (src/answer/format.ts).
   */
  chunkId: string;
}

export interface RetrievedPassage {
  docId: string;
  title: string;
  section: string;
  text: string;
  score: number;
}

/** `npm run ask -- --json` prints exactly this object. */
export interface Answer {
  question: string;
  answered: boolean;
  answer: string;
  citations: Citation[];
  retrieved: RetrievedPassage[];
  engine: { llm: string; embeddings: string };
  /** The standalone question actually searched (after condensing a follow-up). */
  standaloneQuestion?: string;
  /** One-line notice for the user, e.g. that the model failed and the offline engine answered. */
  notice?: string;
}

export interface AnswerOptions {
  /** Called with each piece of answer text as it is generated (LLM engine); the offline engine calls it once. */
  onToken?: (text: string) => void;
  signal?: AbortSignal;
  /** How many passages to retrieve (default 6). */
  k?: number;
  /** The Slack channel asking: documents restricted to other channels are invisible. Undefined: the operator sees all. */
  channel?: string;
  /** Overrides of the offline answerer's weights and thresholds (OFFLINE_TUNING), e.g. for an `npm run eval` sweep. */
  tuning?: Partial<OfflineTuning>;
  /** Internal: this call answers one side of a comparison (no further splitting). */
  singleSide?: boolean;
  /** Eval only: the evidence signals of the offline engine's answer, when it answers (bench/confidenceFit.ts). */
  onAnswerSignals?: (signals: AnswerSignals) => void;
}

export type ProposalKind = '提案' | '建议';

export interface ProposalMeta {
  title: string | null;
  number: string | null;
  meeting: string | null;
  proposers: string[];
  /** How many proposers there are when the text names fewer ("刘某某等2位委员": one name, two proposers). */
  proposerCount?: number;
  /** 委员 → 政协提案, 代表 → 人大建议. */
  role: '委员' | '代表' | null;
  /** The proposer is a body ("民进市委会", "农工党界别"): addressed by its name alone and as 你们. */
  organisation?: boolean;
  kind: ProposalKind;
}

export interface Suggestion {
  index: number;
  topic: string;
  text: string;
}

export interface DraftSection {
  heading: string;
  paragraphs: string[];
  citations: Citation[];
}

export interface Draft {
  title: string;
  salutation: string;
  opening: string;
  background: string | null;
  /** Sources of the background paragraph (its [n] markers), when it has any. */
  backgroundCitations?: Citation[];
  sections: DraftSection[];
  nextSteps: DraftSection;
  closing: string;
  contact: string[];
  cc: string | null;
  /** 落款: issuing bureau and date line, e.g. ["A市住房和城乡建设局", "【待补充：成文日期】"]. */
  signOff?: string[];
  /** What is answered: decides the 文号 prefix of the .docx header. */
  kind?: ProposalKind;
}

export interface OutlinePoint {
  point: string;
  sources: Citation[];
}

export interface OutlineSection {
  heading: string;
  points: OutlinePoint[];
}

export interface Outline {
  title: string;
  salutation: string;
  opening: string;
  sections: OutlineSection[];
  nextSteps: string[];
  contact: string[];
}

export interface FidelityIssue {
  /** The figure or place name that no source supports. */
  value: string;
  where: string;
  action: 'dropped' | 'flagged';
}

/** An earlier reply like the proposal being answered, and what it promised under 下步 (「历年类似提案及答复」). */
export interface Precedent {
  docId: string;
  title: string;
  /** The reply's 文号, else the proposal number it answered ("第88号建议"). */
  number: string | null;
  year: number | null;
  /** Similarity to the proposal, 0..1. */
  score: number;
  /** What the reply promised in its 下步 sections. */
  promises: string[];
  /** The bureau's own reply (listed first), or another place's. */
  own?: boolean;
}

/** `npm run draft -- --json` prints this object (outline is set with --outline, draft otherwise). */
export interface DraftResult {
  meta: ProposalMeta;
  suggestions: Suggestion[];
  draft: Draft | null;
  outline: Outline | null;
  text: string;
  fidelity: FidelityIssue[];
  /** Earlier replies like this proposal, best first (also in `text`, as 「历年类似提案及答复」). */
  precedents: Precedent[];
  engine: { llm: string; embeddings: string };
  notice?: string;
}

export interface DraftInput {
  text: string;
  /** Metadata given separately (e.g. from the Slack modal) overrides what is parsed from the text. */
  meta?: Partial<ProposalMeta>;
}

export interface DraftOptions {
  outline?: boolean;
  signal?: AbortSignal;
  /** How the LLM engine asks for structured output; default functionCalling (what local servers support best). */
  structuredMethod?: 'functionCalling' | 'jsonSchema' | 'jsonMode';
  /** The Slack channel asking: documents restricted to other channels are invisible. Undefined: the operator sees all. */
  channel?: string;
  /** Overrides of the drafting defaults (DRAFT_TUNING) for this call only. */
  tuning?: Partial<DraftTuning>;
}
