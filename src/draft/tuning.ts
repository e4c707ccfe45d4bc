// Every threshold of draft evidence and precedents, in one object (MiniSearch style). Tune on `split: "tune"` proposals
// of test/fixtures/eval/proposals only; `npm run eval` reports both halves.

/**
 * Calibrated on the 9 tune proposals of test/fixtures/eval/proposals/ over the shipped corpus (see README, 起草评测),
 * and checked on the 6 tune proposals of test/fixtures/eval/bureau2/ over its own library (bench/draftTune.ts
 * --corpus/--proposals; bench/draftLoss.ts shows at which stage expected evidence is lost).
 * The answerability gate itself is the one `ask` uses (OFFLINE_TUNING); these are the draft's own floors on top of it.
 */
export const DRAFT_TUNING = {
  // ---- Reading the proposal (proposal/) ----
  /**
   * Longest cell of an asks table's header ("具体建议", "群众反映的问题"): a header cell is a short name; a longer one is
   * prose with a pipe in it, and its row is no table's header (askTable.ts).
   */
  maxAskTableHeaderCellChars: 12,

  // ---- Retrieval (evidence.ts) ----
  /** Passages retrieved per suggestion with its full wording (through the retrieval planner, as `ask` does). */
  searchK: 10,
  /** Extra passages retrieved with the suggestion's short topic (headings of earlier replies match it best). */
  topicSearchK: 6,
  /** Longest lead (what the suggestion asks) measured against quotes; a longer sentence keeps its clause with the topic. */
  maxLeadChars: 30,
  /** A lead clause shorter than this ("盘活周边存量资源") takes the next clause with it: a slogan is made concrete there. */
  minLeadClauseChars: 10,
  /** Share of the topic's distinctive words a section heading must hold to count as "on the same topic". */
  onTopicHeading: 0.5,
  /** A heading also counts as on the topic when all its distinctive words, at least this many, are in the suggestion. */
  minHeadingWords: 2,

  // ---- The draft's floor on the gate of `ask` (gatePassages), applied to every sentence a draft may quote ----
  // Set on the tune half (bench/draftTune.ts): passage 0.5/1 × sentence 0.5/1 gave precision/recall 82.4/69.2%
  // (0.5, 0.5), 83.3/61.5% (·, 1), 86.7/69.2% (1, 0.5): the passage must hold every focus word, the sentence half.
  /** Share of the suggestion's focus words (its rarest content words) the passage of a quote must hold (gate default 0.5). */
  gatePassageFocusShare: 1,
  /**
   * The passage share for a chunk under an earlier reply's heading on the suggestion's topic (the heading vouches for
   * the topic; a two-part ask is often answered by two sections, each holding one part's focus word).
   */
  gateOnTopicPassageFocusShare: 0.5,
  /** The same share for the quoted sentence itself, with its title and heading. */
  gateSentenceFocusShare: 0.5,
  /** Focus words looked for (the rarest of the wording). */
  gateMaxFocusWords: 2,
  /**
   * When the gate fails, a focus word naming the form of the ask (质量标准, 出资渠道: namesFormOfAsk) that no retrieved
   * passage holds, beside another focus word, is the asker's wording: the ask is gated again without it (the relevance
   * floor still applies).
   */
  unheldFormWordsAreWording: true,
  /**
   * The asker's hedge on the form of an ask ("给予一定期限的补贴", "按规定比例落实": withoutHedgedForm) is left out of
   * what is asked of the library (gate and relevance floor): a passage answers with the period or share itself.
   */
  hedgedFormIsWording: true,
  /**
   * The form the asker gives an ask (续筹机制, 调解机制, 申请渠道: a focus word naming the form, namesFormOfAsk; not 标准 or 力度) is how it
   * is put: a sentence stating the content passes the gate without it (beside those that hold it), and a form noun a
   * quote lacks does not count against it in the relevance floor.
   */
  formOfAskIsWording: true,
  /**
   * A figure the ask proposes as a threshold or target ("低于85%", "延长到6年": src/text/askedFigure.ts proposedFigures) is
   * the proposer's number: a quote holding it without what it measures ("入住率不低于85%" for 合格率低于85%) gets no
   * credit for it in the relevance floor; one holding both ("公告期不少于7日" for 公告期延长到7天) does.
   */
  proposedFigureIsWording: true,
  /**
   * A noun of a period of the year in the ask (年度, 月度, 季节: src/text/questionWords.ts PERIOD_WORDS) says when or how
   * often, which the library states by the period itself ("每年安排…", "6月共受理…", "每次台风过境后…"): it is no focus
   * word of the gate, and a quote lacking it is measured without it in the relevance floor.
   */
  periodWordsSayWhen: true,
  /**
   * The bureau's own documents speak for its whole scope (a provincial bureau's "我厅已督促各地实行…" is the province's):
   * asked 全省 or 省级, the gate reads their passages as holding that level, as a city's own document holds 全市.
   */
  ownDocumentsSpeakForBureauScope: true,

  // ---- The relevance floor for one quoted sentence (on top of the gate) ----
  /** Weighted coverage of the suggestion's terms the sentence (with its heading) needs. */
  minSentenceCoverage: 0.2,
  /** Coverage of the suggestion's key terms (its own words, not policy verbs or domain words), heading included. */
  minDistinctiveCoverage: 0.5,
  /**
   * Weight of a key term no retrieved passage holds (not the proposal's theme, not a noun) in that coverage. Tune:
   * 0.25 → recall 61.5%, precision 92.3%; 0.5 → 53.8%, 90.9% (1 gave 46.2% recall before nouns kept their weight).
   */
  absentTermFactor: 0.25,
  /**
   * The same coverage may be reached on the suggestion's core ask alone (its heading topic, without the elaboration
   * after it) when the core has at least this many key terms.
   */
  minCoreKeyTerms: 2,
  /**
   * The topic's words before the thing it closes on (排查 of 排查消除小区积水点), when no retrieved passage holds them,
   * are the asker's action: a quote holding the thing may be measured without them (the library reports the thing
   * with its own verb: 消除积水点17处).
   */
  unsaidActionIsFraming: true,
  /**
   * When no sentence passes the gate and the relevance floor of a lead of several clauses, its first clause, when it
   * states an action of its own, is asked alone: the clauses after it (a fallback, how, a detail: "…，暂时组建不了的要
   * 有替代办法") are no words a quote answering the ask must hold.
   */
  firstAskWhenNoneRelevant: true,
  /** A sentence under an on-topic heading still needs this much distinctive coverage (it may be about a detail). */
  minDistinctiveUnderHeading: 0.1,
  /**
   * Share of an earlier reply's sections that must hold a word of the subject it answered for that word to be what the
   * reply is about throughout (its sentences naming it are not quoted on a proposal that never mentions it).
   */
  subjectPervasiveShare: 0.8,
  /**
   * Score taken off a quotable sentence per place its passage stands lower in retrieval: between sentences of about
   * the same relevance, the one retrieval ranked first is quoted first (small, so relevance still decides).
   */
  retrievalRankPenalty: 0.02,
  /** Longest sentence quoted as evidence. */
  maxSentenceChars: 320,
  /**
   * Share of the coverage a sentence reaches with its section heading that counts (its own words count in full): the
   * heading vouches for the topic without standing for what the sentence says.
   */
  headingCoverageFactor: 0.8,

  // ---- The policy behind the proposal as a whole (gatherThemePolicy, evidence.ts): the reply's opening ----
  /** A sentence naming a policy document must hold this many of the proposal's theme words (all of them when fewer). */
  minThemeWords: 2,
  /** Its score: this much per theme word it holds… */
  themeWordScore: 2,
  /** …this much more when it cites a 文号 ("〔2020〕")… */
  themeNumberBonus: 1.5,
  /** …this much less per place its passage stands lower in retrieval… */
  themeRankPenalty: 0.3,
  /** …and one less per this many characters (a shorter sentence names the policy more plainly). */
  themeCharsPerPoint: 200,

  // ---- How much is quoted per level ----
  policySentences: 2,
  doneSentences: 3,
  doneChunks: 2,
  /**
   * 外地做法 quoted per suggestion: the best sentence of each of this many other places. Two gained expected evidence on
   * the tune halves but, held back, one on-topic citation for two off-topic ones, so one place is quoted.
   */
  elsewhereSentences: 1,

  // ---- Precedents (precedents.ts) ----
  // Set on the tune half with bench/draftTune.ts (a listed reply counts as relevant when it is the expected evidence of
  // one of the proposal's suggestions): score 0.15/0.2/0.25/0.3 × key-term share 0.2/0.3/0.4 gave relevant/listed and
  // found/expected from 8/11, 8/9 (0.15, 0.2) to 2/3, 2/9 (0.3, any); 0.2/0.2 gave 7/9 and 7/9 (was 0.2/0.3: 5/7, 5/9).
  /** Replies retrieved for the proposal as a whole. */
  precedentSearchK: 20,
  /** Mean coverage of the proposal's weighted terms (title and topics) by a reply's title+headings and by its text. */
  minPrecedentScore: 0.2,
  /** Coverage of the proposal's key terms (as for quotes) the reply's text must reach: a shared theme is not enough. */
  minPrecedentDistinctive: 0.2,
  maxPrecedents: 3,
  maxPromises: 5,
  maxPromiseChars: 90,
};

export type DraftTuning = typeof DRAFT_TUNING;

export function draftTuning(overrides: Partial<DraftTuning> = {}): DraftTuning {
  return { ...DRAFT_TUNING, ...overrides };
}
