// Answering a question in Slack: thread history as conversation, streaming with the LLM engine, sources and feedback.
import type { WebClient } from '@slack/web-api';
import type { Answer, ChatTurn } from '../types.js';
import { sourceLabels } from '../grounding/sources.js';
import { answerBlocks, answerFooterBlocks, MAX_FALLBACK_CHARS, TEXT, truncate } from './blocks.js';
import { checkInputLength, cleanSlackText } from './guard.js';
import type { SlackDeps } from './deps.js';
import { WorkBusyError } from '../work/index.js';

export const MAX_HISTORY_TURNS = 10;
/** Characters buffered per chat.appendStream call: visible progress without spending the method's rate limit. */
export const STREAM_BUFFER_CHARS = 120;

export interface QuestionContext {
  client: WebClient;
  channel: string;
  /** The thread the answer goes to (the question's thread, or the question itself for a new thread). */
  threadTs: string;
  /** ts of the question message, excluded from the history. */
  messageTs: string;
  /** True when the question is a reply inside an existing thread: earlier messages are its conversation. */
  inThread: boolean;
  user: string | null;
  teamId: string | null;
  botUserId: string | null;
  text: string;
  /** Runs after the thread history is read and before answering (assistant status and title). */
  beforeAnswer?: (history: ChatTurn[]) => Promise<void>;
}

type ThreadMessage = { ts?: string; text?: string; user?: string; bot_id?: string; subtype?: string };

/** Earlier messages of a thread as chat turns: the app's own messages are the assistant, everyone else the user. */
export function historyFromMessages(messages: ThreadMessage[], excludeTs: string, botUserId: string | null): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (const m of messages) {
    if (m.ts === excludeTs) continue;
    const text = cleanSlackText(m.text);
    if (!text) continue;
    const fromApp = Boolean(m.bot_id) || (botUserId !== null && m.user === botUserId);
    turns.push({ role: fromApp ? 'assistant' : 'user', text });
  }
  return turns.slice(-MAX_HISTORY_TURNS);
}

export async function fetchThreadHistory(ctx: QuestionContext, deps: SlackDeps): Promise<ChatTurn[]> {
  if (!ctx.inThread) return [];
  try {
    const res = await ctx.client.conversations.replies({ channel: ctx.channel, ts: ctx.threadTs, limit: 50 });
    return historyFromMessages((res.messages ?? []) as ThreadMessage[], ctx.messageTs, ctx.botUserId);
  } catch (err) {
    deps.services.logger.warn({ err, channel: ctx.channel }, 'could not read thread history; answering without it');
    return [];
  }
}

function slackErrorCode(err: unknown): string | undefined {
  return (err as { data?: { error?: string } })?.data?.error;
}

/** Posts an answer; if the workspace rejects the feedback_buttons element, posts again with plain buttons. */
async function postAnswer(ctx: QuestionContext, answer: Answer, feedbackId: string | null): Promise<void> {
  const base = { channel: ctx.channel, thread_ts: ctx.threadTs, text: truncate(answer.answer, MAX_FALLBACK_CHARS) };
  try {
    await ctx.client.chat.postMessage({ ...base, blocks: answerBlocks(answer, feedbackId) });
  } catch (err) {
    if (slackErrorCode(err) !== 'invalid_blocks') throw err;
    await ctx.client.chat.postMessage({ ...base, blocks: answerBlocks(answer, feedbackId, true) });
  }
}

async function updateAnswer(ctx: QuestionContext, ts: string, answer: Answer, feedbackId: string | null): Promise<void> {
  const base = { channel: ctx.channel, ts, text: truncate(answer.answer, MAX_FALLBACK_CHARS) };
  try {
    await ctx.client.chat.update({ ...base, blocks: answerBlocks(answer, feedbackId) });
  } catch (err) {
    if (slackErrorCode(err) !== 'invalid_blocks') throw err;
    await ctx.client.chat.update({ ...base, blocks: answerBlocks(answer, feedbackId, true) });
  }
}

function rememberAnswer(ctx: QuestionContext, deps: SlackDeps, question: string, answer: Answer): string | null {
  try {
    return deps.feedbackStore.recordAnswer({
      question,
      answer: answer.answer,
      sources: sourceLabels(answer.citations),
      user: ctx.user,
      channel: ctx.channel,
    });
  } catch (err) {
    deps.services.logger.warn({ err }, 'could not record the answer for feedback; posting without buttons');
    return null;
  }
}

/**
 * With a model: streams the answer (chat.startStream/appendStream/stopStream) and attaches sources and feedback at
 * stop. When streaming is unavailable, the answer is posted (or, if a partial stream exists, updated) in full.
 */
async function answerStreaming(ctx: QuestionContext, deps: SlackDeps, question: string, history: ChatTurn[]): Promise<void> {
  const { logger } = deps.services;
  const streamer = ctx.client.chatStream({
    channel: ctx.channel,
    thread_ts: ctx.threadTs,
    ...(ctx.teamId ? { recipient_team_id: ctx.teamId } : {}),
    ...(ctx.user ? { recipient_user_id: ctx.user } : {}),
    buffer_size: STREAM_BUFFER_CHARS,
  });
  let streamed = '';
  let streamFailed = false;
  let pending: Promise<unknown> = Promise.resolve();
  const onToken = (token: string): void => {
    if (streamFailed) return;
    streamed += token;
    pending = pending
      .then(() => (streamFailed ? null : streamer.append({ markdown_text: token })))
      .catch((err: unknown) => {
        streamFailed = true;
        logger.info({ err: String(err) }, 'streaming unavailable; will post the answer instead');
      });
  };
  const answer = await deps.work.answer(question, history, { onToken, channel: ctx.channel });
  await pending;
  const feedbackId = rememberAnswer(ctx, deps, question, answer);
  if (!streamFailed) {
    try {
      await streamer.stop({ blocks: answerFooterBlocks(answer, feedbackId) });
      // The engine may have replaced what was streamed (a model failure answered offline, citations renumbered).
      if (streamed.trim() !== answer.answer.trim() && streamer.ts) await updateAnswer(ctx, streamer.ts, answer, feedbackId);
      return;
    } catch (err) {
      logger.info({ err: String(err) }, 'stream stop failed; posting the answer instead');
    }
  }
  if (streamer.ts) await updateAnswer(ctx, streamer.ts, answer, feedbackId);
  else await postAnswer(ctx, answer, feedbackId);
}

/** Answers one question in its thread. Never throws: failures become one short Chinese message. */
export async function answerInSlack(ctx: QuestionContext, deps: SlackDeps): Promise<void> {
  const { logger, config } = deps.services;
  const question = ctx.text.trim();
  try {
    if (!question) {
      await ctx.client.chat.postMessage({ channel: ctx.channel, thread_ts: ctx.threadTs, text: TEXT.help });
      return;
    }
    const check = checkInputLength(question, config.MAX_QUESTION_CHARS);
    if (!check.ok) {
      await ctx.client.chat.postMessage({ channel: ctx.channel, thread_ts: ctx.threadTs, text: check.message });
      return;
    }
    const history = await fetchThreadHistory(ctx, deps);
    await ctx.beforeAnswer?.(history).catch((err: unknown) => logger.debug({ err: String(err) }, 'beforeAnswer hook failed'));
    if (deps.services.llm) {
      await answerStreaming(ctx, deps, question, history);
      return;
    }
    const answer = await deps.work.answer(question, history, { channel: ctx.channel });
    await postAnswer(ctx, answer, rememberAnswer(ctx, deps, question, answer));
  } catch (err) {
    const busy = err instanceof WorkBusyError;
    if (busy) logger.warn({ err: err.message, channel: ctx.channel }, 'work queue full; asked the user to try again');
    else logger.error({ err, channel: ctx.channel }, 'answering in Slack failed');
    await ctx.client.chat
      .postMessage({ channel: ctx.channel, thread_ts: ctx.threadTs, text: busy ? TEXT.busy : TEXT.error })
      .catch((e: unknown) => logger.error({ err: e }, 'could not tell the user about the failure'));
  }
}
