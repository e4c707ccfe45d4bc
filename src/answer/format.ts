import type { Answer, Citation } from '../types.js';
import { inBookTitleMarks } from '../text/bookTitles.js';

/** The object `npm run ask -- --json` prints: exactly the contract's keys, in the contract's order. */
export function toAnswerJson(answer: Answer): Pick<Answer, 'question' | 'answered' | 'answer' | 'retrieved' | 'engine'> & { citations: Omit<Citation, 'chunkId'>[] } {
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map(({ n, docId, title, number, section, quote }) => ({ n, docId, title, number, section, quote })),
    retrieved: answer.retrieved,
    engine: answer.engine,
  };
}

/** Plain text for terminals: the notice, the answer, then the numbered sources (title, 文号, section, quote). */
export function formatAnswerText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.notice) lines.push(`（${answer.notice}）`, '');
  lines.push(answer.answer);
  if (answer.citations.length) {
    lines.push('', '来源：');
    for (const c of answer.citations) {
      const head = [`[${c.n}] ${inBookTitleMarks(c.title)}`, c.number ? `（${c.number}）` : '', c.section ? ` ${c.section}` : ''].join('');
      lines.push(head);
      if (c.quote) lines.push(`    “${c.quote}”`);
    }
  }
  return lines.join('\n');
}
