// A year framed as a deadline: "到2022年…要形成什么", "2025年底前…" — a target to be met by then, not the year a
// plan's own figures are for ("2022年改造项目11个").

const DEADLINE_BEFORE = '(?:到|至|截至|截止到?)\\s*';
const DEADLINE_AFTER = '\\s*年(?:底|末)?(?:前|以前|之前)';

/** The year a question frames as a deadline ("到2022年…", "2025年底前…"), if any. */
export function askedDeadline(question: string): string | undefined {
  const m = question.match(new RegExp(`${DEADLINE_BEFORE}((?:19|20)\\d{2})\\s*年|((?:19|20)\\d{2})${DEADLINE_AFTER}`, 'u'));
  return m ? (m[1] ?? m[2]) : undefined;
}

/** True when the text sets something to be done by that year ("到2022年，基本形成…", "2022年底前完成…"). */
export function statesDeadline(text: string, year: string): boolean {
  return new RegExp(`${DEADLINE_BEFORE}${year}\\s*年|${year}${DEADLINE_AFTER}`, 'u').test(text);
}
