// Checks on proposal input before any work: empty, too long, binary, or an unreadable file get a Chinese message.
import { extractText, LoadError, looksBinary } from '../corpus/index.js';
import type { ProposalMeta } from '../types.js';
import { looksLikeProposal, NOT_A_PROPOSAL_MESSAGE } from './proposal/recognise.js';
import { readingForm } from '../text/simplify.js';

export const DEFAULT_MAX_PROPOSAL_CHARS = 50_000;
/** Uploaded files larger than this are refused before parsing (a proposal is a few pages). */
export const MAX_PROPOSAL_FILE_BYTES = 20 * 1024 * 1024;

/** Bad proposal input; `message` is Chinese and meant for the user. */
export class DraftInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftInputError';
  }
}

/** The text is readable but is not a proposal (a chat line, an unrelated news item): nothing is drafted. */
export class NotAProposalError extends DraftInputError {
  constructor() {
    super(NOT_A_PROPOSAL_MESSAGE);
    this.name = 'NotAProposalError';
  }
}

export type TextCheck = { ok: true } | { ok: false; message: string };

/** Share of characters that do not occur in text (control characters, U+FFFD from a failed decode). */
function garbageRatio(text: string): number {
  const sample = text.slice(0, 5000);
  if (!sample.length) return 0;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: they mark binary input
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad / sample.length;
}

export function validateProposalText(text: string, maxChars = DEFAULT_MAX_PROPOSAL_CHARS): TextCheck {
  if (text.replace(/[\s\u3000\ufeff]/g, '') === '') return { ok: false, message: '提案/建议内容为空，请粘贴正文或上传文件。' };
  if (text.length > maxChars) {
    return { ok: false, message: `提案/建议内容过长（${text.length} 字），超过 ${maxChars} 字的上限，请只提交提案正文。` };
  }
  if (garbageRatio(text) > 0.02) return { ok: false, message: '内容看起来是二进制文件或乱码，不是提案文字，请提交 .txt、.docx 或 .pdf 文件。' };
  return { ok: true };
}

/**
 * Whether the text is a proposal at all (see proposal/recognise.ts). A title given apart from the text (the Slack
 * modal's field) says it is one.
 */
export function checkIsProposal(text: string, meta?: Partial<ProposalMeta>): TextCheck {
  if (meta?.title || looksLikeProposal(readingForm(text))) return { ok: true };
  return { ok: false, message: NOT_A_PROPOSAL_MESSAGE };
}

/** Text of an uploaded or local proposal file (.txt/.md in UTF-8 or GBK, .docx, .pdf); throws DraftInputError. */
export async function readProposalFile(data: Buffer, filename: string): Promise<string> {
  if (data.length === 0) throw new DraftInputError('文件为空，请提交提案/建议正文。');
  if (data.length > MAX_PROPOSAL_FILE_BYTES) throw new DraftInputError('文件过大（超过 20 MB），请只提交提案/建议正文。');
  const ext = filename.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
  if (!['.docx', '.pdf'].includes(ext) && looksBinary(data)) {
    throw new DraftInputError('文件不是文本（看起来是二进制文件），请提交 .txt、.docx 或 .pdf 文件。');
  }
  try {
    // Unknown extensions (stdin "-", .text) are read as plain text.
    return await extractText(data, ['.txt', '.md', '.docx', '.pdf', '.doc', '.wps'].includes(ext) ? filename : `${filename}.txt`);
  } catch (err) {
    if (err instanceof LoadError) throw new DraftInputError(err.message);
    throw err;
  }
}
