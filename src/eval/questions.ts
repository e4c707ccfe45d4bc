// The question-set format of `npm run eval -- --qa FILE.jsonl`: one JSON object per line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const evalQuestionSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().trim().min(1, '问题不能为空'),
    docId: z.string().min(1).nullable().default(null),
    section: z.string().default(''),
    expect: z.array(z.string().min(1)).default([]),
    answerable: z.boolean(),
    /** v2 sets: `tune` or `report` (fixed hash rule, see test/fixtures/eval/README.md). */
    split: z.enum(['tune', 'report']).optional(),
    style: z.string().optional(),
    /** Follow-ups: the earlier question(s) of the thread, oldest first. */
    history: z.array(z.string()).optional(),
    /** Which corpus holds the answer: `shipped` (corpus/), `unseen` (test/fixtures/corpus/unseen/), `any` (neither). */
    corpus: z.enum(['shipped', 'unseen', 'any']).optional(),
    /** Cross-city questions: every document one side of the answer comes from. */
    docIds: z.array(z.string()).optional(),
    /** Other documents that hold the same answer; a hit on any of them is relevant too. */
    alsoIn: z.array(z.string()).optional(),
    /**
     * `all`: a correct answer contains every expected phrase (the v2 sets, whose phrases are parts of one answer);
     * `any`: one of them suffices (the old dev sets, whose phrases are alternative wordings). Default: `all` when the
     * item carries a `split` (the v2 format), else `any`.
     */
    match: z.enum(['all', 'any']).optional(),
  })
  .transform((q) => ({ ...q, match: q.match ?? (q.split ? ('all' as const) : ('any' as const)) }))
  .refine((q) => !q.answerable || q.docId !== null, { message: '可回答的问题必须给出 docId', path: ['docId'] });

export type EvalQuestion = z.infer<typeof evalQuestionSchema> & {
  /** The set (file name without .jsonl) the question came from, when loaded from a file. */
  set?: string;
};

export class QuestionSetError extends Error {
  constructor(public readonly problems: string[]) {
    super(`问题集有误：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'QuestionSetError';
  }
}

/** Parses JSONL text; blank lines and lines starting with // are skipped. Throws one error listing every bad line. */
export function parseQuestionSet(text: string, source = 'question set'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/u).forEach((line, index) => {
    const where = `${source} 第 ${index + 1} 行`;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      problems.push(`${where}：不是有效的 JSON`);
      return;
    }
    const parsed = evalQuestionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}：${issue.path.join('.') || '(整行)'} ${issue.message}`);
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push(`${where}：id "${parsed.data.id}" 重复`);
      return;
    }
    seen.add(parsed.data.id);
    questions.push(parsed.data);
  });
  if (problems.length) throw new QuestionSetError(problems);
  if (questions.length === 0) throw new QuestionSetError([`${source} 中没有问题`]);
  return questions;
}

export function loadQuestionSet(file: string): EvalQuestion[] {
  const set = path.basename(file).replace(/\.jsonl$/u, '');
  return parseQuestionSet(readFileSync(file, 'utf8'), file).map((q) => ({ ...q, set }));
}
