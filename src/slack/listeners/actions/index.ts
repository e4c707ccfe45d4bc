import { FEEDBACK_ACTION_ID, FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { LIBRARY_CANCEL_ACTION_ID, LIBRARY_CONFIRM_ACTION_ID, LIBRARY_REMOVE_ACTION_ID } from '../../libraryBlocks.js';
import { feedbackAction } from './feedback.js';
import { libraryRemove } from './libraryRemove.js';
import { libraryUploadCancel } from './libraryUploadCancel.js';
import { libraryUploadConfirm } from './libraryUploadConfirm.js';

export function registerActions(app: ListenerHost, deps: SlackDeps): void {
  // One handler for the feedback_buttons element and for the plain-button fallback.
  for (const actionId of [FEEDBACK_ACTION_ID, FEEDBACK_UP_ACTION_ID, FEEDBACK_DOWN_ACTION_ID]) {
    app.action(actionId, feedbackAction(deps));
  }
  app.action(LIBRARY_CONFIRM_ACTION_ID, libraryUploadConfirm(deps));
  app.action(LIBRARY_CANCEL_ACTION_ID, libraryUploadCancel(deps));
  app.action(LIBRARY_REMOVE_ACTION_ID, libraryRemove(deps));
}
