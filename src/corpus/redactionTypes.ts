// What redaction finds and counts, shared by the redaction passes (redact.ts, personalFields.ts, injection.ts).

/** How many personal items were hidden in one text. */
export interface RedactionCounts {
  mobile: number;
  idCard: number;
  signature: number;
  formPhone: number;
  bankCard: number;
  email: number;
  /** Home addresses on forms. */
  address: number;
  /** Not personal data: sentences written to the assistant (see injection.ts), quarantined the same way. */
  instruction: number;
}

/** One piece of personal data found in a text: [start, end) is replaced by `replacement`. */
export interface RedactionEdit {
  start: number;
  end: number;
  replacement: string;
  kind: keyof RedactionCounts;
}
