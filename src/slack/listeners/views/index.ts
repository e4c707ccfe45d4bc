import { DRAFT_MODAL_CALLBACK_ID, FEEDBACK_COMMENT_CALLBACK_ID } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { draftModalSubmission } from './draftModalSubmission.js';
import { feedbackComment } from './feedbackComment.js';

export function registerViews(app: ListenerHost, deps: SlackDeps): void {
  app.view(DRAFT_MODAL_CALLBACK_ID, draftModalSubmission(deps));
  app.view(FEEDBACK_COMMENT_CALLBACK_ID, feedbackComment(deps));
}
