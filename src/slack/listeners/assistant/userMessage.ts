import type { AssistantUserMessageMiddleware } from '@slack/bolt';
import { STATUS_SEARCHING, truncate } from '../../blocks.js';
import { handleUserMessage, isUserMessage, type IncomingMessage } from '../../messages.js';
import { cleanSlackText } from '../../guard.js';
import type { SlackDeps } from '../../deps.js';

const TITLE_MAX = 40;

/** A message in the assistant pane: status while searching, the question as thread title, then the answer. */
export function userMessage(deps: SlackDeps): AssistantUserMessageMiddleware {
  return async ({ message, client, context, setStatus, setTitle }) => {
    const incoming = message as unknown as IncomingMessage;
    if (!isUserMessage(incoming)) return;
    const question = cleanSlackText(incoming.text);
    await handleUserMessage(
      {
        client,
        message: incoming,
        teamId: context.teamId ?? null,
        botUserId: context.botUserId ?? null,
        botToken: context.botToken ?? null,
        beforeAnswer: async (history) => {
          if (!history.some((turn) => turn.role === 'user') && question) await setTitle(truncate(question, TITLE_MAX));
          await setStatus(STATUS_SEARCHING);
        },
      },
      deps,
    );
  };
}
