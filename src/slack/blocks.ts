// Every Block Kit structure the app sends is built here, so limits and wording live in one place.
import { sourceLabels } from '../grounding/sources.js';
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
type View = types.View;
import type { Answer, Precedent } from '../types.js';
import { renderPrecedentsMarkdown } from '../draft/precedents.js';

/** Slack's markdown block takes 12,000 chars; stay below it so a message never nears the ~13,000-char failure point. */
export const MAX_MARKDOWN_BLOCK_CHARS = 11_000;
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** The `text` fallback (notifications, search, thread history for follow-ups). */
export const MAX_FALLBACK_CHARS = 3_000;
export const MODAL_TEXT_INPUTS = 4;
export const PLAIN_TEXT_INPUT_MAX = 3_000;
const MAX_CONTEXT_ELEMENTS = 10;

export const FEEDBACK_ACTION_ID = 'answer_feedback';
export const FEEDBACK_UP_ACTION_ID = 'answer_feedback_up';
export const FEEDBACK_DOWN_ACTION_ID = 'answer_feedback_down';
export const DRAFT_MODAL_CALLBACK_ID = 'draft_modal';
export const FEEDBACK_COMMENT_CALLBACK_ID = 'feedback_comment';
export const DRAFT_SHORTCUT_CALLBACK_ID = 'draft_reply_from_message';

export const STATUS_SEARCHING = '正在检索资料…';

export const SUGGESTED_PROMPTS = [
  { title: '政策咨询', message: '老旧小区改造的对象和范围是什么？' },
  { title: '资金筹措', message: '老旧小区改造资金是怎么筹措的？' },
  { title: '起草答复', message: '如何用答复助手起草提案答复？' },
] as const;

export const TEXT = {
  help: [
    '我是答复助手，可以根据本局的答复件和政策文件回答问题、起草提案/建议答复。',
    '• 直接提问，例如：“老旧小区改造包括哪些内容？”；在回答的线程里可以继续追问（频道里追问请再 @答复助手）',
    '• `/reply-outline 提案正文`：生成答复提纲；`/draft-reply 提案正文`：生成答复全文和 Word 文件（不带正文会打开填写窗口）',
    '• 在消息上点“更多操作 → 起草答复”，或私信上传 .txt/.docx/.pdf 文件并附言“起草”',
  ].join('\n'),
  error: '抱歉，处理时出错了，请稍后再试；如果一直出错，请联系管理员。',
  busy: '抱歉，答复助手现在请求较多，暂时处理不过来，请过一两分钟再试。',
  userNotAllowed: '抱歉，你没有使用答复助手的权限，如需开通请联系管理员。',
  channelNotAllowed: '答复助手未在本频道开通，请在已授权的频道或私信中使用。',
  drafting: '收到，正在起草答复，请稍候…',
  draftingOutline: '收到，正在生成答复提纲，请稍候…',
  unsupportedFile: '只支持 .txt、.docx、.pdf 格式的提案文件，请转换后重新上传。',
  fileNeedsKeyword: '收到文件。如需据此起草答复，请重新上传并附言“起草”（只要提纲请附言“起草提纲”）。',
  fileTooLarge: '文件太大（超过 20MB），请只上传提案正文。',
  fileDownloadFailed: '无法下载这个文件，请确认已授予应用读取权限后重试。',
  shortcutNoText: '这条消息没有文字内容，无法起草答复。',
  modalNeedsText: '请粘贴提案正文或上传提案文件。',
  docxFailed: '答复草稿的 Word 文件生成或上传失败，请稍后重试；以上文字可直接复制使用。',
  feedbackThanks: '谢谢反馈！',
  feedbackCommentPrompt: '哪里不准确或缺了什么？（可选）',
  notInChannel: '应用不在该频道中，结果只发给你本人；邀请应用加入频道后可收到 Word 文件。',
  inputTooLong: (length: number, max: number) =>
    `内容过长（${length} 字），超过 ${max} 字的上限。请缩短后再发；起草答复可上传 .docx/.txt 文件并附言“起草”。`,
};

export type Blocks = KnownBlock[];

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function contextBlock(lines: string[]): KnownBlock {
  const shown = lines.slice(0, MAX_CONTEXT_ELEMENTS);
  if (lines.length > MAX_CONTEXT_ELEMENTS) {
    shown[MAX_CONTEXT_ELEMENTS - 1] = `…另有 ${lines.length - MAX_CONTEXT_ELEMENTS + 1} 条来源`;
  }
  return {
    type: 'context',
    elements: shown.map((text) => ({ type: 'plain_text' as const, text: truncate(text, 2_000), emoji: false })),
  };
}

/** Splits text at paragraph, then line, then character boundaries into pieces of at most `max` chars. */
export function splitText(text: string, max = MAX_MARKDOWN_BLOCK_CHARS): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export function markdownBlocks(markdown: string): KnownBlock[] {
  return splitText(markdown).map((text) => ({ type: 'markdown', text }));
}

/** 👍/👎 on an answer. `plain` swaps Slack's feedback_buttons element for two ordinary buttons (used if a workspace rejects it). */
export function feedbackBlock(feedbackId: string, plain = false): KnownBlock {
  if (plain) {
    return {
      type: 'actions',
      elements: [
        { type: 'button', action_id: FEEDBACK_UP_ACTION_ID, text: { type: 'plain_text', text: '👍 有帮助' }, value: feedbackId },
        { type: 'button', action_id: FEEDBACK_DOWN_ACTION_ID, text: { type: 'plain_text', text: '👎 没帮助' }, value: feedbackId },
      ],
    };
  }
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: { text: { type: 'plain_text', text: '有帮助' }, value: `up:${feedbackId}`, accessibility_label: '这个回答有帮助' },
        negative_button: { text: { type: 'plain_text', text: '没帮助' }, value: `down:${feedbackId}`, accessibility_label: '这个回答没帮助' },
      },
    ],
  };
}

/** Everything shown under the answer text: notice, sources, feedback buttons. Also what a stream's stop() attaches. */
export function answerFooterBlocks(answer: Answer, feedbackId: string | null, plainButtons = false): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (answer.notice) blocks.push(contextBlock([`⚠️ ${answer.notice}`]));
  const labels = sourceLabels(answer.citations);
  if (labels.length) blocks.push(contextBlock([`来源（${labels.length}）`, ...labels]));
  if (feedbackId) blocks.push(feedbackBlock(feedbackId, plainButtons));
  return blocks;
}

export function answerBlocks(answer: Answer, feedbackId: string | null, plainButtons = false): KnownBlock[] {
  // A very long answer still fits one message: keep the text blocks to what leaves room for the footer.
  const text = truncate(answer.answer, 3 * MAX_MARKDOWN_BLOCK_CHARS);
  const body = markdownBlocks(text).slice(0, 1);
  const footer = answerFooterBlocks(answer, feedbackId, plainButtons);
  return [...body, ...footer];
}

export interface MessagePart {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Splits long markdown (a draft) into messages under Slack's limits: one markdown block of at most 11,000 chars per
 * message, `footer` lines (notices) as a context block on the last one.
 */
export function markdownMessages(markdown: string, footer: string[] = [], extra: KnownBlock[] = []): MessagePart[] {
  const pieces = splitText(markdown);
  if (!pieces.length) pieces.push('（空）');
  return pieces.map((piece, i) => {
    const blocks: KnownBlock[] = [{ type: 'markdown', text: piece }];
    if (i === pieces.length - 1) blocks.push(...extra);
    if (i === pieces.length - 1 && footer.length) blocks.push(contextBlock(footer));
    const label = pieces.length > 1 ? `（${i + 1}/${pieces.length}）` : '';
    return { text: truncate(`${label}${piece}`, MAX_FALLBACK_CHARS), blocks };
  });
}

/** 「历年类似提案及答复」 under a draft: earlier replies like the proposal and what they promised under 下步. */
export function precedentsBlocks(precedents: Precedent[]): KnownBlock[] {
  return [{ type: 'divider' }, { type: 'markdown', text: truncate(renderPrecedentsMarkdown(precedents), MAX_MARKDOWN_BLOCK_CHARS) }];
}

export interface DraftModalMetadata {
  outline: boolean;
  channel: string | null;
  threadTs: string | null;
}

export const MODAL_BLOCK = {
  title: 'title',
  number: 'number',
  meeting: 'meeting',
  proposers: 'proposers',
  file: 'file',
  text: (i: number) => `text_${i}`,
} as const;

function textInput(blockId: string, label: string, opts: { multiline?: boolean; placeholder?: string; hint?: string } = {}): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: { type: 'plain_text', text: label },
    ...(opts.hint ? { hint: { type: 'plain_text' as const, text: opts.hint } } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: Boolean(opts.multiline),
      max_length: PLAIN_TEXT_INPUT_MAX,
      ...(opts.placeholder ? { placeholder: { type: 'plain_text' as const, text: opts.placeholder } } : {}),
    },
  };
}

/** The modal opened by a slash command without text. */
export function draftModal(meta: DraftModalMetadata): View {
  const textBlocks = Array.from({ length: MODAL_TEXT_INPUTS }, (_, i) =>
    textInput(MODAL_BLOCK.text(i + 1), i === 0 ? '提案/建议正文' : `正文（续 ${i}）`, {
      multiline: true,
      placeholder: i === 0 ? '粘贴提案正文；超过 3000 字请接着填在下一栏' : '接上一栏继续粘贴',
    }),
  );
  return {
    type: 'modal',
    callback_id: DRAFT_MODAL_CALLBACK_ID,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: meta.outline ? '生成答复提纲' : '起草答复' },
    submit: { type: 'plain_text', text: '开始起草' },
    close: { type: 'plain_text', text: '取消' },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '填写提案信息并粘贴正文（或上传文件），答复草稿会发到当前会话。标题等可留空，会从正文中识别。' },
      },
      textInput(MODAL_BLOCK.title, '提案/建议标题', { placeholder: '关于……的提案' }),
      textInput(MODAL_BLOCK.number, '编号', { placeholder: '例如：第104号' }),
      textInput(MODAL_BLOCK.meeting, '会议', { placeholder: '例如：市七届政协四次会议' }),
      textInput(MODAL_BLOCK.proposers, '提案人/代表', { hint: '多人用顿号或逗号分隔' }),
      ...textBlocks,
      {
        type: 'input',
        block_id: MODAL_BLOCK.file,
        optional: true,
        label: { type: 'plain_text', text: '或上传提案文件（.txt/.docx/.pdf）' },
        element: { type: 'file_input', action_id: 'value', filetypes: ['txt', 'docx', 'pdf'], max_files: 1 },
      },
    ],
  };
}

/** The small modal a 👎 opens for an optional comment. */
export function feedbackCommentModal(feedbackId: string): View {
  return {
    type: 'modal',
    callback_id: FEEDBACK_COMMENT_CALLBACK_ID,
    private_metadata: feedbackId,
    title: { type: 'plain_text', text: '反馈意见' },
    submit: { type: 'plain_text', text: '提交' },
    close: { type: 'plain_text', text: '跳过' },
    blocks: [textInput('comment', TEXT.feedbackCommentPrompt, { multiline: true })],
  };
}
