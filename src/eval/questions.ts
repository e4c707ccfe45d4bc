// The question-set format of `npm run eval -- --qa FILE.jsonl`: one JSON object per line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const evalQuestionSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().trim().min(1, '问题不能为空'),
    docId: z.string().min(1).nullable().default(null),
    section: z.string().default(''),
    expect: z.array(z.string().min(1)).default([]),
    answerable: z.boolean(),
  })
  .refine((q) => !q.answerable || q.docId !== null, { message: '可回答的问题必须给出 docId', path: ['docId'] });

export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

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
  return parseQuestionSet(readFileSync(file, 'utf8'), file);
}
