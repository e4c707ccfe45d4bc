// 比较: "清原和北碚在解决停车难上各想了什么办法？" asks the same thing of two sides. Each side is answered on its own
// (its own passages, its own gate) and the two answers are put together, each cited.
import type { Answer, Citation } from '../types.js';
import { getJieba } from '../text/index.js';

/** "A和B…各/分别/哪边/两份…": the two named sides at the start of a question and the question asked of each. */
const SIDES = /^(.*?)(\p{Script=Han}{2,8}?)(?:和|与|跟|同)(\p{Script=Han}{2,8}?)(?=的|在|为|对|就|关于|有|是|两|各|分别|\d|已|都)(.*)$/u;
const ASKS_EACH = /各|分别|哪边|哪个|哪一|两份|两地|都/u;

export interface ComparisonSides {
  sides: [string, string];
  questions: [string, string];
}

/** A clause that asks something of its own ("许昌2020年在推进多少个老庭院"). */
const ASKING_CLAUSE = /多少|几|什么|哪|怎么|如何|是否|有没有|吗/u;
const MIN_CLAUSE_CHARS = 6;

/**
 * "国家要求2020年新开工改造多少小区，许昌2020年在推进多少个老庭院？": two clauses, each asking its own question, are the
 * two sides (each labelled by its clause).
 */
function askingClauses(question: string): ComparisonSides | undefined {
  const clauses = question.replace(/[？?。！!]+$/u, '').split(/[，,；;]/u).map((c) => c.trim());
  if (clauses.length !== 2 || !clauses.every((c) => c.length >= MIN_CLAUSE_CHARS && ASKING_CLAUSE.test(c))) return undefined;
  const [a, b] = clauses;
  return { sides: [a, b], questions: [`${a}？`, `${b}？`] };
}

/** A conjunction joining two sides ("绵阳和德阳"). */
const JOINS = /^(?:和|与|跟|同|及)$/u;

/**
 * "绵阳和德阳加装电梯时一楼住户要不要出钱？": two places joined at the question's start are two sides, whatever follows
 * them (the tagger knows both as places); the rest is asked of each.
 */
function placeSides(question: string): ComparisonSides | undefined {
  const tokens = getJieba().tag(question, false);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!JOINS.test(tokens[i].word) || tokens[i - 1].tag !== 'ns' || tokens[i + 1].tag !== 'ns') continue;
    const before = tokens.slice(0, i - 1).map((t) => t.word).join('');
    const rest = tokens.slice(i + 2).map((t) => t.word).join('').replace(/各自|各|分别/gu, '');
    const [a, b] = [tokens[i - 1].word, tokens[i + 1].word];
    return { sides: [a, b], questions: [`${before}${a}${rest}`, `${before}${b}${rest}`] };
  }
  return undefined;
}

export function comparisonSides(question: string): ComparisonSides | undefined {
  if (!ASKS_EACH.test(question)) return placeSides(question) ?? askingClauses(question);
  const m = question.match(SIDES);
  if (!m) return placeSides(question);
  const [, before, a, b, rest] = m;
  const ask = (side: string) => `${before}${side}${rest.replace(/^的?两份/u, '的').replace(/各自|各|分别/gu, '')}`;
  return { sides: [a, b], questions: [ask(a), ask(b)] };
}

function shifted(text: string, by: number): string {
  return text.replace(/\[(\d+)\]/gu, (_, n: string) => `[${Number(n) + by}]`);
}

/** Both sides' answers in one, citations renumbered in order; undefined unless at least one side is answered. */
export function combineSides(sides: [string, string], answers: [Answer, Answer]): Pick<Answer, 'answered' | 'answer' | 'citations' | 'retrieved'> | undefined {
  if (!answers.some((a) => a.answered)) return undefined;
  const lines: string[] = [];
  const citations: Citation[] = [];
  answers.forEach((a, i) => {
    if (!a.answered) {
      lines.push(`${sides[i]}：现有文件中没有找到相关内容。`);
      return;
    }
    lines.push(`${sides[i]}：${shifted(a.answer, citations.length)}`);
    citations.push(...a.citations.map((c) => ({ ...c, n: c.n + citations.length })));
  });
  return { answered: true, answer: lines.join('\n'), citations, retrieved: [...answers[0].retrieved, ...answers[1].retrieved] };
}
