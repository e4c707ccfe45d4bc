// Follow-ups in a thread ("那资金呢？", "第二条具体怎么做的？") become standalone questions before retrieval.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage } from '@langchain/core/messages';
import type { ChatTurn } from '../types.js';
import { fillPrompt, loadPrompt } from '../prompts.js';
import { maskPersonalData } from '../grounding/privacy.js';
import { messageText } from '../grounding/messageText.js';
import { restateFollowUp, withoutLeadingParticle } from '../text/followUps.js';
import { withOwnCityNamed } from '../text/places.js';
import { CN_DIGIT, CN_DIGIT_CHARS } from '../text/numerals.js';

const FOLLOW_UP_START = new RegExp(String.raw`^(?:那|那么|那这|那该|还有|另外|其中|它|它们|他们|这个|这些|这里|这项|该|此|上述|具体|第[${CN_DIGIT_CHARS}\d]+(?:条|点|项|个|部分)|再|又|然后|以及|和|跟)`);
const ANAPHORA = new RegExp(String.raw`(?:这个|这些|这项|这里|这份|上述|上面|刚才|前面|该(?:项|文件|答复|建议|提案)|它|其中|第[${CN_DIGIT_CHARS}\d]+(?:条|点|项|部分))`);
const SHORT_QUESTION_CHARS = 10;

/** The user's questions so far, newest last. */
function previousQuestions(history: ChatTurn[]): string[] {
  return history.filter((t) => t.role === 'user' && t.text.trim()).map((t) => t.text.trim());
}

/** True when the question leans on the conversation ("那资金呢？", "第二条具体怎么做的？", or very short). */
export function isFollowUp(question: string, history: ChatTurn[]): boolean {
  return previousQuestions(history).length > 0 && leansOnContext(question);
}

function leansOnContext(question: string): boolean {
  const q = question.trim();
  const core = q.replace(/[\s\p{P}]/gu, '');
  return FOLLOW_UP_START.test(q) || ANAPHORA.test(q) || core.length <= SHORT_QUESTION_CHARS;
}

export interface Standalone {
  /** The question to search with. */
  text: string;
  /** The user's own words (what the answer must address first). */
  own: string;
  /** Earlier question(s) whose key terms and document focus carry over (offline), "" when none. */
  carriedFrom: string;
  /** "二、" for "第二条…", so the engine can pull that section of the focused document. */
  sectionMarker?: string;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "第二条", "第2点", "第三个建议": an ordinal the question names. */
const NAMED_ORDINAL = new RegExp(String.raw`第(${CN_DIGIT}+|\d+)(?:条|点|项|部分|个建议|个方面)`);

/** "第二条" / "第2点" → "二、" (the 公文 heading marker). */
export function sectionMarkerOf(question: string): string | undefined {
  const m = question.match(NAMED_ORDINAL);
  if (!m) return undefined;
  const numeral = /^\d+$/.test(m[1]) ? CHINESE_DIGITS[Number(m[1])] ?? m[1] : m[1];
  return `${numeral}、`;
}

/**
 * Offline: keeps the question and carries over the last one or two earlier questions as context terms. `city` (the
 * library's own, bureau.yml) is how a follow-up naming it bare or as "我们A" is read as a place.
 */
export function condenseOffline(question: string, history: ChatTurn[], city?: string): Standalone {
  if (!isFollowUp(question.trim(), history)) return { text: question.trim(), own: question.trim(), carriedFrom: '' };
  const q = withOwnCityNamed(question.trim(), city, { standingAlone: true });
  const earlier = previousQuestions(history);
  const last = earlier[earlier.length - 1];
  // If the last question was itself a follow-up, its own context sits one question further back.
  const before = earlier.length >= 2 && leansOnContext(last) ? earlier[earlier.length - 2] : '';
  // What the follow-up names anew (a year, the actual figure after a planned one) replaces that part of the context.
  const restated = restateFollowUp(withoutLeadingParticle(q), [before, last].filter(Boolean).join(' '));
  const carriedFrom = restated.earlier;
  return { text: `${restated.own}（${carriedFrom}）`, own: restated.own, carriedFrom, sectionMarker: sectionMarkerOf(q) };
}

function formatHistory(history: ChatTurn[], maxTurns = 6): string {
  return history
    .slice(-maxTurns)
    .map((t) => `${t.role === 'user' ? '用户' : '助手'}：${maskPersonalData(t.text).slice(0, 600)}`)
    .join('\n');
}

/** With a model: rewrites the follow-up via prompts/condense.md; falls back to the offline rewrite on any failure. */
export async function condenseWithModel(
  llm: BaseChatModel,
  question: string,
  history: ChatTurn[],
  signal?: AbortSignal,
  city?: string,
): Promise<Standalone> {
  const offline = condenseOffline(question, history, city);
  if (!offline.carriedFrom) return offline;
  const prompt = fillPrompt(loadPrompt('condense'), {
    history: formatHistory(history),
    question: maskPersonalData(question.trim()),
  });
  const reply = await llm.invoke([new HumanMessage(prompt)], { signal });
  const text = messageText(reply.content).trim().split('\n')[0].replace(/^["“「]|["”」]$/g, '').trim();
  if (!text || text.length > 300) throw new Error('condense: empty or overlong rewrite');
  return { text, own: text, carriedFrom: offline.carriedFrom, sectionMarker: offline.sectionMarker };
}
