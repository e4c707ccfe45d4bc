import { FEEDBACK_ACTION_ID, FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { feedbackAction } from './feedback.js';

export function registerActions(app: ListenerHost, deps: SlackDeps): void {
  // One handler for the feedback_buttons element and for the plain-button fallback.
  for (const actionId of [FEEDBACK_ACTION_ID, FEEDBACK_UP_ACTION_ID, FEEDBACK_DOWN_ACTION_ID]) {
    app.action(actionId, feedbackAction(deps));
  }
}
