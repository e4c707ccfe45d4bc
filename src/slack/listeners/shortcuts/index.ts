import { DRAFT_SHORTCUT_CALLBACK_ID } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { ADD_TO_LIBRARY_CALLBACK_ID } from '../../libraryBlocks.js';
import { addToLibrary } from './addToLibrary.js';
import { draftFromMessage } from './draftFromMessage.js';

export function registerShortcuts(app: ListenerHost, deps: SlackDeps): void {
  app.shortcut({ callback_id: DRAFT_SHORTCUT_CALLBACK_ID, type: 'message_action' }, draftFromMessage(deps));
  app.shortcut({ callback_id: ADD_TO_LIBRARY_CALLBACK_ID, type: 'message_action' }, addToLibrary(deps));
}
