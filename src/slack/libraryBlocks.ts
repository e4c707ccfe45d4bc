// Block Kit and wording for the document library: upload previews, results, and the App Home.
import type { types } from '@slack/bolt';
import type { RedactionCounts } from '../corpus/index.js';
import type { IndexUpdate } from '../library/libraryIndex.js';
import { describeRedactions } from '../retrieval/progress.js';
import type { LibraryStatus, RecentAddition, UploadPreview } from '../library/library.js';
import type { DocKind } from '../types.js';
import { truncate } from './blocks.js';
import { inBookTitleMarks } from '../text/bookTitles.js';

type KnownBlock = types.KnownBlock;
type HomeView = types.HomeView;

export const LIBRARY_CONFIRM_ACTION_ID = 'library_upload_confirm';
export const LIBRARY_CANCEL_ACTION_ID = 'library_upload_cancel';
export const LIBRARY_REMOVE_ACTION_ID = 'library_remove';
export const ADD_TO_LIBRARY_CALLBACK_ID = 'add_to_library';

/** The word that, with a file in a DM, asks for the file to be added to the library. */
export const INGEST_KEYWORD = /入库/;

/** Home lists at most this many recent additions (each is one block; a Home view takes 100). */
export const HOME_RECENT_ADDITIONS = 15;

export const LIBRARY_TEXT = {
  adminHint: '如需把文件加入文件库，请重新上传并附言“入库”。',
  notAdmin: '抱歉，只有文件库管理员可以向文件库添加或移除文件。如需入库，请把文件发给管理员。',
  reading: '收到文件，正在解析，请稍候（不会写入任何内容）…',
  noFile: '这条消息没有附件。请在带有 .docx/.pdf/.txt 文件的消息上使用“加入文件库”。',
  settled: '这个文件已经处理过了，不会重复操作。',
  expired: '这次上传已超过 30 分钟未确认，已失效，文件未入库。如需入库请重新发送文件。',
  notYours: '只有上传这个文件的管理员可以确认或取消。',
  cancelled: '已取消，文件未入库。',
  adding: '正在写入文件库并更新索引…',
  failed: '入库失败，文件库未作改动。请稍后重试。',
  removeFailed: '移除失败，文件库未作改动。请稍后重试。',
};

const KIND_NAMES: Record<DocKind, string> = { reply: '答复件', policy: '政策文件', form: '意见表' };

export function kindName(kind: DocKind): string {
  return KIND_NAMES[kind];
}

export function redactionSummary(c: RedactionCounts): string {
  return describeRedactions(c) || '无';
}

function docLabel(title: string, number: string | null): string {
  return number ? `${inBookTitleMarks(title)}（${number}）` : inBookTitleMarks(title);
}

export function previewMarkdown(p: UploadPreview): string {
  const lines = [
    `**收到文件“${p.fileName}”，解析结果如下（尚未入库）：**`,
    `- 标题：${p.title}`,
    `- 文号：${p.number ?? '未识别'}`,
    `- 类型：${kindName(p.kind)}`,
    `- 章节：${p.sections} 个${p.headings.length ? `（${p.headings.map((h) => truncate(h, 40)).join('；')}${p.sections > p.headings.length ? '；…' : ''}）` : ''}`,
    `- 分块：${p.chunks} 个`,
    `- 已隐去的个人信息：${redactionSummary(p.redactions)}`,
    `- 将保存为：${p.targetPath}`,
  ];
  if (p.replaces) {
    lines.push('', `⚠️ 文件库中已有文号相同的文件${docLabel(p.replaces.title, p.replaces.number)}（${p.replaces.path}）。选择“替换”将移除它并入库这个文件。`);
  }
  return lines.join('\n');
}

export function previewBlocks(p: UploadPreview, pendingId: string): KnownBlock[] {
  return [
    { type: 'markdown', text: previewMarkdown(p) },
    {
      type: 'actions',
      block_id: 'library_upload',
      elements: [
        p.replaces
          ? { type: 'button', action_id: LIBRARY_CONFIRM_ACTION_ID, style: 'danger', text: { type: 'plain_text', text: '替换' }, value: pendingId }
          : { type: 'button', action_id: LIBRARY_CONFIRM_ACTION_ID, style: 'primary', text: { type: 'plain_text', text: '确认入库' }, value: pendingId },
        { type: 'button', action_id: LIBRARY_CANCEL_ACTION_ID, text: { type: 'plain_text', text: '取消' }, value: pendingId },
      ],
    },
  ];
}

function updateLine(u: IndexUpdate): string {
  return `索引已${u.mode === 'incremental' ? '增量' : '全量'}更新，用时 ${u.seconds} 秒，现有 ${u.chunks} 个分块。`;
}

export function addedText(p: UploadPreview, u: IndexUpdate): string {
  const verb = p.replaces ? `已替换${docLabel(p.replaces.title, p.replaces.number)}，` : '';
  return `✅ ${verb}已入库${docLabel(p.title, p.number)}，保存为 ${p.targetPath}。${updateLine(u)}现在就可以提问了。`;
}

export function removedText(title: string, number: string | null, file: string, u: IndexUpdate): string {
  return `已从文件库移除${docLabel(title, number)}（${file}）。${updateLine(u)}`;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

/** Slack shows this in each reader's own time zone. */
function slackTime(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  if (!Number.isFinite(seconds)) return iso;
  return `<!date^${seconds}^{date_num} {time}|${iso.replace('T', ' ').slice(0, 16)} UTC>`;
}

/** Escapes what Slack's mrkdwn reads as markup in document titles and file names. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function statusText(s: LibraryStatus): string {
  const kinds = (['reply', 'policy', 'form'] as DocKind[]).filter((k) => s.byKind[k] > 0).map((k) => `${kindName(k)} ${s.byKind[k]}`);
  const last = s.lastIngest
    ? `${slackTime(s.lastIngest.at)}${s.lastIngest.mode ? `（${s.lastIngest.mode === 'incremental' ? '增量' : '全量'}）` : ''}`
    : '未知';
  return [
    `文件：${s.documents} 份${kinds.length ? `（${kinds.join('，')}）` : ''}`,
    `分块：${s.chunks} 个`,
    `最近一次入库：${last}`,
    `回答引擎：${s.engines.llm === 'offline' ? '离线（无需联网）' : s.engines.llm}；检索向量：${s.engines.embeddings}`,
  ].join('\n');
}

function additionBlock(a: RecentAddition): KnownBlock {
  const { entry, document } = a;
  const verb = entry.action === 'replace' ? '替换入库' : '添加';
  const label = escapeMrkdwn(truncate(docLabel(document.title, document.number), 300));
  return {
    type: 'section',
    text: mrkdwn(`${label}\n${escapeMrkdwn(document.path)} · <@${entry.user}> ${verb}于 ${slackTime(entry.time)}`),
    accessory: {
      type: 'button',
      action_id: LIBRARY_REMOVE_ACTION_ID,
      style: 'danger',
      text: plain('移除'),
      value: document.path,
      confirm: {
        title: plain('移除文件'),
        text: plain(truncate(`确定从文件库移除${docLabel(document.title, document.number)}吗？移除后答复助手不再依据它回答。`, 300)),
        confirm: plain('移除'),
        deny: plain('取消'),
        style: 'danger',
      },
    },
  };
}

export function homeView(status: LibraryStatus, admin: { recent: RecentAddition[] } | null, notice?: string): HomeView {
  const blocks: KnownBlock[] = [{ type: 'header', text: plain('答复助手 · 文件库') }];
  if (notice) blocks.push({ type: 'section', text: plain(truncate(notice, 2_900)) });
  blocks.push({ type: 'section', text: mrkdwn(statusText(status)) });
  blocks.push({
    type: 'context',
    elements: [plain('在私信或频道中 @答复助手 提问；/reply-outline、/draft-reply 起草答复。')],
  });
  if (admin) {
    blocks.push({ type: 'divider' }, { type: 'header', text: plain('最近添加的文件（仅管理员可见）') });
    if (admin.recent.length === 0) {
      blocks.push({ type: 'section', text: plain('还没有从 Slack 添加的文件。私信答复助手发送 .docx/.pdf/.txt 文件并附言“入库”即可添加。') });
    }
    for (const addition of admin.recent.slice(0, HOME_RECENT_ADDITIONS)) blocks.push(additionBlock(addition));
    blocks.push({ type: 'context', elements: [plain('移除会删除文件库目录中的文件并更新索引；所有添加、替换、移除都记入审计日志（npm run audit）。')] });
  }
  return { type: 'home', blocks };
}
