import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { TEXT } from '../../blocks.js';
import { draftFromFile, draftInSlack, type SlackFile } from '../../drafting.js';
import { cleanSlackText } from '../../guard.js';
import type { SlackDeps } from '../../deps.js';

/** Message shortcut 起草答复: drafts a reply from the message's text (or its attached proposal file) into its thread. */
export function draftFromMessage(deps: SlackDeps) {
  return async ({ shortcut, ack, client, context }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const channel = shortcut.channel.id;
    const user = shortcut.user.id;
    const notify = (line: string) => client.chat.postEphemeral({ channel, user, text: line });
    const message = shortcut.message as typeof shortcut.message & { files?: SlackFile[] };
    const text = cleanSlackText(message.text);
    const request = { client, channel, threadTs: message.thread_ts ?? message.ts, user, outline: false, notify };
    try {
      if (text) {
        await notify(TEXT.drafting).catch(() => undefined);
        await draftInSlack({ ...request, text }, deps);
      } else if (message.files?.length) {
        await notify(TEXT.drafting).catch(() => undefined);
        await draftFromFile({ ...request, file: message.files[0], token: context.botToken ?? '' }, deps);
      } else {
        await notify(TEXT.shortcutNoText);
      }
    } catch (err) {
      deps.services.logger.error({ err }, 'draft shortcut failed');
    }
  };
}
