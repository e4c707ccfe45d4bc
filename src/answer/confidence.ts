// How sure the offline engine may be of an answer it composed: a logistic model over the answer's evidence signals
// (answerSignals.ts). answerQuestion refuses an offline answer the model puts below OFFLINE_TUNING.minAnswerConfidence
// (answered: false), showing it whole under a line saying it is unconfirmed — a wrong answer costs more than a refusal.
//
// Fitted by `npx tsx bench/confidenceFit.ts DIR --json OUT` on the tune halves only (1,499 answered items of qa-v2 and
// bureau2–45: 1,191 right, 226 wrong, 82 answered although unanswerable; run of main 1fe0bde, 2026-12-07). The cut was
// chosen on the model's out-of-fold predictions (each library predicted by the model of the others) to maximise
// Δright − 2·Δwrong + Δrefused unanswerables. To refit, collect the signals with the gate off (`eval:sets -- --split
// tune --only qa --ungated`) and replace the figures below with the JSON's `model`.
import type { AnswerSignals } from './answerSignals.js';

export interface ConfidenceModel {
  intercept: number;
  /** Weight of each signal, standardised by `scale` (mean and standard deviation over the fitting data). */
  weights: Partial<Record<keyof AnswerSignals, number>>;
  scale: Partial<Record<keyof AnswerSignals, { mean: number; sd: number }>>;
}

export const ANSWER_CONFIDENCE_MODEL: ConfidenceModel = {
  intercept: 1.5332,
  weights: {
    sentenceCoverage: 0.3165, answerCoverage: -0.6212, passageCoverage: 0.2002, distinctiveCoverage: 0.0585,
    focusShare: 0.0434, unknownShare: -0.0059, anchorsHeld: 0.1037, vectorRankInverse: 0.3541, lexicalRankInverse: -0.3955,
    recallsAgree: 0.0345, citedPositionInverse: 0.6958, retrievalMargin: 0.0255, logAnswerChars: 0.1964, citations: -0.1413,
    citedDocuments: -0.0783, extraLines: 0.2207, questionFiguresHeld: -0.0309, logQuestionChars: 0.0942, asksQuantity: 0.1552,
    asksTime: 0.206, asksReason: 0.0521, asksMeasures: -0.1085, asksDefinition: 0.0525,
  },
  scale: {
    sentenceCoverage: { mean: 0.5966, sd: 0.2487 }, answerCoverage: { mean: 0.6336, sd: 0.2559 },
    passageCoverage: { mean: 0.778, sd: 0.2222 }, distinctiveCoverage: { mean: 0.7178, sd: 0.3418 },
    focusShare: { mean: 0.9006, sd: 0.2473 }, unknownShare: { mean: 0.0151, sd: 0.0779 }, anchorsHeld: { mean: 0.9787, sd: 0.1398 },
    vectorRankInverse: { mean: 0.591, sd: 0.4014 }, lexicalRankInverse: { mean: 0.8075, sd: 0.3324 },
    recallsAgree: { mean: 0.6724, sd: 0.4693 }, citedPositionInverse: { mean: 0.8906, sd: 0.243 },
    retrievalMargin: { mean: 0.0147, sd: 0.0302 }, logAnswerChars: { mean: 4.1855, sd: 0.6337 }, citations: { mean: 1.4096, sd: 0.7612 },
    citedDocuments: { mean: 1.1187, sd: 0.3568 }, extraLines: { mean: 0.1268, sd: 0.6123 },
    questionFiguresHeld: { mean: 0.8487, sd: 0.3415 }, logQuestionChars: { mean: 3.0072, sd: 0.2946 },
    asksQuantity: { mean: 0.4603, sd: 0.4984 }, asksTime: { mean: 0.0734, sd: 0.2608 }, asksReason: { mean: 0.042, sd: 0.2007 },
    asksMeasures: { mean: 0.1808, sd: 0.3848 }, asksDefinition: { mean: 0.05, sd: 0.218 },
  },
};

/** The model's probability (0–1) that an answer with these signals is right. */
export function answerConfidence(signals: AnswerSignals, model: ConfidenceModel = ANSWER_CONFIDENCE_MODEL): number {
  let z = model.intercept;
  for (const [name, weight] of Object.entries(model.weights) as [keyof AnswerSignals, number][]) {
    const { mean, sd } = model.scale[name] ?? { mean: 0, sd: 1 };
    z += weight * ((signals[name] - mean) / (sd || 1));
  }
  return 1 / (1 + Math.exp(-z));
}
