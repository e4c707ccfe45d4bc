import type { AssistantThreadContextChangedMiddleware } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';

/** The user switched channels with the pane open: answers do not depend on the channel, so only note it. */
export function threadContextChanged(deps: SlackDeps): AssistantThreadContextChangedMiddleware {
  return async ({ event }) => {
    deps.services.logger.debug({ channel: event.assistant_thread.channel_id }, 'assistant thread context changed');
  };
}
