// Console chat over the same services as Slack: questions (with follow-ups), /reply-outline, /draft-reply, /help, /quit.
// Works on a terminal and driven through a pipe (stdin not a TTY), so a new user sees the product without Slack.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerQuestion } from '../answer/index.js';
import { checkIsProposal, draftReply, DraftInputError, renderDocx, validateProposalText } from '../draft/index.js';
import type { Services } from '../services.js';
import type { Answer, ChatTurn, DraftResult } from '../types.js';
import { sourceLabel } from '../grounding/sources.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Show prompts and the banner (a terminal). Default: whether input is a TTY. */
  interactive?: boolean;
  /** Where /draft-reply writes the .docx; default <DATA_DIR>/drafts. Null: do not write. */
  draftsDir?: string | null;
}

export const CONSOLE_HELP = [
  '答复助手（控制台模式）用法：',
  '  直接输入问题并回车，例如：老旧小区改造包括哪些内容？（接着追问会结合上文）',
  '  /reply-outline <提案正文>   生成答复提纲',
  '  /draft-reply <提案正文>     起草答复全文，并保存 Word 文件',
  '      只输入命令不带正文时，可粘贴多行正文（可含空行），最后单独输入一行“.”（或“。”、/end）结束',
  '  /new     开始新的对话（清空上文）',
  '  /help    显示本说明',
  '  /quit    退出',
].join('\n');

const MAX_HISTORY_TURNS = 10;
/** A line with only one of these ends a pasted proposal; blank lines inside a paste are part of it. */
const PASTE_ENDS = new Set(['.', '。', '/end']);

type Mode = { kind: 'chat' } | { kind: 'paste'; outline: boolean; lines: string[] };

export function formatAnswer(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.notice) lines.push(`（提示：${answer.notice}）`);
  if (answer.citations.length) {
    lines.push('来源：');
    for (const c of answer.citations) lines.push(`  [${c.n}] ${sourceLabel(c, 'list')}`);
  }
  return lines.join('\n');
}

export function formatDraft(result: DraftResult): string {
  const lines = [result.text.trimEnd()];
  if (result.notice) lines.push('', `（提示：${result.notice}）`);
  const unsupported = result.fidelity.length;
  if (unsupported) lines.push(`（核对提示：${unsupported} 处数字或地名没有出处，已删除或标注，请人工核对。）`);
  return lines.join('\n');
}

function docxName(result: DraftResult): string {
  const title = (result.draft?.title ?? '答复').replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) || '答复';
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '');
  return `答复草稿-${title}-${stamp}.docx`;
}

/** Runs the chat until /quit or the end of input. */
export async function runConsole(services: Services, options: ConsoleOptions): Promise<void> {
  const { config, logger } = services;
  const interactive = options.interactive ?? Boolean((options.input as { isTTY?: boolean }).isTTY);
  const draftsDir = options.draftsDir === undefined ? path.join(config.dataDir, 'drafts') : options.draftsDir;
  const write = (text: string) => void options.output.write(`${text}\n`);
  const rl = createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive });
  const prompt = (text = '你> ') => {
    if (interactive) {
      rl.setPrompt(text);
      rl.prompt();
    }
  };
  let history: ChatTurn[] = [];
  let mode: Mode = { kind: 'chat' };
  const currentMode = (): Mode => mode;

  async function ask(question: string): Promise<void> {
    write('正在检索资料…');
    // With a model the answer is printed as it is generated; the offline engine answers in one piece.
    let streamed = '';
    const onToken = services.llm ? (token: string) => void options.output.write((streamed += token, token)) : undefined;
    const answer = await answerQuestion(services, question, history, { onToken });
    if (!streamed) write(formatAnswer(answer));
    else {
      write('');
      // A model failure mid-answer is answered offline: show the final text rather than leave a broken one.
      const shown = streamed.trim().endsWith(answer.answer.trim());
      const final = {
        ...answer,
        answer: shown ? '' : `（以下为最终答案）\n${answer.answer}`,
        notice: answer.notice && streamed.includes(answer.notice) ? undefined : answer.notice,
      };
      const rest = formatAnswer(final).trim();
      if (rest) write(rest);
    }
    history = [...history, { role: 'user' as const, text: question }, { role: 'assistant' as const, text: answer.answer }].slice(-MAX_HISTORY_TURNS);
  }

  async function draft(text: string, outline: boolean): Promise<void> {
    for (const check of [validateProposalText(text, config.MAX_INPUT_CHARS), checkIsProposal(text)]) {
      if (!check.ok) return write(check.message);
    }
    write(outline ? '正在生成答复提纲…' : '正在起草答复…');
    let result: DraftResult;
    try {
      result = await draftReply(services, { text }, { outline });
    } catch (err) {
      if (err instanceof DraftInputError) return write(err.message);
      throw err;
    }
    write(formatDraft(result));
    if (!outline && result.draft && draftsDir) {
      const file = path.join(draftsDir, docxName(result));
      await mkdir(draftsDir, { recursive: true });
      await writeFile(file, await renderDocx(result.draft, config.bureau));
      write(`Word 文件已保存：${file}`);
    }
  }

  /** Returns false to quit. */
  async function handle(line: string): Promise<boolean> {
    if (mode.kind === 'paste') {
      if (!PASTE_ENDS.has(line.trim())) {
        if (line.trim() || mode.lines.length) mode.lines.push(line);
        return true;
      }
      const { outline, lines } = mode;
      mode = { kind: 'chat' };
      await draft(lines.join('\n'), outline);
      return true;
    }
    const text = line.trim();
    if (!text) return true;
    const command = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
    if (!command) {
      await ask(text);
      return true;
    }
    const [, name, rest] = command;
    switch (name) {
      case 'quit':
      case 'exit':
        return false;
      case 'help':
        write(CONSOLE_HELP);
        return true;
      case 'new':
        history = [];
        write('已开始新的对话。');
        return true;
      case 'reply-outline':
      case 'draft-reply': {
        const outline = name === 'reply-outline';
        if (rest.trim()) await draft(rest.trim(), outline);
        else {
          mode = { kind: 'paste', outline, lines: [] };
          write('请粘贴提案/建议正文（可含空行），粘贴完后单独输入一行“.”结束：');
        }
        return true;
      }
      default:
        write(`未知命令 /${name}，输入 /help 查看用法。`);
        return true;
    }
  }

  if (interactive) write(`${CONSOLE_HELP}\n`);
  prompt();
  try {
    for await (const line of rl) {
      let keepGoing = true;
      try {
        keepGoing = await handle(line);
      } catch (err) {
        logger.error({ err }, 'console request failed');
        write('抱歉，处理时出错了，请稍后再试。');
      }
      if (!keepGoing) break;
      prompt(currentMode().kind === 'paste' ? '' : '你> ');
    }
    // Input ended in the middle of a paste (e.g. a piped file without the closing line): draft what arrived.
    const pending = currentMode();
    if (pending.kind === 'paste' && pending.lines.length) await draft(pending.lines.join('\n'), pending.outline);
  } finally {
    rl.close();
  }
}
