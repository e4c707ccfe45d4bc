import type { SlackDeps } from '../../deps.js';
import { draftCommand } from './draftCommand.js';

export const DRAFT_REPLY_COMMAND = '/draft-reply';

/** /draft-reply [提案正文]: the full reply as text and a .docx. */
export const draftReplyCommand = (deps: SlackDeps) => draftCommand(deps, false);
