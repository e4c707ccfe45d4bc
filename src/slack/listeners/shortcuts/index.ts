import { DRAFT_SHORTCUT_CALLBACK_ID } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { draftFromMessage } from './draftFromMessage.js';

export function registerShortcuts(app: ListenerHost, deps: SlackDeps): void {
  app.shortcut({ callback_id: DRAFT_SHORTCUT_CALLBACK_ID, type: 'message_action' }, draftFromMessage(deps));
}
