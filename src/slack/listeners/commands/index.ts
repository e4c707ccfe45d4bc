import type { SlackDeps } from '../../deps.js';
import type { ListenerHost } from '../types.js';
import { DRAFT_REPLY_COMMAND, draftReplyCommand } from './draftReply.js';
import { REPLY_OUTLINE_COMMAND, replyOutline } from './replyOutline.js';

export function registerCommands(app: ListenerHost, deps: SlackDeps): void {
  app.command(REPLY_OUTLINE_COMMAND, replyOutline(deps));
  app.command(DRAFT_REPLY_COMMAND, draftReplyCommand(deps));
}
