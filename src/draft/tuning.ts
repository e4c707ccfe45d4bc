// Every threshold of draft evidence and precedents, in one object (MiniSearch style). Tune on `split: "tune"` proposals
// of test/fixtures/eval/proposals only; `npm run eval` reports both halves.

/**
 * Calibrated on the 9 tune proposals of test/fixtures/eval/proposals/ over the shipped corpus (see README, 起草评测).
 * The answerability gate itself is the one `ask` uses (OFFLINE_TUNING); these are the draft's own floors on top of it.
 */
export const DRAFT_TUNING = {
  // ---- Retrieval (evidence.ts) ----
  /** Passages retrieved per suggestion with its full wording (through the retrieval planner, as `ask` does). */
  searchK: 10,
  /** Extra passages retrieved with the suggestion's short topic (headings of earlier replies match it best). */
  topicSearchK: 6,
  /** Share of the topic's distinctive words a section heading must hold to count as "on the same topic". */
  onTopicHeading: 0.5,

  // ---- The draft's floor on the gate of `ask` (gatePassages), applied to every sentence a draft may quote ----
  /** Share of the suggestion's focus words (its rarest content words) the passage of a quote must hold (gate default 0.5). */
  gatePassageFocusShare: 1,
  /** The same share for the quoted sentence itself, with its title and heading. */
  gateSentenceFocusShare: 0.5,
  /** Focus words looked for (the rarest of the wording). */
  gateMaxFocusWords: 2,

  // ---- The relevance floor for one quoted sentence (on top of the gate) ----
  /** Weighted coverage of the suggestion's terms the sentence (with its heading) needs. */
  minSentenceCoverage: 0.2,
  /** Coverage of the suggestion's key terms (its own words, not policy verbs or domain words), heading included. */
  minDistinctiveCoverage: 0.5,
  /** Weight of a key term no retrieved passage holds (and not the proposal's theme) in that coverage. */
  absentTermFactor: 0.25,
  /** A sentence under an on-topic heading still needs this much distinctive coverage (it may be about a detail). */
  minDistinctiveUnderHeading: 0.1,
  /** Longest sentence quoted as evidence. */
  maxSentenceChars: 320,

  // ---- How much is quoted per level ----
  policySentences: 2,
  doneSentences: 3,
  doneChunks: 2,
  elsewhereSentences: 1,

  // ---- Precedents (precedents.ts) ----
  /** Replies retrieved for the proposal as a whole. */
  precedentSearchK: 20,
  /** Mean coverage of the proposal's weighted terms (title and topics) by a reply's title+headings and by its text. */
  minPrecedentScore: 0.2,
  /** Coverage of the proposal's key terms (as for quotes) the reply's text must reach: a shared theme is not enough. */
  minPrecedentDistinctive: 0.3,
  maxPrecedents: 3,
  maxPromises: 5,
  maxPromiseChars: 90,
};

export type DraftTuning = typeof DRAFT_TUNING;

export function draftTuning(overrides: Partial<DraftTuning> = {}): DraftTuning {
  return { ...DRAFT_TUNING, ...overrides };
}
