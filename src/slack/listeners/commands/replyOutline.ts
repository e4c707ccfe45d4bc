import type { SlackDeps } from '../../deps.js';
import { draftCommand } from './draftCommand.js';

export const REPLY_OUTLINE_COMMAND = '/reply-outline';

/** /reply-outline [提案正文]: an outline of the reply (headings, points, sources). */
export const replyOutline = (deps: SlackDeps) => draftCommand(deps, true);
