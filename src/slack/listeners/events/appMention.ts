import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerInSlack } from '../../conversation.js';
import { cleanSlackText } from '../../guard.js';
import type { SlackDeps } from '../../deps.js';

/** @mention in a channel: answered in the thread; a mention inside a thread is a follow-up to it. */
export function appMention(deps: SlackDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    await answerInSlack(
      {
        client,
        channel: event.channel,
        threadTs: event.thread_ts ?? event.ts,
        messageTs: event.ts,
        inThread: Boolean(event.thread_ts),
        user: event.user ?? null,
        teamId: context.teamId ?? null,
        botUserId: context.botUserId ?? null,
        text: cleanSlackText(event.text),
      },
      deps,
    );
  };
}
