// The library in Slack: an admin's file → preview with 确认入库/取消 → written and indexed; removal from the App Home.
import type { WebClient } from '@slack/web-api';
import type { AppConfig } from '../config.js';
import { InputTooLargeError } from '../io/boundedRead.js';
import { LibraryError } from '../library/library.js';
import { downloadSlackFile, type SlackFile } from './drafting.js';
import type { SlackDeps } from './deps.js';
import { TEXT } from './blocks.js';
import { addedText, homeView, LIBRARY_TEXT, previewBlocks, previewMarkdown, removedText } from './libraryBlocks.js';

export function isAdmin(config: Pick<AppConfig, 'ADMIN_USERS'>, user: string | null | undefined): boolean {
  return Boolean(user && config.ADMIN_USERS.includes(user));
}

function messageOf(err: unknown, fallback: string): string {
  return err instanceof LibraryError ? err.message : fallback;
}

export interface UploadOffer {
  client: WebClient;
  user: string;
  /** Where the preview goes: the DM the file came in, or the admin's user id (the app DM) for a shortcut. */
  channel: string;
  threadTs: string | null;
  file: SlackFile;
  token: string;
}

/** Checks the admin, downloads and parses the file (nothing written), and posts what it holds with the buttons. */
export async function offerUpload(req: UploadOffer, deps: SlackDeps): Promise<void> {
  const { logger, config } = deps.services;
  const say = (text: string) =>
    req.client.chat
      .postMessage({ channel: req.channel, thread_ts: req.threadTs ?? undefined, text })
      .catch((err: unknown) => logger.warn({ err }, 'could not reply about a library upload'));
  if (!isAdmin(config, req.user)) {
    logger.info({ user: req.user }, 'library upload refused: not an admin');
    return void (await say(LIBRARY_TEXT.notAdmin));
  }
  const url = req.file.url_private_download ?? req.file.url_private;
  const name = req.file.name ?? '';
  if ((req.file.size ?? 0) > deps.library.limits.maxFileBytes) return void (await say(TEXT.fileTooLarge));
  await say(LIBRARY_TEXT.reading);
  let data: Buffer;
  try {
    if (!url) throw new Error('file has no url_private');
    data = await (deps.fetchFile ?? downloadSlackFile)(url, req.token);
  } catch (err) {
    logger.warn({ err, file: name }, 'could not download a library upload');
    return void (await say(err instanceof InputTooLargeError ? TEXT.fileTooLarge : TEXT.fileDownloadFailed));
  }
  try {
    const preview = await deps.work.local(() => deps.library.preview(data, name));
    const pending = deps.pendingUploads.add({ user: req.user, preview, data, channel: req.channel, threadTs: req.threadTs });
    await req.client.chat.postMessage({
      channel: req.channel,
      thread_ts: req.threadTs ?? undefined,
      text: previewMarkdown(preview),
      blocks: previewBlocks(preview, pending.id),
    });
  } catch (err) {
    if (!(err instanceof LibraryError)) logger.error({ err, file: name }, 'library upload preview failed');
    await say(messageOf(err, TEXT.error));
  }
}

export interface UploadClick {
  client: WebClient;
  user: string;
  pendingId: string;
  /** The preview message clicked (its buttons are replaced by the outcome). */
  channel: string | null;
  messageTs: string | null;
}

const TAKE_MESSAGES = {
  settled: LIBRARY_TEXT.settled,
  expired: LIBRARY_TEXT.expired,
  unknown: LIBRARY_TEXT.expired,
  'not-yours': LIBRARY_TEXT.notYours,
} as const;

/** 确认入库 / 替换 (confirm) or 取消: the first click settles the upload, later clicks only get a short note. */
export async function settleUpload(click: UploadClick, confirm: boolean, deps: SlackDeps): Promise<void> {
  const { logger, config } = deps.services;
  const tell = (text: string, channel = click.channel ?? click.user) =>
    click.client.chat.postMessage({ channel, text }).catch((err: unknown) => logger.warn({ err }, 'could not reply about a library upload'));
  const replacePreview = (text: string) =>
    click.channel && click.messageTs
      ? click.client.chat
          .update({ channel: click.channel, ts: click.messageTs, text, blocks: [{ type: 'markdown', text }] })
          .catch((err: unknown) => logger.warn({ err }, 'could not update the upload preview'))
      : Promise.resolve();
  if (!isAdmin(config, click.user)) return void (await tell(LIBRARY_TEXT.notAdmin));
  const taken = deps.pendingUploads.take(click.pendingId, click.user);
  if (taken.status !== 'ok') return void (await tell(TAKE_MESSAGES[taken.status]));
  const { upload } = taken;
  const say = (text: string) =>
    click.client.chat
      .postMessage({ channel: upload.channel, thread_ts: upload.threadTs ?? undefined, text })
      .catch((err: unknown) => logger.warn({ err }, 'could not reply about a library upload'));
  const preview = previewMarkdown(upload.preview);
  if (!confirm) {
    await replacePreview(`${preview}\n\n${LIBRARY_TEXT.cancelled}`);
    return;
  }
  await replacePreview(`${preview}\n\n${LIBRARY_TEXT.adding}`);
  try {
    const { update } = await deps.library.add(upload.preview, upload.data, click.user);
    const done = addedText(upload.preview, update);
    await replacePreview(`${preview}\n\n${done}`);
    await say(done);
  } catch (err) {
    if (!(err instanceof LibraryError)) logger.error({ err }, 'adding a document to the library failed');
    const text = messageOf(err, LIBRARY_TEXT.failed);
    await replacePreview(`${preview}\n\n${text}`);
    await say(text);
  }
}

/** Publishes the App Home for one user: status for everyone, recent additions with 移除 for admins. */
export async function publishHome(client: WebClient, user: string, deps: SlackDeps, notice?: string): Promise<void> {
  const status = await deps.library.status();
  const admin = isAdmin(deps.services.config, user) ? { recent: await deps.library.recentAdditions() } : null;
  await client.views.publish({ user_id: user, view: homeView(status, admin, notice) });
}

/** 移除 on the App Home (Slack's confirm dialog came first): removes the file, updates the index, refreshes the Home. */
export async function removeFromHome(client: WebClient, user: string, relPath: string, deps: SlackDeps): Promise<void> {
  const { logger, config } = deps.services;
  let notice: string;
  if (!isAdmin(config, user)) {
    notice = LIBRARY_TEXT.notAdmin;
  } else {
    try {
      const { document, update } = await deps.library.remove(relPath, user);
      notice = removedText(document.title, document.number, relPath, update);
    } catch (err) {
      if (!(err instanceof LibraryError)) logger.error({ err, relPath }, 'removing a library document failed');
      notice = messageOf(err, LIBRARY_TEXT.removeFailed);
    }
  }
  await publishHome(client, user, deps, notice).catch((err: unknown) => logger.error({ err }, 'could not refresh the App Home'));
}
