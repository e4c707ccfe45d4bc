// A user's message to the app (DM, DM thread, assistant pane): a question to answer, or a proposal file to draft from.
import type { WebClient } from '@slack/web-api';
import type { ChatTurn } from '../types.js';
import { TEXT } from './blocks.js';
import { answerInSlack } from './conversation.js';
import { draftFromFile, type SlackFile } from './drafting.js';
import { cleanSlackText, DRAFT_KEYWORD, OUTLINE_KEYWORD } from './guard.js';
import { INGEST_KEYWORD, LIBRARY_TEXT } from './libraryBlocks.js';
import { isAdmin, offerUpload } from './libraryFlow.js';
import type { SlackDeps } from './deps.js';

/** The fields of a Slack message event this app reads. */
export interface IncomingMessage {
  type?: string;
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: SlackFile[];
}

export interface MessageContext {
  client: WebClient;
  message: IncomingMessage;
  teamId: string | null;
  botUserId: string | null;
  botToken: string | null;
  /** Runs after the thread history is read and before answering (assistant status and title). */
  beforeAnswer?: (history: ChatTurn[]) => Promise<void>;
}

/** Plain user messages and file shares only: edits, deletions, joins and bot posts are not questions. */
export function isUserMessage(m: IncomingMessage): boolean {
  return Boolean(m.user) && !m.bot_id && (m.subtype === undefined || m.subtype === 'file_share');
}

export async function handleUserMessage(ctx: MessageContext, deps: SlackDeps): Promise<void> {
  const { client, message } = ctx;
  const text = cleanSlackText(message.text);
  const threadTs = message.thread_ts ?? message.ts;
  const notify = (line: string) => client.chat.postMessage({ channel: message.channel, thread_ts: threadTs, text: line });
  if (message.files?.length && INGEST_KEYWORD.test(text) && message.user) {
    const file = message.files[0];
    await offerUpload({ client, user: message.user, channel: message.channel, threadTs, file, token: ctx.botToken ?? '' }, deps);
    return;
  }
  if (message.files?.length) {
    if (!DRAFT_KEYWORD.test(text)) {
      const hint = isAdmin(deps.services.config, message.user) ? `${TEXT.fileNeedsKeyword}${LIBRARY_TEXT.adminHint}` : TEXT.fileNeedsKeyword;
      return void (await notify(hint).catch(() => undefined));
    }
    await draftFromFile(
      {
        client,
        channel: message.channel,
        threadTs,
        user: message.user ?? null,
        outline: OUTLINE_KEYWORD.test(text),
        notify,
        file: message.files[0],
        token: ctx.botToken ?? '',
      },
      deps,
    );
    return;
  }
  await answerInSlack(
    {
      client,
      channel: message.channel,
      threadTs,
      messageTs: message.ts,
      inThread: Boolean(message.thread_ts),
      user: message.user ?? null,
      teamId: ctx.teamId,
      botUserId: ctx.botUserId,
      text,
      beforeAnswer: ctx.beforeAnswer,
    },
    deps,
  );
}
