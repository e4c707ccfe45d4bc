import type { AssistantThreadStartedMiddleware } from '@slack/bolt';
import { SUGGESTED_PROMPTS } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';

export const SUGGESTED_PROMPTS_TITLE = '可以这样问我：';

/** A new assistant thread: offer suggested prompts. */
export function threadStarted(deps: SlackDeps): AssistantThreadStartedMiddleware {
  return async ({ setSuggestedPrompts }) => {
    try {
      await setSuggestedPrompts({ title: SUGGESTED_PROMPTS_TITLE, prompts: SUGGESTED_PROMPTS.map((p) => ({ ...p })) });
    } catch (err) {
      deps.services.logger.warn({ err }, 'could not set suggested prompts');
    }
  };
}
