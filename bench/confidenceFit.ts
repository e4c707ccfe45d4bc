// Fits an answer-confidence model (the probability that an offline answer is right, from its evidence signals) on the
// tune halves and judges refusing below a cut by leave-one-library-out (LOLO).
//
// 1. Collect: every `npm run eval` records each answered question's signals (src/answer/answerSignals.ts) in its
//    perQuestion row; with the shipped gate off, so that the answers it refuses are data too:
//                       npm run --silent eval:sets -- --split tune --only qa --ungated --out DIR
// 2. Fit and validate:  npx tsx bench/confidenceFit.ts DIR [--lambda 10] [--features a,b,c] [--group REGEX] [--json OUT]
//    For each left-out set: the score change (Δright − 2·Δwrong + Δrefused unanswerables) of refusing the answers the
//    model fitted on the other sets puts below the cut (chosen on those sets' own out-of-fold predictions, never on
//    the items judged); the same for the baseline (raised sentence / passage coverage bars, chosen on the other sets);
//    the score of refusing the k least confident answers, out of fold and in sample; then the model fitted on all sets.
//    --group: also fit on the sets whose name does not match REGEX and judge the ones that do (e.g. the newest libraries).
// Only `split: "tune"` items are read.
//
// Result on main 045698c (2026-12-04; 574 answered tune items: 510 right, 50 wrong, 14 unanswerable; a comparison
// answered side by side carries no signals): AUC of the best single signals 0.59–0.64 (question length, passage
// coverage, the cited passage's position), best sentence coverage 0.51. LOLO, λ = 1, 10 or 50, all 23 signals or the
// best 2–3: the cut chosen is 0 in every fold, every set +0. Out of fold the least confident answers are mostly right:
// refusing the 20 least confident is −14 (18 right, 2 wrong). The baseline, likewise +0 in every fold; raising the bars
// for real, in sample: minSentenceCoverage 0.22 → 0.30 −8, the three passage bars +0.05 −4. No gate was shipped: the
// remaining wrong answers look like right ones to every signal the engine computes (the right document and topic,
// another detail: a month, a district, half of a two-part question).
//
// Result on main 1fe0bde (2026-12-07; 1,499 answered tune items of qa-v2 and bureau2–45: 1,191 right, 226 wrong, 82
// unanswerable), all 23 signals, λ = 1: LOLO +64 (refused 189: right −98, wrong −71, unanswerable +20; 24 of 45 sets
// gain, 16 lose, qa-v2 most: −6); the raised coverage bars −2. Fitted on all sets, cut 0.6401: shipped as
// src/answer/confidence.ts with OFFLINE_TUNING.minAnswerConfidence, not judging answers about a named document or a
// document itself. Held back (report halves and the 安庆 holdout, never fitted on): right 1147 → 1071, wrong 368 → 249,
// unanswerables refused 690 → 718 (+190); 40 of 46 sets gain, 4 lose (bureau12, bureau17 −2; qa-v2, the holdout −1).
//
// Result on f82cc1b (2026-12-07 evening; 1,534 answered tune items of qa-v2 and bureau2–46: 1,216 right, 233 wrong, 85
// unanswerable). The 23-signal gate above gained held back but lost on new material (the blind bureau46, the sets written
// from real documents). Judged three ways, each cut chosen on the fitting sets' own out-of-fold predictions: (A) LOLO;
// (B) fitted on qa-v2 + bureau2–35, judged on the newest 11 (bureau36–46: `--group 'bureau(3[6-9]|4[0-9])$'`), and the
// reverse; (C) qa-v2's LOLO fold. All 23 signals, λ = 1 (the shipped recipe): A +69 (refused 199: right −103, wrong −76,
// unanswerable +20; 25 sets gain, 15 lose, qa-v2 −6, bureau46 −2), B +29 (0 of 11 lose), reverse −181. Stronger λ (10,
// 30, 100, 300): A +75 / +62 / +61 / +61 with 16–18 sets losing, qa-v2 −7 to −3. More conservative cuts (the lowest cut
// reaching 50% or 80% of the best gain; fixed 0.50, 0.55): A +36 / +52 / +22 / +42, 15–19 sets losing. Without the five
// rank signals (18 left) or coverage only: +0 / −1 — the ranks are the whole of the model's power. Ranks made 0/1 (first
// or not): A +39 / +50 (λ 30). "No ranker puts the cited passage first" as a 0/1 rule: A +91 but 16 sets losing,
// bureau46 −6, found by looking at all tune data. The three ranks alone: A +73 (14 lose, qa-v2 −3), B +32, reverse −83;
// six (ranks + sentence / answer coverage + answer length): A +68; with question length: A +83 (14 lose, qa-v2 +0), B +29.
// Best by the test fixed before looking (beat the 23-signal recipe on A and B, fewer sets losing, qa-v2 no worse): the
// three ranks + question length, λ = 1 — A +76 (refused 183: right −92, wrong −77, unanswerable +14; 26 sets gain, 14
// lose, worst −4, qa-v2 −2, bureau46 −3), B +30 (1 of 11 loses), reverse −196; on the previous session's data (1fe0bde,
// 45 sets) likewise A +79 against +64, B +33 against +29. But by a margin within noise (a bootstrap over libraries puts it
// ahead 69% of the time), and refitted on all 46 sets (cut 0.6155) it did not hold: on the tune halves −11 against the
// 23-signal gate (which was fitted on them), the dev-paraphrase unit test one answer under its floor, and on the
// held-back halves (report halves without the holdout, totals only, read once as the final check) right 1053 → 1068,
// wrong 251 → 268, unanswerables refused 702 → 697: −24, 21 sets worse and 12 better (qa-v2 +1, bureau46 +1). The
// 23-signal model stays. Common to every candidate: it loses on the 17 libraries whose answers are right ≥ 85% of the
// time ungated (−19 to −32 in total; a library's LOLO gain and its accuracy correlate at −0.72). The signals say how far
// down the evidence came from, not how reliable a library's first passage is, so a library where the engine is rarely
// wrong pays for the refusals the others need — the loss seen on the real-document sets.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../src/cli/run.js';
import type { AnswerSignals } from '../src/answer/answerSignals.js';

export interface Row {
  set: string;
  id: string;
  /** What refusing this answer changes in the score: +2 a wrong answer, +1 an answered unanswerable, −1 a right answer. */
  gain: number;
  right: boolean;
  signals: AnswerSignals;
}

interface PerQuestion {
  id: string;
  split?: string;
  answered: boolean | null;
  answerable: boolean;
  accurate: boolean | null;
  signals?: AnswerSignals;
}

export function loadRows(dir: string): Row[] {
  const rows: Row[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-qa-tune.json')).sort()) {
    const set = file.replace(/-qa-tune\.json$/, '');
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { qa: { perQuestion: PerQuestion[] } };
    for (const q of report.qa.perQuestion) {
      if (q.split !== 'tune' || !q.answered || !q.signals) continue;
      const right = q.answerable && q.accurate === true;
      rows.push({ set, id: q.id, right, gain: right ? -1 : q.answerable ? 2 : 1, signals: q.signals });
    }
  }
  return rows;
}

interface Model {
  features: string[];
  intercept: number;
  weights: number[];
  mean: number[];
  sd: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const value = (row: Row, f: string) => (row.signals as unknown as Record<string, number>)[f] ?? 0;

/** Solves A·x = b (A symmetric positive definite, small) by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]]);
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/**
 * L2-regularised logistic regression on standardised features (the intercept not penalised), by Newton's method:
 * minimises Σ logloss + λ/2·|w|².
 */
export function fitLogistic(rows: Row[], features: string[], lambda: number, iterations = 25): Model {
  const mean = features.map((f) => rows.reduce((s, r) => s + value(r, f), 0) / rows.length);
  const sd = features.map((f, j) => Math.sqrt(rows.reduce((s, r) => s + (value(r, f) - mean[j]) ** 2, 0) / rows.length) || 1);
  // Column 0 is the intercept.
  const x = rows.map((r) => [1, ...features.map((f, j) => (value(r, f) - mean[j]) / sd[j])]);
  const y = rows.map((r) => (r.right ? 1 : 0));
  const d = features.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = beta.map((bj, j) => (j ? lambda * bj : 0));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i ? lambda : 0)));
    for (let i = 0; i < x.length; i++) {
      const p = sigmoid(x[i].reduce((s, xi, j) => s + xi * beta[j], 0));
      const w = p * (1 - p);
      for (let j = 0; j < d; j++) {
        grad[j] += (p - y[i]) * x[i][j];
        for (let k = 0; k < d; k++) hess[j][k] += w * x[i][j] * x[i][k];
      }
    }
    const step = solve(hess, grad);
    beta = beta.map((bj, j) => bj - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { features, intercept: beta[0], weights: beta.slice(1), mean, sd };
}

export function predict(model: Model, row: Row): number {
  return sigmoid(model.intercept + model.features.reduce((s, f, j) => s + (model.weights[j] * (value(row, f) - model.mean[j])) / model.sd[j], 0));
}

/** The score change of refusing every row whose prediction is below `cut`. */
const gainBelow = (scored: { p: number; row: Row }[], cut: number) => scored.filter((s) => s.p < cut).reduce((g, s) => g + s.row.gain, 0);

/** The cut (0 = never refuse) that maximises the score change over `scored`; ties go to the lower (fewer refusals) cut. */
export function bestCut(scored: { p: number; row: Row }[]): number {
  const candidates = [0, ...[...new Set(scored.map((s) => s.p))].sort((a, b) => a - b).map((p) => p + 1e-9)];
  let best = 0;
  let bestGain = 0;
  for (const c of candidates) {
    const g = gainBelow(scored, c);
    if (g > bestGain) [best, bestGain] = [c, g];
  }
  return best;
}

const setsOf = (rows: Row[]) => [...new Set(rows.map((r) => r.set))];

/** Out-of-fold predictions: each set's rows predicted by a model fitted on the other sets. */
function outOfFold(rows: Row[], features: string[], lambda: number): { p: number; row: Row }[] {
  return setsOf(rows).flatMap((held) => {
    const model = fitLogistic(rows.filter((r) => r.set !== held), features, lambda);
    return rows.filter((r) => r.set === held).map((row) => ({ p: predict(model, row), row }));
  });
}

interface SetResult {
  set: string;
  refused: number;
  gain: number;
  /** Of the refused: right answers lost, wrong answers removed, answered unanswerables removed. */
  lostRight: number;
  removedWrong: number;
  removedUnanswerable: number;
}

function tally(set: string, refused: Row[]): SetResult {
  return {
    set,
    refused: refused.length,
    gain: refused.reduce((g, r) => g + r.gain, 0),
    lostRight: refused.filter((r) => r.gain === -1).length,
    removedWrong: refused.filter((r) => r.gain === 2).length,
    removedUnanswerable: refused.filter((r) => r.gain === 1).length,
  };
}

/** Leave-one-library-out: fit on all sets but one (cut from those sets' own out-of-fold predictions), judge on it. */
export function loloModel(rows: Row[], features: string[], lambda: number): SetResult[] {
  return setsOf(rows).map((held) => {
    const train = rows.filter((r) => r.set !== held);
    const cut = bestCut(outOfFold(train, features, lambda));
    const model = fitLogistic(train, features, lambda);
    return tally(held, rows.filter((r) => r.set === held && predict(model, r) < cut));
  });
}

/**
 * Leave-a-group-out: fit on the sets `inGroup` rejects (cut from their own out-of-fold predictions), judge on each set
 * it accepts — a stricter view than LOLO when the group differs from the rest (newer libraries, real documents).
 */
export function groupOut(rows: Row[], features: string[], lambda: number, inGroup: (set: string) => boolean): SetResult[] {
  const train = rows.filter((r) => !inGroup(r.set));
  const cut = bestCut(outOfFold(train, features, lambda));
  const model = fitLogistic(train, features, lambda);
  return setsOf(rows)
    .filter(inGroup)
    .map((held) => tally(held, rows.filter((r) => r.set === held && predict(model, r) < cut)));
}

/** The baseline: raise the sentence and passage coverage bars only, the pair chosen on the other sets. */
export function loloThresholds(rows: Row[]): SetResult[] {
  const grid = Array.from({ length: 31 }, (_, i) => i * 0.02);
  const refusedBy = (r: Row, s: number, p: number) => r.signals.sentenceCoverage < s || r.signals.passageCoverage < p;
  return setsOf(rows).map((held) => {
    const train = rows.filter((r) => r.set !== held);
    let best = { s: 0, p: 0, gain: 0 };
    for (const s of grid)
      for (const p of grid) {
        const gain = train.filter((r) => refusedBy(r, s, p)).reduce((g, r) => g + r.gain, 0);
        if (gain > best.gain) best = { s, p, gain };
      }
    return tally(held, rows.filter((r) => r.set === held && refusedBy(r, best.s, best.p)));
  });
}

const ALL_FEATURES: string[] = [
  // Every AnswerSignals field (src/answer/answerSignals.ts).
  'sentenceCoverage', 'answerCoverage', 'passageCoverage', 'distinctiveCoverage', 'focusShare', 'unknownShare', 'anchorsHeld',
  'vectorRankInverse', 'lexicalRankInverse', 'recallsAgree', 'citedPositionInverse', 'retrievalMargin', 'logAnswerChars',
  'citations', 'citedDocuments', 'extraLines', 'questionFiguresHeld', 'logQuestionChars', 'asksQuantity', 'asksTime', 'asksReason', 'asksMeasures', 'asksDefinition',
];

function printResults(label: string, results: SetResult[]): void {
  const total = tally('TOTAL', []);
  for (const r of results) {
    total.refused += r.refused;
    total.gain += r.gain;
    total.lostRight += r.lostRight;
    total.removedWrong += r.removedWrong;
    total.removedUnanswerable += r.removedUnanswerable;
  }
  console.log(`\n== ${label}`);
  for (const r of [...results, total])
    console.log(`${r.set.padEnd(10)} score ${String(r.gain >= 0 ? `+${r.gain}` : r.gain).padStart(4)}  refused ${r.refused} (right −${r.lostRight}, wrong −${r.removedWrong}, unanswerable +${r.removedUnanswerable})`);
}

/** The score change of refusing the k least confident answers, for a few k. */
function printCurve(label: string, sorted: { p: number; row: Row }[]): void {
  const points = [5, 10, 20, 30, 50, 75, 100].filter((k) => k <= sorted.length);
  const line = points.map((k) => {
    const refused = sorted.slice(0, k).map((s) => s.row);
    const t = tally('', refused);
    return `k=${k} (p<${sorted[k - 1].p.toFixed(2)}): ${t.gain >= 0 ? '+' : ''}${t.gain} [−${t.lostRight}R −${t.removedWrong}W +${t.removedUnanswerable}U]`;
  });
  console.log(`\nRefusing the k least confident, ${label}:\n  ${line.join('\n  ')}`);
}

function main(): void {
  const { positionals, values } = parseCliArgs({ allowPositionals: true, options: { lambda: { type: 'string' }, features: { type: 'string' }, group: { type: 'string' }, json: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: npx tsx bench/confidenceFit.ts RUN_DIR [--lambda 1] [--features a,b] [--group REGEX] [--json OUT]');
  const rows = loadRows(dir);
  const lambda = values.lambda ? Number(values.lambda) : 1;
  const features = values.features ? values.features.split(',') : ALL_FEATURES;
  console.log(`${rows.length} answered tune items: ${rows.filter((r) => r.right).length} right, ${rows.filter((r) => r.gain === 2).length} wrong, ${rows.filter((r) => r.gain === 1).length} unanswerable; λ=${lambda}; features ${features.join(',')}`);
  const model = loloModel(rows, features, lambda);
  printResults('LOLO logistic model', model);
  printResults('LOLO baseline: raised sentence/passage coverage bars', loloThresholds(rows));
  if (values.group) {
    const group = new RegExp(values.group);
    printResults(`Group out: fitted on the sets not matching /${values.group}/, judged on those matching`, groupOut(rows, features, lambda, (set) => group.test(set)));
  }
  const full = fitLogistic(rows, features, lambda);
  const oof = outOfFold(rows, features, lambda).sort((a, b) => a.p - b.p);
  printCurve('out-of-fold (each set predicted by the model of the other sets)', oof);
  printCurve('in-sample (optimistic)', rows.map((row) => ({ p: predict(full, row), row })).sort((a, b) => a.p - b.p));
  const cut = bestCut(oof);
  const inSample = tally('in-sample', rows.filter((r) => predict(full, r) < cut));
  console.log(`\nFitted on all sets: cut ${cut.toFixed(4)} (from out-of-fold predictions); in-sample ${JSON.stringify(inSample)}`);
  const shipped = {
    intercept: round(full.intercept),
    weights: Object.fromEntries(features.map((f, j) => [f, round(full.weights[j])])),
    scale: Object.fromEntries(features.map((f, j) => [f, { mean: round(full.mean[j]), sd: round(full.sd[j]) }])),
    cut: round(cut),
  };
  console.log(JSON.stringify(shipped, null, 2));
  if (values.json) writeFileSync(values.json, JSON.stringify({ lambda, features, lolo: model, model: shipped }, null, 2));
}

const round = (x: number) => Math.round(x * 10000) / 10000;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
