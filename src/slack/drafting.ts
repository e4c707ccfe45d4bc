// Drafting in Slack: validate the proposal, draft, post it as markdown messages in one thread, upload the .docx there.
import type { WebClient } from '@slack/web-api';
import { checkIsProposal, DraftInputError, readProposalFile, renderDraftMarkdown, renderOutlineMarkdown, validateProposalText } from '../draft/index.js';
import type { DraftResult, ProposalMeta } from '../types.js';
import { markdownMessages, precedentsBlocks, TEXT } from './blocks.js';
import { isDraftableFileName, MAX_FILE_BYTES } from './guard.js';
import type { SlackDeps } from './deps.js';
import { InputTooLargeError, readStreamBounded } from '../io/boundedRead.js';
import { WorkBusyError } from '../work/index.js';

export interface DraftRequest {
  client: WebClient;
  /** Where the result goes. */
  channel: string;
  /** Post into this thread; null starts a new message whose thread holds the rest and the .docx. */
  threadTs: string | null;
  user: string | null;
  text: string;
  meta?: Partial<ProposalMeta>;
  outline: boolean;
  /** Tells only the requester something (ephemeral, or a DM line). */
  notify: (text: string) => Promise<unknown>;
}

export interface SlackFile {
  name?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
}

function slackErrorCode(err: unknown): string | undefined {
  return (err as { data?: { error?: string } })?.data?.error;
}

/** A loader's own message when it is already a Chinese sentence for the user, else the generic one. */
function userMessageOf(err: unknown, fallback: string): string {
  const message = err instanceof Error ? err.message : '';
  return /[\u4e00-\u9fff]/.test(message) && message.length < 300 ? message : fallback;
}

export function docxFileName(result: DraftResult): string {
  const title = (result.draft?.title ?? result.meta.title ?? '答复').replace(/[\\/:*?"<>|\r\n]+/g, '').trim();
  return `答复草稿-${title.slice(0, 60) || '答复'}.docx`;
}

export function draftFooter(result: DraftResult): string[] {
  const lines: string[] = [];
  if (result.notice) lines.push(`⚠️ ${result.notice}`);
  const dropped = result.fidelity.filter((f) => f.action === 'dropped').length;
  const flagged = result.fidelity.filter((f) => f.action === 'flagged').length;
  if (dropped || flagged) lines.push(`核对提示：${dropped} 处无出处的数字或地名已删除，${flagged} 处已标注，请人工核对。`);
  lines.push(`生成方式：${result.engine.llm === 'offline' ? '离线模板' : `模型 ${result.engine.llm}`}；草稿须经人工审核后方可使用。`);
  return lines;
}

export function draftMarkdown(result: DraftResult): string {
  if (result.outline) return renderOutlineMarkdown(result.outline);
  if (result.draft) return renderDraftMarkdown(result.draft);
  return result.text;
}

/** Posts the parts; if the app is not in the channel, sends them to the requester's DM instead. Returns where they went. */
async function postParts(req: DraftRequest, result: DraftResult): Promise<{ channel: string; threadTs: string }> {
  const parts = markdownMessages(draftMarkdown(result), draftFooter(result), precedentsBlocks(result.precedents ?? []));
  let channel = req.channel;
  let first;
  try {
    first = await req.client.chat.postMessage({ channel, thread_ts: req.threadTs ?? undefined, text: parts[0].text, blocks: parts[0].blocks });
  } catch (err) {
    const code = slackErrorCode(err);
    if (!req.user || (code !== 'not_in_channel' && code !== 'channel_not_found')) throw err;
    await req.notify(TEXT.notInChannel).catch(() => undefined);
    first = await req.client.chat.postMessage({ channel: req.user, text: parts[0].text, blocks: parts[0].blocks });
    channel = first.channel ?? req.user;
  }
  const threadTs = (channel === req.channel ? req.threadTs : null) ?? first.ts!;
  for (const part of parts.slice(1)) {
    await req.client.chat.postMessage({ channel, thread_ts: threadTs, text: part.text, blocks: part.blocks });
  }
  return { channel, threadTs };
}

async function uploadDocx(req: DraftRequest, deps: SlackDeps, result: DraftResult, where: { channel: string; threadTs: string }) {
  if (!result.draft) return;
  try {
    const draft = result.draft;
    const file = await deps.work.renderDocx(draft, deps.services.config.bureau);
    await req.client.files.uploadV2({
      channel_id: where.channel,
      thread_ts: where.threadTs,
      file,
      filename: docxFileName(result),
      title: result.draft.title,
    });
  } catch (err) {
    deps.services.logger.error({ err }, 'docx render or upload failed');
    await req.client.chat.postMessage({ channel: where.channel, thread_ts: where.threadTs, text: TEXT.docxFailed }).catch(() => undefined);
  }
}

/** Drafts from proposal text and posts the result. Never throws: failures become one short Chinese message. */
export async function draftInSlack(req: DraftRequest, deps: SlackDeps): Promise<void> {
  const { logger, config } = deps.services;
  try {
    // Unreadable input, or a text that is no proposal at all: a polite word to the requester, nothing drafted.
    for (const check of [validateProposalText(req.text, config.MAX_INPUT_CHARS), checkIsProposal(req.text, req.meta)]) {
      if (!check.ok) {
        await req.notify(check.message);
        return;
      }
    }
    const result = await deps.work.draft({ text: req.text, meta: req.meta }, { outline: req.outline, channel: req.channel });
    const where = await postParts(req, result);
    if (!req.outline) await uploadDocx(req, deps, result, where);
  } catch (err) {
    if (err instanceof DraftInputError) {
      await req.notify(err.message).catch((e: unknown) => logger.error({ err: e }, 'could not tell the user about bad input'));
      return;
    }
    const busy = err instanceof WorkBusyError;
    if (busy) logger.warn({ err: err.message, channel: req.channel }, 'work queue full; asked the user to try again');
    else logger.error({ err, channel: req.channel }, 'drafting in Slack failed');
    await req.notify(busy ? TEXT.busy : TEXT.error).catch((e: unknown) => logger.error({ err: e }, 'could not tell the user about the failure'));
  }
}

const FILE_DOWNLOAD_TIMEOUT_MS = 60_000;

export async function downloadSlackFile(url: string, token: string): Promise<Buffer> {
  // A stalled file server must not hold the request forever.
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(FILE_DOWNLOAD_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
  // Without the files:read scope Slack answers with its HTML sign-in page instead of the file.
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error('file download returned an HTML page');
  if (Number(res.headers.get('content-length') ?? 0) > MAX_FILE_BYTES) throw new InputTooLargeError(MAX_FILE_BYTES, '文件');
  if (!res.body) return Buffer.alloc(0);
  // Counted while it arrives: a server that lies about (or omits) the length is cut off at the limit.
  return readStreamBounded(res.body as unknown as AsyncIterable<Uint8Array>, MAX_FILE_BYTES, '文件');
}

/** Downloads a shared proposal file (txt/docx/pdf) and drafts from it; other types are refused. */
export async function draftFromFile(
  req: Omit<DraftRequest, 'text'> & { file: SlackFile; token: string },
  deps: SlackDeps,
): Promise<void> {
  const { file } = req;
  const tell = (line: string) => req.notify(line).catch((err: unknown) => deps.services.logger.warn({ err }, 'could not tell the user'));
  if (!isDraftableFileName(file.name)) return void (await tell(TEXT.unsupportedFile));
  if ((file.size ?? 0) > MAX_FILE_BYTES) return void (await tell(TEXT.fileTooLarge));
  const url = file.url_private_download ?? file.url_private;
  let text: string;
  try {
    if (!url) throw new Error('file has no url_private');
    const data = await (deps.fetchFile ?? downloadSlackFile)(url, req.token);
    text = await readProposalFile(data, file.name!);
  } catch (err) {
    deps.services.logger.warn({ err, file: file.name }, 'could not read the shared file');
    await req.notify(userMessageOf(err, TEXT.fileDownloadFailed)).catch(() => undefined);
    return;
  }
  await draftInSlack({ ...req, text }, deps);
}
