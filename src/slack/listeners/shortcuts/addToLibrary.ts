import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { LIBRARY_TEXT } from '../../libraryBlocks.js';
import { isAdmin, offerUpload } from '../../libraryFlow.js';
import type { SlackFile } from '../../drafting.js';
import type { SlackDeps } from '../../deps.js';

/** Message shortcut 加入文件库: an admin's preview of the message's file arrives in their DM with the app. */
export function addToLibrary(deps: SlackDeps) {
  return async ({ shortcut, ack, client, context }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const channel = shortcut.channel.id;
    const user = shortcut.user.id;
    const notify = (text: string) =>
      client.chat.postEphemeral({ channel, user, text }).catch((err: unknown) => deps.services.logger.warn({ err }, 'could not reply to the library shortcut'));
    const file = (shortcut.message as typeof shortcut.message & { files?: SlackFile[] }).files?.[0];
    if (!isAdmin(deps.services.config, user)) return void (await notify(LIBRARY_TEXT.notAdmin));
    if (!file) return void (await notify(LIBRARY_TEXT.noFile));
    await offerUpload({ client, user, channel: user, threadTs: null, file, token: context.botToken ?? '' }, deps);
  };
}
