import { Assistant } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { threadContextChanged } from './threadContextChanged.js';
import { threadStarted } from './threadStarted.js';
import { userMessage } from './userMessage.js';

/** The assistant/agent pane (assistant_thread_started, assistant_thread_context_changed, and message.im in its threads). */
export function registerAssistant(app: ListenerHost, deps: SlackDeps): void {
  app.assistant(
    new Assistant({
      threadStarted: threadStarted(deps),
      threadContextChanged: threadContextChanged(deps),
      userMessage: userMessage(deps),
    }),
  );
}
