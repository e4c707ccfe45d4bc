// The pruned top-k walk of the lexical index: MaxScore (Turtle & Flood 1995) scored window by window, as Lucene's
// MaxScoreBulkScorer does. The query's terms are sorted by what each can add at most; the least promising ones
// ("non-essential") are only probed for documents the others hold, and only while such a document could still reach
// the top k. The essential terms' postings are added up a window of labels at a time into a small buffer, a tight
// loop per term instead of a merge per document.
import { TopK, seek, type Recalled } from './topK.js';

/** One query term's postings, [from, to) in the index's parallel arrays, its weight (IDF × term weight) and bound. */
export interface TermPostings {
  from: number;
  to: number;
  weight: number;
  /** The most this term adds to any document's raw score: weight × (largest impact + term floor). */
  bound: number;
}

export interface Postings {
  docs: Uint32Array;
  impacts: Float32Array;
}

/** Relative slack on upper bounds, so float rounding never prunes a document that belongs in the top k. */
const BOUND_SLACK = 1 + 1e-6;
const WINDOW_SHIFT = 11;
/** Labels per window. */
const WINDOW = 1 << WINDOW_SHIFT;
const FIRST_WINDOW = 64;
/** Past every label. */
const END = 0x7fffffff;
/** A list is stepped through this many postings before {@link seek} gallops. */
const STEPS = 8;

/** First position in [p, to) whose doc is ≥ `target`: a few steps (dense lists), then galloping. */
function advance(docs: Uint32Array, p: number, to: number, target: number): number {
  for (let s = 0; s < STEPS; s++, p++) if (p >= to || docs[p] >= target) return p;
  return seek(docs, p, to, target);
}

/**
 * Window buffers, reused by every search (a search runs to its end synchronously; each worker thread has its own);
 * cleared on entry, so a filter that threw in an earlier search leaves nothing behind. `found` grows with the number
 * of query terms and needs no clearing (an entry counts only when it is a posting of that label in that list).
 */
const SCRATCH = {
  partial: new Float64Array(WINDOW),
  matchedIn: new Uint16Array(WINDOW),
  present: new Uint32Array(WINDOW >> 5),
  running: new Int32Array(WINDOW),
  found: new Int32Array(0),
};

/** A document's score from its raw BM25 sum and the number of distinct query terms it holds: raw·matched^coordination. */
export function coordinate(raw: number, matched: number, coordination: number): number {
  return coordination ? raw * matched ** coordination : raw;
}

/**
 * The `depth` best documents for `terms` (in query order), best first, ties to the lower label; `accept` is checked
 * before a document may take a place. Scores are exactly those of adding up every posting in query order: a document
 * that may enter the top k is re-added in that order from the postings found for it.
 */
export function maxScoreTopK(
  postings: Postings,
  terms: TermPostings[],
  depth: number,
  scoring: { coordination: number; termFloor: number },
  accept?: (label: number) => boolean,
): Recalled[] {
  const n = terms.length;
  if (n === 0 || depth <= 0) return [];
  const { docs, impacts } = postings;
  const floor = scoring.termFloor;
  // Lists in ascending order of bound: [0, firstEssential) are probed, [firstEssential, n) added up by window.
  const order = terms.map((_, t) => t).sort((a, b) => terms[a].bound - terms[b].bound || a - b);
  const rank = new Int32Array(n);
  order.forEach((t, i) => (rank[t] = i));
  const start = Int32Array.from(order, (t) => terms[t].from);
  const pos = start.slice();
  const end = Int32Array.from(order, (t) => terms[t].to);
  const weight = Float64Array.from(order, (t) => terms[t].weight);
  const prefix = new Float64Array(n);
  order.reduce((sum, t, i) => (prefix[i] = sum + terms[t].bound), 0);
  const factor = Float64Array.from({ length: n + 1 }, (_, m) => coordinate(1, m, scoring.coordination));
  // Per window (labels base…base+WINDOW): partial sums, terms matched, each list's posting per label (valid when that
  // posting is the label's), which labels an essential list holds, and the labels still in the running.
  const { partial, matchedIn, present, running } = SCRATCH;
  partial.fill(0);
  matchedIn.fill(0);
  present.fill(0);
  if (SCRATCH.found.length < n * WINDOW) SCRATCH.found = new Int32Array(n * WINDOW);
  const found = SCRATCH.found;
  const hit = new Int32Array(n);
  const top = new TopK(depth);
  let threshold = Number.NEGATIVE_INFINITY;
  let firstEssential = 0;
  // Windows start small, so the first k documents (which set the first threshold) are found with little work.
  let span = FIRST_WINDOW;
  for (;;) {
    const essential = firstEssential;
    let base = END;
    for (let i = essential; i < n; i++) if (pos[i] < end[i] && docs[pos[i]] < base) base = docs[pos[i]];
    if (base === END) break;
    // 1. The essential lists' postings in the window, added up list by list.
    const limit = base + span;
    span = Math.min(WINDOW, span * 2);
    for (let i = essential; i < n; i++) {
      const w = weight[i];
      const e = end[i];
      const slot = i << WINDOW_SHIFT;
      let p = pos[i];
      for (; p < e; p++) {
        const d = docs[p];
        if (d >= limit) break;
        const o = d - base;
        partial[o] += w * (impacts[p] + floor);
        matchedIn[o]++;
        found[slot + o] = p;
        present[o >> 5] |= 1 << (o & 31);
      }
      pos[i] = p;
    }
    // 2. The labels found, in order, that the filter accepts and that could still enter with every non-essential term.
    let count = 0;
    const rest = essential > 0 ? prefix[essential - 1] : 0;
    for (let word = 0; word < present.length; word++) {
      let bits = present[word];
      present[word] = 0;
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const o = (word << 5) | (31 - Math.clz32(lowest));
        if ((partial[o] + rest) * factor[matchedIn[o] + essential] * BOUND_SLACK >= threshold && (!accept || accept(base + o))) running[count++] = o;
        else forget(o);
      }
    }
    // 3. Each non-essential list, most promising first, merged with the labels still in the running.
    for (let i = essential - 1; i >= 0 && count > 0; i--) {
      const w = weight[i];
      const e = end[i];
      const slot = i << WINDOW_SHIFT;
      const below = i > 0 ? prefix[i - 1] : 0;
      let p = pos[i];
      let kept = 0;
      for (let r = 0; r < count; r++) {
        const o = running[r];
        const label = base + o;
        p = advance(docs, p, e, label);
        if (p < e && docs[p] === label) {
          partial[o] += w * (impacts[p] + floor);
          matchedIn[o]++;
          found[slot + o] = p;
        }
        if ((partial[o] + below) * factor[matchedIn[o] + i] * BOUND_SLACK >= threshold) running[kept++] = o;
        else forget(o);
      }
      pos[i] = p;
      count = kept;
    }
    // 4. The rest are scored exactly and offered.
    for (let r = 0; r < count; r++) {
      const o = running[r];
      const label = base + o;
      forget(o);
      for (let j = 0; j < n; j++) {
        const p = found[(j << WINDOW_SHIFT) + o];
        hit[j] = p >= start[j] && p < end[j] && docs[p] === label ? p : -1;
      }
      if (top.offer(label, exactScore(impacts, terms, rank, hit, floor, scoring.coordination))) threshold = top.threshold;
    }
    // A document only in lists [0, f] scores at most prefix[f]·factor[f+1]: once that cannot reach the threshold, list f
    // need not be added up any more.
    while (firstEssential < n && prefix[firstEssential] * factor[firstEssential + 1] * BOUND_SLACK < threshold) firstEssential++;
  }

  function forget(o: number): void {
    partial[o] = 0;
    matchedIn[o] = 0;
  }
  return top.sorted();
}

/**
 * A document's exact score: its raw sum taken over the terms in query order (as an exhaustive scorer adds them, so
 * both agree to the last bit), `hit[i]` being the document's posting in the i-th list of `order`, or −1.
 */
function exactScore(impacts: Float32Array, terms: TermPostings[], rank: Int32Array, hit: Int32Array, floor: number, coordination: number): number {
  let raw = 0;
  let matched = 0;
  for (let t = 0; t < terms.length; t++) {
    const p = hit[rank[t]];
    if (p < 0) continue;
    raw += terms[t].weight * (impacts[p] + floor);
    matched++;
  }
  return coordinate(raw, matched, coordination);
}
