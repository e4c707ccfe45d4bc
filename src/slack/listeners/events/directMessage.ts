import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { handleUserMessage, isUserMessage, type IncomingMessage } from '../../messages.js';
import type { SlackDeps } from '../../deps.js';

/** message.im outside the assistant pane: questions and proposal files sent to the app directly. */
export function directMessage(deps: SlackDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const message = event as unknown as IncomingMessage;
    if (message.channel_type !== 'im' || !isUserMessage(message)) return;
    await handleUserMessage(
      {
        client,
        message,
        teamId: context.teamId ?? null,
        botUserId: context.botUserId ?? null,
        botToken: context.botToken ?? null,
      },
      deps,
    );
  };
}
